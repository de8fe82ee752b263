"""What the bot did not understand (``nlu_fallback``, ``out_of_scope``).

Once: say so and show the way (menu, or "sage-femme"). Twice in a row: the question goes to a
midwife (normal escalation). A message in neither French nor Bambara: the language choice, in both.
A message that looks like a health question (``bot.nlu.health_guard.looks_like_health``; the NLU's
HealthGuard already routes most of them to ``health_other``) goes to a midwife at once.
"""
from __future__ import annotations

from rasa_sdk import Action, Tracker
from rasa_sdk.executor import CollectingDispatcher

from bot.content import dialogue, messages
from bot.content.i18n import translate
from bot.db import session_scope
from bot.intents.base import reply_language, woman_of
from bot.intents.midwife import escalate
from bot.nlu import langid
from bot.nlu.health_guard import looks_like_health

LOW_CONFIDENCE = {"nlu_fallback", "out_of_scope"}
# Mean per-feature log-likelihood under the better of the two language models; French and Bambara
# messages score about -6 to -8.5, English or nonsense about -9 and below (bot/nlu/langid.py).
UNKNOWN_LANGUAGE_SCORE = -9.0


def low_confidence_streak(tracker: Tracker) -> int:
    """How many of her latest messages in a row the bot did not understand (this one included)."""
    streak = 0
    for event in reversed(tracker.events):
        if event.get("event") != "user":
            continue
        if ((event.get("parse_data") or {}).get("intent") or {}).get("name") in LOW_CONFIDENCE:
            streak += 1
        else:
            break
    return streak


def unknown_language(text: str) -> bool:
    guess = langid.identify(text)
    return guess.words >= 2 and max(guess.scores.values()) < UNKNOWN_LANGUAGE_SCORE


def previous_text(tracker: Tracker) -> str:
    users = [e for e in tracker.events if e.get("event") == "user"]
    return users[-2].get("text") or "" if len(users) >= 2 else ""


class OutOfScope(Action):
    def name(self) -> str:
        return "action_out_of_scope"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict) -> list:
        text = tracker.latest_message.get("text") or ""
        if unknown_language(text):
            with session_scope() as session:
                woman = woman_of(session, tracker)
                if woman is not None:
                    woman.awaiting = "language"  # so that "1"/"2" is read as her choice
            for language in ("fr", "bm"):
                dispatcher.utter_message(text=translate(language, dialogue.UNKNOWN_LANGUAGE) + " "
                                         + translate(language, dialogue.LANGUAGE_CHOICE))
            return []
        if looks_like_health(text):
            dispatcher.utter_message(text=escalate(tracker, "health_other"))
            return []
        if low_confidence_streak(tracker) == 2:
            both = f"{previous_text(tracker)}\n{text}".strip()
            dispatcher.utter_message(text=escalate(tracker, "low_confidence", both))
            return []
        dispatcher.utter_message(text=translate(reply_language(tracker), messages.OUT_OF_SCOPE))
        return []
