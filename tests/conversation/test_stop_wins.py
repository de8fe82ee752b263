"""STOP wins at send time (issue 16, item 6): whatever was queued before her STOP does not go out;
once opted out she gets the confirmation and answers to what she writes herself, never a push; a
push needs her consent."""
from __future__ import annotations

from datetime import timedelta

from sqlalchemy import select

from bot.content import dialogue
from bot.content.i18n import translate
from bot.conversation.service import deliver_pending
from bot.db import session_scope
from bot.models import InboundMessage, OutboundMessage, Woman
from bot.models.base import utcnow
from tests.escalation.conftest import fake_io, new_phone, say  # noqa: F401  (fixtures)


def _woman(consented: bool = True) -> tuple[int, str]:
    phone = new_phone()
    with session_scope() as session:
        woman = Woman(phone=phone, language="fr", last_inbound_at=utcnow() - timedelta(minutes=5),
                      consent_at=utcnow() - timedelta(days=3) if consented else None)
        session.add(woman)
        session.flush()
        return woman.id, phone


def _queue_push(woman_id: int, kind: str = "monthly_topic", body: str = "Thème du mois : l'anémie") -> int:
    with session_scope() as session:
        push = OutboundMessage(woman_id=woman_id, body=body, kind=kind)
        session.add(push)
        session.flush()
        return push.id


def _status(outbound_id: int) -> str:
    with session_scope() as session:
        return session.get(OutboundMessage, outbound_id).status


def test_a_push_queued_before_her_stop_does_not_go_out(fake_io, say):
    woman_id, phone = _woman()
    push = _queue_push(woman_id)  # queued, its delivery not run yet
    sent = say(phone, "STOP")
    assert sent == [translate("fr", dialogue.OPTED_OUT)]
    assert _status(push) == "opted_out"


def test_an_opted_out_woman_gets_no_push_queued_later(fake_io, say):
    woman_id, phone = _woman()
    say(phone, "STOP")
    pushes = [_queue_push(woman_id, kind) for kind in ("meeting_reminder", "midwife_reply", "group_welcome")]
    before = len(fake_io.sent)
    deliver_pending(woman_id)
    assert fake_io.sent[before:] == []
    assert [_status(p) for p in pushes] == ["opted_out"] * 3


def test_a_late_answer_to_a_message_before_her_stop_is_withheld(fake_io, say):
    woman_id, phone = _woman()
    with session_scope() as session:
        earlier = InboundMessage(message_sid="SMearlier", woman_id=woman_id, body="c'est quoi l'anémie",
                                 status="answered", received_at=utcnow() - timedelta(minutes=1))
        session.add(earlier)
        session.flush()
        late = OutboundMessage(woman_id=woman_id, inbound_id=earlier.id, body="L'anémie, c'est…")
        session.add(late)
        session.flush()
        late_id = late.id
    assert say(phone, "stop") == [translate("fr", dialogue.OPTED_OUT)]
    assert _status(late_id) == "opted_out"


def test_what_she_writes_after_stop_is_still_answered(fake_io, say):
    """Never silence to her own message (a danger sign above all), even after STOP."""
    _, phone = _woman()
    say(phone, "STOP")
    fake_io.rasa_replies = ["Bonjour ! Écrivez START pour recevoir à nouveau les messages."]
    assert say(phone, "bonjour") == ["Bonjour ! Écrivez START pour recevoir à nouveau les messages."]


def test_start_lets_pushes_through_again(fake_io, say):
    woman_id, phone = _woman()
    say(phone, "STOP")
    say(phone, "START")
    push = _queue_push(woman_id)
    deliver_pending(woman_id)
    assert _status(push) == "queued"


def test_a_push_needs_her_consent(fake_io):
    woman_id, phone = _woman(consented=False)
    push = _queue_push(woman_id)
    deliver_pending(woman_id)
    assert [m for m in fake_io.sent if m["to"] == phone] == []
    assert _status(push) == "no_consent"
    with session_scope() as session:
        assert session.scalar(select(OutboundMessage.error_code).where(OutboundMessage.id == push)) == "no_consent"
