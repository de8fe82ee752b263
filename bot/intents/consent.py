"""``opt_out`` / ``opt_in`` in her own words ("je ne veux plus de messages"). The bare keywords
(STOP, ARRÊT, a dabila, START, commencer) never reach Rasa: the worker handles them (triage)."""
from __future__ import annotations

from rasa_sdk import Action, Tracker
from rasa_sdk.executor import CollectingDispatcher

from bot.content import dialogue
from bot.content.i18n import translate
from bot.conversation import consent
from bot.db import session_scope
from bot.intents.base import inbound_id, reply_language, woman_of


class OptOut(Action):
    def name(self) -> str:
        return "action_opt_out"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict) -> list:
        with session_scope() as session:
            woman = woman_of(session, tracker)
            if woman is not None:
                consent.opt_out(session, woman, "model", inbound_id(tracker))
        dispatcher.utter_message(text=translate(reply_language(tracker), dialogue.OPTED_OUT))
        return []


class OptIn(Action):
    def name(self) -> str:
        return "action_opt_in"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict) -> list:
        with session_scope() as session:
            woman = woman_of(session, tracker)
            if woman is not None:
                consent.opt_in(session, woman, "model", inbound_id(tracker))
        dispatcher.utter_message(text=translate(reply_language(tracker), dialogue.OPTED_IN))
        return []
