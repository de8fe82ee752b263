"""Fixtures for the dialogue and escalation services: a woman's message run through the worker's
path with Rasa and Twilio replaced by recorders (the stack tests use the real ones)."""
from __future__ import annotations

import uuid
from dataclasses import dataclass, field

import pytest

from bot.twilio.client import SendResult


@dataclass
class Recorder:
    rasa_replies: list[str] = field(default_factory=list)
    rasa_calls: list[dict] = field(default_factory=list)
    sent: list[dict] = field(default_factory=list)


@pytest.fixture
def fake_io(database, queue, monkeypatch):
    recorder = Recorder()

    def ask_rasa(sender_id, text, metadata):
        recorder.rasa_calls.append({"sender": sender_id, "text": text, "metadata": metadata})
        return list(recorder.rasa_replies)

    def send_whatsapp(to, body=None, *, content_sid=None, content_variables=None, media_url=None):
        recorder.sent.append({"to": to, "body": body, "content_sid": content_sid,
                              "content_variables": content_variables, "media_url": media_url})
        return SendResult(sid="SM" + uuid.uuid4().hex, status="queued")

    monkeypatch.setattr("bot.conversation.service.ask_rasa", ask_rasa)
    monkeypatch.setattr("bot.conversation.service.send_whatsapp", send_whatsapp)
    monkeypatch.setattr("bot.escalation.alerts.send_whatsapp", send_whatsapp)
    return recorder


@pytest.fixture
def say(fake_io):
    """say(phone, text) stores her message and runs the worker on it; returns the bodies sent to her."""
    from bot.conversation.inbound import Incoming, store
    from bot.conversation.service import answer_pending

    def _say(phone: str, text: str) -> list[str]:
        before = len(fake_io.sent)
        stored = store(Incoming(message_sid="SM" + uuid.uuid4().hex, phone=phone, body=text))
        answer_pending(stored.woman_id)
        return [m["body"] for m in fake_io.sent[before:] if m["to"] == phone]

    return _say


def new_phone() -> str:
    return "whatsapp:+2237" + str(uuid.uuid4().int)[:7]
