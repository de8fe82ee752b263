"""She asks for voice messages: "3" at first contact, "vocal" / "audio" at any time (in either
language), or her facilitator ticks it; "texte" turns it off. Each change is confirmed in her language."""
from __future__ import annotations

import pytest
from sqlalchemy import select

from bot.content import dialogue
from bot.content.i18n import translate
from bot.conversation import voice_preference
from bot.db import session_scope
from bot.models import Woman
from tests.conversation.test_service import known_woman
from tests.recordings.conftest import new_phone
from tests.share.conftest import add_group, add_member
from tests.staff.conftest import add_staff, login


pytestmark = pytest.mark.usefixtures("compiled_catalogs")


def woman(phone: str) -> Woman:
    with session_scope() as session:
        return session.scalar(select(Woman).where(Woman.phone == phone))


def test_the_first_contact_offers_voice_messages_and_3_chooses_them_in_bambara(say):
    phone = new_phone()
    first = say(phone, "Bonjour")
    assert first[:2] == [translate("fr", dialogue.WELCOME), translate("fr", dialogue.LANGUAGE_CHOICE)]
    assert "3 pour des messages vocaux" in first[1]
    assert say(phone, "3") == [translate("bm", dialogue.VOICE_ON)]
    her = woman(phone)
    assert (her.prefers_voice, her.language, her.awaiting) == (True, "bm", None)
    assert her.consent_at is not None  # choosing is continuing after the welcome


def test_the_bambara_choice_names_voice_messages_too():
    assert "3" in translate("bm", dialogue.LANGUAGE_CHOICE) and "vocal" in translate("bm", dialogue.LANGUAGE_CHOICE)


@pytest.mark.parametrize("text", ["messages vocaux", "Vocal", "audio svp", "en vocal !"])
def test_a_french_keyword_turns_voice_on_and_texte_turns_it_off(say, text):
    phone = new_phone()
    known_woman(phone, "fr")
    assert say(phone, text) == [translate("fr", dialogue.VOICE_ON)]
    assert woman(phone).prefers_voice
    assert say(phone, "texte") == [translate("fr", dialogue.VOICE_OFF)]
    assert not woman(phone).prefers_voice
    assert say(phone, "écrit") == [translate("fr", dialogue.VOICE_OFF)]  # already off: confirmed again


def test_a_bambara_speaker_asks_with_the_word_she_uses_and_is_answered_in_bambara(say, fake_io):
    phone = new_phone()
    known_woman(phone, "bm")
    assert say(phone, "vocal") == [translate("bm", dialogue.VOICE_ON)]
    assert woman(phone).prefers_voice and fake_io.rasa_calls == []  # read by the app, Rasa not asked
    assert say(phone, "texte") == [translate("bm", dialogue.VOICE_OFF)]
    assert not woman(phone).prefers_voice


def test_keywords_are_whole_messages_only():
    assert voice_preference.requested("VOCAL") is True
    assert voice_preference.requested("Messages vocaux.") is True
    assert voice_preference.requested("par écrit") is False
    assert voice_preference.requested("j'ai envoyé un vocal à la sage-femme hier") is None
    assert voice_preference.requested("texte du thème") is None


def test_the_facilitator_ticks_voice_messages_on_the_group_page(app, database):
    group = add_group()
    member = add_member(group, "bm", name="Awa Traoré")
    with session_scope() as session:
        add_staff(session, "Mariam", "facilitator", group.cscom_id)
        add_staff(session, "Kadi", "midwife", group.cscom_id)
    client = app.test_client()
    assert login(client, "mariam").status_code == 302
    page = client.get(f"/staff/groups/{group.id}").get_data(as_text=True)
    assert "Messages vocaux" in page
    url = f"/staff/groups/{group.id}/members/{member}/voice"
    response = client.post(url, data={"prefers_voice": "yes"}, follow_redirects=True)
    assert "Awa Traoré reçoit des messages vocaux quand il y en a." in response.get_data(as_text=True)
    with session_scope() as session:
        assert session.get(Woman, member).prefers_voice
    assert client.post(url, data={}).status_code == 302  # the box unticked: text again
    with session_scope() as session:
        assert not session.get(Woman, member).prefers_voice
    assert client.post(url, data={"prefers_voice": "maybe"}).status_code == 400
    # A midwife reads the group but does not manage it; another group's woman is not found.
    midwife = app.test_client()
    assert login(midwife, "kadi").status_code == 302
    assert midwife.post(url, data={"prefers_voice": "yes"}).status_code == 403
    other = add_group(code="SHARE SIKORO", name="SHARE Sikoro")
    stranger = add_member(other, "fr")
    assert client.post(f"/staff/groups/{group.id}/members/{stranger}/voice",
                       data={"prefers_voice": "yes"}).status_code == 404
