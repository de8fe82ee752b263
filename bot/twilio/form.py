"""Strict parsing of Twilio's form posts: a bad request is refused with its reason, never half-read."""
from __future__ import annotations

from urllib.parse import parse_qsl

from flask import abort, current_app, request
from werkzeug.datastructures import MultiDict

FORM_TYPE = "application/x-www-form-urlencoded"


def parse_form() -> MultiDict:
    if request.mimetype != FORM_TYPE:
        abort(415, f"Expected {FORM_TYPE}, got {request.mimetype or 'no content type'}.")
    raw = request.get_data(cache=True)  # MAX_CONTENT_LENGTH has already refused oversized bodies
    if request.content_length is None and len(raw) >= (current_app.config["MAX_CONTENT_LENGTH"] or len(raw) + 1):
        # Chunked, no length announced: werkzeug stops reading at the limit; what is left is cut off.
        abort(413, "The request body is larger than this server accepts.")
    try:  # raw bytes and percent-escapes must both be UTF-8
        pairs = parse_qsl(raw.decode("utf-8"), keep_blank_values=True, encoding="utf-8", errors="strict")
    except UnicodeDecodeError:
        abort(400, "The request body is not valid UTF-8.")
    if any("\x00" in key or "\x00" in value for key, value in pairs):
        abort(400, "The request contains a NUL character.")  # no text column can store it
    return MultiDict(pairs)
