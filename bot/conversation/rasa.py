"""Talk to the Rasa server over HTTP, as in production (the app never imports rasa)."""
from __future__ import annotations

import requests

from bot.config import get_settings
from bot.content.recordings import Spoken


def _auth(settings) -> dict:
    """Rasa started with ``--auth-token`` wants it as ``?token=`` on its HTTP API (/status, /model…)."""
    return {"token": settings.rasa_auth_token} if settings.rasa_auth_token else {}


class RasaUnavailable(Exception):
    """Rasa could not take the message now; it stays pending and is retried."""


def ask_rasa(sender_id: str, text: str, metadata: dict) -> list[str]:
    """The bot's text replies to ``text``, in order (a ``Spoken`` reply for content that may have a
    recording: see replies_of)."""
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
    return replies_of(response.json())


def replies_of(items: list[dict]) -> list[str]:
    """Rasa's REST channel sends an utterance's text (cut at each blank line) and then its
    ``custom`` payload as separate items. A payload naming a content key (bot.intents.base.utter)
    turns the text items just before it back into one ``Spoken`` reply, when they are its text."""
    replies: list[str] = []
    for item in items:
        if item.get("text"):
            replies.append(item["text"])
        custom = item.get("custom")
        spoken = Spoken.from_marker(custom) if isinstance(custom, dict) else None
        if spoken is None:
            continue
        parts = len(spoken.strip().split("\n\n"))
        if len(replies) >= parts and "\n\n".join(replies[-parts:]) == spoken.strip():
            replies[-parts:] = [spoken]
    return replies


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
