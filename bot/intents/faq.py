"""Pregnancy questions: the ResponseSelector picks the topic, the answer comes from reviewed content.

For the topics a midwife must also hear (``faq.ALSO_TO_MIDWIFE``: medicines, sadness after the
birth), and when the selector is unsure of the topic (``health_guard.faq_unsure``), the answer is
followed by a normal escalation and the "a midwife will answer" message."""
from __future__ import annotations

from rasa_sdk import Action, Tracker
from rasa_sdk.executor import CollectingDispatcher

from bot.content import messages
from bot.config import get_settings
from bot.content.faq import ALSO_TO_MIDWIFE, FAQ, current_review, faq_answer
from bot.content.i18n import translate
from bot.content.recordings import Spoken, faq_key
from bot.db import session_scope
from bot.intents.base import inbound_id, reply_language, utter
from bot.intents.midwife import escalate
from bot.models import InboundMessage
from bot.nlu.health_guard import faq_unsure


def selected_faq_confidence(tracker: Tracker) -> float | None:
    selector = (tracker.latest_message.get("response_selector") or {}).get("faq") or {}
    confidence = (selector.get("response") or {}).get("confidence")
    return float(confidence) if confidence is not None else None


def selected_faq_key(tracker: Tracker) -> str | None:
    """``faq/nutrition`` → ``nutrition``, from the ResponseSelector's choice in the parse."""
    selector = (tracker.latest_message.get("response_selector") or {}).get("faq") or {}
    response_key = (selector.get("response") or {}).get("intent_response_key") or ""
    key = response_key.partition("/")[2]
    return key if key in FAQ else None


class AnswerFaq(Action):
    def name(self) -> str:
        return "action_faq"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict) -> list:
        language = reply_language(tracker)
        key = selected_faq_key(tracker)
        if key is None:
            dispatcher.utter_message(text=translate(language, messages.OUT_OF_SCOPE))
            return []
        with session_scope() as session:
            text = faq_answer(key, language, session)  # a midwife's correction wins over the draft
            draft = current_review(session, key, language).status == "draft"
            # The topic she asked about, for the staff overview ("questions per topic per week").
            message = session.get(InboundMessage, inbound_id(tracker) or 0)
            if message is not None:
                message.intent = f"faq/{key}"
        if draft and not get_settings().content_send_drafts:
            # Unreviewed text is not sent (CONTENT_SEND_DRAFTS=0): a midwife answers her instead.
            dispatcher.utter_message(text=escalate(tracker, "draft_content"))
            return []
        utter(dispatcher, Spoken(text, faq_key(key), language))  # or its recording, for a voice user
        if key in ALSO_TO_MIDWIFE:
            dispatcher.utter_message(text=escalate(tracker, f"faq/{key}"))
        elif faq_unsure(tracker.latest_message.get("text") or "", key, selected_faq_confidence(tracker)):
            # The selector half-recognised the topic: the general answer, and a midwife reads her question.
            dispatcher.utter_message(text=escalate(tracker, f"faq_unsure/{key}"))
        return []
