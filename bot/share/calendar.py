"""The meeting calendar: each group meets once a month (the n-th weekday at a set time, Bamako
time). Meetings are rows generated a few months ahead from that rule; the facilitator may then move
one, change its place or its topic. The month's topic is that month's meeting topic, else the
default curriculum's."""
from __future__ import annotations

import calendar as _calendar
from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from sqlalchemy import select
from sqlalchemy.orm import Session

from bot.content.topics import TOPICS, Topic, default_topic_for_month
from bot.db import insert_once
from bot.models import GroupMeeting, ShareGroup
from bot.models.base import BAMAKO

MONTHS_AHEAD = 3


def local(moment: datetime) -> datetime:
    return moment.astimezone(BAMAKO)


def month_start(day: date) -> date:
    return day.replace(day=1)


def add_months(month: date, count: int) -> date:
    index = month.year * 12 + month.month - 1 + count
    return date(index // 12, index % 12 + 1, 1)


def months_between(start: date, month: date) -> int:
    return (month.year - start.year) * 12 + month.month - start.month


def nth_weekday(month: date, weekday: int, week: int) -> date:
    """The ``week``-th ``weekday`` (0 = Monday) of ``month``; week 5 or more means the last one."""
    first = month.replace(day=1)
    day = first + timedelta(days=(weekday - first.weekday()) % 7 + 7 * (max(1, week) - 1))
    last_day = date(month.year, month.month, _calendar.monthrange(month.year, month.month)[1])
    while day > last_day:
        day -= timedelta(days=7)
    return day


def parse_time(text: str) -> time:
    hours, _, minutes = text.partition(":")
    return time(int(hours), int(minutes or 0))


def rule_start(group: ShareGroup, month: date) -> datetime:
    """When the group's rule puts the meeting of ``month`` (aware, UTC)."""
    day = nth_weekday(month, group.meeting_weekday, group.meeting_week)
    return datetime.combine(day, parse_time(group.meeting_time), BAMAKO).astimezone(ZoneInfo("UTC"))


def default_topic(group: ShareGroup, month: date) -> Topic:
    return default_topic_for_month(max(0, months_between(group.curriculum_start, month)))


def ensure_meetings(session: Session, group: ShareGroup, today: date, months: int = MONTHS_AHEAD) -> None:
    """Create the meetings of this month and the next ones from the rule, where none exists yet.
    Idempotent and safe with two workers (the unique (group, month) constraint decides)."""
    first = month_start(today)
    existing = set(session.scalars(select(GroupMeeting.month).where(
        GroupMeeting.group_id == group.id, GroupMeeting.month >= first)))
    for offset in range(months + 1):
        month = add_months(first, offset)
        if month in existing:
            continue
        insert_once(session, GroupMeeting, group_id=group.id, month=month, starts_at=rule_start(group, month),
                    place=group.meeting_place, topic_key=default_topic(group, month).key, cancelled=False)


def meeting_of_month(session: Session, group: ShareGroup, month: date) -> GroupMeeting | None:
    return session.scalar(select(GroupMeeting).where(
        GroupMeeting.group_id == group.id, GroupMeeting.month == month_start(month)))


def topic_of_month(session: Session, group: ShareGroup, month: date) -> Topic:
    meeting = meeting_of_month(session, group, month)
    if meeting is not None and meeting.topic_key in TOPICS:
        return TOPICS[meeting.topic_key]
    return default_topic(group, month)


def next_meeting(session: Session, group: ShareGroup, now: datetime) -> GroupMeeting | None:
    """The next meeting not yet started (a meeting is "next" until it begins), not cancelled."""
    ensure_meetings(session, group, local(now).date())
    return session.scalar(select(GroupMeeting).where(
        GroupMeeting.group_id == group.id, GroupMeeting.cancelled.is_(False), GroupMeeting.starts_at > now,
    ).order_by(GroupMeeting.starts_at).limit(1))
