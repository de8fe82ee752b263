"""What a broadcast says, per message key, in each recipient's language.

The meeting reminder is the SHARE work's own "next meeting" line (bot.share.texts, Babel dates in fr
and bm, its Bambara already in the catalog) — the same words a woman gets when she asks. A free
message is the facilitator's own words, sent as typed. Outside WhatsApp's 24-hour window each goes as
its kind's approved template (bot.twilio.templates): ``meeting_reminder`` with {{1}} = the group,
{{2}} = the meeting (date, time, place); ``group_message`` with {{1}} = the group, {{2}} = her words.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from flask_babel import lazy_gettext
from sqlalchemy.orm import Session

from bot.models import GroupMeeting, ShareGroup
from bot.models.base import utcnow

FREE_TEXT_KIND = "group_message"
MAX_TEXT = 1000  # a template variable must leave room for the template's own words (1600 in all)


@dataclass(frozen=True)
class MessageKey:
    kind: str  # the template kind
    label: object  # what the facilitator sees in the form (staff UI, French)


MESSAGE_KEYS: dict[str, MessageKey] = {
    "meeting_reminder": MessageKey(kind="meeting_reminder", label=lazy_gettext("Rappel de la prochaine réunion")),
}


class NothingToSend(ValueError):
    """The message cannot be composed (e.g. no meeting ahead); the text says why, in French."""


@dataclass(frozen=True)
class Content:
    body: str  # the free text in her language
    variables: dict[str, str]  # the template's variables


def next_meeting(session: Session, group: ShareGroup, now: datetime | None = None) -> GroupMeeting | None:
    from bot.share.calendar import next_meeting as calendar_next_meeting

    return calendar_next_meeting(session, group, now or utcnow())


def render(session: Session, group: ShareGroup, message_key: str | None, text: str | None,
           language: str) -> Content:
    if message_key is None:
        if not text or not text.strip():
            raise NothingToSend(str(lazy_gettext("Le message est vide.")))
        return Content(body=text.strip(), variables={"1": group.name, "2": text.strip()})
    if message_key not in MESSAGE_KEYS:
        raise NothingToSend(str(lazy_gettext("Message inconnu : %(key)s.", key=message_key)))
    from bot.share.texts import meeting_line, when

    meeting = next_meeting(session, group)
    if meeting is None:
        raise NothingToSend(str(lazy_gettext("Aucune réunion à venir dans le calendrier de ce groupe.")))
    at = when(meeting.starts_at, language)
    return Content(body=meeting_line(group, meeting, language),
                   variables={"1": group.name, "2": f"{at['date']} {at['time']}, {meeting.place or '—'}"})


def kind_of(message_key: str | None) -> str:
    return MESSAGE_KEYS[message_key].kind if message_key else FREE_TEXT_KIND
