"""One parser for every phone number typed by a person (staff CLI and pages, registration and CSV
import, the simulator): Google's libphonenumber rules (``phonenumbers``), Mali by default.

Stored form: ``whatsapp:+E164`` (or ``simulator:+E164`` for the simulator's made-up numbers)."""
from __future__ import annotations

import phonenumbers

#: Numbers written without a country code ("76 12 34 56") are Malian.
DEFAULT_REGION = "ML"
SCHEMES = ("whatsapp", "simulator")


class InvalidNumber(ValueError):
    """Not a phone number; the message says why (unreadable, or no such number)."""


def parse(raw: str | None, scheme: str = "whatsapp") -> str:
    """``"76 12 34 56"``, ``"+223 76123456"``, ``"whatsapp:+22376123456"`` → ``"whatsapp:+22376123456"``.

    A number already carrying a scheme keeps it (a staff member's simulator number stays one). A
    WhatsApp number must exist in the numbering plan; a simulator number only needs the shape of one."""
    text = (raw or "").strip()
    for known in SCHEMES:
        if text.startswith(known + ":"):
            scheme, text = known, text[len(known) + 1:]
    try:
        number = phonenumbers.parse(text, DEFAULT_REGION)
    except phonenumbers.NumberParseException as error:
        raise InvalidNumber("unreadable number") from error
    exists = phonenumbers.is_valid_number(number) if scheme == "whatsapp" else phonenumbers.is_possible_number(number)
    if not exists:
        raise InvalidNumber("no such number")
    return f"{scheme}:" + phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)
