"""French names of the FAQ topics for the staff pages (review page, overview charts)."""
from __future__ import annotations

from flask_babel import lazy_gettext

TOPIC_LABELS = {
    "antenatal_visits": lazy_gettext("Consultations prénatales"),
    "nutrition": lazy_gettext("Alimentation"),
    "anemia_iron": lazy_gettext("Anémie, fer"),
    "malaria_prevention": lazy_gettext("Paludisme"),
    "labour_signs": lazy_gettext("Signes du travail"),
    "breastfeeding": lazy_gettext("Allaitement"),
    "newborn_care": lazy_gettext("Soins du nouveau-né"),
    "hygiene": lazy_gettext("Hygiène"),
    "rest_and_work": lazy_gettext("Repos, travail"),
    "fetal_movement": lazy_gettext("Mouvements du bébé"),
    "family_planning": lazy_gettext("Planification familiale"),
    "vaccination": lazy_gettext("Vaccination"),
    "costs_savings": lazy_gettext("Coûts, épargne"),
}


def topic_label(key: str) -> str:
    return str(TOPIC_LABELS.get(key, key))
