"""The Rasa actions on their own (rasa_sdk Tracker + dispatcher), against the app database."""
from __future__ import annotations

import asyncio

import pytest
from rasa_sdk import Tracker
from rasa_sdk.executor import CollectingDispatcher
from sqlalchemy import select

from bot.content import dialogue, messages
from bot.content.danger import danger_reply
from bot.content.i18n import translate
from bot.db import session_scope
from bot.intents.consent import OptIn, OptOut
from bot.intents.danger import DangerSign
from bot.intents.fallback import OutOfScope, unknown_language
from bot.intents.language import SetLanguage, requested_language
from bot.intents.midwife import AskMidwife
from bot.models import ConsentEvent, Escalation, Woman


@pytest.fixture
def woman(database):
    with session_scope() as session:
        w = Woman(phone="whatsapp:+22370001111", language="fr")
        session.add(w)
        session.flush()
        return w


def user(text: str, intent: str) -> dict:
    return {"event": "user", "text": text, "parse_data": {"intent": {"name": intent}}}


def run(action, w: Woman, text: str, intent: str, history: list[dict] = (), language: str | None = None):
    with session_scope() as session:
        language = language or session.get(Woman, w.id).language
    latest = {"text": text, "intent": {"name": intent}, "entities": [],
              "metadata": {"language": language, "channel": "whatsapp"}}
    tracker = Tracker(w.public_id, {}, latest, [*history, user(text, intent)], False, None, {}, "action_listen")
    dispatcher = CollectingDispatcher()
    asyncio.run(action.run(dispatcher, tracker, {}))
    return [m["text"] for m in dispatcher.messages]


def escalations(w: Woman) -> list[Escalation]:
    with session_scope() as session:
        return list(session.scalars(select(Escalation).where(Escalation.woman_id == w.id)))


def test_danger_seen_by_the_model_opens_an_urgent_escalation(woman):
    assert run(DangerSign(), woman, "j'ai très mal", "danger_sign") == [danger_reply("fr")]
    [e] = escalations(woman)
    assert (e.urgency, e.reason) == ("urgent", "danger_sign")


def test_ask_midwife_opens_a_normal_escalation_and_says_when(woman):
    assert run(AskMidwife(), woman, "je veux parler à la sage femme", "ask_midwife") == [
        translate("fr", dialogue.ESCALATED)]
    [e] = escalations(woman)
    assert (e.urgency, e.reason, e.status) == ("normal", "ask_midwife", "open")


@pytest.mark.parametrize("language", ["fr", "bm"])
def test_second_misunderstood_message_in_a_row_is_escalated(woman, language):
    first = run(OutOfScope(), woman, "quel est le prix du mouton", "out_of_scope", language=language)
    assert first == [translate(language, messages.OUT_OF_SCOPE)] and escalations(woman) == []
    second = run(OutOfScope(), woman, "et le prix du riz", "nlu_fallback",
                 history=[user("quel est le prix du mouton", "out_of_scope")], language=language)
    assert second == [translate(language, dialogue.ESCALATED)]
    [e] = escalations(woman)
    assert (e.reason, e.message) == ("low_confidence", "quel est le prix du mouton\net le prix du riz")


def test_a_language_the_bot_does_not_know_gets_the_choice_in_both_languages(woman):
    assert unknown_language("hello, what is this please")
    assert not unknown_language("comment éviter le paludisme")
    assert not unknown_language("n kɔnɔ bɛ n dimi")
    replies = run(OutOfScope(), woman, "hello, what is this please", "nlu_fallback")
    assert replies == [translate(l, dialogue.UNKNOWN_LANGUAGE) + " " + translate(l, dialogue.LANGUAGE_CHOICE)
                       for l in ("fr", "bm")]
    with session_scope() as session:
        assert session.get(Woman, woman.id).awaiting == "language"


@pytest.mark.parametrize("text,target", [("je veux parler en bambara", "bm"), ("a fɔ n ye tubabukan na", "fr"),
                                         ("Bamanankan na", "bm"), ("en français svp", "fr"),
                                         ("changer de langue", None)])
def test_set_language_reads_the_target_from_her_words(woman, text, target):
    assert requested_language(text) == target
    replies = run(SetLanguage(), woman, text, "set_language")
    with session_scope() as session:
        w = session.get(Woman, woman.id)
        if target:
            assert replies == [translate(target, dialogue.LANGUAGE_SET)] and w.language == target
        else:
            assert replies == [translate("fr", dialogue.LANGUAGE_CHOICE)] and w.awaiting == "language"


def test_opt_out_and_in_in_her_own_words_are_logged(woman):
    assert run(OptOut(), woman, "je ne veux plus de messages", "opt_out") == [translate("fr", dialogue.OPTED_OUT)]
    assert run(OptIn(), woman, "je veux de nouveau les messages", "opt_in") == [translate("fr", dialogue.OPTED_IN)]
    with session_scope() as session:
        events = session.scalars(select(ConsentEvent).where(ConsentEvent.woman_id == woman.id)
                                 .order_by(ConsentEvent.id)).all()
        assert [(e.kind, e.source) for e in events] == [("opt_out", "model"), ("opt_in", "model"),
                                                        ("consent", "model")]
        assert not session.get(Woman, woman.id).opted_out


# --- issue 17: uncovered health questions and the topics a midwife must also hear ---------------
from bot.content.faq import ALSO_TO_MIDWIFE, faq_answer  # noqa: E402
from bot.intents.faq import AnswerFaq  # noqa: E402
from bot.intents.health_other import HealthOther  # noqa: E402


@pytest.mark.parametrize("language", ["fr", "bm"])
def test_an_uncovered_health_question_opens_a_normal_escalation_in_her_language(woman, language):
    text = "est-ce que l'amoxicilline est dangereuse pour le bébé"
    assert run(HealthOther(), woman, text, "health_other", language=language) == [
        translate(language, dialogue.ESCALATED)]
    [e] = escalations(woman)
    assert (e.urgency, e.reason, e.status, e.message) == ("normal", "health_other", "open", text)


def _run_faq(w: Woman, text: str, key: str, confidence: float = 0.9) -> list[str]:
    latest = {"text": text, "intent": {"name": "faq"}, "entities": [],
              "metadata": {"language": "fr", "channel": "whatsapp"},
              "response_selector": {"faq": {"response": {"intent_response_key": f"faq/{key}",
                                                         "confidence": confidence}}}}
    tracker = Tracker(w.public_id, {}, latest, [user(text, "faq")], False, None, {}, "action_listen")
    dispatcher = CollectingDispatcher()
    asyncio.run(AnswerFaq().run(dispatcher, tracker, {}))
    return [m["text"] for m in dispatcher.messages]


def test_medicines_are_answered_and_also_go_to_a_midwife(woman):
    assert {"medicines", "hiv_syphilis_tests", "postpartum_sadness", "intimacy"} == ALSO_TO_MIDWIFE
    replies = _run_faq(woman, "je peux boire une tisane enceinte ?", "medicines")
    assert replies == [faq_answer("medicines", "fr"), translate("fr", dialogue.ESCALATED)]
    [e] = escalations(woman)
    assert (e.urgency, e.reason) == ("normal", "faq/medicines")


def test_an_ordinary_faq_answer_opens_no_escalation(woman):
    assert _run_faq(woman, "j'ai mal au dos", "back_pain") == [faq_answer("back_pain", "fr")]
    assert escalations(woman) == []


def test_an_answer_the_selector_is_unsure_of_also_goes_to_a_midwife(woman):
    # Half-recognised: she gets the general answer, is told a midwife reads it, and one does.
    text = "mon dos me lance depuis que j'ai porte le bidon, c'est les reins ?"
    assert _run_faq(woman, text, "back_pain", confidence=0.55) == [
        faq_answer("back_pain", "fr"), translate("fr", dialogue.ESCALATED)]
    [e] = escalations(woman)
    assert (e.urgency, e.reason, e.message) == ("normal", "faq_unsure/back_pain", text)


@pytest.mark.parametrize("language", ["fr", "bm"])
def test_a_health_question_the_model_did_not_place_goes_to_a_midwife_at_once(woman, language):
    text = "le sirop contre la toux est permis pour une femme enceinte ?"
    assert run(OutOfScope(), woman, text, "nlu_fallback", language=language) == [
        translate(language, dialogue.ESCALATED)]
    [e] = escalations(woman)
    assert (e.urgency, e.reason) == ("normal", "health_other")


def test_an_off_topic_message_keeps_the_short_reply(woman):
    assert run(OutOfScope(), woman, "tu connais un bon tailleur ?", "out_of_scope") == [
        translate("fr", messages.OUT_OF_SCOPE)]
    assert escalations(woman) == []
