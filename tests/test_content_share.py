"""The delivery checklist and the 12-month SHARE curriculum (issue 5 builds its flows on these)."""
from __future__ import annotations

import pytest

from bot.content import checklist, topics
from bot.content.i18n import LANGUAGES, translate


pytestmark = pytest.mark.usefixtures("compiled_catalogs")


def test_checklist_has_the_midwife_and_who_items_with_stable_keys():
    assert [item.key for item in checklist.ITEMS] == [
        "companion", "savings", "documents", "cloths", "soap", "clothes",
        "transport", "danger_signs", "other_children",
    ]
    for item in checklist.ITEMS:
        assert item.source and item.question.endswith("?")


@pytest.mark.parametrize("language", LANGUAGES)
def test_checklist_questions_are_translated(language):
    for item in checklist.ITEMS:
        text = item.ask(language)
        assert text and len(text) <= 300
        if language == "bm":
            assert text != item.question
    left = checklist.remaining_text(language, ["soap", "companion"])
    lines = left.splitlines()
    assert lines[0] == translate(language, checklist.REMAINING_TITLE)
    assert lines[1:] == [f"• {checklist.BY_KEY[k].ask(language)}" for k in ("companion", "soap")]


def test_curriculum_runs_from_antenatal_visits_to_family_planning():
    assert len(topics.CURRICULUM) == 12
    assert topics.CURRICULUM[0].key == "antenatal_visits"
    assert topics.CURRICULUM[-1].key == "family_planning"
    assert len(topics.TOPICS) == 12
    assert topics.default_topic_for_month(12) is topics.CURRICULUM[0]


@pytest.mark.parametrize("topic", topics.CURRICULUM, ids=lambda t: t.key)
def test_topic_shape(topic):
    assert 2 <= len(topic.key_messages) <= 5
    assert topic.question.endswith("?")
    assert topic.source
    assert all(topic.review[language] in ("draft", "approved") for language in LANGUAGES)


@pytest.mark.parametrize("topic", topics.CURRICULUM, ids=lambda t: t.key)
@pytest.mark.parametrize("language", LANGUAGES)
def test_topic_renders_as_one_message(topic, language):
    text = topic.render(language)
    assert len(text) <= 700, len(text)
    assert text.startswith("*") and "❓" in text
    if language == "bm":
        assert translate("bm", topic.title) != topic.title or topic.title.isupper()
