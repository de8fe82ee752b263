"""The worker's conversation core (bot/conversation/service.py, triage.py) without Rasa or Twilio:
what she receives, in which order, and that a retry never triages or welcomes twice."""
from __future__ import annotations

import uuid

import pytest
from sqlalchemy import select

from bot.content import dialogue, messages
from bot.content.danger import danger_reply
from bot.content.i18n import translate
from bot.conversation.inbound import Incoming, store
from bot.conversation.rasa import RasaUnavailable
from bot.conversation.service import answer_pending
from bot.db import session_scope
from bot.models import Escalation, InboundMessage, OutboundMessage, Woman
from tests.escalation.conftest import fake_io, new_phone  # noqa: F401  (fixture reused here)

WELCOME = [translate("fr", dialogue.WELCOME), translate("fr", dialogue.LANGUAGE_CHOICE)]


def receive(phone: str, text: str) -> int:
    return store(Incoming(message_sid="SM" + uuid.uuid4().hex, phone=phone, body=text)).woman_id


def sent_to(fake_io, phone: str) -> list[str]:
    return [m["body"] for m in fake_io.sent if m["to"] == phone]


def rasa_down(sender_id, text, metadata):
    raise RasaUnavailable("ConnectionError")


def known_woman(phone: str, language: str = "fr") -> int:
    """A woman past her first contact (consented, language chosen)."""
    woman_id = receive(phone, "Bonjour")
    with session_scope() as session:
        woman = session.get(Woman, woman_id)
        woman.language, woman.awaiting = language, None
        from bot.models.base import utcnow

        woman.consent_at = utcnow()
        for message in session.scalars(select(InboundMessage).where(InboundMessage.woman_id == woman_id)):
            message.status, message.intent = "answered", "first_contact"
    return woman_id


def test_her_messages_are_answered_oldest_first_each_with_its_own_replies(fake_io):
    phone = new_phone()
    woman_id = known_woman(phone)
    asked = []

    def rasa(sender_id, text, metadata):
        asked.append(text)
        return [f"réponse à « {text} »"]

    import bot.conversation.service as service

    service.ask_rasa = rasa  # monkeypatched back by fake_io's monkeypatch at teardown
    for text in ("le paludisme", "la vaccination", "les CPN"):
        receive(phone, text)
    assert answer_pending(woman_id) == 3
    assert asked == ["le paludisme", "la vaccination", "les CPN"]
    assert sent_to(fake_io, phone) == [f"réponse à « {t} »" for t in asked]


def test_a_danger_sign_is_answered_before_anything_else_even_as_her_first_message(fake_io):
    phone = new_phone()
    fake_io.rasa_replies = ["une réponse de FAQ"]
    woman_id = receive(phone, "je saigne beaucoup depuis ce matin")
    answer_pending(woman_id)
    # The danger reply, alone: no welcome before it, no model asked, no FAQ after it.
    assert sent_to(fake_io, phone) == [danger_reply("fr")]
    assert fake_io.rasa_calls == []
    with session_scope() as session:
        [escalation] = session.scalars(select(Escalation).where(Escalation.woman_id == woman_id)).all()
        assert (escalation.urgency, escalation.reason) == ("urgent", "danger_sign")
        [message] = session.scalars(select(InboundMessage).where(InboundMessage.woman_id == woman_id)).all()
        assert (message.status, message.intent) == ("answered", "danger_sign")


def test_a_message_is_triaged_once_across_retries_while_rasa_is_down(fake_io, monkeypatch):
    phone = new_phone()
    woman_id = receive(phone, "Bonjour")

    monkeypatch.setattr("bot.conversation.service.ask_rasa", rasa_down)
    for _ in range(3):  # the queue retries her message
        with pytest.raises(RasaUnavailable):
            answer_pending(woman_id)
    # The welcome went out at once (triage needs no model) and only once.
    assert sent_to(fake_io, phone) == WELCOME
    with session_scope() as session:
        [message] = session.scalars(select(InboundMessage).where(InboundMessage.woman_id == woman_id)).all()
        assert (message.status, message.intent, message.attempts) == ("pending", "first_contact", 3)

    monkeypatch.setattr("bot.conversation.service.ask_rasa", lambda *a: ["Je suis Jigiya."])
    assert answer_pending(woman_id) == 1
    assert sent_to(fake_io, phone) == WELCOME + ["Je suis Jigiya."]
    assert answer_pending(woman_id) == 0  # nothing left, nothing re-sent
    assert sent_to(fake_io, phone) == WELCOME + ["Je suis Jigiya."]


def test_a_danger_sign_while_rasa_is_down_is_answered_and_the_midwife_alerted(fake_io, monkeypatch):
    phone = new_phone()
    woman_id = known_woman(phone, "bm")

    monkeypatch.setattr("bot.conversation.service.ask_rasa", rasa_down)
    answer_pending(woman_id)  # no exception: nothing waited for Rasa
    assert sent_to(fake_io, phone) == []
    receive(phone, "joli bɛ bɔ n na")
    answer_pending(woman_id)
    assert sent_to(fake_io, phone) == [danger_reply("bm")]


def test_silence_is_never_an_answer(fake_io):
    phone = new_phone()
    woman_id = known_woman(phone)
    fake_io.rasa_replies = []  # the model's turn produced no text
    receive(phone, "hmm")
    answer_pending(woman_id)
    assert sent_to(fake_io, phone) == [translate("fr", messages.NOT_UNDERSTOOD)]


def test_a_voice_note_goes_to_a_midwife_and_never_reaches_the_model(fake_io):
    # Issue 14: she is told a midwife will listen (tests/media/ covers the download and the case).
    phone = new_phone()
    woman_id = known_woman(phone)
    store(Incoming(message_sid="SM" + uuid.uuid4().hex, phone=phone, body="",
                   media=[{"url": "", "content_type": "audio/ogg"}]))
    answer_pending(woman_id)
    assert sent_to(fake_io, phone) == [translate("fr", messages.VOICE_RECEIVED)]
    assert fake_io.rasa_calls == []


def test_a_long_reply_reaches_her_in_parts_in_order(fake_io):
    from bot.conversation.split import LIMIT

    phone = new_phone()
    woman_id = known_woman(phone)
    long_reply = " ".join(f"Phrase {i} sur la santé de la mère et du bébé." for i in range(60))
    fake_io.rasa_replies = [long_reply]
    receive(phone, "dis m'en plus")
    answer_pending(woman_id)
    parts = sent_to(fake_io, phone)
    assert len(parts) > 1 and all(len(p) <= LIMIT for p in parts)
    assert " ".join(parts) == long_reply
    with session_scope() as session:
        rows = session.scalars(select(OutboundMessage).where(OutboundMessage.woman_id == woman_id)
                               .order_by(OutboundMessage.id)).all()
        assert [r.status for r in rows] == ["queued"] * len(parts)
