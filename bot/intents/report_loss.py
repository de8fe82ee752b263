"""``report_loss``: she says she lost the pregnancy or the baby (what the worker's detector
missed): a short, kind reply, every pregnancy and baby push stopped, and a normal escalation so a
midwife calls her (bot.postnatal.stage.record_loss)."""
from __future__ import annotations

from rasa_sdk import Action, Tracker
from rasa_sdk.executor import CollectingDispatcher

from bot.db import session_scope
from bot.intents.base import inbound_id, reply_language, woman_of
from bot.intents.midwife import escalate
from bot.models.base import utcnow
from bot.postnatal.stage import record_loss


class ReportLoss(Action):
    def name(self) -> str:
        return "action_report_loss"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict) -> list:
        reply_language(tracker)
        text = tracker.latest_message.get("text") or ""
        with session_scope() as session:
            woman = woman_of(session, tracker)
            reply = None if woman is None else record_loss(session, woman, text, utcnow(), inbound_id(tracker))
        dispatcher.utter_message(text=reply or escalate(tracker, "pregnancy_loss"))
        return []
