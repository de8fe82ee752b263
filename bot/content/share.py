"""What the bot says about SHARE groups: joining by code, the month's topic, the next meeting and
its reminder, and the delivery-checklist flow around the items in ``checklist.py``.

French sources here; Bambara in the catalog, each marked for a native speaker's review."""
from __future__ import annotations

from bot.content.i18n import N_

# --- Joining a group by its code ("SHARE SOTUBA") --------------------------------------------------
JOIN_REQUESTED = N_(
    "Merci ! Votre demande pour le groupe %(group)s est envoyée à l'animatrice. Vous recevrez les "
    "messages du groupe quand elle l'aura confirmée."
)
JOINED = N_(
    "Bienvenue dans le groupe %(group)s ! Vous recevrez le thème du mois et un rappel la veille de "
    "chaque réunion."
)
JOIN_ALREADY = N_("Vous êtes déjà dans le groupe %(group)s.")
JOIN_UNKNOWN_CODE = N_(
    "Je ne connais pas le code « %(code)s ». Vérifiez-le auprès de l'animatrice de votre groupe SHARE."
)
JOIN_REJECTED = N_(
    "L'animatrice n'a pas confirmé votre demande pour le groupe %(group)s. Parlez-lui à la prochaine "
    "réunion."
)
NO_GROUP = N_(
    "Vous n'êtes pas encore dans un groupe SHARE. Envoyez le code de votre groupe (par exemple "
    "« SHARE SOTUBA ») pour le rejoindre."
)
JOIN_PENDING = N_("Votre demande pour le groupe %(group)s attend la confirmation de l'animatrice.")

# --- The month's topic and the meetings --------------------------------------------------------------
#: Heads the month's topic; %(month)s is the month's name in her language ("décembre", "desanburu").
TOPIC_OF_MONTH = N_("Thème SHARE du mois (%(month)s) :")
#: %(date)s "mardi 3 novembre", %(time)s "15:00" — both formatted by Babel in her language.
NEXT_MEETING = N_("Prochaine réunion du groupe %(group)s : %(date)s à %(time)s. Lieu : %(place)s.")
NO_MEETING = N_("La date de la prochaine réunion n'est pas encore fixée. Demandez à votre animatrice.")
MEETING_REMINDER = N_(
    "Rappel : réunion du groupe %(group)s demain, %(date)s à %(time)s. Lieu : %(place)s. Thème : %(topic)s."
)

# --- The delivery checklist flow ------------------------------------------------------------------------
#: After the last question of a pass, when items are still open.
CHECKLIST_PASS_END = N_("Écrivez « liste » quand vous voulez reprendre les choses qui restent.")
#: The 36- and 38-week reminder, before the list of what is still open.
CHECKLIST_REMINDER = N_("Votre accouchement approche (%(weeks)s semaines de grossesse).")
#: At the end, after DONE and the danger signs.
CSCOM_PHONE = N_("Téléphone du CSCom %(cscom)s : %(phone)s")
