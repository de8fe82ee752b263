"""Strict parsing of Twilio's form posts: a bad request is refused with its reason, never half-read."""
from __future__ import annotations

from urllib.parse import parse_qsl

from flask import abort, request
from werkzeug.datastructures import MultiDict

FORM_TYPE = "application/x-www-form-urlencoded"


def parse_form() -> MultiDict:
    if request.mimetype != FORM_TYPE:
        abort(415, f"Expected {FORM_TYPE}, got {request.mimetype or 'no content type'}.")
    raw = request.get_data(cache=True)  # MAX_CONTENT_LENGTH has already refused oversized bodies
    try:  # raw bytes and percent-escapes must both be UTF-8
        pairs = parse_qsl(raw.decode("utf-8"), keep_blank_values=True, encoding="utf-8", errors="strict")
    except UnicodeDecodeError:
        abort(400, "The request body is not valid UTF-8.")
    return MultiDict(pairs)
