"""The short things the bot says in conversation. French is the source language;
Bambara lives in translations/bm. Keep each message short: it is read on a phone."""
from bot.content.i18n import N_

GREETING = N_("Bonjour ! Je suis Jigiya, l'assistante des groupes SHARE. Posez-moi vos questions sur la grossesse.")
TEXT_ONLY = N_("Merci ! Pour l'instant je ne lis que les messages écrits. Écrivez-moi votre question en quelques mots.")
#: A voice note or a photo: a midwife of her CSCom listens (looks) and answers.
VOICE_RECEIVED = N_("Merci ! Votre message vocal est transmis à une sage-femme du CSCom. Elle va l'écouter "
                    "et vous répondra ici dans les 24 heures.")
PHOTO_RECEIVED = N_("Merci ! Votre photo est transmise à une sage-femme du CSCom. Elle vous répondra ici "
                    "dans les 24 heures.")
UNSUPPORTED_MEDIA = N_("Merci ! Je ne peux pas ouvrir ce fichier. Envoyez-moi un message écrit, un message "
                       "vocal ou une photo.")
LOCATION_RECEIVED = N_("Merci, j'ai bien reçu votre position. Pour une question, écrivez-la ou envoyez un "
                       "message vocal à la sage-femme.")
NOT_UNDERSTOOD = N_("Pardon, je n'ai pas compris. Écrivez « aide » pour voir ce que je sais faire.")
GOODBYE = N_("Au revoir ! Prenez soin de vous. Écrivez-moi quand vous voulez.")
YOU_ARE_WELCOME = N_("Avec plaisir ! Avez-vous une autre question ?")
HELP_MENU = N_(
    "Je peux vous aider pour :\n"
    "• vos questions sur la grossesse et le bébé\n"
    "• le thème SHARE du mois et la date de la prochaine réunion\n"
    "• la liste des choses à préparer pour l'accouchement\n"
    "• parler à une sage-femme du CSCom\n"
    "Écrivez votre question avec vos mots. Écrivez STOP pour ne plus recevoir de messages."
)
OUT_OF_SCOPE = N_(
    "Je ne sais pas encore répondre à cela. Écrivez « aide » pour voir ce que je sais faire, "
    "ou « sage-femme » pour que votre question soit lue par une sage-femme."
)
