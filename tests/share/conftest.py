"""SHARE fixtures: a CSCom with a group (meets the 1st Tuesday, 15:00, Bamako) and its members,
and ``chat`` — her message through the worker's path with the real Rasa actions behind a stand-in
for Rasa's NLU (the intent is given), so flows run in milliseconds. Real Rasa: test_live_share.py."""
from __future__ import annotations

import asyncio
import uuid
from dataclasses import dataclass
from datetime import date, datetime, timezone

import pytest
from rasa_sdk import Tracker
from rasa_sdk.executor import CollectingDispatcher

from bot.db import session_scope
from bot.models import Cscom, ShareGroup, Woman
from bot.models.base import utcnow
from bot.share.calendar import ensure_meetings
from tests.escalation.conftest import fake_io, new_phone  # noqa: F401  (fixtures reused here)


@dataclass(frozen=True)
class Group:
    id: int
    cscom_id: int


def add_group(code: str = "SHARE SOTUBA", name: str = "SHARE Sotuba", demo: bool = False,
              today: date = date(2026, 11, 21), start: date = date(2026, 11, 1)) -> Group:
    with session_scope() as session:
        cscom = Cscom(name="Sotuba " + uuid.uuid4().hex[:6], phone="+223 20 21 22 23")
        session.add(cscom)
        session.flush()
        group = ShareGroup(name=name, code=code, cscom_id=cscom.id, meeting_weekday=1, meeting_week=1,
                           meeting_time="15:00", meeting_place="Cour de la présidente", curriculum_start=start,
                           demo=demo)
        session.add(group)
        session.flush()
        ensure_meetings(session, group, today)
        return Group(group.id, cscom.id)


def add_member(group: Group | None, language: str = "fr", last_inbound: datetime | None = None,
               **fields) -> int:
    with session_scope() as session:
        fields.setdefault("consent_at", utcnow())
        woman = Woman(phone=new_phone(), language=language, group_id=group.id if group else None,
                      cscom_id=group.cscom_id if group else None, last_inbound_at=last_inbound, **fields)
        session.add(woman)
        session.flush()
        return woman.id


def at(year, month, day, hour=10, minute=0) -> datetime:
    """A UTC instant; Bamako is UTC+0 all year (no daylight saving)."""
    return datetime(year, month, day, hour, minute, tzinfo=timezone.utc)


@pytest.fixture
def group(database):
    return add_group()


@pytest.fixture
def chat(fake_io, monkeypatch):
    """chat(phone, text, intent=None) → the texts sent to her. ``intent`` is what Rasa would have
    classified; the real action for it runs against the app database."""
    from bot.conversation.inbound import Incoming, store
    from bot.conversation.service import answer_pending
    from bot.intents.checklist import StartChecklist
    from bot.intents.next_meeting import AnswerNextMeeting
    from bot.intents.share_topic import AnswerShareTopic

    actions = {"ask_share_topic": AnswerShareTopic(), "ask_next_meeting": AnswerNextMeeting(),
               "start_checklist": StartChecklist()}
    pending_intent: list[str | None] = [None]

    def ask_rasa(sender_id, text, metadata):
        fake_io.rasa_calls.append({"sender": sender_id, "text": text, "metadata": metadata})
        intent = pending_intent[0]
        if intent is None:
            return ["(rasa)"]
        latest = {"text": text, "intent": {"name": intent}, "entities": [], "metadata": metadata}
        tracker = Tracker(sender_id, {}, latest, [], False, None, {}, "action_listen")
        dispatcher = CollectingDispatcher()
        asyncio.run(actions[intent].run(dispatcher, tracker, {}))
        return [m["text"] for m in dispatcher.messages]

    monkeypatch.setattr("bot.conversation.service.ask_rasa", ask_rasa)

    def _chat(phone: str, text: str, intent: str | None = None) -> list[str]:
        pending_intent[0] = intent
        before = len(fake_io.sent)
        stored = store(Incoming(message_sid="SM" + uuid.uuid4().hex, phone=phone, body=text))
        answer_pending(stored.woman_id)
        return [m["body"] for m in fake_io.sent[before:] if m["to"] == phone]

    return _chat


def phone_of(woman_id: int) -> str:
    with session_scope() as session:
        return session.get(Woman, woman_id).phone
