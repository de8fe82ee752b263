"""Meeting dates from a group's rule, the calendar rows, and the month's topic."""
from __future__ import annotations

from datetime import date

from sqlalchemy import func, select

from bot.content.i18n import translate
from bot.content.topics import CURRICULUM
from bot.db import session_scope
from bot.models import GroupMeeting, ShareGroup
from bot.share.calendar import ensure_meetings, next_meeting, nth_weekday, topic_of_month
from bot.share.texts import next_meeting_text
from tests.share.conftest import at


def test_nth_weekday_of_the_month():
    assert nth_weekday(date(2026, 12, 1), 1, 1) == date(2026, 12, 1)  # 1st Tuesday of December 2026
    assert nth_weekday(date(2026, 11, 1), 1, 1) == date(2026, 11, 3)
    assert nth_weekday(date(2026, 11, 1), 5, 3) == date(2026, 11, 21)  # 3rd Saturday
    assert nth_weekday(date(2026, 2, 1), 6, 5) == date(2026, 2, 22)  # "5th" = the last Sunday


def test_meetings_are_made_once_for_this_month_and_the_next_three(group):
    with session_scope() as session:
        g = session.get(ShareGroup, group.id)
        for _ in range(3):
            ensure_meetings(session, g, date(2026, 11, 21))
        months = session.scalars(select(GroupMeeting.month).where(GroupMeeting.group_id == group.id)
                                 .order_by(GroupMeeting.month)).all()
    assert months == [date(2026, 11, 1), date(2026, 12, 1), date(2027, 1, 1), date(2027, 2, 1)]


def test_next_meeting_is_the_first_not_yet_started(group):
    with session_scope() as session:
        g = session.get(ShareGroup, group.id)
        assert next_meeting(session, g, at(2026, 11, 3, 14, 59)).starts_at == at(2026, 11, 3, 15)
        assert next_meeting(session, g, at(2026, 11, 3, 15, 1)).starts_at == at(2026, 12, 1, 15)


def test_a_moved_meeting_is_the_one_announced(group):
    with session_scope() as session:
        meeting = session.scalar(select(GroupMeeting).where(GroupMeeting.month == date(2026, 12, 1)))
        meeting.starts_at, meeting.place = at(2026, 12, 8, 16, 30), "École de Sotuba"
    with session_scope() as session:
        g = session.get(ShareGroup, group.id)
        fr = next_meeting_text(session, g, "fr", at(2026, 11, 21))
        bm = next_meeting_text(session, g, "bm", at(2026, 11, 21))
    assert "mardi 8 décembre à 16:30" in fr and "École de Sotuba" in fr
    assert "tarata 8 desanburu" in bm and "16:30" in bm


def test_month_topic_follows_the_curriculum_and_the_facilitators_choice(group):
    with session_scope() as session:
        g = session.get(ShareGroup, group.id)
        assert topic_of_month(session, g, date(2026, 11, 5)) == CURRICULUM[0]  # the group's first month
        assert topic_of_month(session, g, date(2027, 1, 20)) == CURRICULUM[2]
        january = session.scalar(select(GroupMeeting).where(GroupMeeting.month == date(2027, 1, 1)))
        january.topic_key = "family_planning"
    with session_scope() as session:
        g = session.get(ShareGroup, group.id)
        assert topic_of_month(session, g, date(2027, 1, 20)).key == "family_planning"
        # Beyond the calendar's rows, the default curriculum (wrapping after 12 months).
        assert topic_of_month(session, g, date(2027, 11, 1)) == CURRICULUM[0]
        assert session.scalar(select(func.count()).select_from(GroupMeeting)) == 4
    assert translate("bm", CURRICULUM[0].title)  # the topic exists in Bambara too
