"""The default 12-month SHARE curriculum: one topic per monthly meeting, from antenatal visits to
family planning. A group's calendar (issue 5) maps months to these keys; the keys are stable.
Each topic: a title, 3–5 key messages and one question to think about — all French sources for
the catalogs, every fact from SOURCES.md. Review starts as ``draft`` in both languages.
"""
from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from types import MappingProxyType
from typing import Literal

from bot.content.i18n import LANGUAGES, N_, translate

ReviewStatus = Literal["draft", "approved"]

WHO_ANC_2016 = "OMS (2016), recommandations sur les soins prénatals"
WHO_PCPNC_2015 = "OMS (2015), Pregnancy, Childbirth, Postpartum and Newborn Care, 3e éd."
WHO_HTSP_2005 = "OMS (2005), espacement des naissances (HTSP)"
SHARE = "Programme SHARE et liste de préparation des sages-femmes SHARE"


def _draft() -> Mapping[str, ReviewStatus]:
    return MappingProxyType({language: "draft" for language in LANGUAGES})


@dataclass(frozen=True)
class Topic:
    key: str
    title: str
    key_messages: tuple[str, ...]
    question: str
    source: str
    review: Mapping[str, ReviewStatus] = field(default_factory=_draft)

    def render(self, language: str) -> str:
        """The month's topic as one WhatsApp message."""
        lines = [f"*{translate(language, self.title)}*"]
        lines += [f"• {translate(language, m)}" for m in self.key_messages]
        lines.append(f"❓ {translate(language, self.question)}")
        return "\n".join(lines)


CURRICULUM: tuple[Topic, ...] = (
    Topic(
        "antenatal_visits",
        N_("Les consultations prénatales (CPN)"),
        (
            N_("Allez à la première CPN avant 12 semaines de grossesse."),
            N_("Au moins 4 CPN, et 8, c'est mieux."),
            N_("Apportez votre carnet CPN à chaque visite."),
        ),
        N_("Quand est votre prochaine CPN ?"),
        f"{WHO_ANC_2016} ; protocole national du Mali",
    ),
    Topic(
        "nutrition",
        N_("Bien manger pendant la grossesse"),
        (
            N_("Mangez un repas de plus chaque jour."),
            N_("Haricots, poisson, œufs et feuilles vertes sont de bons aliments."),
            N_("Pas d'alcool, et peu de thé ou de café forts."),
        ),
        N_("Quels aliments de chez nous sont bons pour la grossesse ?"),
        WHO_ANC_2016,
    ),
    Topic(
        "anemia_iron",
        N_("Le fer et l'anémie"),
        (
            N_("Prenez le fer et l'acide folique chaque jour, toute la grossesse."),
            N_("S'il vous gêne, prenez-le en mangeant."),
            N_("Fatigue, paupières pâles, essoufflement : allez au CSCom."),
        ),
        N_("Qu'est-ce qui vous aide à penser à votre comprimé chaque jour ?"),
        WHO_ANC_2016,
    ),
    Topic(
        "malaria_prevention",
        N_("Se protéger du paludisme"),
        (
            N_("Dormez chaque nuit sous une moustiquaire imprégnée."),
            N_("À partir de 13 semaines, prenez la SP aux CPN : au moins 3 doses."),
            N_("Fièvre pendant la grossesse : allez au CSCom."),
        ),
        N_("Toute la famille dort-elle sous une moustiquaire ?"),
        WHO_ANC_2016,
    ),
    Topic(
        "vaccination",
        N_("Le vaccin contre le tétanos"),
        (
            N_("Faites le vaccin Td pendant la grossesse, selon le calendrier du CSCom."),
            N_("Apportez votre carnet CPN à chaque visite."),
        ),
        N_("Savez-vous quand est votre prochaine dose ?"),
        f"{WHO_ANC_2016} ; calendrier vaccinal national du Mali",
    ),
    Topic(
        "rest_and_work",
        N_("Repos et travail"),
        (
            N_("Reposez-vous plus qu'avant."),
            N_("Évitez de porter des charges lourdes."),
            N_("En fin de grossesse, dormez sur le côté."),
        ),
        N_("Qui peut vous aider pour les travaux lourds à la maison ?"),
        WHO_ANC_2016,
    ),
    Topic(
        "danger_signs",
        N_("Les signes de danger"),
        (
            N_("Saignement, convulsions, forte fièvre, forte douleur au ventre : allez au CSCom tout de suite."),
            N_("Le bébé bouge moins ou ne bouge plus : c'est urgent."),
            N_("Gardez le numéro du CSCom dans votre téléphone."),
        ),
        N_("Comment irez-vous au CSCom si c'est la nuit ?"),
        WHO_PCPNC_2015,
    ),
    Topic(
        "birth_preparedness",
        N_("Préparer l'accouchement"),
        (
            N_("Choisissez la personne qui vous accompagnera au CSCom."),
            N_("Gardez l'argent épargné pour l'accouchement."),
            N_("Préparez la carte du programme, le carnet CPN, cinq pagnes, du savon et des vêtements."),
        ),
        N_("Que vous manque-t-il encore ?"),
        f"{SHARE} ; {WHO_PCPNC_2015}",
    ),
    Topic(
        "labour_signs",
        N_("Les signes du travail"),
        (
            N_("Des contractions douloureuses toutes les 20 minutes ou moins."),
            N_("La poche des eaux qui se rompt, ou des pertes collantes avec un peu de sang."),
            N_("Alors, allez au CSCom avec votre accompagnante."),
        ),
        N_("Qui préviendrez-vous quand le travail commencera ?"),
        WHO_PCPNC_2015,
    ),
    Topic(
        "breastfeeding",
        N_("L'allaitement"),
        (
            N_("Mettez le bébé au sein dans la première heure."),
            N_("Pendant 6 mois, seulement le lait maternel."),
            N_("Pas d'eau, pas d'autre boisson."),
        ),
        N_("Pourquoi ne pas donner d'eau au bébé avant 6 mois ?"),
        WHO_PCPNC_2015,
    ),
    Topic(
        "newborn_care",
        N_("Les soins du nouveau-né"),
        (
            N_("Gardez le bébé au chaud, peau contre peau."),
            N_("Attendez au moins 24 heures avant le premier bain."),
            N_("Gardez le cordon propre et sec."),
        ),
        N_("Qui vous aidera à la maison après la naissance ?"),
        WHO_PCPNC_2015,
    ),
    Topic(
        "family_planning",
        N_("Espacer les naissances"),
        (
            N_("Attendez au moins 24 mois après une naissance avant la grossesse suivante."),
            N_("Le CSCom propose des méthodes de planification familiale."),
            N_("La sage-femme vous aide à choisir."),
        ),
        N_("Quand aimeriez-vous avoir votre prochain enfant ?"),
        WHO_HTSP_2005,
    ),
)

TOPICS: dict[str, Topic] = {topic.key: topic for topic in CURRICULUM}


def default_topic_for_month(index: int) -> Topic:
    """The default curriculum's topic for the ``index``-th month of a group (0-based, wraps)."""
    return CURRICULUM[index % len(CURRICULUM)]
