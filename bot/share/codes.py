"""Group codes: what a woman sends to join her group ("SHARE SOTUBA", typed as "share sotuba.",
"Share-Sotuba", "SHARE  SOTUBA"). One normal form, used to store codes and to read messages."""
from __future__ import annotations

import re

from bot.nlu.normalise import normalise

_SEPARATORS = re.compile(r"[^\w]+")
#: "SHARE" then one or two words: a code, not a sentence about the programme.
_CODE = re.compile(r"^SHARE(?: [A-Z0-9]+){1,2}$")


def normal_code(text: str) -> str:
    """ "Share-Sotuba." → "SHARE SOTUBA" (accents folded, upper case, single spaces)."""
    return " ".join(_SEPARATORS.sub(" ", normalise(text)).split()).upper()


def code_in(message: str) -> str | None:
    """The group code a whole message is, if it is one."""
    if len(message) > 60:
        return None
    code = normal_code(message)
    return code if _CODE.match(code) else None
