"""``set_language``, at any time: "en bambara svp", "tubabukan na", "changer de langue".

The target language is read from the words (the ``language`` entity is the language she wrote
in, not the one she asks for: "je veux parler en bambara" is French). No target named: the choice
"1 Français / 2 Bamanankan", whose bare answer the worker reads (``triage``).
"""
from __future__ import annotations

import re

from rasa_sdk import Action, Tracker
from rasa_sdk.executor import CollectingDispatcher

from bot.content import dialogue
from bot.content.i18n import translate
from bot.db import session_scope
from bot.intents.base import reply_language, woman_of
from bot.nlu.normalise import normalise

_TARGETS = (
    ("bm", re.compile(r"\b(bambara|bamanan\w*|bamana|bm)\b")),
    ("fr", re.compile(r"\b(francais|france|tubabukan\w*|tubabu|fr)\b")),
)


def requested_language(text: str) -> str | None:
    norm = normalise(text)
    found = {language for language, pattern in _TARGETS if pattern.search(norm)}
    return found.pop() if len(found) == 1 else None


class SetLanguage(Action):
    def name(self) -> str:
        return "action_set_language"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict) -> list:
        target = requested_language(tracker.latest_message.get("text") or "")
        current = reply_language(tracker)
        with session_scope() as session:
            woman = woman_of(session, tracker)
            if woman is not None:
                if target:
                    woman.language, woman.awaiting = target, None
                else:
                    woman.awaiting = "language"
        if target:
            dispatcher.utter_message(text=translate(target, dialogue.LANGUAGE_SET))
        else:
            dispatcher.utter_message(text=translate(current, dialogue.LANGUAGE_CHOICE))
        return []
