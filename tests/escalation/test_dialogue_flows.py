"""The worker's deterministic path (triage) in both languages: danger first, STOP/START,
first contact and the language choice, bad input — with Rasa and Twilio replaced by recorders."""
from __future__ import annotations

import logging

from sqlalchemy import select

from bot.content import dialogue, messages
from bot.content.danger import danger_reply
from bot.content.i18n import translate
from bot.db import session_scope
from bot.models import ConsentEvent, Cscom, Escalation, StaffAlert, StaffMember, Woman
from tests.escalation.conftest import new_phone


def woman(phone: str) -> Woman:
    with session_scope() as session:
        return session.scalar(select(Woman).where(Woman.phone == phone))


def escalations(phone: str) -> list[Escalation]:
    with session_scope() as session:
        w = session.scalar(select(Woman).where(Woman.phone == phone))
        return list(session.scalars(select(Escalation).where(Escalation.woman_id == w.id)))


def add_midwife(phone: str = "whatsapp:+22370000001", cscom_id: int | None = None, **kw) -> int:
    with session_scope() as session:
        staff = StaffMember(name="Awa", phone=phone, role="midwife", on_duty=True, cscom_id=cscom_id, **kw)
        session.add(staff)
        session.flush()
        return staff.id


# --- danger signs ------------------------------------------------------------------------------

def test_danger_in_a_first_message_is_answered_before_any_welcome_and_alerts_the_midwife(say, fake_io):
    add_midwife()
    phone = new_phone()
    bodies = say(phone, "Je saigne beaucoup depuis ce matin")
    assert bodies == [danger_reply("fr")]
    assert fake_io.rasa_calls == []  # never a FAQ: the model is not even asked
    [esc] = escalations(phone)
    assert (esc.urgency, esc.reason, esc.status) == ("urgent", "danger_sign", "open")
    assert esc.message == "Je saigne beaucoup depuis ce matin"
    assert esc.context[-1] | {"at": None} == {"from": "woman", "text": esc.message, "at": None}
    assert esc.alerted_at is not None
    [alert] = [m for m in fake_io.sent if m["to"] == "whatsapp:+22370000001"]
    assert "Je saigne beaucoup" in alert["body"] and f"/staff/escalations/{esc.id}" in alert["body"]
    # Her reply went out before the midwife's alert.
    order = [m["to"] for m in fake_io.sent]
    assert order.index(phone) < order.index("whatsapp:+22370000001")


def test_danger_in_bambara_names_her_cscom_and_its_phone(say, fake_io):
    with session_scope() as session:
        cscom = Cscom(name="Sotuba", phone="+223 20 00 00 00")
        session.add(cscom)
        session.flush()
        cscom_id = cscom.id
    phone = new_phone()
    say(phone, "i ni ce")
    with session_scope() as session:
        session.scalar(select(Woman).where(Woman.phone == phone)).cscom_id = cscom_id
    say(phone, "2")
    bodies = say(phone, "joli bɛ bɔ n na")
    assert bodies == [danger_reply("bm", "Sotuba", "+223 20 00 00 00")]
    [esc] = escalations(phone)
    assert esc.cscom_id == cscom_id and esc.urgency == "urgent"


def test_her_cscom_midwife_is_preferred_and_outside_24h_the_template_is_used(say, fake_io, monkeypatch):
    monkeypatch.setenv("MIDWIFE_ALERT_CONTENT_SID", "HX" + "a" * 32)
    with session_scope() as session:
        cscom = Cscom(name="Sikoro", phone="+223 20 11 11 11")
        session.add(cscom)
        session.flush()
        cscom_id = cscom.id
    add_midwife("whatsapp:+22370000002")  # covers every CSCom
    add_midwife("whatsapp:+22370000003", cscom_id=cscom_id)
    phone = new_phone()
    say(phone, "bonjour")
    with session_scope() as session:
        session.scalar(select(Woman).where(Woman.phone == phone)).cscom_id = cscom_id
    say(phone, "le bébé ne bouge plus")
    [alert] = [m for m in fake_io.sent if m["to"].startswith("whatsapp:+2237000000")]
    assert alert["to"] == "whatsapp:+22370000003"
    assert alert["content_sid"] == "HX" + "a" * 32 and alert["body"] is None
    assert alert["content_variables"]["1"] == "le bébé ne bouge plus"
    with session_scope() as session:
        [row] = session.scalars(select(StaffAlert)).all()
        assert row.kind == "template" and row.status == "queued"


def test_no_midwife_on_duty_is_a_warning_without_any_phone_number(say, fake_io, caplog):
    phone = new_phone()
    with caplog.at_level(logging.WARNING):
        bodies = say(phone, "j'ai des convulsions")
    assert bodies == [danger_reply("fr")]
    assert "no on-duty midwife" in caplog.text
    assert phone.removeprefix("whatsapp:+") not in caplog.text
    [esc] = escalations(phone)
    assert esc.alerted_at is None  # the sweep will try again when someone is on duty


# --- opt-out / opt-in --------------------------------------------------------------------------

def test_stop_in_any_spelling_opts_out_and_start_resumes_with_a_consent_log(say, fake_io):
    for keyword in ("STOP", "Arrêt !", "a dabila", "ARRET"):
        phone = new_phone()
        bodies = say(phone, keyword)
        assert bodies == [translate(woman(phone).reply_language, dialogue.OPTED_OUT)], keyword
        assert woman(phone).opted_out
    assert fake_io.rasa_calls == []
    bodies = say(phone, "commencer")
    w = woman(phone)
    assert not w.opted_out and w.consent_at is not None
    assert bodies == [translate(w.reply_language, dialogue.OPTED_IN)]
    with session_scope() as session:
        kinds = [e.kind for e in session.scalars(select(ConsentEvent).where(ConsentEvent.woman_id == w.id)
                                                 .order_by(ConsentEvent.id))]
    assert kinds == ["opt_out", "opt_in", "consent"]


def test_stop_in_bambara_is_confirmed_in_bambara(say):
    phone = new_phone()
    say(phone, "i ni ce")
    say(phone, "2")
    assert say(phone, "A DABILA") == [translate("bm", dialogue.OPTED_OUT)]
    assert woman(phone).opted_out and woman(phone).phone == phone  # her record is kept
    assert say(phone, "START") == [translate("bm", dialogue.OPTED_IN)]


# --- first contact and the language choice --------------------------------------------------------

def test_first_contact_welcomes_in_the_detected_language_and_2_switches_to_bambara(say, fake_io):
    phone = new_phone()
    fake_io.rasa_replies = []  # the greeting stays silent on first contact
    bodies = say(phone, "Bonjour")
    assert bodies == [translate("fr", dialogue.WELCOME), translate("fr", dialogue.LANGUAGE_CHOICE)]
    assert fake_io.rasa_calls[-1]["metadata"]["first_contact"] is True
    w = woman(phone)
    assert (w.language, w.awaiting, w.consent_at) == ("fr", "language", None)
    assert say(phone, "2") == [translate("bm", dialogue.LANGUAGE_SET)]
    w = woman(phone)
    assert (w.language, w.awaiting) == ("bm", None) and w.consent_at is not None
    with session_scope() as session:
        [event] = session.scalars(select(ConsentEvent).where(ConsentEvent.woman_id == w.id)).all()
        assert (event.kind, event.source) == ("consent", "language_choice")


def test_first_contact_in_bambara_is_welcomed_in_bambara_and_1_switches_to_french(say, fake_io):
    phone = new_phone()
    bodies = say(phone, "I ni ce, i ka kɛnɛ wa?")
    assert bodies[:2] == [translate("bm", dialogue.WELCOME), translate("bm", dialogue.LANGUAGE_CHOICE)]
    assert say(phone, "1.") == [translate("fr", dialogue.LANGUAGE_SET)]
    assert woman(phone).language == "fr"


def test_a_number_that_is_not_a_choice_asks_the_choice_again(say):
    phone = new_phone()
    say(phone, "bonjour")
    assert say(phone, "4")  # 1, 2 and 3 (voice messages) are the choices == [translate("fr", dialogue.LANGUAGE_CHOICE)]
    assert woman(phone).awaiting == "language"


def test_carrying_on_without_choosing_keeps_the_detected_language_and_records_consent(say, fake_io):
    phone = new_phone()
    say(phone, "bonjour")
    fake_io.rasa_replies = ["(faq answer)"]
    assert say(phone, "comment éviter le paludisme") == ["(faq answer)"]
    w = woman(phone)
    assert (w.language, w.awaiting) == ("fr", None) and w.consent_at is not None
    assert fake_io.rasa_calls[-1]["metadata"]["language"] == "fr"


# --- bad input -----------------------------------------------------------------------------------

def test_only_emoji_gets_the_menu(say, fake_io):
    phone = new_phone()
    say(phone, "bonjour")
    say(phone, "1")
    calls = len(fake_io.rasa_calls)
    assert say(phone, "🙏🙏😊") == [translate("fr", messages.HELP_MENU)]
    assert len(fake_io.rasa_calls) == calls


def test_a_very_long_question_goes_to_a_midwife(say, fake_io):
    phone = new_phone()
    say(phone, "bonjour")
    say(phone, "1")
    long_text = "Bonjour madame, je voudrais vous expliquer ma situation. " * 20
    assert say(phone, long_text) == [translate("fr", dialogue.ESCALATED)]
    [esc] = escalations(phone)
    assert (esc.urgency, esc.reason) == ("normal", "long_message")


def test_silence_from_rasa_still_gets_an_answer(say, fake_io):
    phone = new_phone()
    say(phone, "bonjour")
    say(phone, "1")
    fake_io.rasa_replies = []
    assert say(phone, "xyz abc") == [translate("fr", messages.NOT_UNDERSTOOD)]
