"""When a case is overdue: urgent ones after 15 minutes without an answer, others after 24 hours."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from bot.models import Escalation
from bot.models.base import utcnow

DEADLINES = {"urgent": timedelta(minutes=15), "normal": timedelta(hours=24)}


@dataclass(frozen=True)
class Timer:
    overdue: bool  # unanswered past the deadline, or answered after it
    state: str  # waiting | answered | closed (resolved without a reply: nothing to time)
    minutes: int  # late by, left, or taken to answer — in whole minutes

    @property
    def answered(self) -> bool:
        return self.state != "waiting"


def timer(escalation: Escalation, now: datetime | None = None) -> Timer:
    now = now or utcnow()
    deadline = escalation.created_at + DEADLINES.get(escalation.urgency, DEADLINES["normal"])
    if escalation.answered_at is not None:
        taken = escalation.answered_at - escalation.created_at
        return Timer(overdue=escalation.answered_at > deadline, state="answered",
                     minutes=int(taken.total_seconds() // 60))
    if escalation.status == "resolved":  # closed without a reply (e.g. she came to the CSCom)
        return Timer(overdue=False, state="closed", minutes=0)
    delta = now - deadline
    if delta.total_seconds() > 0:
        return Timer(overdue=True, state="waiting", minutes=int(delta.total_seconds() // 60))
    return Timer(overdue=False, state="waiting", minutes=int(-delta.total_seconds() // 60))


def duration(minutes: int) -> str:
    """'7 min', '3 h 05', '2 j 4 h' — short enough for a phone row."""
    if minutes < 60:
        return f"{minutes} min"
    hours, mins = divmod(minutes, 60)
    if hours < 48:
        return f"{hours} h {mins:02d}"
    days, hours = divmod(hours, 24)
    return f"{days} j {hours} h"
