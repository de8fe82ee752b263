"""RETENTION_DAYS: the daily purge erases old conversation text and keeps the counts."""
from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest
from sqlalchemy import func, select, update

from bot import db
from bot.config import Settings
from bot.models import CaseEvent, Escalation, InboundMessage, OutboundMessage, StaffAlert
from bot.privacy import tasks
from bot.privacy.tracker import tracker_events

from tests.privacy.conftest import SECRET_TEXT, add_rasa_event

FROZEN_NOW = datetime(2027, 6, 1, 3, 17, tzinfo=timezone.utc)


def age_everything(woman_id: int, days: int) -> None:
    at = FROZEN_NOW - timedelta(days=days)
    with db.session_scope() as session:
        session.execute(update(InboundMessage).where(InboundMessage.woman_id == woman_id).values(received_at=at))
        session.execute(update(OutboundMessage).where(OutboundMessage.woman_id == woman_id).values(created_at=at))
        session.execute(update(Escalation).where(Escalation.woman_id == woman_id).values(created_at=at))


@pytest.fixture(autouse=True)
def frozen_clock(time_machine):
    """One clock for the rows seeded, the Rasa events and the purge (autouse: set before ``seeded``)."""
    time_machine.move_to(FROZEN_NOW, tick=False)
    return FROZEN_NOW


@pytest.fixture
def retention_30_days(monkeypatch):
    from bot.config import reset_settings

    monkeypatch.setenv("RETENTION_DAYS", "30")
    reset_settings()
    yield
    reset_settings()


def run_purge() -> None:
    tasks.purge_old_conversations.call_local()


def test_text_older_than_the_limit_is_erased_and_rows_are_kept(seeded, frozen_clock, retention_30_days):
    age_everything(seeded.woman_id, days=31)
    with db.session_scope() as session:
        session.execute(update(Escalation).values(status="resolved"))
        before = session.scalar(select(func.count()).select_from(InboundMessage))
    run_purge()
    with db.session_scope() as session:
        inbound = session.scalar(select(InboundMessage).where(InboundMessage.woman_id == seeded.woman_id))
        assert inbound.body == "" and inbound.media == [] and inbound.latitude is None
        assert inbound.status == "answered"  # the count of answered messages is kept
        assert session.scalar(select(func.count()).select_from(InboundMessage)) == before
        assert session.scalar(select(OutboundMessage.body).where(OutboundMessage.woman_id == seeded.woman_id)) == ""
        escalation = session.scalar(select(Escalation).where(Escalation.woman_id == seeded.woman_id))
        assert escalation.message == "" and escalation.context == [] and escalation.reason == "danger_sign"
        assert session.scalar(select(CaseEvent.body).where(CaseEvent.escalation_id == escalation.id)) == ""
        assert session.scalar(select(StaffAlert.body).where(StaffAlert.escalation_id == escalation.id)) == ""


def test_recent_text_is_kept(seeded, frozen_clock, retention_30_days):
    age_everything(seeded.woman_id, days=29)
    age_everything(seeded.other_id, days=29)
    with db.session_scope() as session:
        session.execute(update(Escalation).values(status="resolved"))
    run_purge()
    with db.session_scope() as session:
        assert session.scalar(select(InboundMessage.body).where(InboundMessage.woman_id == seeded.woman_id)) == SECRET_TEXT


def test_an_open_case_keeps_its_text_however_old(seeded, frozen_clock, retention_30_days):
    age_everything(seeded.woman_id, days=400)
    run_purge()
    with db.session_scope() as session:
        escalation = session.scalar(select(Escalation).where(Escalation.woman_id == seeded.woman_id))
        assert escalation.status == "open" and escalation.message == SECRET_TEXT


def test_a_pending_message_is_never_erased(seeded, frozen_clock, retention_30_days):
    age_everything(seeded.woman_id, days=400)
    with db.session_scope() as session:
        session.execute(update(InboundMessage).where(InboundMessage.woman_id == seeded.woman_id).values(status="pending"))
    run_purge()
    with db.session_scope() as session:
        assert session.scalar(select(InboundMessage.body).where(InboundMessage.woman_id == seeded.woman_id)) == SECRET_TEXT


def test_old_rasa_events_are_deleted(seeded, tracker_url, frozen_clock, retention_30_days):
    add_rasa_event(tracker_url, seeded.public_id, "vieux message", (FROZEN_NOW - timedelta(days=31)).timestamp())
    add_rasa_event(tracker_url, seeded.public_id, "message récent", (FROZEN_NOW - timedelta(days=29)).timestamp())
    run_purge()
    # The seeded conversation is from today (the frozen clock): kept with the 29-day-old message.
    assert [e["data"]["text"] for e in tracker_events(seeded.public_id)] == [SECRET_TEXT, "message récent"]


def test_zero_keeps_everything(seeded, frozen_clock, monkeypatch):
    from bot.config import reset_settings

    monkeypatch.setenv("RETENTION_DAYS", "0")
    reset_settings()
    age_everything(seeded.woman_id, days=4000)
    with db.session_scope() as session:
        session.execute(update(Escalation).values(status="resolved"))
    run_purge()
    reset_settings()
    with db.session_scope() as session:
        assert session.scalar(select(InboundMessage.body).where(InboundMessage.woman_id == seeded.woman_id)) == SECRET_TEXT


def test_a_bad_retention_setting_stops_the_start(monkeypatch):
    monkeypatch.setenv("RETENTION_DAYS", "a year")
    with pytest.raises(RuntimeError, match="RETENTION_DAYS"):
        Settings.from_env()


def test_the_purge_runs_every_day_in_the_worker():
    import bot.worker  # noqa: F401  (what huey_consumer imports)
    from bot.queue import huey

    assert tasks.purge_old_conversations.task_class in huey._registry._periodic_tasks
    validate = tasks.purge_old_conversations.task_class().validate_datetime
    assert validate(datetime(2027, 6, 1, 3, 17)) and not validate(datetime(2027, 6, 1, 3, 18))
