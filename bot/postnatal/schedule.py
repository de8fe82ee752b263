"""Scheduled messages of the journey (issue 15), idempotent like the SHARE notices (a ``notices``
row per woman, kind and period, written with the message) and only from SHARE_SEND_HOUR outside
QUIET_HOURS, Bamako time:

- after the birth (kind ``postnatal``), by the baby's age in days: the vaccines at birth (days
  0-6), the day-3 contact and a "how are you and the baby?" check (days 3-5), the day 7-14 contact
  and the check again (days 7-10), week 6: contact, vaccines, family planning (days 42-48), vaccines
  at 10 and 14 weeks (days 70-76, 98-104). Nothing after six months but the 9-month vaccines
  (9 calendar months, 7 days to catch up), which the issue asks for explicitly.
- during the pregnancy (kind ``cpn_reminder``), by completed weeks from her due date (WHO 2016):
  the first CPN while she is under 12 weeks, then at 20, 26, 30, 34, 36, 38 and 40 weeks (during
  that week only).

Her answer to the check goes through the worker's normal path (the danger check first). A woman
after a loss, one who sent STOP, or one without consent gets none: her row is read under a lock
before anything is queued (bot.postnatal.stage cancels what is pending at the loss)."""
from __future__ import annotations

import calendar
import logging
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from bot.content import postnatal as texts
from bot.content.i18n import translate
from bot.db import session_scope
from bot.models import Notice, Woman
from bot.postnatal.stage import lock
from bot.share.calendar import local
from bot.share.pregnancy import gestational_weeks
from bot.share.schedule import _claim, may_send, reachable

log = logging.getLogger(__name__)

CPN_WEEKS = (20, 26, 30, 34, 36, 38, 40)
FIRST_CPN_BEFORE = 12
SIX_MONTHS_DAYS = 183


@dataclass(frozen=True)
class Milestone:
    period: str
    first_day: int  # the baby's age in days
    last_day: int
    parts: tuple[tuple[str, dict], ...]  # (catalog message, {name: (catalog message, n)})


_WEEKS = texts.AGE_WEEKS
MILESTONES = (
    Milestone("birth", 0, 6, ((texts.PN_BIRTH_VACCINES, {}),)),
    Milestone("d3", 3, 5, ((texts.PN_VISIT_D3, {}), (texts.PN_CHECK, {}))),
    Milestone("d7", 7, 10, ((texts.PN_VISIT_D7, {}), (texts.PN_CHECK, {}))),
    Milestone("w6", 42, 48, ((texts.PN_VISIT_W6, {}), (texts.PN_VACCINE_DUE, {"age": (_WEEKS, 6)}),
                             (texts.PN_FAMILY_PLANNING, {}))),
    Milestone("w10", 70, 76, ((texts.PN_VACCINE_DUE, {"age": (_WEEKS, 10)}),)),
    Milestone("w14", 98, 104, ((texts.PN_VACCINE_DUE, {"age": (_WEEKS, 14)}),)),
)
NINE_MONTHS = Milestone("m9", 0, 7, ((texts.PN_VACCINE_DUE, {"age": (texts.AGE_MONTHS, 9)}),))


def add_months(day: date, months: int) -> date:
    """The same day ``months`` later, or the month's last day (31 May + 9 months = 28/29 February)."""
    month0 = day.month - 1 + months
    year, month = day.year + month0 // 12, month0 % 12 + 1
    return date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


def due_milestones(birth: date, today: date) -> list[Milestone]:
    age = (today - birth).days
    due = [m for m in MILESTONES if m.first_day <= age <= m.last_day and age <= SIX_MONTHS_DAYS]
    nine = add_months(birth, 9)
    if nine <= today <= nine + timedelta(days=NINE_MONTHS.last_day):
        due.append(NINE_MONTHS)
    return due


def render(milestone: Milestone, language: str) -> tuple[str, dict]:
    """Its text (one line per part, no blank line) and the template's {{1}}: the first line."""
    lines = []
    for message, variables in milestone.parts:
        filled = {name: translate(language, age, n=n) for name, (age, n) in variables.items()}
        lines.append(translate(language, message, **filled))
    return "\n".join(lines), {"1": lines[0]}


def _still_reachable(woman: Woman | None, stage: str) -> bool:
    return (woman is not None and woman.stage == stage and not woman.opted_out
            and woman.consent_at is not None)


def _not_sent(session: Session, kind: str, due: dict[int, set[str]]) -> list[int]:
    """The women with a due period not yet in the ledger (read in one query; the claim decides)."""
    if not due:
        return []
    sent: dict[int, set[str]] = {}
    for woman_id, period in session.execute(select(Notice.woman_id, Notice.period).where(
            Notice.kind == kind, Notice.woman_id.in_(list(due)))):
        sent.setdefault(woman_id, set()).add(period)
    return sorted(woman_id for woman_id, periods in due.items() if periods - sent.get(woman_id, set()))


def _each_woman(ids: list[int], work) -> list[int]:
    queued: list[int] = []
    for woman_id in ids:
        try:
            with session_scope() as session:
                if work(session, woman_id):
                    queued.append(woman_id)
        except Exception:  # noqa: BLE001 - one woman's bad data must not starve the others
            log.exception("scheduled journey message for woman %s failed; the others go on", woman_id)
    return queued


def send_postnatal_messages(now: datetime) -> list[int]:
    today = local(now)
    if not may_send(today):
        return []
    day = today.date()
    oldest = add_months(day, -9) - timedelta(days=NINE_MONTHS.last_day + 1)
    with session_scope() as session:
        rows = session.execute(reachable(select(Woman.id, Woman.birth_date).where(
            Woman.stage == "postnatal", Woman.birth_date.is_not(None), Woman.birth_date >= oldest,
            Woman.birth_date <= day)).order_by(Woman.id)).all()
        due = {woman_id: {m.period for m in due_milestones(birth, day)} for woman_id, birth in rows}
        ids = _not_sent(session, "postnatal", {w: p for w, p in due.items() if p})  # a transaction only if due

    def one(session: Session, woman_id: int) -> bool:
        woman = lock(session, woman_id)
        if not _still_reachable(woman, "postnatal") or woman.birth_date is None:
            return False
        sent = False
        for milestone in due_milestones(woman.birth_date, day):
            text, variables = render(milestone, woman.reply_language)
            sent |= _claim(session, woman, "postnatal", milestone.period, text, variables)
        return sent

    return _each_woman(ids, one)


def cpn_due(due_date: date, today: date) -> str | None:
    """The CPN reminder due today (its period), if any."""
    weeks = gestational_weeks(due_date, today)
    if weeks is None:
        return None
    if weeks < FIRST_CPN_BEFORE:
        return "first"
    return f"{weeks}w" if weeks in CPN_WEEKS else None


def send_cpn_reminders(now: datetime) -> list[int]:
    today = local(now)
    if not may_send(today):
        return []
    day = today.date()
    with session_scope() as session:
        rows = session.execute(reachable(select(Woman.id, Woman.due_date).where(
            Woman.stage == "pregnant", Woman.due_date.is_not(None), Woman.due_date >= day,
            Woman.due_date <= day + timedelta(days=280))).order_by(Woman.id)).all()
        due = {woman_id: {cpn_due(due_date, day)} for woman_id, due_date in rows}
        ids = _not_sent(session, "cpn_reminder", {w: p for w, p in due.items() if p != {None}})

    def one(session: Session, woman_id: int) -> bool:
        woman = lock(session, woman_id)
        if not _still_reachable(woman, "pregnant") or woman.due_date is None:
            return False
        period = cpn_due(woman.due_date, day)
        if period is None:
            return False
        language = woman.reply_language
        if period == "first":
            text, weeks = translate(language, texts.CPN_FIRST), str(FIRST_CPN_BEFORE)
        else:
            weeks = period[:-1]
            text = translate(language, texts.CPN_DUE, weeks=weeks)
        return _claim(session, woman, "cpn_reminder", period, text, {"1": weeks})

    return _each_woman(ids, one)


def run_all(now: datetime) -> list[int]:
    women = send_postnatal_messages(now) + send_cpn_reminders(now)
    if women:
        log.info("scheduled journey messages queued for %d women", len(set(women)))
    return sorted(set(women))
