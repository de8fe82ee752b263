"""Scheduled SHARE messages: the month's topic on the 1st, the meeting reminder the day before, and
the delivery-checklist reminder at 36 and 38 weeks.

Each function takes ``now`` (tests freeze the clock) and is idempotent: a message is stored in the
same transaction as its row in the ``notices`` ledger, whose unique (woman, kind, period) makes a
second worker — or the same one after a restart — skip it. Only active members who consented and
did not opt out receive anything; outside the 24-hour window the outbound layer sends the kind's
template (bot.twilio.templates). Times are Bamako's (Africa/Bamako)."""
from __future__ import annotations

import logging
import os
from datetime import datetime, timedelta

from sqlalchemy import Select, select
from sqlalchemy.orm import Session

from bot.content.recordings import Spoken, attach_recording
from bot.db import insert_once, session_scope
from bot.models import GroupMeeting, Notice, OutboundMessage, ShareGroup, Woman
from bot.share import checklist
from bot.share.calendar import ensure_meetings, local
from bot.share.pregnancy import gestational_weeks
from bot.share.texts import meeting_line, next_meeting, reminder_text, topic_message, when

log = logging.getLogger(__name__)



def _hour(raw: str, name: str) -> int:
    if not raw.strip().isdigit() or not 0 <= int(raw) <= 23:
        raise RuntimeError(f"{name}: an hour from 0 to 23 is expected, got {raw!r}")
    return int(raw)


def send_from_hour() -> int:
    """SHARE_SEND_HOUR, read at each run (not at import): the local hour from which the day's
    messages go (default 9: nobody is woken at dawn)."""
    return _hour(os.environ.get("SHARE_SEND_HOUR", "").strip() or "9", "SHARE_SEND_HOUR")


def quiet_hours() -> tuple[int, int] | None:
    """QUIET_HOURS "21-9" (default): from 21:00 to 08:59 Bamako time no scheduled message is
    queued; "" or "none": no evening limit (SHARE_SEND_HOUR still applies). Read at each run."""
    raw = os.environ.get("QUIET_HOURS", "21-9").strip().lower()
    if raw in ("", "none", "0"):
        return None
    start, sep, end = raw.partition("-")
    if not sep:
        raise RuntimeError(f"QUIET_HOURS: START-END in hours, e.g. 21-9, got {raw!r}")
    return _hour(start, "QUIET_HOURS"), _hour(end, "QUIET_HOURS")


def may_send(today: datetime) -> bool:
    """Scheduled pushes go only from SHARE_SEND_HOUR and outside QUIET_HOURS (local time)."""
    hour = today.hour
    if hour < send_from_hour():
        return False
    quiet = quiet_hours()
    if quiet is None:
        return True
    start, end = quiet
    inside = start <= hour < end if start < end else (hour >= start or hour < end)
    return not inside


def _each(ids: list[int], what: str, work) -> list[int]:
    """``work(id)`` in its own transaction for each group (or meeting): one failing does not stop
    the others; it is logged and retried on the next run (the notices ledger skips what went)."""
    queued: list[int] = []
    for item_id in ids:
        try:
            with session_scope() as session:
                queued += work(session, item_id)
        except Exception:  # noqa: BLE001 - one group's bad data must not starve the others
            log.exception("scheduled SHARE messages: %s %s failed; the others go on", what, item_id)
    return queued


def _active_group_ids() -> list[int]:
    with session_scope() as session:
        return list(session.scalars(select(ShareGroup.id).where(ShareGroup.active.is_(True)).order_by(ShareGroup.id)))
#: The month's topic goes on the 1st; if every worker was down then, still on the 2nd and 3rd.
TOPIC_LAST_DAY = 3
CHECKLIST_WEEKS = (38, 36)  # the later first: at 38 weeks she gets the 38-week one, not both


def reachable(query: Select) -> Select:
    # After a pregnancy loss no scheduled message goes (bot.postnatal.stage; a midwife calls her).
    return query.where(Woman.consent_at.is_not(None), Woman.opted_out.is_(False), Woman.stage != "loss")


def _claim(session: Session, woman: Woman, kind: str, period: str, body: str, variables: dict) -> bool:
    notice_id = insert_once(session, Notice, woman_id=woman.id, kind=kind, period=period)
    if notice_id is None:
        return False
    outbound = OutboundMessage(woman_id=woman.id, body=str(body), kind=kind, content_variables=variables)
    if isinstance(body, Spoken):  # the month's topic: its recording for a woman who prefers voice
        attach_recording(session, outbound, woman, body.content_key, language=body.language, caption=body.caption)
    session.add(outbound)
    session.flush()
    session.get(Notice, notice_id).outbound_id = outbound.id
    return True


def _members(session: Session, group_id: int) -> list[Woman]:
    return list(session.scalars(reachable(select(Woman).where(Woman.group_id == group_id)).order_by(Woman.id)))


def push_monthly_topics(now: datetime) -> list[int]:
    """On the 1st of the month (from SHARE_SEND_HOUR, outside QUIET_HOURS), each member gets the
    month's topic and the next meeting; one transaction per group. Returns the women to deliver to."""
    today = local(now)
    if today.day > TOPIC_LAST_DAY or not may_send(today):
        return []
    period = today.strftime("%Y-%m")

    def one_group(session: Session, group_id: int) -> list[int]:
        group = session.get(ShareGroup, group_id)
        ensure_meetings(session, group, today.date())
        meeting = next_meeting(session, group, now)
        rendered: dict[str, tuple[str, dict]] = {}  # the same message for every member of a language
        queued: list[int] = []
        for woman in _members(session, group.id):
            language = woman.reply_language
            if language not in rendered:
                text, title = topic_message(session, group, language, now)
                rendered[language] = (text, {"1": title, "2": _meeting_variable(meeting, language)})
            text, variables = rendered[language]
            if _claim(session, woman, "monthly_topic", period, text, variables):
                queued.append(woman.id)
        return queued

    return _each(_active_group_ids(), "group", one_group)


def _meeting_variable(meeting: GroupMeeting | None, language: str) -> str:
    if meeting is None:
        return "—"
    at = when(meeting.starts_at, language)
    return f"{at['date']} {at['time']}, {meeting.place or '—'}"


def send_meeting_reminders(now: datetime) -> list[int]:
    """The day before a meeting (from SHARE_SEND_HOUR, outside QUIET_HOURS, Bamako time), each
    member gets a reminder; one transaction per meeting."""
    today = local(now)
    if not may_send(today):
        return []
    tomorrow = today.date() + timedelta(days=1)
    with session_scope() as session:
        meeting_ids = [m.id for m in session.scalars(select(GroupMeeting).where(
            GroupMeeting.cancelled.is_(False), GroupMeeting.starts_at > now,
            GroupMeeting.starts_at < now + timedelta(days=2)).order_by(GroupMeeting.id))
            if local(m.starts_at).date() == tomorrow and m.group.active]

    def one_meeting(session: Session, meeting_id: int) -> list[int]:
        meeting = session.get(GroupMeeting, meeting_id)
        rendered: dict[str, tuple[str, dict]] = {}
        queued: list[int] = []
        for woman in _members(session, meeting.group_id):
            language = woman.reply_language
            if language not in rendered:
                rendered[language] = (reminder_text(meeting.group, meeting, language),
                                      {"1": meeting.group.name, "2": _meeting_variable(meeting, language)})
            text, variables = rendered[language]
            if _claim(session, woman, "meeting_reminder", f"meeting-{meeting.id}", text, variables):
                queued.append(woman.id)
        return queued

    return _each(meeting_ids, "meeting", one_meeting)


def send_checklist_reminders(now: datetime) -> list[int]:
    """At 36 weeks and again at 38 (when her due date is known), what is still open on her list."""
    today = local(now)
    if not may_send(today):
        return []
    queued: list[int] = []
    # Only women between 35 and 40 weeks (due in 0 to 5 weeks) are read, not every woman.
    soonest, latest = today.date(), today.date() + timedelta(weeks=40 - CHECKLIST_WEEKS[-1] + 1)
    with session_scope() as session:
        candidates = session.scalars(reachable(select(Woman).where(
            Woman.stage == "pregnant", Woman.due_date.is_not(None), Woman.due_date >= soonest, Woman.due_date <= latest))).all()
        for woman in candidates:
            weeks = gestational_weeks(woman.due_date, today.date())
            if weeks is None or weeks < CHECKLIST_WEEKS[-1]:
                continue
            due = next((w for w in CHECKLIST_WEEKS if weeks >= w), None)
            if due is None or weeks > due + 1:  # past the week: too late for this one
                continue
            remaining = checklist.open_keys(session, woman)
            if not remaining:
                continue
            text = checklist.reminder_text(woman, weeks, remaining)
            if _claim(session, woman, "checklist_reminder", f"{due}w", text, {"1": str(len(remaining))}):
                queued.append(woman.id)
    return queued


def prepare_calendars(now: datetime) -> None:
    def one_group(session: Session, group_id: int) -> list[int]:
        ensure_meetings(session, session.get(ShareGroup, group_id), local(now).date())
        return []

    _each(_active_group_ids(), "calendar of group", one_group)


def run_all(now: datetime) -> list[int]:
    """Every scheduled message due at ``now`` (SHARE, and the journey's: bot.postnatal.schedule);
    the women to deliver to."""
    from bot.postnatal import schedule as journey  # it builds on this module

    prepare_calendars(now)
    women = push_monthly_topics(now) + send_meeting_reminders(now) + send_checklist_reminders(now)
    women += journey.run_all(now)
    if women:
        log.info("scheduled SHARE messages queued for %d women", len(set(women)))
    return sorted(set(women))
