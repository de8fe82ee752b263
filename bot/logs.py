"""Logging that never writes a phone number, whatever a library or a careless line passes in."""
from __future__ import annotations

import logging
import re

PHONE = re.compile(r"\+?\d[\d \-]{7,}\d")


class RedactPhones(logging.Filter):
    def filter(self, record: logging.LogRecord) -> bool:
        message = record.getMessage()
        redacted = PHONE.sub("[phone]", message)
        if redacted != message:
            record.msg, record.args = redacted, None
        return True


def configure_logging(level: int = logging.INFO) -> None:
    root = logging.getLogger()
    if not any(isinstance(f, RedactPhones) for h in root.handlers for f in h.filters):
        handler = logging.StreamHandler()
        handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
        handler.addFilter(RedactPhones())
        root.addHandler(handler)
    root.setLevel(level)
