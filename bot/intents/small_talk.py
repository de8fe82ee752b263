"""Greetings, thanks, goodbye, the help menu and what the bot does not understand."""
from __future__ import annotations

from bot.content import messages
from bot.intents.base import Reply


class Greet(Reply):
    message = messages.GREETING

    def name(self) -> str:
        return "action_greet"


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


class OutOfScope(Reply):
    message = messages.OUT_OF_SCOPE

    def name(self) -> str:
        return "action_out_of_scope"
