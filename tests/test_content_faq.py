"""FAQ answers and danger texts: contract keys, length, sources, review status, closing line."""
from __future__ import annotations

import re

import pytest

from bot.content import danger, faq
from bot.content.i18n import LANGUAGES, translate

CONTRACT_KEYS = {
    "antenatal_visits", "nutrition", "anemia_iron", "malaria_prevention", "labour_signs",
    "breastfeeding", "newborn_care", "hygiene", "rest_and_work", "fetal_movement",
    "family_planning", "vaccination", "costs_savings",
}


pytestmark = pytest.mark.usefixtures("compiled_catalogs")


def test_every_contract_key_has_an_answer():
    assert CONTRACT_KEYS <= set(faq.FAQ)
    assert set(faq.FAQ_KEYS) == set(faq.FAQ)
    for key, answer in faq.FAQ.items():
        assert answer.key == key and answer.intent == f"faq/{key}"


@pytest.mark.parametrize("key", sorted(CONTRACT_KEYS))
@pytest.mark.parametrize("language", LANGUAGES)
def test_answer_is_short_and_ends_with_the_midwife(key, language):
    text = faq.faq_answer(key, language)
    assert len(text) <= faq.MAX_ANSWER_CHARS, (key, language, len(text))
    assert text.endswith(translate(language, faq.MIDWIFE_SENTENCE))
    assert "%(" not in text


@pytest.mark.parametrize("key", sorted(CONTRACT_KEYS))
def test_bambara_is_a_translation_not_a_copy(key):
    assert faq.faq_answer(key, "bm") != faq.faq_answer(key, "fr")


def test_midwife_sentence_is_translated():
    assert translate("fr", faq.MIDWIFE_SENTENCE).startswith("En cas de doute")
    bm = translate("bm", faq.MIDWIFE_SENTENCE)
    assert bm != faq.MIDWIFE_SENTENCE and "CSCom" in bm and "sage-femme" in bm


@pytest.mark.parametrize("key", sorted(CONTRACT_KEYS))
def test_answer_names_a_source_and_is_a_draft_until_a_midwife_reviews_it(key):
    answer = faq.FAQ[key]
    assert answer.source.strip()
    assert re.search(r"OMS|SHARE|Mali", answer.source)
    for language in LANGUAGES:
        # Nothing in the code may claim a review: approval only comes from a review row.
        assert faq.review_of(answer, language, None).status == "draft"


def test_an_approval_counts_only_for_the_text_that_was_read():
    from types import SimpleNamespace

    answer = faq.FAQ["nutrition"]
    catalog_text = answer.catalog_text("fr")
    read = SimpleNamespace(status="approved", text=catalog_text, reviewer=None, reviewed_at=None)
    assert faq.review_of(answer, "fr", read).status == "approved"
    outdated = SimpleNamespace(status="approved", text="an older wording", reviewer=None, reviewed_at=None)
    review = faq.review_of(answer, "fr", outdated)
    assert (review.status, review.stale, review.body) == ("draft", True, catalog_text)
    corrected = SimpleNamespace(status="corrected", text="Texte corrigé.", reviewer=None, reviewed_at=None)
    assert faq.review_of(answer, "fr", corrected).body == "Texte corrigé."


def test_faq_answer_accepts_the_intent_name_and_refuses_unknown_keys():
    assert faq.faq_answer("faq/nutrition", "bm") == faq.faq_answer("nutrition", "bm")
    with pytest.raises(KeyError):
        faq.faq_answer("faq/astrology", "fr")


def test_unknown_language_falls_back_to_french():
    assert faq.faq_answer("nutrition", "en") == faq.faq_answer("nutrition", "fr")


@pytest.mark.parametrize("language", LANGUAGES)
def test_danger_reply_variants(language):
    plain = danger.danger_reply(language)
    named = danger.danger_reply(language, cscom_name="Sotuba")
    full = danger.danger_reply(language, cscom_name="Sotuba", cscom_phone="+223 20 21 22 23")
    assert "CSCom" in plain and "%(" not in plain
    assert "Sotuba" in named and "+223" not in named
    assert "Sotuba" in full and "+223 20 21 22 23" in full
    if language == "bm":
        assert plain != danger.DANGER_REPLY


@pytest.mark.parametrize("language", LANGUAGES)
def test_danger_signs_list_has_every_who_sign(language):
    text = danger.danger_signs_text(language)
    lines = text.splitlines()
    assert len(lines) == 1 + len(danger.DANGER_SIGNS) == 10
    assert all(line.startswith("• ") for line in lines[1:])
    assert len(text) <= 1000
    keys = {key for key, _ in danger.DANGER_SIGNS}
    assert {"bleeding", "convulsions", "headache_vision", "fever_weak", "abdominal_pain",
            "breathing", "waters", "fetal_movement", "swelling"} == keys


def test_midwife_alert_carries_the_message_and_the_case_link():
    alert = danger.midwife_alert("J'ai du sang qui coule 100%", "https://jigiya.example/staff/cases/7")
    assert "J'ai du sang qui coule 100%" in alert
    assert alert.endswith("https://jigiya.example/staff/cases/7")
    assert alert.startswith("URGENT")
    long = danger.midwife_alert("a" * 2000, "https://x/1")
    assert len(long) < 600


def test_the_midwife_alert_says_when_the_baby_is_the_one_in_danger():
    baby = danger.midwife_alert("mon bébé de 5 jours ne tète plus et il est tout chaud", "https://x/2")
    mother = danger.midwife_alert("je saigne beaucoup depuis ce matin", "https://x/3")
    assert "nouveau-né" in baby and "enceinte" not in baby
    assert "nouveau-né" not in mother and "femme" in mother


@pytest.mark.parametrize("language", LANGUAGES)
def test_a_newborn_danger_sign_gets_the_baby_reply(language):
    baby = danger.danger_reply(language, text="le bébé ne tète plus depuis ce matin")
    mother = danger.danger_reply(language, text="je saigne beaucoup")
    assert baby == translate(language, danger.BABY_DANGER_REPLY) != mother
    assert mother == danger.danger_reply(language)
    full = danger.danger_reply(language, "Sotuba", "+223 20 21 22 23", text="den tɛ sin min")
    assert "Sotuba" in full and "+223 20 21 22 23" in full and full != danger.danger_reply(language, "Sotuba", "+223 20 21 22 23")
    for text in (baby, mother, full):
        assert "\n\n" not in text
