"""The delivery checklist: what the CSCom midwife tells SHARE members to prepare, plus the WHO
birth-preparedness items. Keys are stable: progress is saved per item key (issue 5), so never
rename one; add new items at the end.
"""
from __future__ import annotations

from dataclasses import dataclass

from bot.content.i18n import N_, translate

SHARE_CHECKLIST = "Liste de préparation à l'accouchement des sages-femmes SHARE (CSCom partenaires)"
WHO_BIRTH_PREPAREDNESS = (
    "OMS (2015), Pregnancy, Childbirth, Postpartum and Newborn Care, 3e éd. : plan de préparation "
    "à l'accouchement"
)

#: Before the first item: plan early, one thing at a time.
INTRO = N_(
    "Préparons votre accouchement à l'avance, une chose à la fois. Répondez oui, non ou plus tard."
)
#: Title of the "what is left?" list.
REMAINING_TITLE = N_("Il vous reste à préparer :")
#: At the end (the flow adds the danger signs and the CSCom's number).
DONE = N_("Bravo, tout est prêt pour l'accouchement !")


@dataclass(frozen=True)
class ChecklistItem:
    key: str
    question: str  # a yes/no question (N_ French source)
    source: str

    def ask(self, language: str) -> str:
        return translate(language, self.question)


ITEMS: tuple[ChecklistItem, ...] = (
    ChecklistItem(
        "companion",
        N_("Avez-vous choisi la personne qui vous accompagnera au CSCom ?"),
        SHARE_CHECKLIST,
    ),
    ChecklistItem(
        "savings",
        N_("L'argent que vous avez épargné est-il prêt pour le jour de l'accouchement ?"),
        SHARE_CHECKLIST,
    ),
    ChecklistItem(
        "documents",
        N_("Votre carte du programme et votre carnet CPN sont-ils prêts à emporter ?"),
        SHARE_CHECKLIST,
    ),
    ChecklistItem(
        "cloths",
        N_("Avez-vous au moins cinq pagnes en coton propres pour le bébé ?"),
        SHARE_CHECKLIST,
    ),
    ChecklistItem("soap", N_("Avez-vous du savon pour vous laver ?"), SHARE_CHECKLIST),
    ChecklistItem(
        "clothes",
        N_("Avez-vous des vêtements pour le bébé et pour vous, pour rentrer à la maison ?"),
        SHARE_CHECKLIST,
    ),
    ChecklistItem(
        "transport",
        N_(
            "Savez-vous comment aller au CSCom à toute heure, même la nuit (transport, numéro "
            "de téléphone) ?"
        ),
        WHO_BIRTH_PREPAREDNESS,
    ),
    ChecklistItem(
        "danger_signs",
        N_(
            "Connaissez-vous les signes de danger (saignement, convulsions, forte fièvre…) qui "
            "demandent d'aller au CSCom tout de suite ?"
        ),
        WHO_BIRTH_PREPAREDNESS,
    ),
    ChecklistItem(
        "other_children",
        N_("Avez-vous trouvé quelqu'un pour garder vos autres enfants pendant l'accouchement ?"),
        WHO_BIRTH_PREPAREDNESS,
    ),
)

BY_KEY: dict[str, ChecklistItem] = {item.key: item for item in ITEMS}


def remaining_text(language: str, open_keys: list[str] | tuple[str, ...]) -> str:
    """The "what is left?" answer: one line per open item, in checklist order."""
    lines = [translate(language, REMAINING_TITLE)]
    lines += [f"• {BY_KEY[item.key].ask(language)}" for item in ITEMS if item.key in open_keys]
    return "\n".join(lines)
