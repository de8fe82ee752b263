"""A midwife's reply goes back into the woman's conversation."""
from __future__ import annotations

import pytest
from sqlalchemy import select

from bot.content import dialogue
from bot.content.i18n import translate
from bot.conversation.service import deliver_pending
from bot.db import session_scope
from bot.escalation.service import CannotReply, reply_to_escalation
from bot.models import Escalation, OutboundMessage, StaffMember, Woman
from tests.escalation.conftest import new_phone


def _escalated(say, phone: str, language_choice: str) -> int:
    say(phone, "bonjour")
    say(phone, language_choice)
    say(phone, "Ma question est très longue. " * 40)
    with session_scope() as session:
        return session.scalars(select(Escalation.id)).all()[-1]


def _staff() -> StaffMember:
    with session_scope() as session:
        staff = StaffMember(name="Awa", phone="whatsapp:+22370000009", role="midwife")
        session.add(staff)
        session.flush()
        return staff


@pytest.mark.parametrize("choice,language", [("1", "fr"), ("2", "bm")])
def test_reply_to_escalation_is_queued_in_her_language_and_delivered(say, fake_io, queue, choice, language):
    phone = new_phone()
    escalation_id = _escalated(say, phone, choice)
    staff = _staff()
    outbound_id = reply_to_escalation(escalation_id, "Venez au CSCom demain matin.", staff)
    with session_scope() as session:
        escalation = session.get(Escalation, escalation_id)
        outbound = session.get(OutboundMessage, outbound_id)
        assert (escalation.status, escalation.claimed_by_id) == ("answered", staff.id)
        assert escalation.answered_at is not None
        assert outbound.inbound_id == escalation.inbound_id and outbound.status == "pending"
        assert outbound.body == translate(language, dialogue.MIDWIFE_ANSWER, text="Venez au CSCom demain matin.")
        woman_id = escalation.woman_id
    assert len(queue) == 1  # deliver_to_woman, under her conversation lock
    deliver_pending(woman_id)
    assert fake_io.sent[-1]["to"] == phone and "Venez au CSCom" in fake_io.sent[-1]["body"]


def test_no_reply_to_a_woman_who_said_stop(say, fake_io):
    phone = new_phone()
    escalation_id = _escalated(say, phone, "1")
    say(phone, "STOP")
    with pytest.raises(CannotReply):
        reply_to_escalation(escalation_id, "Bonjour", _staff())
    with session_scope() as session:
        w = session.scalar(select(Woman).where(Woman.phone == phone))
        assert session.get(Escalation, escalation_id).status == "open" and w.opted_out


def test_an_empty_reply_is_refused(say, fake_io):
    escalation_id = _escalated(say, new_phone(), "1")
    with pytest.raises(ValueError):
        reply_to_escalation(escalation_id, "   ", _staff())


def test_the_sweep_alerts_a_midwife_who_came_on_duty_later(say, fake_io):
    from datetime import timedelta

    from bot.escalation.alerts import unalerted_urgent
    from bot.escalation.tasks import climb_ladders
    from bot.models.base import utcnow

    phone = new_phone()
    say(phone, "j'ai perdu les eaux")  # nobody on duty: no alert yet
    with session_scope() as session:
        session.add(StaffMember(name="Awa", phone="whatsapp:+22370000010", role="midwife", on_duty=True))
    later = utcnow() + timedelta(minutes=2)  # the ladder retries a minute after finding nobody
    assert climb_ladders(later) == 1
    assert [m["to"] for m in fake_io.sent][-1] == "whatsapp:+22370000010"
    with session_scope() as session:
        assert unalerted_urgent(session, now=later) == []
