"""Greetings, thanks, goodbye and the help menu. (What the bot does not understand: fallback.py.)"""
from __future__ import annotations

from rasa_sdk import Tracker
from rasa_sdk.executor import CollectingDispatcher

from bot.content import messages
from bot.intents.base import Reply, metadata


class Greet(Reply):
    message = messages.GREETING

    def name(self) -> str:
        return "action_greet"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict) -> list:
        if metadata(tracker).get("first_contact"):
            return []  # the worker has just sent the welcome: a second hello would be noise
        return await super().run(dispatcher, tracker, domain)


class Goodbye(Reply):
    message = messages.GOODBYE

    def name(self) -> str:
        return "action_goodbye"


class Thank(Reply):
    message = messages.YOU_ARE_WELCOME

    def name(self) -> str:
        return "action_thank"


class HelpMenu(Reply):
    message = messages.HELP_MENU

    def name(self) -> str:
        return "action_help_menu"
