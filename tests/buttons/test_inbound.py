"""What she taps comes back as what she could have typed: the language choice by button and by
typing "1"/"2" give the same result, the checklist's buttons answer the item asked, a list item asks
its question, an unknown button reads as its text, and nonsense is refused with its reason."""
from __future__ import annotations

from sqlalchemy import select

from bot.content import dialogue
from bot.content.i18n import translate
from bot.conversation.service import answer_pending
from bot.db import session_scope
from bot.models import ChecklistAnswer, ConsentEvent, InboundMessage, Woman
from tests.buttons.conftest import button_tap, list_choice
from tests.conversation.test_service import known_woman, receive, sent_to
from tests.escalation.conftest import new_phone


def _post(signed_post, form: dict) -> int:
    response = signed_post("/twilio/whatsapp", form)
    assert response.status_code == 200, response.data
    with session_scope() as session:
        return session.scalar(select(Woman.id).where(Woman.phone == form["From"]))


def _state(woman_id: int) -> tuple:
    with session_scope() as session:
        woman = session.get(Woman, woman_id)
        kinds = [e.kind for e in session.scalars(select(ConsentEvent).where(ConsentEvent.woman_id == woman_id))]
        return woman.language, woman.awaiting, woman.consent_at is not None, kinds, woman.prefers_voice


LANGUAGE_BUTTONS = {"fr": ("Français", "1"), "bm": ("Bamanankan", "2"), "voice": ("Messages vocaux", "3")}


def _choose_language(fake_io, signed_post, by_button: bool, choice: str) -> tuple:
    phone = new_phone()
    woman_id = receive(phone, "Bonjour")
    answer_pending(woman_id)  # the welcome and the language question
    title, typed = LANGUAGE_BUTTONS[choice]
    if by_button:
        _post(signed_post, button_tap(phone, f"lang:{choice}", title))
    else:
        receive(phone, typed)
    before = len(sent_to(fake_io, phone))
    answer_pending(woman_id)
    return _state(woman_id), sent_to(fake_io, phone)[before:]


def test_the_language_chosen_by_button_or_by_typing_gives_the_same_result(fake_io, signed_post):
    for language in ("fr", "bm"):
        tapped = _choose_language(fake_io, signed_post, True, language)
        typed = _choose_language(fake_io, signed_post, False, language)
        assert tapped == typed
        state, replies = tapped
        assert state[:3] == (language, None, True)
        assert replies[0] == translate(language, dialogue.LANGUAGE_SET)
    # "3 — messages vocaux": Bambara and voice, by button as by typing.
    tapped = _choose_language(fake_io, signed_post, True, "voice")
    assert tapped == _choose_language(fake_io, signed_post, False, "voice")
    assert tapped[0][:3] == ("bm", None, True) and tapped[0][4] is True


def test_the_tap_is_stored_with_its_button_id_and_text_and_read_as_typed(fake_io, signed_post):
    phone = new_phone()
    answer_pending(receive(phone, "Bonjour"))
    _post(signed_post, button_tap(phone, "lang:bm", "Bamanankan"))
    with session_scope() as session:
        message = session.scalars(select(InboundMessage).order_by(InboundMessage.id.desc())).first()
        assert (message.payload, message.body) == ("lang:bm", "Bamanankan")
        woman_id = message.woman_id
    answer_pending(woman_id)
    with session_scope() as session:
        message = session.scalars(select(InboundMessage).order_by(InboundMessage.id.desc())).first()
        assert (message.payload, message.body, message.intent) == ("lang:bm", "Bamanankan", "set_language")


def test_a_language_button_tapped_later_still_sets_her_language(fake_io, signed_post):
    phone = new_phone()
    woman_id = known_woman(phone, "fr")  # the question is no longer awaited
    _post(signed_post, button_tap(phone, "lang:bm", "Bamanankan"))
    answer_pending(woman_id)
    assert _state(woman_id)[0] == "bm"
    assert fake_io.rasa_calls == []  # not "2" to the model


def test_the_checklist_buttons_answer_the_item_asked(fake_io, signed_post, say):
    phone = new_phone()
    woman_id = known_woman(phone, "bm")
    with session_scope() as session:
        woman = session.get(Woman, woman_id)
        woman.awaiting, woman.checklist_item = "checklist", "companion"
    _post(signed_post, button_tap(phone, "checklist:yes", "Ɔwɔ"))
    answer_pending(woman_id)
    _post(signed_post, button_tap(phone, "checklist:later", "Kɔfɛ"))
    answer_pending(woman_id)
    say(phone, "ayi")  # typing still works between taps
    with session_scope() as session:
        answers = dict(session.execute(select(ChecklistAnswer.item_key, ChecklistAnswer.status).where(
            ChecklistAnswer.woman_id == woman_id)).all())
    assert answers == {"companion": "ready", "savings": "later", "documents": "not_ready"}
    assert fake_io.rasa_calls == []


def test_a_list_item_asks_its_question_in_her_language(fake_io, signed_post):
    for language, typed in (("fr", "liste"), ("bm", "jiginni labɛnni")):
        phone = new_phone()
        woman_id = known_woman(phone, language)
        _post(signed_post, list_choice(phone, "menu:checklist", "Liste accouchement",
                                       "Les choses à préparer pour l'accouchement"))
        answer_pending(woman_id)
        assert fake_io.rasa_calls[-1]["text"] == typed
        assert fake_io.rasa_calls[-1]["metadata"]["language"] == language


def test_an_unknown_button_reads_as_its_text(fake_io, signed_post):
    phone = new_phone()
    woman_id = known_woman(phone, "fr")
    fake_io.rasa_replies = ["réponse"]
    _post(signed_post, button_tap(phone, "promo:2025", "le paludisme"))
    answer_pending(woman_id)
    assert fake_io.rasa_calls[-1]["text"] == "le paludisme"
    assert sent_to(fake_io, phone)[-1] == "réponse"


def test_nonsense_button_fields_are_refused_with_the_reason(signed_post):
    phone = new_phone()
    response = signed_post("/twilio/whatsapp", button_tap(phone, "x" * 201, "Oui"))
    assert response.status_code == 400 and b"ButtonPayload is too long" in response.data
    response = signed_post("/twilio/whatsapp", list_choice(phone, "menu:topic", "T" * 201))
    assert response.status_code == 400 and b"ListTitle is too long" in response.data
    with session_scope() as session:
        assert session.scalar(select(InboundMessage.id)) is None
