"""HealthGuard's pure logic (bot.nlu.health_guard): health questions no reviewed answer covers go to
a midwife (health_other); off-topic messages keep the short reply; a FAQ answer must match its topic."""
import os
import subprocess
import sys

import pytest

from bot.nlu.health_guard import GuardConfig, decide, looks_like_health, topic_matches, vocab

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def test_vocabulary_file_matches_the_training_data():
    """bot/nlu/data/health_vocab.json is rebuilt by scripts/nlu/build_health_vocab.py."""
    done = subprocess.run([sys.executable, os.path.join(ROOT, "scripts", "nlu", "build_health_vocab.py"),
                           "--check"], cwd=ROOT, capture_output=True, text=True)
    assert done.returncode == 0, done.stdout + done.stderr


@pytest.mark.parametrize("text", [
    "je suis enceinte, est-ce que je peux prendre de la quinine",
    "mon bébé a des rougeurs, est-ce une infection ?",
    "musokɔnɔma bɛ se ka fura ta wa?",
])
def test_health_words_turn_a_fallback_into_a_midwife_question(text):
    assert looks_like_health(text)
    assert decide(text, "nlu_fallback", None, None) == ("health_other", "health_words")
    assert decide(text, "out_of_scope", None, None) == ("health_other", "health_words")


@pytest.mark.parametrize("text", ["tu connais un bon tailleur ?", "qui a gagné le match", "azertyuiop",
                                  "je cherche du travail", "je veux aller au marché"])
def test_off_topic_keeps_the_short_reply(text):
    assert decide(text, "out_of_scope", None, None) == ("out_of_scope", None)


def test_a_faq_answer_must_match_its_topic():
    assert topic_matches("j'ai des nausées le matin", "nausea")
    assert decide("j'ai des nausées le matin", "faq", "nausea", 0.9, GuardConfig(topic_check=True)) == ("faq", None)
    text = "est-ce que l'amoxicilline est dangereuse pour le bébé"
    assert not topic_matches(text, "anemia_iron")
    assert decide(text, "faq", "anemia_iron", 0.95, GuardConfig(topic_check=True)) == (
        "health_other", "faq_topic_mismatch")
    assert decide(text, "faq", "anemia_iron", 0.95) == ("faq", None)  # off in config.yml (measured)


def test_low_faq_confidence_and_other_intents():
    config = GuardConfig(faq_min_confidence=0.5, topic_check=False)
    assert decide("fer", "faq", "anemia_iron", 0.4, config) == ("health_other", "faq_low_confidence")
    assert decide("bonjour", "greet", None, None) == ("greet", None)
    assert decide("je saigne", "danger_sign", None, None) == ("danger_sign", None)


def test_every_faq_key_has_topic_keywords():
    from bot.content.faq import FAQ_KEYS

    topics = vocab().topics
    assert set(FAQ_KEYS) == set(topics) and all(topics[k] for k in FAQ_KEYS)


def test_a_sure_faq_selection_on_its_topic_rescues_a_covered_question():
    config = GuardConfig(rescue_faq_confidence=0.9)
    text = "j'ai des nausées tous les matins"
    assert decide(text, "health_other", "nausea", 0.95, config) == ("faq", "faq_rescued")
    assert decide(text, "health_other", "nausea", 0.6, config) == ("health_other", None)
    assert decide("est-ce que l'amoxicilline est dangereuse", "health_other", "anemia_iron", 0.95,
                  config) == ("health_other", None)  # not its topic
    assert decide(text, "health_other", "nausea", 0.95) == ("health_other", None)  # off by default
