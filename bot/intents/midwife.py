"""Questions for a human: ``ask_midwife``, and the second misunderstood message in a row
(``fallback.py``) become a normal escalation; she is told when to expect the answer."""
from __future__ import annotations

from rasa_sdk import Action, Tracker
from rasa_sdk.executor import CollectingDispatcher

from bot.content import dialogue
from bot.content.i18n import translate
from bot.db import session_scope
from bot.escalation.service import open_escalation
from bot.intents.base import inbound_id, reply_language, woman_of


def escalate(tracker: Tracker, reason: str, message: str | None = None) -> str:
    """Open a normal escalation for this conversation; return what to tell her."""
    language = reply_language(tracker)
    text = message or tracker.latest_message.get("text") or ""
    with session_scope() as session:
        woman = woman_of(session, tracker)
        if woman is not None:
            open_escalation(session, woman, text, urgency="normal", reason=reason,
                            inbound_id=inbound_id(tracker))
    return translate(language, dialogue.ESCALATED)


class AskMidwife(Action):
    def name(self) -> str:
        return "action_ask_midwife"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict) -> list:
        dispatcher.utter_message(text=escalate(tracker, "ask_midwife"))
        return []
