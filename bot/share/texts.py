"""The SHARE messages in her language: dates and times by Babel's CLDR data ("mardi 3 novembre",
"tarata 3 nowanburu"), Bamako time."""
from __future__ import annotations

from datetime import date, datetime

from babel.dates import format_date, format_time
from sqlalchemy.orm import Session

from bot.content import share
from bot.content.i18n import translate
from bot.content.recordings import Spoken, topic_key
from bot.content.topics import TOPICS
from bot.models import GroupMeeting, ShareGroup
from bot.share.calendar import local, next_meeting, topic_of_month


def when(moment: datetime, language: str) -> dict[str, str]:
    at = local(moment)
    return {"date": format_date(at.date(), "EEEE d MMMM", locale=language),
            "time": format_time(at.time(), "HH:mm", locale=language)}


def month_name(month: date, language: str) -> str:
    return format_date(month, "LLLL yyyy", locale=language)


def meeting_line(group: ShareGroup, meeting: GroupMeeting | None, language: str) -> str:
    if meeting is None:
        return translate(language, share.NO_MEETING)
    return translate(language, share.NEXT_MEETING, group=group.name, place=meeting.place or "—",
                     **when(meeting.starts_at, language))


def next_meeting_text(session: Session, group: ShareGroup, language: str, now: datetime) -> str:
    return meeting_line(group, next_meeting(session, group, now), language)


def topic_message(session: Session, group: ShareGroup, language: str, now: datetime) -> tuple[str, str]:
    """(the month's topic with the next meeting, the topic's title) in her language."""
    month = local(now).date()
    topic = topic_of_month(session, group, month)
    head = translate(language, share.TOPIC_OF_MONTH, month=month_name(month, language))
    # One message: no blank line (Rasa's REST channel splits a reply at each blank line).
    meeting = next_meeting_text(session, group, language, now)
    title = translate(language, topic.title)
    text = "\n".join([head, topic.render(language), meeting])
    # With the recording (the topic's messages, spoken), the text keeps the title and the meeting.
    return Spoken(text, topic_key(topic.key), language, caption="\n".join([head, f"*{title}*", meeting])), title


def reminder_text(group: ShareGroup, meeting: GroupMeeting, language: str) -> str:
    topic = TOPICS.get(meeting.topic_key)
    return translate(language, share.MEETING_REMINDER, group=group.name, place=meeting.place or "—",
                     topic=translate(language, topic.title) if topic else "—", **when(meeting.starts_at, language))
