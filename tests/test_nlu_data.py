"""Checks on the NLU training and held-out data (standard library only)."""
import glob
import os
import sys
from collections import Counter, defaultdict

import pytest

from bot.nlu.normalise import normalise

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, os.path.join(ROOT, "scripts", "nlu"))
import heldout  # noqa: E402

CONTRACT = ["greet", "goodbye", "thank", "affirm", "deny", "set_language", "help_menu",
            "ask_share_topic", "ask_next_meeting", "start_checklist", "danger_sign", "ask_midwife",
            "opt_out", "out_of_scope"]
FAQ_KEYS = ["antenatal_visits", "nutrition", "anemia_iron", "malaria_prevention", "labour_signs",
            "breastfeeding", "newborn_care", "hygiene", "rest_and_work", "fetal_movement",
            "family_planning", "vaccination", "costs_savings"]


def _train(lang):
    return [e for p in sorted(glob.glob(os.path.join(ROOT, "data", "nlu", lang, "*.yml")))
            for e in heldout.load_examples(p)]


@pytest.mark.parametrize("lang", ["fr", "bm"])
def test_at_least_25_examples_per_intent_and_faq_key(lang):
    counts = Counter(intent for _, intent in _train(lang))
    for name in CONTRACT + ["opt_in"] + [f"faq/{k}" for k in FAQ_KEYS]:
        assert counts[name] >= 25, (lang, name, counts[name])


def test_no_example_means_two_things_after_normalisation():
    seen = defaultdict(set)
    for lang in ("fr", "bm"):
        for text, intent in _train(lang):
            seen[normalise(text)].add(intent)
    clashes = {t: i for t, i in seen.items() if len(i) > 1}
    assert not clashes


def test_heldout_messages_are_not_training_messages():
    train = {normalise(t) for lang in ("fr", "bm") for t, _ in _train(lang)}
    for lang in ("fr", "bm"):
        for text, _ in heldout.load_examples(os.path.join(ROOT, "tests", "nlu", f"test_{lang}.yml")):
            assert normalise(text) not in train, text


def test_heldout_covers_every_label():
    labels = {i for lang in ("fr", "bm")
              for _, i in heldout.load_examples(os.path.join(ROOT, "tests", "nlu", f"test_{lang}.yml"))}
    assert set(CONTRACT + ["opt_in"] + [f"faq/{k}" for k in FAQ_KEYS]) <= labels


def test_domain_lists_the_contract():
    text = open(os.path.join(ROOT, "domain", "nlu.yml"), encoding="utf-8").read()
    for name in CONTRACT + ["faq", "opt_in"]:
        assert f"  - {name}" in text, name
    faq = open(os.path.join(ROOT, "domain", "faq.yml"), encoding="utf-8").read()
    for key in FAQ_KEYS:
        assert f"utter_faq/{key}:" in faq and f'"faq/{key}"' in faq, key


# Issue 17: the new FAQ keys and health_other have examples in both languages.
NEW_FAQ_KEYS = ["nausea", "heartburn", "leg_cramps", "back_pain", "constipation", "swollen_legs",
                "medicines", "hiv_syphilis_tests", "ultrasound", "intimacy", "postnatal_visits",
                "postpartum_recovery", "postpartum_sadness", "cord_care"]


@pytest.mark.parametrize("lang", ["fr", "bm"])
def test_new_faq_keys_and_health_other_have_examples(lang):
    counts = Counter(intent for _, intent in _train(lang))
    for key in NEW_FAQ_KEYS:
        assert counts[f"faq/{key}"] >= 7, (lang, key, counts[f"faq/{key}"])
    assert counts["health_other"] >= 90, (lang, counts["health_other"])


def test_domain_lists_the_new_keys_and_health_other():
    assert "  - health_other" in open(os.path.join(ROOT, "domain", "nlu.yml"), encoding="utf-8").read()
    faq = open(os.path.join(ROOT, "domain", "faq.yml"), encoding="utf-8").read()
    for key in NEW_FAQ_KEYS:
        assert f"utter_faq/{key}:" in faq and f'"faq/{key}"' in faq, key


def test_no_heldout_file_line_is_a_training_example():
    train = {normalise(t) for lang in ("fr", "bm") for t, _ in _train(lang)}
    paths = glob.glob(os.path.join(ROOT, "tests", "nlu", "*.yml")) + \
        glob.glob(os.path.join(ROOT, "tests", "nlu", "fresh*", "*.yml"))
    assert len(paths) >= 16
    for path in paths:
        for text, _ in heldout.load_examples(path):
            assert normalise(text) not in train, (os.path.basename(path), text)
