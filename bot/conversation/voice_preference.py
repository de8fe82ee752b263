"""Her wish to receive voice messages (``Woman.prefers_voice``, issue 14): recorded versions of the
bot's content (``bot.content.recordings``) go to her instead of the text when one is approved.

Three ways to set it: "3" at first contact (triage), a whole-message keyword at any time (read here,
in the app, before any model: it must work while Rasa is down, like STOP), or her facilitator's tick
on the group page (``bot.share.views``).

Keywords are French and the loanwords Bamako's WhatsApp users type in either language ("vocal",
"audio"); no Bambara word for a voice message is verified in the project's vocabulary, so none is
guessed here — "vocal" is what a Bambara speaker says for a WhatsApp voice note anyway.
"""
from __future__ import annotations

import logging
import re

from sqlalchemy.orm import Session

from bot.content import dialogue
from bot.content.i18n import translate
from bot.models import Woman
from bot.nlu.normalise import normalise

log = logging.getLogger(__name__)

# Whole messages after normalise() (lower case, no accents, punctuation out).
VOICE_ON = {"vocal", "vocale", "vocaux", "vocales", "audio", "audios", "message vocal", "messages vocaux",
            "note vocale", "notes vocales", "en vocal", "en audio", "par vocal", "je veux des vocaux",
            "je veux le vocal", "envoie en vocal", "envoyez en vocal", "envoie moi des vocaux"}
VOICE_OFF = {"texte", "textes", "text", "ecrit", "ecrits", "par ecrit", "en texte", "en ecrit", "message ecrit",
             "messages ecrits", "pas de vocal", "pas de vocaux", "sans vocal", "plus de vocal", "stop vocal"}
#: Said after the keyword and ignored: "vocal svp" (normalise() writes "svp" out in full), "texte merci".
_POLITE = re.compile(r"\s+(s il vous plait|s il te plait|stp|svp|merci|jigiya)$")
_PUNCT = re.compile(r"[^\w\s]")


def _key(text: str) -> str:
    return _POLITE.sub("", " ".join(_PUNCT.sub(" ", normalise(text)).split()))


def requested(text: str) -> bool | None:
    """True: she asks for voice messages; False: for text again; None: neither."""
    key = _key(text)
    if key in VOICE_ON:
        return True
    if key in VOICE_OFF:
        return False
    return None


def set_preference(woman: Woman, on: bool, source: str) -> None:
    """``source``: first_contact | keyword | facilitator (logged; her number never is)."""
    if woman.prefers_voice != on:
        woman.prefers_voice = on
        log.info("woman %s voice messages %s via %s", woman.public_id, "on" if on else "off", source)


def confirmation(language: str, on: bool) -> str:
    return translate(language, dialogue.VOICE_ON if on else dialogue.VOICE_OFF)


def apply(session: Session, woman: Woman, on: bool, source: str) -> str:
    """Set it and return the confirmation in her language."""
    set_preference(woman, on, source)
    return confirmation(woman.reply_language, on)
