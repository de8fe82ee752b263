"""The templates respect WhatsApp's limits (Twilio Content API: quick-reply titles <= 20 characters,
at most 3 buttons; list items <= 24, descriptions <= 72, at most 10; bodies <= 1024), button ids are
stable, and each question is recognised by its text in both languages, whole (never split)."""
from __future__ import annotations

import pytest

from bot.content import checklist, dialogue, messages
from bot.content.i18n import LANGUAGES, translate
from bot.conversation.split import split_message
from bot.twilio import interactive


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_template_fits_whatsapp(language):
    for name in interactive.NAMES:
        types = interactive.definition(name, language)["types"]
        if "twilio/quick-reply" in types:
            reply = types["twilio/quick-reply"]
            assert len(reply["body"]) <= 1024 and 1 <= len(reply["actions"]) <= 3
            assert all(len(a["title"]) <= 20 and a["type"] == "QUICK_REPLY" for a in reply["actions"])
        else:
            picker = types["twilio/list-picker"]
            assert len(picker["body"]) <= 1024 and len(picker["button"]) <= 20 and len(picker["items"]) <= 10
            assert all(len(i["item"]) <= 24 and len(i["description"]) <= 72 for i in picker["items"])


def test_button_ids_are_the_stable_strings_the_webhook_reads():
    assert set(interactive.CHOICES) >= {"lang:fr", "lang:bm", "checklist:yes", "checklist:no", "checklist:later",
                                        "menu:topic", "menu:meeting", "menu:checklist", "menu:midwife"}
    assert all(len(choice_id) <= interactive.MAX_ID for choice_id in interactive.CHOICES)


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_three_questions_are_recognised_whole(language):
    texts = {interactive.LANGUAGE_CHOICE: translate(language, dialogue.LANGUAGE_CHOICE),
             interactive.MAIN_MENU: translate(language, messages.HELP_MENU),
             interactive.CHECKLIST_QUESTION: checklist.ITEMS[-1].ask(language)}
    for name, text in texts.items():
        assert split_message(text) == [text]
        assert interactive.recognise(text) == (name, language)
    assert interactive.recognise(translate(language, messages.GOODBYE)) is None


def test_a_tap_reads_as_what_she_could_have_typed():
    assert interactive.typed("lang:bm", "fr", "Bamanankan") == "2"
    assert interactive.typed("checklist:later", "bm", "Kɔfɛ") == "kɔfɛ"
    assert interactive.typed("menu:topic", "fr", "Thème du mois") == "sujet du mois"
    assert interactive.typed("nope", "fr", "Oui merci") == "Oui merci"
