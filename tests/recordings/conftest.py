"""Recordings of the bot's content: MEDIA_DIR in the test's folder, a short spoken-like tone made
here (WAV, stdlib) and turned into a voice note by the real converter, and recordings in any state."""
from __future__ import annotations

import asyncio
import io
import math
import struct
import uuid
import wave

import pytest
from rasa_sdk import Tracker
from rasa_sdk.executor import CollectingDispatcher

from bot.db import session_scope
from bot.media.convert import to_whatsapp_voice
from bot.media.store import save
from bot.models import ContentRecording
from bot.models.base import utcnow
from tests.escalation.conftest import fake_io, new_phone, say  # noqa: F401  (fixtures reused here)


def tone_wav(seconds: float = 1.0, rate: int = 16_000) -> bytes:
    """A 440 Hz tone as 16-bit mono WAV: what a phone's recorder app might export."""
    buffer = io.BytesIO()
    with wave.open(buffer, "wb") as out:
        out.setnchannels(1)
        out.setsampwidth(2)
        out.setframerate(rate)
        out.writeframes(b"".join(struct.pack("<h", int(8000 * math.sin(2 * math.pi * 440 * i / rate)))
                                 for i in range(int(seconds * rate))))
    return buffer.getvalue()


@pytest.fixture
def recording(media_dir):
    """recording("faq:nutrition", "bm", "approved") → the id of a recording in that state."""
    voice, seconds = to_whatsapp_voice(tone_wav(), "audio/wav")

    def _make(content_key: str, language: str, status: str = "approved") -> int:
        with session_scope() as session:
            media = save(session, voice, "audio/ogg", kind="recording", duration_seconds=seconds)
            row = ContentRecording(content_key=content_key, language=language, media_id=media.id, status=status,
                                   reviewed_at=utcnow() if status != "draft" else None)
            session.add(row)
            session.flush()
            return row.id

    return _make


def rest_items(dispatcher: CollectingDispatcher) -> list[dict]:
    """What Rasa's REST channel returns for these utterances: each text cut at its blank lines, then
    its custom payload as an item of its own (rasa.core.channels.channel.OutputChannel.send_response)."""
    items: list[dict] = []
    for message in dispatcher.messages:
        if message.get("text"):
            items += [{"recipient_id": "x", "text": part} for part in message["text"].strip().split("\n\n")]
        if message.get("custom"):
            items.append({"recipient_id": "x", "custom": message["custom"]})
    return items


@pytest.fixture
def rasa_runs(fake_io, monkeypatch):
    """rasa_runs(action, intent=..., parse=...) makes the worker's Rasa call run ``action`` for real
    and go back through ask_rasa's reading of the REST reply (bot.conversation.rasa.replies_of)."""
    from bot.conversation.rasa import replies_of

    chosen: dict = {}

    def ask_rasa(sender_id, text, metadata):
        fake_io.rasa_calls.append({"sender": sender_id, "text": text, "metadata": metadata})
        latest = {"text": text, "intent": {"name": chosen["intent"]}, "entities": [], "metadata": metadata,
                  **chosen.get("parse", {})}
        tracker = Tracker(sender_id, {}, latest, [], False, None, {}, "action_listen")
        dispatcher = CollectingDispatcher()
        asyncio.run(chosen["action"].run(dispatcher, tracker, {}))
        return replies_of(rest_items(dispatcher))

    monkeypatch.setattr("bot.conversation.service.ask_rasa", ask_rasa)

    def _set(action, intent: str, parse: dict | None = None):
        chosen.update(action=action, intent=intent, parse=parse or {})

    return _set


def sid() -> str:
    return "SM" + uuid.uuid4().hex
