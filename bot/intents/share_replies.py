"""What the three SHARE actions share: her row, her group (or why she has none), and the clock."""
from __future__ import annotations

from abc import ABC, abstractmethod

from rasa_sdk import Action, Tracker
from rasa_sdk.executor import CollectingDispatcher
from sqlalchemy.orm import Session

from bot.content import share
from bot.content.i18n import translate
from bot.db import session_scope
from bot.intents.base import reply_language, utter, woman_of
from bot.models import ShareGroup, Woman
from bot.models.base import utcnow
from bot.share.membership import pending_group


class ShareAction(Action, ABC):
    """Answers from the app database, in her language; each action says what, given her row."""

    needs_group = True

    @abstractmethod
    def name(self) -> str: ...

    @abstractmethod
    def replies(self, session: Session, woman: Woman, group: ShareGroup | None, language: str) -> list[str]: ...

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict) -> list:
        language = reply_language(tracker)
        with session_scope() as session:
            woman = woman_of(session, tracker)
            group = session.get(ShareGroup, woman.group_id) if woman and woman.group_id else None
            if woman is None:
                texts = [translate(language, share.NO_GROUP)]
            elif self.needs_group and group is None:
                pending = pending_group(session, woman)
                texts = [translate(language, share.JOIN_PENDING, group=pending.name) if pending
                         else translate(language, share.NO_GROUP)]
            else:
                texts = self.replies(session, woman, group, language)
        for text in texts:
            utter(dispatcher, text)  # a topic or a checklist question may have a recording
        return []


def now():
    return utcnow()
