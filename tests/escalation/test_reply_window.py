"""A midwife's answer and WhatsApp's 24-hour window.

Inside the window her answer goes as free text. Outside it, WhatsApp takes only an approved
template: the woman gets "a midwife answered you — reply to read it", and the full answer goes as
soon as she writes again (before the bot's reply to that message). With no template configured,
nothing can reach her until she writes; the answer waits the same way and the case page says so.
"""
from __future__ import annotations

import uuid
from datetime import timedelta

import pytest
from sqlalchemy import select

from bot.conversation.service import deliver_pending
from bot.db import session_scope
from bot.escalation.service import HELD, reply_to_escalation
from bot.models import Escalation, OutboundMessage, StaffMember, Woman
from bot.models.base import utcnow
from tests.escalation.conftest import new_phone

TEMPLATE = "HX" + "d" * 32
ANSWER = "Venez au CSCom demain matin avec votre carnet."


def _escalation(say, phone: str, *, quiet_for: timedelta | None = None) -> tuple[int, int]:
    say(phone, "bonjour")
    say(phone, "1")  # French
    say(phone, "Ma question est très longue. " * 40)  # a long message goes to a midwife
    with session_scope() as session:
        escalation = session.scalars(select(Escalation)).all()[-1]
        if quiet_for is not None:  # her last message was that long ago
            escalation.woman.last_inbound_at = utcnow() - quiet_for
        staff = StaffMember(name="Awa", phone="whatsapp:+2237000" + str(uuid.uuid4().int)[:4], role="midwife")
        session.add(staff)
        session.flush()
        return escalation.id, staff.id


def _answer(escalation_id: int, staff_id: int) -> int:
    outbound_id = reply_to_escalation(escalation_id, ANSWER, staff_id)
    with session_scope() as session:
        woman_id = session.get(OutboundMessage, outbound_id).woman_id
    deliver_pending(woman_id)  # what the queued deliver_to_woman task does
    return outbound_id


def _rows(phone: str) -> list[OutboundMessage]:
    with session_scope() as session:
        woman = session.scalar(select(Woman).where(Woman.phone == phone))
        return session.scalars(select(OutboundMessage).where(OutboundMessage.woman_id == woman.id)
                               .order_by(OutboundMessage.id)).all()


def test_inside_the_window_the_answer_goes_as_free_text(say, fake_io, monkeypatch):
    monkeypatch.setenv("CONTENT_SID_MIDWIFE_REPLY_FR", TEMPLATE)
    phone = new_phone()
    outbound_id = _answer(*_escalation(say, phone))
    last = fake_io.sent[-1]
    assert last["to"] == phone and ANSWER in last["body"] and last["content_sid"] is None
    assert [r.status for r in _rows(phone) if r.status == HELD] == []
    with session_scope() as session:
        assert session.get(OutboundMessage, outbound_id).kind == "midwife_reply"


def test_outside_the_window_the_template_goes_and_the_answer_follows_her_next_message(say, fake_io, monkeypatch):
    monkeypatch.setenv("CONTENT_SID_MIDWIFE_REPLY_FR", TEMPLATE)
    phone = new_phone()
    outbound_id = _answer(*_escalation(say, phone, quiet_for=timedelta(hours=30)))
    template = fake_io.sent[-1]
    assert (template["to"], template["body"], template["content_sid"]) == (phone, None, TEMPLATE)
    assert template["content_variables"] == {}  # this template has no variables
    assert not any(m["body"] and ANSWER in m["body"] for m in fake_io.sent)
    [held] = [r for r in _rows(phone) if r.status == HELD]
    assert ANSWER in held.body and held.content_variables == {"full_text_of": outbound_id}

    fake_io.rasa_replies = ["De rien."]
    received = say(phone, "merci, je lis")  # her reply to the template opens the window
    assert len(received) == 2 and ANSWER in received[0] and received[1] == "De rien."
    assert not any(r.status == HELD for r in _rows(phone))
    assert say(phone, "ok") == ["De rien."]  # delivered once, not again


def test_without_a_template_nothing_is_sent_and_the_answer_waits_for_her(say, fake_io, monkeypatch):
    monkeypatch.delenv("CONTENT_SID_MIDWIFE_REPLY_FR", raising=False)
    phone = new_phone()
    escalation = _escalation(say, phone, quiet_for=timedelta(days=3))
    before = len(fake_io.sent)
    outbound_id = _answer(*escalation)
    assert len(fake_io.sent) == before  # WhatsApp would refuse free text: nothing is tried
    with session_scope() as session:
        answer = session.get(OutboundMessage, outbound_id)
        assert (answer.status, answer.error_code) == ("no_template", "no_template")
    fake_io.rasa_replies = []
    received = say(phone, "allo ?")
    assert ANSWER in received[0]


def test_a_danger_reply_still_comes_first_when_an_answer_was_waiting(say, fake_io, monkeypatch):
    monkeypatch.setenv("CONTENT_SID_MIDWIFE_REPLY_FR", TEMPLATE)
    phone = new_phone()
    _answer(*_escalation(say, phone, quiet_for=timedelta(hours=25)))
    received = say(phone, "je saigne beaucoup")
    assert "CSCom" in received[0] and ANSWER not in received[0]
    assert ANSWER in received[1]


def test_a_woman_who_said_stop_does_not_get_the_waiting_answer_until_she_comes_back(say, fake_io, monkeypatch):
    monkeypatch.setenv("CONTENT_SID_MIDWIFE_REPLY_FR", TEMPLATE)
    phone = new_phone()
    _answer(*_escalation(say, phone, quiet_for=timedelta(hours=25)))
    assert not any(ANSWER in text for text in say(phone, "STOP"))
    assert [r.status for r in _rows(phone)].count(HELD) == 1
    assert any(ANSWER in text for text in say(phone, "START"))


# --- the same two paths against the Twilio mock (Prism validates every request) -----------------

@pytest.fixture
def real_twilio(twilio_at_mock, fake_io, monkeypatch):
    """Rasa still replaced, but messages go through the real Twilio client to the mock."""
    from bot.conversation import service
    from bot.twilio.client import send_whatsapp

    monkeypatch.setattr(service, "send_whatsapp", send_whatsapp)
    return twilio_at_mock


@pytest.mark.parametrize("quiet_for", [timedelta(hours=1), timedelta(hours=30)], ids=["inside", "outside"])
def test_against_the_twilio_mock(say, fake_io, real_twilio, monkeypatch, quiet_for):
    monkeypatch.setenv("CONTENT_SID_MIDWIFE_REPLY_FR", TEMPLATE)
    phone = new_phone()
    escalation = _escalation(say, phone, quiet_for=quiet_for)
    real_twilio.clear()
    outbound_id = _answer(*escalation)
    [request] = real_twilio.sent_to(phone)
    with session_scope() as session:
        answer = session.get(OutboundMessage, outbound_id)
        assert answer.twilio_sid and answer.status == "queued"  # accepted by the mock
    if quiet_for < timedelta(hours=24):
        assert ANSWER in request.form["Body"] and "ContentSid" not in request.form
        return
    assert request.form["ContentSid"] == TEMPLATE and "Body" not in request.form
    fake_io.rasa_replies = ["De rien."]
    say(phone, "merci")
    bodies = [r.form.get("Body", "") for r in real_twilio.sent_to(phone)]
    assert len(bodies) == 3 and ANSWER in bodies[1] and bodies[2] == "De rien."
