"""Only Twilio may post to the webhooks: X-Twilio-Signature checked with the twilio library.

The URL Twilio signed is the public one (PUBLIC_BASE_URL + path + query), which behind a TLS
proxy differs from the URL Flask sees, so we never use request.url here. No debug bypass.
"""
from __future__ import annotations

from functools import wraps

from flask import abort, g, request
from twilio.request_validator import RequestValidator

from bot.config import get_settings
from bot.twilio.form import parse_form


def twilio_signed(view):
    @wraps(view)
    def wrapper(*args, **kwargs):
        settings = get_settings()
        if not settings.twilio_auth_token:
            abort(403, "Twilio is not configured here (TWILIO_AUTH_TOKEN is unset).")
        form = parse_form()
        signature = request.headers.get("X-Twilio-Signature", "")
        query = request.query_string.decode("latin-1")
        url = f"{settings.public_base_url}{request.path}" + (f"?{query}" if query else "")
        if not signature or not RequestValidator(settings.twilio_auth_token).validate(url, form, signature):
            abort(403, "Invalid or missing X-Twilio-Signature.")
        g.twilio_form = form
        return view(*args, **kwargs)

    return wrapper
