"""Pregnancy questions: the ResponseSelector picks the topic, the answer comes from reviewed content."""
from __future__ import annotations

from rasa_sdk import Action, Tracker
from rasa_sdk.executor import CollectingDispatcher

from bot.content import messages
from bot.content.faq import FAQ, faq_answer
from bot.content.i18n import translate
from bot.intents.base import reply_language


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
        text = faq_answer(key, language) if key else translate(language, messages.OUT_OF_SCOPE)
        dispatcher.utter_message(text=text)
        return []
