"""What the bot says in the dialogue flows: first contact, language choice, consent, escalation.

French is the source language (msgids); Bambara lives in translations/bm. Kept short: read on a phone.
"""
from bot.content.i18n import N_

#: First message of a new woman (after the danger reply if she reported a danger sign).
WELCOME = N_(
    "Bienvenue ! Je suis Jigiya, l'assistante des groupes SHARE. Je réponds à vos questions sur la "
    "grossesse. Une sage-femme du CSCom lit les questions que je lui transmets. "
    "En continuant, vous acceptez que vos messages soient gardés pour cela. "
    "Écrivez STOP pour arrêter."
)
#: The language choice; the welcome is already in the language detected from her message.
LANGUAGE_CHOICE = N_(
    "Langue : répondez 1 pour le français, 2 pour le bamanankan, 3 pour des messages vocaux en bamanankan."
)
#: Confirms a language choice. Each catalog names its OWN language (bm: "…in Bambara").
LANGUAGE_SET = N_("D'accord, je continue en français. Posez votre question.")
#: A message in a language the bot does not know: sent in both languages, with the choice.
UNKNOWN_LANGUAGE = N_("Je parle français et bamanankan.")

#: Voice messages on (first-contact choice 3, a keyword, or her facilitator) and off ("texte").
VOICE_ON = N_(
    "C'est noté : vous recevrez des messages vocaux quand il y en a. Écrivez « texte » pour revenir à l'écrit."
)
VOICE_OFF = N_("C'est noté : vous recevrez des messages écrits. Écrivez « vocal » pour les messages vocaux.")
#: The one line sent with a recorded answer.
LISTEN = N_("🔊 Écoutez le message vocal.")

OPTED_OUT = N_(
    "C'est noté : vous ne recevrez plus de messages de Jigiya. Écrivez START pour recommencer."
)
OPTED_IN = N_("C'est noté : vous recevez de nouveau les messages de Jigiya. Écrivez STOP pour arrêter.")

#: A question handed to the midwives (ask_midwife, two misunderstood messages, a very long message).
ESCALATED = N_(
    "Votre question est transmise à une sage-femme du CSCom. Elle vous répondra ici dans les 24 heures."
)
#: The midwife's answer, as the woman receives it.
MIDWIFE_ANSWER = N_("Réponse de la sage-femme : %(text)s")
#: The one line sent with the midwife's recorded answer (bot.staff.cases voice reply).
MIDWIFE_VOICE_ANSWER = N_("🔊 Réponse de la sage-femme : écoutez son message vocal.")
