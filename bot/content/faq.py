"""FAQ answers for the retrieval intent ``faq/*`` (the NLU contract's response keys).

Each answer is one idea, short enough for one WhatsApp message, built only from the facts in
``SOURCES.md`` (WHO 2016 antenatal care recommendations, the SHARE midwives' delivery checklist…).
The French text is the msgid; Bambara lives in ``translations/bm``. Every answer ends with the same
closing sentence sending her to the midwife of her CSCom when in doubt.

Review status is per language and starts as ``draft``: a midwife (and, for Bambara, a native
speaker) must read an answer before it becomes ``approved``. Reviews are made on the staff page
``/staff/review`` and stored in ``content_reviews`` (newest row wins): an approval counts while the
catalog still says the text she approved; a correction replaces the catalog text in what the bot
sends. ``flask content report`` lists what still awaits review.
"""
from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import datetime
from types import MappingProxyType
from typing import Literal

from sqlalchemy import select
from sqlalchemy.orm import Session

from bot.content.i18n import LANGUAGES, N_, translate
from bot.models import ContentReview

ReviewStatus = Literal["draft", "approved", "corrected"]

#: The response keys of the ``faq`` retrieval intent (ARCHITECTURE.md). These names stay.
FAQ_KEYS: tuple[str, ...] = (
    "antenatal_visits",
    "nutrition",
    "anemia_iron",
    "malaria_prevention",
    "labour_signs",
    "breastfeeding",
    "newborn_care",
    "hygiene",
    "rest_and_work",
    "fetal_movement",
    "family_planning",
    "vaccination",
    "costs_savings",
    # Added for issue 17 (common questions beyond the first 13 topics); drafts awaiting review.
    "nausea",
    "heartburn",
    "leg_cramps",
    "back_pain",
    "constipation",
    "swollen_legs",
    "medicines",
    "hiv_syphilis_tests",
    "ultrasound",
    "intimacy",
    "postnatal_visits",
    "postpartum_recovery",
    "postpartum_sadness",
    "cord_care",
)

#: Answers that also open a normal escalation: what CONTENT_FACTS.md lists under "what the bot does
#: not answer alone" (medicines and doses; a positive test result) and what "a midwife should hear"
#: (sadness after the birth), and intimacy: the facts give only condoms and when to go to the CSCom,
#: not what women ask most (may we, does it hurt the baby); the answer itself says to ask the
#: midwife, so she reads the question. She gets the general answer at once and is told that a
#: midwife of her CSCom will answer too.
ALSO_TO_MIDWIFE: frozenset[str] = frozenset({"medicines", "hiv_syphilis_tests", "postpartum_sadness", "intimacy"})

#: Ends every FAQ answer, in her language.
MIDWIFE_SENTENCE = N_("En cas de doute, demandez à la sage-femme de votre CSCom.")

#: WhatsApp shows long messages badly on small phones; the tests enforce this per language.
MAX_ANSWER_CHARS = 600

WHO_ANC_2016 = (
    "OMS (2016), WHO recommendations on antenatal care for a positive pregnancy experience"
)
WHO_PCPNC_2015 = (
    "OMS (2015), Pregnancy, Childbirth, Postpartum and Newborn Care: "
    "a guide for essential practice, 3e éd."
)
WHO_PNC = (
    "OMS (2013), Postnatal care of the mother and newborn ; OMS (2022), Recommendations on "
    "maternal and newborn care for a positive postnatal experience"
)
SHARE_CHECKLIST = "Liste de préparation à l'accouchement des sages-femmes SHARE (CSCom partenaires)"


def _draft() -> Mapping[str, ReviewStatus]:
    return MappingProxyType({language: "draft" for language in LANGUAGES})


@dataclass(frozen=True)
class FaqAnswer:
    """One answer: French source text (a msgid), where it comes from, who has checked it."""

    key: str
    text: str
    source: str
    review: Mapping[str, ReviewStatus] = field(default_factory=_draft)

    @property
    def intent(self) -> str:
        return f"faq/{self.key}"

    def status(self, language: str) -> ReviewStatus:
        return self.review.get(language, "draft")

    def catalog_text(self, language: str) -> str:
        """The answer's body in ``language`` as the catalogs have it (before any midwife's review)."""
        return translate(language, self.text)

    def render(self, language: str, body: str | None = None) -> str:
        """The answer in ``language``, closing sentence included (``body``: a midwife's correction)."""
        return f"{body or self.catalog_text(language)}\n\n{translate(language, MIDWIFE_SENTENCE)}"


_ANSWERS = (
    FaqAnswer(
        key="antenatal_visits",
        text=N_(
            "Les consultations prénatales (CPN) suivent votre grossesse. Allez à la première "
            "avant 12 semaines de grossesse. L'OMS conseille au moins 8 contacts (puis vers 20, "
            "26, 30, 34, 36, 38 et 40 semaines). Au Mali, on compte au moins 4 CPN : 4, c'est le "
            "minimum, 8, c'est mieux. Suivez les rendez-vous de votre CSCom et apportez votre "
            "carnet CPN."
        ),
        source=f"{WHO_ANC_2016} ; protocole national du Mali (4 CPN)",
    ),
    FaqAnswer(
        key="nutrition",
        text=N_(
            "Pendant la grossesse, mangez varié et plus qu'avant : ajoutez un repas par jour. "
            "Les haricots, le poisson, les œufs et les feuilles vertes sont de bons aliments. "
            "Ne buvez pas d'alcool. Limitez le thé et le café très forts."
        ),
        source=WHO_ANC_2016,
    ),
    FaqAnswer(
        key="anemia_iron",
        text=N_(
            "Prenez chaque jour le comprimé de fer et d'acide folique du CSCom, pendant toute la "
            "grossesse. S'il vous donne la nausée (c'est fréquent), prenez-le en mangeant. "
            "Fatigue, paupières pâles à l'intérieur, essoufflement : ce peuvent être des signes "
            "d'anémie, allez au CSCom."
        ),
        source=f"{WHO_ANC_2016} (fer 30–60 mg et acide folique 400 µg par jour)",
    ),
    FaqAnswer(
        key="malaria_prevention",
        text=N_(
            "Dormez chaque nuit sous une moustiquaire imprégnée d'insecticide. À partir de 13 "
            "semaines, le CSCom vous donne aux CPN un traitement préventif du paludisme (SP) : "
            "au moins 3 doses, à au moins un mois d'écart. Si vous avez de la fièvre pendant la "
            "grossesse, allez au CSCom."
        ),
        source=f"{WHO_ANC_2016} (TPIp-SP)",
    ),
    FaqAnswer(
        key="labour_signs",
        text=N_(
            "Signes du début du travail : des contractions douloureuses toutes les 20 minutes ou "
            "moins ; la poche des eaux qui se rompt ; des pertes collantes avec un peu de sang. "
            "Si vous avez un de ces signes, allez au CSCom avec votre accompagnante."
        ),
        source=WHO_PCPNC_2015,
    ),
    FaqAnswer(
        key="breastfeeding",
        text=N_(
            "Mettez le bébé au sein dans la première heure après la naissance. Pendant 6 mois, "
            "donnez-lui seulement votre lait : pas d'eau, pas d'autre boisson."
        ),
        source=WHO_PCPNC_2015,
    ),
    FaqAnswer(
        key="newborn_care",
        text=N_(
            "Gardez le bébé au chaud, peau contre peau sur vous. Attendez au moins 24 heures "
            "avant son premier bain. Gardez le cordon propre et sec."
        ),
        source=WHO_PCPNC_2015,
    ),
    FaqAnswer(
        key="hygiene",
        text=N_(
            "Pour l'accouchement, emportez du savon pour vous laver et au moins cinq pagnes en "
            "coton propres pour le bébé. Après la naissance, gardez le cordon du bébé propre et "
            "sec."
        ),
        source=f"{SHARE_CHECKLIST} ; {WHO_PCPNC_2015}",
    ),
    FaqAnswer(
        key="rest_and_work",
        text=N_(
            "Pendant la grossesse, reposez-vous plus qu'avant et évitez de porter des charges "
            "lourdes. En fin de grossesse, dormez sur le côté."
        ),
        source=WHO_ANC_2016,
    ),
    FaqAnswer(
        key="fetal_movement",
        text=N_(
            "On sent en général le bébé bouger à partir de 16 à 20 semaines. Plus tard, si le "
            "bébé bouge moins ou ne bouge plus, c'est urgent : allez au CSCom tout de suite."
        ),
        source=f"{WHO_ANC_2016} ; {WHO_PCPNC_2015}",
    ),
    FaqAnswer(
        key="family_planning",
        text=N_(
            "L'OMS conseille d'attendre au moins 24 mois après une naissance avant la grossesse "
            "suivante. Le CSCom propose des méthodes de planification familiale : la sage-femme "
            "vous aide à choisir."
        ),
        source="OMS (2005), Report of a WHO technical consultation on birth spacing (HTSP)",
    ),
    FaqAnswer(
        key="vaccination",
        text=N_(
            "Pendant la grossesse, faites le vaccin contre le tétanos (Td) selon le calendrier "
            "national : le CSCom vous dit quand. Apportez votre carnet CPN."
        ),
        source=f"{WHO_ANC_2016} ; calendrier vaccinal national du Mali",
    ),
    FaqAnswer(
        key="costs_savings",
        text=N_(
            "Les soins au CSCom sont payants. L'épargne de votre groupe SHARE et ses prêts "
            "servent aux soins et à l'accouchement. Votre animatrice connaît les prix actuels du "
            "CSCom : demandez-lui. Le jour de l'accouchement, apportez l'argent épargné et votre "
            "carte du programme."
        ),
        source="Description du programme SHARE (organisation) ; " + SHARE_CHECKLIST,
    ),
)

_ANSWERS += (
    FaqAnswer(
        key="nausea",
        text=N_(
            "Les nausées et les vomissements sont fréquents au début de la grossesse. Mangez peu "
            "mais souvent. Le gingembre peut aider. Si vous ne gardez même pas l'eau, ou si vous "
            "vomissez du sang, allez au CSCom."
        ),
        source=f"{WHO_ANC_2016} (recommandation C.1 : gingembre, camomille, vitamine B6)",
    ),
    FaqAnswer(
        key="heartburn",
        text=N_(
            "Les brûlures d'estomac sont fréquentes pendant la grossesse. Mangez de plus petits "
            "repas et ne vous couchez pas juste après avoir mangé. Si cela ne passe pas, le CSCom "
            "peut vous donner un médicament contre l'acidité."
        ),
        source=f"{WHO_ANC_2016} (recommandation C.2)",
    ),
    FaqAnswer(
        key="leg_cramps",
        text=N_(
            "Les crampes dans les jambes sont fréquentes pendant la grossesse. Étirez doucement "
            "le muscle : jambe tendue, tirez le bout du pied vers vous. Le CSCom peut vous "
            "conseiller du calcium ou du magnésium. Un mollet rouge, gonflé ou douloureux : allez "
            "au CSCom."
        ),
        source=f"{WHO_ANC_2016} (recommandation C.3) ; {WHO_PCPNC_2015}",
    ),
    FaqAnswer(
        key="back_pain",
        text=N_(
            "Le mal de dos et de bassin est fréquent pendant la grossesse. Bougez un peu chaque "
            "jour (marche, exercices doux) et évitez de porter des charges lourdes. Une ceinture "
            "de soutien peut aider. Une forte douleur au ventre ou des contractions : allez au CSCom."
        ),
        source=f"{WHO_ANC_2016} (recommandation C.4)",
    ),
    FaqAnswer(
        key="constipation",
        text=N_(
            "La constipation est fréquente pendant la grossesse. Buvez beaucoup d'eau et mangez "
            "des fruits, des légumes, des feuilles vertes et du son de blé. Ne prenez pas de "
            "laxatif sans demander au CSCom."
        ),
        source=f"{WHO_ANC_2016} (recommandation C.5)",
    ),
    FaqAnswer(
        key="swollen_legs",
        text=N_(
            "Des pieds et des jambes un peu gonflés le soir sont fréquents en fin de grossesse : "
            "levez les jambes quand vous vous reposez ; des bas de contention peuvent aider. Mais "
            "un visage ou des mains gonflés sont un signe de danger, surtout avec un mal de tête "
            "ou la vue trouble : allez au CSCom tout de suite."
        ),
        source=f"{WHO_ANC_2016} (recommandation C.6) ; {WHO_PCPNC_2015}",
    ),
    FaqAnswer(
        key="medicines",
        text=N_(
            "Pendant la grossesse et l'allaitement, ne prenez aucun médicament, ni plante, ni "
            "tisane, ni remède traditionnel sans demander au CSCom : certains font du mal au bébé. "
            "Prenez ce que le CSCom vous donne (fer, SP) comme il vous l'explique."
        ),
        source=f"{WHO_PCPNC_2015} (conseils de soins personnels)",
    ),
    FaqAnswer(
        key="hiv_syphilis_tests",
        text=N_(
            "À la CPN, la sage-femme vous propose des tests, dont le VIH et la syphilis. Si un "
            "test est positif, un traitement protège le bébé. Le résultat reste confidentiel. "
            "Faites-les dès la première CPN."
        ),
        source=f"{WHO_ANC_2016} (dépistage du VIH et de la syphilis, PTME)",
    ),
    FaqAnswer(
        key="ultrasound",
        text=N_(
            "L'OMS conseille une échographie avant 24 semaines de grossesse : elle donne l'âge de "
            "la grossesse et montre s'il y a des jumeaux et certains problèmes. L'échographie "
            "utilise des sons, pas de rayons. Demandez au CSCom où la faire."
        ),
        source=f"{WHO_ANC_2016} (recommandation B.2 : une échographie avant 24 semaines)",
    ),
    FaqAnswer(
        key="intimacy",
        text=N_(
            "Vous pouvez parler des rapports sexuels avec la sage-femme. Le préservatif protège du "
            "VIH et des autres infections, pendant la grossesse aussi. Si vous avez des "
            "saignements, des douleurs ou si la poche des eaux est rompue, allez au CSCom."
        ),
        source=f"{WHO_PCPNC_2015} (conseils sur les rapports sexuels et le préservatif)",
    ),
    FaqAnswer(
        key="postnatal_visits",
        text=N_(
            "Après l'accouchement, restez au moins 24 heures au centre de santé. Revenez ensuite "
            "au CSCom avec le bébé : vers le 3e jour, entre le 7e et le 14e jour, et 6 semaines "
            "après la naissance. La sage-femme vérifie votre santé et celle du bébé."
        ),
        source=WHO_PNC,
    ),
    FaqAnswer(
        key="postpartum_recovery",
        text=N_(
            "Après l'accouchement, allez avec le bébé aux visites prévues (vers le 3e jour, entre le "
            "7e et le 14e jour, à 6 semaines). Allez au CSCom tout de suite si vous saignez beaucoup "
            "ou de plus en plus, si vous avez de la fièvre, des pertes qui sentent mauvais, un "
            "mollet douloureux ou du mal à respirer."
        ),
        source=WHO_PNC,
    ),
    FaqAnswer(
        key="postpartum_sadness",
        text=N_(
            "Dans les deux semaines après la naissance, beaucoup de mères sont tristes, pleurent "
            "ou sont très fatiguées : c'est fréquent. Parlez-en à vos proches et laissez-vous "
            "aider. Si cela dure plus de deux semaines, ou vous empêche de vous occuper de vous ou "
            "du bébé, une sage-femme doit le savoir."
        ),
        source=f"{WHO_PNC} (dépistage de la dépression et de l'anxiété après la naissance)",
    ),
    FaqAnswer(
        key="cord_care",
        text=N_(
            "Gardez le cordon du bébé propre et sec. S'il devient rouge, sent mauvais ou coule du "
            "pus, amenez le bébé au CSCom tout de suite."
        ),
        source=WHO_PCPNC_2015,
    ),
)

FAQ: dict[str, FaqAnswer] = {answer.key: answer for answer in _ANSWERS}


def faq_answer(key: str, language: str, session: Session | None = None) -> str:
    """The answer for ``key`` (``"nutrition"`` or ``"faq/nutrition"``) in ``language``.

    With a database ``session``, a midwife's correction (the newest review) is what is sent;
    without one, the catalog text. Raises ``KeyError`` for an unknown key: the caller decides
    what to say instead.
    """
    answer = FAQ[key.removeprefix("faq/")]
    if session is None:
        return answer.render(language)
    return answer.render(language, current_review(session, answer.key, language).body)


# --- midwives' reviews (bot.models.ContentReview; the staff page /staff/review writes them) ---

#: Languages whose text only a native speaker may approve or correct (StaffMember.reads_bambara).
NATIVE_SPEAKER_LANGUAGES = ("bm",)


def max_body_chars(language: str) -> int:
    """Room for a corrected answer: the whole message, closing sentence included, stays short."""
    return MAX_ANSWER_CHARS - 2 - len(translate(language, MIDWIFE_SENTENCE))


@dataclass(frozen=True)
class Review:
    """What counts today for one answer in one language."""

    key: str
    language: str
    status: ReviewStatus
    body: str  # what the bot sends (closing sentence added by render)
    reviewer: str | None = None
    reviewed_at: datetime | None = None
    # An approval of a text the catalog no longer says: back to draft until read again.
    stale: bool = False
    # A midwife's correction waiting for a second reader (an admin or another midwife): not sent yet.
    proposal: str | None = None
    proposed_by: str | None = None
    proposed_by_id: int | None = None


#: Rows that decide what is sent; a "proposed" correction waits for a second reader.
DECISIONS = ("approved", "corrected")


def _decide(rows) -> tuple[ContentReview | None, ContentReview | None]:
    """From one answer's rows, oldest first: the decision that counts, and a correction proposed
    after it that still waits for a second reader."""
    decision = proposal = None
    for row in rows:
        if row.status in DECISIONS:
            decision, proposal = row, None
        elif row.status == "proposed":
            proposal = row
    return decision, proposal


def _rows(session: Session, key: str | None = None, language: str | None = None):
    query = select(ContentReview).where(ContentReview.content_kind == "faq")
    if key is not None:
        query = query.where(ContentReview.content_key == key, ContentReview.language == language)
    return session.scalars(query.order_by(ContentReview.reviewed_at, ContentReview.id))


def latest_reviews(session: Session) -> dict[tuple[str, str], tuple[ContentReview | None, ContentReview | None]]:
    """Per (FAQ key, language): the decision that counts and a pending proposal; older rows are the history."""
    grouped: dict[tuple[str, str], list[ContentReview]] = {}
    for row in _rows(session):
        grouped.setdefault((row.content_key, row.language), []).append(row)
    return {slot: _decide(rows) for slot, rows in grouped.items()}


def review_of(answer: FaqAnswer, language: str, row: ContentReview | None,
              proposal: ContentReview | None = None) -> Review:
    catalog = answer.catalog_text(language)
    pending = ({"proposal": proposal.text, "proposed_by": proposal.reviewer.name if proposal.reviewer else None,
                "proposed_by_id": proposal.reviewer_id} if proposal is not None and proposal.text else {})
    if row is None:
        return Review(answer.key, language, answer.status(language), catalog, **pending)
    who = row.reviewer.name if row.reviewer else None
    if row.status == "corrected" and row.text:
        return Review(answer.key, language, "corrected", row.text, who, row.reviewed_at, **pending)
    if row.status == "approved" and row.text in (None, catalog):
        return Review(answer.key, language, "approved", catalog, who, row.reviewed_at, **pending)
    return Review(answer.key, language, "draft", catalog, who, row.reviewed_at, stale=True, **pending)


def current_review(session: Session, key: str, language: str) -> Review:
    return review_of(FAQ[key], language, *_decide(_rows(session, key, language)))


def all_reviews(session: Session) -> dict[tuple[str, str], Review]:
    rows = latest_reviews(session)
    return {(key, language): review_of(answer, language, *rows.get((key, language), (None, None)))
            for key, answer in FAQ.items() for language in LANGUAGES}
