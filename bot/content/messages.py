"""The short things the bot says in conversation. French is the source language;
Bambara lives in translations/bm. Keep each message short: it is read on a phone."""
from bot.content.i18n import N_

GREETING = N_("Bonjour ! Je suis Jigiya, l'assistante des groupes SHARE. Posez-moi vos questions sur la grossesse.")
TEXT_ONLY = N_("Merci ! Pour l'instant je ne lis que les messages écrits. Écrivez-moi votre question en quelques mots.")
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
