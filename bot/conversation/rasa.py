"""Talk to the Rasa server over HTTP, as in production (the app never imports rasa)."""
from __future__ import annotations

import requests

from bot.config import get_settings


def _auth(settings) -> dict:
    """Rasa started with ``--auth-token`` wants it as ``?token=`` on its HTTP API (/status, /model…)."""
    return {"token": settings.rasa_auth_token} if settings.rasa_auth_token else {}


class RasaUnavailable(Exception):
    """Rasa could not take the message now; it stays pending and is retried."""


def ask_rasa(sender_id: str, text: str, metadata: dict) -> list[str]:
    """The bot's text replies to ``text``, in order."""
    settings = get_settings()
    try:
        response = requests.post(
            f"{settings.rasa_url}/webhooks/rest/webhook",
            json={"sender": sender_id, "message": text, "metadata": metadata},
            timeout=settings.rasa_timeout, params=_auth(settings),
        )
    except requests.RequestException as exc:
        raise RasaUnavailable(type(exc).__name__) from exc
    if not response.ok:
        raise RasaUnavailable(f"Rasa answered {response.status_code}")
    return [item["text"] for item in response.json() if item.get("text")]


def rasa_ready() -> tuple[bool, str]:
    """True when Rasa is up with a model loaded."""
    settings = get_settings()
    try:
        response = requests.get(f"{settings.rasa_url}/status", timeout=2, params=_auth(settings))
    except requests.RequestException as exc:
        return False, f"Rasa unreachable ({type(exc).__name__})"
    if not response.ok:
        return False, f"Rasa status {response.status_code}"
    if not response.json().get("model_file"):
        return False, "Rasa has no model loaded"
    return True, "ok"
