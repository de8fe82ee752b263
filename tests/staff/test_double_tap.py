"""Staff actions done once (issue 16, item 8): a double tap or a second tab claims a case once,
sends a midwife's answer once (the answer and its case event in one transaction), and creates a
broadcast once."""
from __future__ import annotations

from datetime import timedelta

import pytest
from sqlalchemy import func, select

from bot.db import session_scope
from bot.escalation import service as escalation_service
from bot.models import Broadcast, CaseEvent, Escalation, OutboundMessage
from tests.broadcast.conftest import seeded  # noqa: F401  (fixture)
from tests.staff.conftest import as_staff, login, world  # noqa: F401  (fixtures)


def _events(escalation_id: int, kind: str) -> int:
    with session_scope() as session:
        return session.scalar(select(func.count()).select_from(CaseEvent).where(
            CaseEvent.escalation_id == escalation_id, CaseEvent.kind == kind))


def test_a_double_tapped_reply_is_sent_once(as_staff, world):
    awa = as_staff("awa")
    url = f"/staff/cases/{world.sotuba_case}/reply"
    first = awa.post(url, data={"text": "Venez au CSCom maintenant avec votre carnet."})
    second = awa.post(url, data={"text": "Venez au CSCom maintenant avec votre carnet."}, follow_redirects=True)
    assert first.status_code == 302
    assert "déjà partie" in second.get_data(as_text=True)
    with session_scope() as session:
        woman_id = session.get(Escalation, world.sotuba_case).woman_id
        answers = session.scalars(select(OutboundMessage).where(
            OutboundMessage.woman_id == woman_id, OutboundMessage.kind == "midwife_reply")).all()
    assert len(answers) == 1
    assert _events(world.sotuba_case, "reply") == 1


def test_a_different_answer_is_a_new_reply(as_staff, world):
    awa = as_staff("awa")
    url = f"/staff/cases/{world.sotuba_case}/reply"
    awa.post(url, data={"text": "Venez au CSCom."})
    awa.post(url, data={"text": "Et apportez votre carnet."})
    assert _events(world.sotuba_case, "reply") == 2


def test_the_reply_and_its_case_event_are_one_transaction(world, monkeypatch):
    """If recording the case event fails, the answer is not queued either (no answer the case page
    would not show)."""
    def broken_acknowledge(*args, **kwargs):
        raise RuntimeError("acknowledgement failed")

    monkeypatch.setattr("bot.escalation.alerts.acknowledge", broken_acknowledge)
    with pytest.raises(RuntimeError):
        escalation_service.reply_to_escalation(world.sotuba_case, "Venez au CSCom.", world.awa)  # urgent case
    with session_scope() as session:
        assert session.scalar(select(func.count()).select_from(OutboundMessage).where(
            OutboundMessage.kind == "midwife_reply")) == 0
        assert session.get(Escalation, world.sotuba_case).status == "open"
    assert _events(world.sotuba_case, "reply") == 0


def test_the_same_text_later_is_a_new_reply(world):
    from bot.models.base import utcnow

    now = utcnow()
    escalation_service.reply_to_escalation(world.sikoro_case, "Prenez du paracétamol.", world.fanta, now=now)
    with pytest.raises(escalation_service.DuplicateReply):
        escalation_service.reply_to_escalation(world.sikoro_case, "Prenez du paracétamol.", world.fanta,
                                               now=now + timedelta(minutes=2))
    escalation_service.reply_to_escalation(world.sikoro_case, "Prenez du paracétamol.", world.fanta,
                                           now=now + escalation_service.DUPLICATE_REPLY_WINDOW + timedelta(minutes=1))
    assert _events(world.sikoro_case, "reply") == 2


def test_a_double_tapped_claim_claims_once(as_staff, world):
    awa = as_staff("awa")
    for _ in range(2):
        assert awa.post(f"/staff/cases/{world.old_normal_case}/claim").status_code == 302
    assert _events(world.old_normal_case, "claim") == 1
    with session_scope() as session:
        escalation = session.get(Escalation, world.old_normal_case)
        assert (escalation.claimed_by_id, escalation.status) == (world.awa, "claimed")


def test_a_claim_that_lost_the_race_records_nothing(as_staff, world, monkeypatch):
    """Two midwives' taps at once: the second one read the case before the first was saved. Only
    the tap that finds it unclaimed in the database claims it."""
    import bot.staff.cases as cases

    real = cases.case_or_404

    def stale_read(session, escalation_id):
        escalation = real(session, escalation_id)
        with session_scope() as other:  # the other midwife's tap lands in between
            other.get(Escalation, escalation_id).claimed_by_id = world.awa
        return escalation  # still says "unclaimed"

    with session_scope() as session:
        from bot.models import StaffMember
        from tests.staff.conftest import add_staff

        add_staff(session, "Binta", "midwife", session.get(StaffMember, world.awa).cscom_id)
    binta = as_staff("binta")
    monkeypatch.setattr(cases, "case_or_404", stale_read)
    binta.post(f"/staff/cases/{world.old_normal_case}/claim")
    assert _events(world.old_normal_case, "claim") == 0
    with session_scope() as session:
        assert session.get(Escalation, world.old_normal_case).claimed_by_id == world.awa


def test_a_double_tapped_broadcast_is_sent_once(app, seeded):
    mariam = app.test_client()
    assert login(mariam, "mariam").status_code == 302
    url = f"/staff/broadcasts/groups/{seeded.group}/send"
    first = mariam.post(url, data={"text": "Réunion déplacée à 16 h."})
    second = mariam.post(url, data={"text": "Réunion déplacée à 16 h."})
    assert first.status_code == second.status_code == 302
    assert first.headers["Location"] == second.headers["Location"]  # the same broadcast's page
    with session_scope() as session:
        assert session.scalar(select(func.count()).select_from(Broadcast)) == 1
    other = mariam.post(url, data={"message_key": "meeting_reminder"})
    assert other.headers["Location"] != first.headers["Location"]
    with session_scope() as session:
        assert session.scalar(select(func.count()).select_from(Broadcast)) == 2
