"""A danger sign the model recognised (the worker's lexicon catches most before Rasa is asked):
the same answer and urgent escalation as in the worker, from ``bot.conversation.danger``."""
from __future__ import annotations

from rasa_sdk import Action, Tracker
from rasa_sdk.executor import CollectingDispatcher

from bot.content.danger import danger_reply
from bot.conversation.danger import respond_to_danger
from bot.db import session_scope
from bot.intents.base import inbound_id, reply_language, utter, woman_of


class DangerSign(Action):
    def name(self) -> str:
        return "action_danger_sign"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict) -> list:
        language = reply_language(tracker)
        text = tracker.latest_message.get("text") or ""
        with session_scope() as session:
            woman = woman_of(session, tracker)
            if woman is None:  # a conversation outside the app (rasa shell): still the plain reply
                reply = danger_reply(language, text=text)
            else:
                # The worker sends the midwife's alert right after this reply (send_alerts_for).
                reply = respond_to_danger(session, woman, text, language, inbound_id(tracker))
        utter(dispatcher, reply)
        return []
