"""What every action needs: the woman behind the conversation and the language to answer in.

Rasa's sender id is the woman's ``public_id`` (never her number); the worker passes her stored
language in the message metadata, and the NLU adds a ``language`` entity to every parse.
"""
from __future__ import annotations

from abc import ABC, abstractmethod
from typing import Any

from rasa_sdk import Action, Tracker
from rasa_sdk.executor import CollectingDispatcher
from sqlalchemy import select

from bot.content.i18n import LANGUAGES, translate
from bot.content.recordings import Spoken
from bot.db import session_scope
from bot.models import Woman


def detected_language(tracker: Tracker) -> str | None:
    for entity in tracker.latest_message.get("entities") or []:
        if entity.get("entity") == "language" and entity.get("value") in LANGUAGES:
            return entity["value"]
    return None


def reply_language(tracker: Tracker) -> str:
    """Her chosen language; until she has one, the language she wrote in (remembered)."""
    stored = (tracker.latest_message.get("metadata") or {}).get("language")
    if stored in LANGUAGES:
        return stored
    detected = detected_language(tracker)
    with session_scope() as session:
        woman = session.scalar(select(Woman).where(Woman.public_id == tracker.sender_id))
        if woman is not None:
            if woman.language in LANGUAGES:
                return woman.language
            if detected:
                woman.language = detected
    return detected or "fr"


def metadata(tracker: Tracker) -> dict:
    return tracker.latest_message.get("metadata") or {}


def inbound_id(tracker: Tracker) -> int | None:
    """The app's id of the message being answered (the worker passes it), for escalations."""
    value = metadata(tracker).get("inbound_id")
    return value if isinstance(value, int) else None


def woman_of(session, tracker: Tracker) -> Woman | None:
    return session.scalar(select(Woman).where(Woman.public_id == tracker.sender_id))


def utter(dispatcher: CollectingDispatcher, reply: str) -> None:
    """Say ``reply``; a ``Spoken`` reply also carries its content key (Rasa's ``custom`` payload, read
    back by bot.conversation.rasa.ask_rasa) so the worker can send its recording instead."""
    if isinstance(reply, Spoken):
        dispatcher.utter_message(text=str(reply), json_message=reply.marker())
    else:
        dispatcher.utter_message(text=reply)


class Reply(Action, ABC):
    """An action that answers with one catalog message in her language."""

    message: str

    @abstractmethod
    def name(self) -> str: ...

    def variables(self, tracker: Tracker) -> dict[str, Any]:
        return {}

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict) -> list:
        language = reply_language(tracker)
        dispatcher.utter_message(text=translate(language, self.message, **self.variables(tracker)))
        return []
