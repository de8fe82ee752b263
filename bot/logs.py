"""Logging that never writes a phone number, whatever a library or a careless line passes in.

The redaction runs in the formatter, on the finished line: the message, its arguments and any
traceback (an exception's text or SQL parameters can carry a number). SQLAlchemy is also told not
to put parameters in its errors (bot/db.py: hide_parameters=True).

What counts as a number: ``+`` then 7 to 15 digits (spaces, dashes, dots, brackets allowed),
``whatsapp:…``/``simulator:…`` addresses, ``%2B…`` in a URL, a bare ``223…`` or ``00223…`` Malian
number, and a Malian 8-digit local number written ``76123456`` or ``76 12 34 56``. Dates
(2026-11-21), times, SIDs, UUIDs and ids shorter or longer than 8 digits are left alone."""
from __future__ import annotations

import logging
import re

_NOT_BEFORE = r"(?<![\w\-+%.])"
_NOT_AFTER = r"(?![\w\-])"
PHONE = re.compile(
    r"(?:whatsapp|simulator):[+\d\s\-.()]*\d"                              # a WhatsApp/simulator address
    r"|%2B\d{7,15}"                                                        # URL-encoded +
    r"|\+[\s(]*\d(?:[\s\-.()]*\d){6,14}"                                    # +223 76 12 34 56, +1 (415) …
    rf"|{_NOT_BEFORE}(?:00)?223\d{{8}}{_NOT_AFTER}"                       # 22376123456
    rf"|{_NOT_BEFORE}\d{{2}}(?: \d{{2}}){{3}}{_NOT_AFTER}"               # 76 12 34 56
    rf"|{_NOT_BEFORE}\d{{8}}{_NOT_AFTER}",                                # 76123456
    re.IGNORECASE,
)
MASK = "[phone]"


def redact(text: str) -> str:
    return PHONE.sub(MASK, text)


class RedactingFormatter(logging.Formatter):
    """A formatter whose every line (message, arguments, traceback, stack) has numbers masked.
    ``inner`` keeps another formatter's layout (gunicorn's, huey's)."""

    def __init__(self, *args, inner: logging.Formatter | None = None, **kwargs):
        super().__init__(*args, **kwargs)
        self.inner = inner

    def format(self, record: logging.LogRecord) -> str:
        text = self.inner.format(record) if self.inner is not None else super().format(record)
        return redact(text)


class RedactPhones(logging.Filter):
    """Kept for handlers we do not format ourselves: masks the message (not a traceback)."""

    def filter(self, record: logging.LogRecord) -> bool:
        message = record.getMessage()
        redacted = redact(message)
        if redacted != message:
            record.msg, record.args = redacted, None
        return True


def protect(logger: logging.Logger) -> None:
    """Wrap the formatter of each of ``logger``'s handlers (a library's own) in the redaction."""
    for handler in logger.handlers:
        if not isinstance(handler.formatter, RedactingFormatter):
            handler.setFormatter(RedactingFormatter(inner=handler.formatter or logging.Formatter()))


def configure_logging(level: int = logging.INFO) -> None:
    root = logging.getLogger()
    if not any(isinstance(h.formatter, RedactingFormatter) for h in root.handlers):
        handler = logging.StreamHandler()
        handler.setFormatter(RedactingFormatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
        root.addHandler(handler)
    for logger in (root, logging.getLogger("gunicorn.error"), logging.getLogger("huey")):
        protect(logger)
    root.setLevel(level)
