"""She is answered in the language she writes: a code, a number or a word never decides it; a clear
message (three words or more) in the other language is answered in that language, and the second in
a row switches her, with the way back (the language choice)."""
from __future__ import annotations

from bot.content import dialogue
from bot.content.danger import danger_reply
from bot.content.i18n import translate
from bot.conversation.service import answer_pending
from bot.conversation.triage import message_language
from bot.db import session_scope
from bot.models import Woman
from tests.conversation.test_service import known_woman, receive, sent_to
from tests.escalation.conftest import fake_io, new_phone  # noqa: F401  (fixture reused here)


def test_what_decides_a_language():
    assert message_language("SHARE SOTUBA") is None  # a group code
    assert message_language("2") is None and message_language("ok merci") is None
    assert message_language("c'est quand la prochaine réunion") == "fr"
    assert message_language("n kunkolo bɛ n dimi kosebe") == "bm"
    assert message_language("n kunkolo be n dimi kosebe") == "bm"  # typed without ɛ


def test_a_group_code_as_first_message_does_not_make_her_bambara(fake_io):
    phone = new_phone()
    woman_id = receive(phone, "SHARE SOTUBA")
    answer_pending(woman_id)
    assert sent_to(fake_io, phone)[:2] == [translate("fr", dialogue.WELCOME), translate("fr", dialogue.LANGUAGE_CHOICE)]


def test_one_clear_message_in_the_other_language_is_answered_in_it(fake_io):
    phone = new_phone()
    woman_id = known_woman(phone, "bm")
    fake_io.rasa_replies = ["réponse"]
    receive(phone, "est-ce que je peux manger du poisson pendant la grossesse")
    answer_pending(woman_id)
    assert fake_io.rasa_calls[-1]["metadata"]["language"] == "fr"
    receive(phone, "ok merci")  # short: says nothing of her language
    answer_pending(woman_id)
    assert fake_io.rasa_calls[-1]["metadata"]["language"] == "bm"
    with session_scope() as session:
        assert session.get(Woman, woman_id).language == "bm"


def test_two_clear_messages_in_a_row_switch_her_and_she_can_switch_back(fake_io):
    phone = new_phone()
    woman_id = known_woman(phone, "bm")
    fake_io.rasa_replies = ["réponse"]
    receive(phone, "est-ce que je peux manger du poisson")
    receive(phone, "et le riz avec la sauce arachide aussi")
    answer_pending(woman_id)
    assert sent_to(fake_io, phone) == ["réponse", translate("fr", dialogue.LANGUAGE_SET),
                                       translate("fr", dialogue.LANGUAGE_CHOICE), "réponse"]
    with session_scope() as session:
        assert session.get(Woman, woman_id).language == "fr"
    receive(phone, "2")  # the way back, as the message said
    answer_pending(woman_id)
    assert sent_to(fake_io, phone)[-1] == translate("bm", dialogue.LANGUAGE_SET)
    with session_scope() as session:
        assert session.get(Woman, woman_id).language == "bm"


def test_a_danger_sign_is_answered_in_the_language_it_was_written_in(fake_io):
    phone = new_phone()
    woman_id = known_woman(phone, "bm")
    receive(phone, "je saigne beaucoup depuis ce matin")
    answer_pending(woman_id)
    assert sent_to(fake_io, phone)[0].startswith(danger_reply("fr").split(".")[0])
