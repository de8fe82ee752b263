"""Broadcast fixtures: two CSComs, a SHARE group in Sotuba whose members cover every case (French and
Bambara, inside and outside the 24-hour window, opted out, no consent, language unknown), another
group in Sikoro, their facilitators, and the local Twilio mock as TWILIO_API_URL."""
from __future__ import annotations

import time
from dataclasses import dataclass
from datetime import date, datetime, timedelta, timezone

import pytest
from sqlalchemy import select

from bot.config import reset_settings
from bot.db import session_scope
from bot.models import Broadcast, Cscom, GroupMeeting, ShareGroup, Woman
from bot.models.base import utcnow
from tests.staff.conftest import add_staff
from tests.support.twilio_mock import new_whatsapp_number

TEMPLATE_FR = "HX" + "f" * 32
FAST = {"BROADCAST_MPS": "50", "BROADCAST_SLICE_SECONDS": "0.5", "BROADCAST_CONCURRENCY": "4",
        "BROADCAST_LEASE_SECONDS": "20"}


@dataclass(frozen=True)
class Member:
    id: int
    phone: str
    language: str


@dataclass(frozen=True)
class Seeded:
    group: int
    other_group: int
    meeting_at: datetime
    members: dict[str, Member]  # by case name
    outsiders: dict[str, Member]

    def phones(self, *names: str) -> set[str]:
        return {self.members[n].phone for n in names}


def _woman(session, group_id: int | None, language: str | None, *, window: bool, consent: bool = True,
           opted_out: bool = False, name: str | None = None) -> Member:
    woman = Woman(phone=new_whatsapp_number(), language=language, group_id=group_id, name=name,
                  opted_out=opted_out, consent_at=utcnow() - timedelta(days=30) if consent else None,
                  last_inbound_at=utcnow() - (timedelta(hours=1) if window else timedelta(days=3)))
    session.add(woman)
    session.flush()
    return Member(woman.id, woman.phone, language or "fr")


def seed_group(session, name: str, code: str, cscom_id: int, facilitator_id: int | None) -> ShareGroup:
    group = ShareGroup(name=name, code=code, cscom_id=cscom_id, facilitator_id=facilitator_id,
                       meeting_place="École de " + name, curriculum_start=date(2026, 9, 1))
    session.add(group)
    session.flush()
    return group


def seed_meeting(session, group: ShareGroup) -> datetime:
    """The next meeting, three days ahead at 15:00 (Bamako is UTC)."""
    day = (utcnow() + timedelta(days=3)).date()
    starts = datetime(day.year, day.month, day.day, 15, 0, tzinfo=timezone.utc)
    session.add(GroupMeeting(group_id=group.id, month=day.replace(day=1), starts_at=starts,
                             place="École de Sotuba", topic_key="nutrition"))
    return starts


@pytest.fixture
def seeded(database) -> Seeded:
    with session_scope() as session:
        sotuba, sikoro = Cscom(name="CSCom de Sotuba"), Cscom(name="CSCom de Sikoro")
        session.add_all([sotuba, sikoro])
        session.flush()
        mariam = add_staff(session, "Mariam", "facilitator", sotuba.id)
        kadi = add_staff(session, "Kadi", "facilitator", sikoro.id)
        add_staff(session, "Awa", "midwife", sotuba.id)
        add_staff(session, "Admin", "admin", None)
        group = seed_group(session, "Sotuba", "SHARE SOTUBA", sotuba.id, mariam)
        other = seed_group(session, "Sikoro", "SHARE SIKORO", sikoro.id, kadi)
        meeting_at = seed_meeting(session, group)
        members = {
            "fr_window": _woman(session, group.id, "fr", window=True, name="Aminata"),
            "bm_window": _woman(session, group.id, "bm", window=True, name="Fatoumata"),
            "fr_outside": _woman(session, group.id, "fr", window=False, name="Kadiatou"),
            "bm_outside": _woman(session, group.id, "bm", window=False, name="Oumou"),
            "unknown_language": _woman(session, group.id, None, window=True),
            "opted_out": _woman(session, group.id, "fr", window=True, opted_out=True),
            "no_consent": _woman(session, group.id, "bm", window=True, consent=False),
        }
        outsiders = {
            "other_group": _woman(session, other.id, "fr", window=True),
            "pending_member": _woman(session, None, "fr", window=True),
        }
        return Seeded(group.id, other.id, meeting_at, members, outsiders)


@pytest.fixture
def mock_twilio(twilio_mock, monkeypatch):
    """Twilio is the local mock; the French meeting-reminder template exists, the Bambara one does not;
    a fast rate so tests stay short (the rate itself is measured by `make bench-broadcast`)."""
    twilio_mock.clear()
    monkeypatch.setenv("TWILIO_API_URL", twilio_mock.url)
    monkeypatch.setenv("CONTENT_SID_MEETING_REMINDER_FR", TEMPLATE_FR)
    monkeypatch.delenv("CONTENT_SID_MEETING_REMINDER_BM", raising=False)
    for name, value in FAST.items():
        monkeypatch.setenv(name, value)
    reset_settings()
    yield twilio_mock
    monkeypatch.undo()
    reset_settings()


def drain(queue, broadcast_id: int, timeout: float = 60) -> None:
    """Be the worker until the broadcast is done: run queued tasks, and scheduled ones when due."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        with session_scope() as session:
            if session.get(Broadcast, broadcast_id).status == "done":
                return
        task = queue.dequeue()
        if task is None:
            due = queue.read_schedule(datetime.now(timezone.utc).replace(tzinfo=None))
            if not due:
                time.sleep(0.05)
            for scheduled in due:
                queue.execute(scheduled)
            continue
        if task.eta and task.eta > datetime.now(timezone.utc).replace(tzinfo=None):
            queue.add_schedule(task)  # as the consumer does: a delayed task waits for its time
            continue
        queue.execute(task)
    raise AssertionError(f"broadcast {broadcast_id} not done after {timeout}s")


def recipients(broadcast_id: int) -> dict[int, dict]:
    from bot.models import BroadcastRecipient

    with session_scope() as session:
        return {r.woman_id: {"status": r.status, "mode": r.mode, "language": r.language, "body": r.body,
                             "sid": r.twilio_sid, "error": r.error_code, "attempts": r.attempts,
                             "variables": r.content_variables}
                for r in session.scalars(select(BroadcastRecipient).where(
                    BroadcastRecipient.broadcast_id == broadcast_id))}
