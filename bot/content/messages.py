"""The short things the bot says in conversation. French is the source language;
Bambara lives in translations/bm. Keep each message short: it is read on a phone."""
from bot.content.i18n import N_

GREETING = N_("Bonjour ! Je suis Jigiya, l'assistante des groupes SHARE. Posez-moi vos questions sur la grossesse.")
