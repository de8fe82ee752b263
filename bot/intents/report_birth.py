"""``report_birth``: she says the baby is born (what the worker's detector missed). The birth is
recorded (today unless she names the day), she is congratulated and told the next visit, the
postnatal contacts and the baby's danger signs (bot.postnatal). After a loss, a midwife reads it."""
from __future__ import annotations

from rasa_sdk import Action, Tracker
from rasa_sdk.executor import CollectingDispatcher

from bot.db import session_scope
from bot.intents.base import inbound_id, reply_language, woman_of
from bot.intents.midwife import escalate
from bot.models import InboundMessage
from bot.models.base import utcnow
from bot.postnatal.report import birth


class ReportBirth(Action):
    def name(self) -> str:
        return "action_report_birth"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict) -> list:
        reply_language(tracker)  # remembers the language she wrote in when none is stored
        text = tracker.latest_message.get("text") or ""
        with session_scope() as session:
            message = session.get(InboundMessage, inbound_id(tracker)) if inbound_id(tracker) else None
            if message is not None and message.intent == "report_birth":
                return []  # the worker recorded it from this very message and answered already
            woman = woman_of(session, tracker)
            replies = None if woman is None or woman.stage == "loss" else birth(session, woman, text, utcnow())
        for reply in replies or [escalate(tracker, "report_birth")]:
            dispatcher.utter_message(text=reply)
        return []
