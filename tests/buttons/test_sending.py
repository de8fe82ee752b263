"""Inside the 24-hour window the language question, a checklist question and the main menu go as
the synced quick reply or list (ContentSid + ContentVariables); never synced, or outside the
window, the same text goes as before."""
from __future__ import annotations

from datetime import timedelta

from sqlalchemy import select

from bot.content import checklist, dialogue, messages
from bot.content.i18n import translate
from bot.conversation.service import answer_pending, deliver_pending
from bot.db import session_scope
from bot.models import OutboundMessage, TwilioContent, Woman
from bot.models.base import utcnow
from tests.conversation.test_service import known_woman, receive
from tests.escalation.conftest import new_phone

SIDS = {(name, language): f"HX{name[:4]}{language}" + "0" * 24
        for name in ("language_choice", "checklist_question", "main_menu") for language in ("fr", "bm")}


def _synced() -> None:
    with session_scope() as session:
        for (name, language), sid in SIDS.items():
            session.add(TwilioContent(name=name, language=language, sid=sid, digest="x" * 64))


def _to(fake_io, phone: str) -> list[dict]:
    return [m for m in fake_io.sent if m["to"] == phone]


def test_without_synced_templates_the_questions_go_as_text(fake_io):
    phone = new_phone()
    answer_pending(receive(phone, "Bonjour"))
    sent = _to(fake_io, phone)
    assert [m["body"] for m in sent] == [translate("fr", dialogue.WELCOME), translate("fr", dialogue.LANGUAGE_CHOICE)]
    assert all(m["content_sid"] is None for m in sent)
    with session_scope() as session:
        assert session.scalars(select(OutboundMessage.interactive).order_by(OutboundMessage.id)).all() == [
            None, "language_choice"]


def test_inside_the_window_the_three_questions_go_as_buttons_and_a_list(fake_io, say):
    _synced()
    phone = new_phone()
    answer_pending(receive(phone, "Bonjour"))
    welcome, question = _to(fake_io, phone)
    assert welcome["content_sid"] is None  # the welcome stays text
    assert (question["content_sid"], question["content_variables"]) == (SIDS["language_choice", "fr"], {})
    say(phone, "2")
    with session_scope() as session:
        woman = session.scalar(select(Woman).where(Woman.phone == phone))
        woman.awaiting, woman.checklist_item = "checklist", "companion"
    say(phone, "oui")  # the next item's question: its text is the template's variable
    asked = _to(fake_io, phone)[-1]
    assert asked["content_sid"] == SIDS["checklist_question", "bm"]
    assert asked["content_variables"] == {"1": checklist.BY_KEY["savings"].ask("bm")}
    say(phone, "🤔")  # no words: the menu, as a list
    menu = _to(fake_io, phone)[-1]
    assert (menu["content_sid"], menu["content_variables"]) == (SIDS["main_menu", "bm"], {})
    with session_scope() as session:
        row = session.scalars(select(OutboundMessage).order_by(OutboundMessage.id.desc())).first()
        assert (row.interactive, row.body, row.status) == ("main_menu", translate("bm", messages.HELP_MENU), "queued")


def test_outside_the_window_the_question_goes_as_text(fake_io):
    _synced()
    phone = new_phone()
    woman_id = known_woman(phone, "fr")
    now = utcnow()
    with session_scope() as session:
        session.get(Woman, woman_id).last_inbound_at = now - timedelta(hours=25)
        session.add(OutboundMessage(woman_id=woman_id, body=translate("fr", messages.HELP_MENU),
                                    interactive="main_menu"))
    deliver_pending(woman_id, now=now)
    [sent] = _to(fake_io, phone)
    assert (sent["content_sid"], sent["body"]) == (None, translate("fr", messages.HELP_MENU))
    # The same reply an hour after her message: the list.
    with session_scope() as session:
        session.get(Woman, woman_id).last_inbound_at = now - timedelta(hours=1)
        session.add(OutboundMessage(woman_id=woman_id, body=translate("fr", messages.HELP_MENU),
                                    interactive="main_menu"))
    deliver_pending(woman_id, now=now)
    assert _to(fake_io, phone)[-1]["content_sid"] == SIDS["main_menu", "fr"]
