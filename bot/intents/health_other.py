"""A health question that no reviewed answer covers (intent ``health_other``): it opens a normal
escalation at once and she is told, in her language, that a midwife of her CSCom will answer here
within 24 hours — never "je n'ai pas compris", never an unrelated FAQ answer."""
from __future__ import annotations

from rasa_sdk import Action, Tracker
from rasa_sdk.executor import CollectingDispatcher

from bot.intents.midwife import escalate


class HealthOther(Action):
    def name(self) -> str:
        return "action_health_other"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict) -> list:
        dispatcher.utter_message(text=escalate(tracker, "health_other"))
        return []
