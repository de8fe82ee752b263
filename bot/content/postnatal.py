"""What the bot says around the birth (issue 15): the birth she reports, a loss, the postnatal
contacts, the baby's vaccination and family-planning reminders, the day-3 and day-7 check, and the
CPN reminders by week of pregnancy.

Facts: the sources in bot/content/SOURCES.md ("After the birth", "Answers": antenatal contacts, birth spacing);
WHO 2013/2022 postnatal care, WHO PCPNC 2015, WHO ANC 2016. Every text here is a DRAFT awaiting a
midwife's review (listed in SOURCES.md); Bambara in the catalog, evidence in bm_evidence.md
§ postnatal. No blank line inside a message (Rasa's REST channel would split it)."""
from __future__ import annotations

from bot.content.i18n import N_

REVIEW_STATUS = "draft"  # every message below, until a midwife approves it

# --- She reports the birth ---------------------------------------------------------------------
#: %(date)s: the birth date, "mardi 1 décembre", formatted by Babel in her language.
BIRTH_RECORDED = N_("Félicitations pour la naissance de votre bébé ! J'ai noté sa naissance : %(date)s.")
BIRTH_ALREADY = N_("La naissance de votre bébé est déjà notée : %(date)s.")
POSTNATAL_VISITS = N_(
    "Allez au CSCom avec le bébé pour les visites après la naissance : vers le 3e jour, entre le 7e et "
    "le 14e jour, et à 6 semaines. La sage-femme vérifie votre santé et celle du bébé."
)
#: %(visit)s one of the VISIT_* below; %(date)s as above.
NEXT_VISIT = N_("Votre prochaine visite : %(visit)s, vers le %(date)s.")
VISIT_D3 = N_("la visite du 3e jour")
VISIT_D7 = N_("la visite entre le 7e et le 14e jour")
VISIT_W6 = N_("la visite des 6 semaines")
BABY_DANGER = N_(
    "Amenez le bébé au CSCom tout de suite s'il tète mal ou plus du tout, s'il a des convulsions, s'il "
    "respire vite, s'il est très chaud ou froid, s'il devient jaune, ou si son cordon est rouge ou "
    "coule du pus."
)

# --- A loss (short and kind; a midwife calls her) ------------------------------------------------
LOSS_REPLY = N_(
    "Je suis vraiment désolée pour votre perte. Une sage-femme de votre CSCom va vous appeler. Vous "
    "pouvez m'écrire ici quand vous le voulez."
)

# --- Scheduled after the birth (bot.postnatal.schedule) --------------------------------------------
PN_VISIT_D3 = N_("Visite après la naissance : allez au CSCom avec le bébé vers le 3e jour.")
PN_VISIT_D7 = N_("Visite après la naissance : allez au CSCom avec le bébé entre le 7e et le 14e jour.")
PN_VISIT_W6 = N_(
    "Visite des 6 semaines : allez au CSCom avec le bébé. La sage-femme vérifie votre santé et celle "
    "du bébé."
)
PN_CHECK = N_("Comment allez-vous, vous et le bébé ? Répondez-moi ici.")
PN_BIRTH_VACCINES = N_(
    "Vaccins du bébé : à la naissance, puis à 6, 10 et 14 semaines et à 9 mois. Apportez le carnet "
    "de santé du bébé ; le calendrier du CSCom compte plus que cette liste."
)
#: %(age)s: AGE_WEEKS or AGE_MONTHS.
PN_VACCINE_DUE = N_(
    "Rappel vaccin : votre bébé a %(age)s, c'est le moment de ses vaccins au CSCom. Apportez le "
    "carnet de santé du bébé ; le calendrier du CSCom compte plus que ce rappel."
)
AGE_WEEKS = N_("%(n)s semaines")
AGE_MONTHS = N_("%(n)s mois")
PN_FAMILY_PLANNING = N_(
    "À cette visite, parlez de planification familiale avec la sage-femme. L'OMS conseille d'attendre "
    "au moins 24 mois après une naissance avant la grossesse suivante."
)

# --- CPN reminders by week of pregnancy (WHO 2016: first before 12 weeks, then 20 … 40) --------------
CPN_FIRST = N_(
    "Rappel CPN : allez à votre première consultation prénatale au CSCom avant 12 semaines de "
    "grossesse. Apportez votre carnet CPN si vous l'avez."
)
#: %(weeks)s: completed weeks of pregnancy (20, 26, 30, 34, 36, 38, 40).
CPN_DUE = N_(
    "Rappel CPN : vous êtes à %(weeks)s semaines de grossesse, c'est le moment d'une consultation "
    "prénatale au CSCom. Apportez votre carnet CPN et suivez les rendez-vous de votre CSCom."
)
