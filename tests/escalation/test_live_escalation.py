"""End to end, every part a real process (Rasa, action server, worker, web, Twilio mock):
a danger sign reaches the woman and the on-duty midwife within 5 seconds, with the escalation row;
STOP, the welcome and the midwife's queue behave the same way in French and Bambara."""
from __future__ import annotations

import time

import pytest
from sqlalchemy import create_engine, text

from bot.content import dialogue
from bot.content.danger import danger_reply
from bot.content.i18n import translate

from tests.support.twilio_mock import new_message_sid as sid
from tests.support.twilio_mock import new_whatsapp_number as phone

pytestmark = pytest.mark.rasa


def db(live):
    return create_engine(f"sqlite:///{live.instance / 'jigiya.db'}")


def add_midwife(live) -> str:
    number = phone()
    with db(live).begin() as connection:
        # Only this test's midwife is on duty.
        connection.execute(text("UPDATE staff_members SET on_duty = 0"))
        connection.execute(text(
            "INSERT INTO staff_members (name, phone, role, on_duty, active, created_at) "
            "VALUES ('Awa', :phone, 'midwife', 1, 1, CURRENT_TIMESTAMP)"), {"phone": number})
    return number


def escalations_of(live, number: str) -> list:
    with db(live).connect() as connection:
        return connection.execute(text(
            "SELECT e.urgency, e.reason, e.status, e.message, e.alerted_at FROM escalations e "
            "JOIN women w ON w.id = e.woman_id WHERE w.phone = :phone ORDER BY e.id"),
            {"phone": number}).all()


def wait_db(live, query: str, params: dict, timeout: float = 10):
    """The row the worker commits just after the mock has seen the message."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        with db(live).connect() as connection:
            value = connection.execute(text(query), params).scalar()
        if value:
            return value
        time.sleep(0.05)
    raise AssertionError(f"nothing for {query}")


def post(live, number: str, body: str) -> float:
    started = time.monotonic()
    assert live.post_whatsapp({"MessageSid": sid(), "From": number, "Body": body, "NumMedia": "0"}).status_code == 200
    return started


@pytest.mark.parametrize("language,body", [("fr", "Je saigne beaucoup depuis ce matin"),
                                           ("bm", "joli bɛ bɔ n na kabini sɔgɔma")])
def test_danger_sign_reaches_her_and_the_on_duty_midwife_within_5_seconds(live, language, body):
    midwife, woman = add_midwife(live), phone()
    started = post(live, woman, body)
    [reply] = live.twilio.wait_for(woman, 1, timeout=10)
    [alert] = live.twilio.wait_for(midwife, 1, timeout=10)
    to_woman, to_midwife = reply.at - started, alert.at - started
    print(f"\n[{language}] inbound → woman's reply at the mock: {to_woman:.2f}s, → midwife alert: {to_midwife:.2f}s")
    # The 5 s target is measured by benchmarks/danger.py (docs/benchmarks.md), not asserted here:
    # a timed assertion fails on a loaded machine. Here: both arrive, her reply first.
    assert reply.at <= alert.at  # her reply first
    # Her CSCom is named when it is known (the only CSCom is hers: after `seed-demo`, Sotuba).
    with db(live).connect() as connection:
        cscoms = connection.execute(text("SELECT name, phone FROM cscoms")).all()
    expected = danger_reply(language, *cscoms[0]) if len(cscoms) == 1 else danger_reply(language)
    assert reply.form["Body"] == expected
    assert body in alert.form["Body"] and "/staff/escalations/" in alert.form["Body"]
    [(urgency, reason, status, message, _)] = escalations_of(live, woman)
    assert (urgency, reason, status, message) == ("urgent", "danger_sign", "open", body)
    wait_db(live, "SELECT e.alerted_at FROM escalations e JOIN women w ON w.id = e.woman_id "
                  "WHERE w.phone = :phone", {"phone": woman})
    # No welcome, no FAQ after the danger reply: once her message is handled and nothing of hers
    # waits to be sent, the danger reply is all she has.
    wait_db(live, "SELECT count(*) FROM inbound_messages i JOIN women w ON w.id = i.woman_id "
                  "WHERE w.phone = :phone AND i.status = 'answered' AND NOT EXISTS ("
                  "SELECT 1 FROM outbound_messages o WHERE o.woman_id = w.id AND o.status = 'pending')",
            {"phone": woman})
    assert len(live.twilio.sent_to(woman)) == 1


@pytest.mark.parametrize("keyword,language", [("STOP", "fr"), ("A dabila", "bm")])
def test_stop_is_confirmed_and_recorded_even_when_rasa_is_down(live, keyword, language):
    woman = phone()
    post(live, woman, "bonjour" if language == "fr" else "i ni ce, i ka kɛnɛ wa")
    live.twilio.wait_for(woman, 2)
    # Her messages are answered in order: let Rasa finish the first one (the silent greeting).
    wait_db(live, "SELECT count(*) FROM inbound_messages i JOIN women w ON w.id = i.woman_id "
                  "WHERE w.phone = :phone AND i.status = 'answered'", {"phone": woman})
    live.rasa.down = True
    try:
        post(live, woman, keyword)
        [*_, confirmation] = live.twilio.wait_for(woman, 3)
    finally:
        live.rasa.down = False
    assert confirmation.form["Body"] == translate(language, dialogue.OPTED_OUT)
    with db(live).connect() as connection:
        opted_out, kinds = connection.execute(text(
            "SELECT w.opted_out, group_concat(c.kind) FROM women w JOIN consent_events c ON c.woman_id = w.id "
            "WHERE w.phone = :phone"), {"phone": woman}).one()
    assert opted_out and "opt_out" in kinds


def test_first_contact_welcome_then_language_choice_then_the_midwife_queue(live):
    woman = phone()
    post(live, woman, "Bonjour")
    welcome, choice = live.twilio.wait_for(woman, 2)
    assert welcome.form["Body"] == translate("fr", dialogue.WELCOME)
    assert choice.form["Body"] == translate("fr", dialogue.LANGUAGE_CHOICE)
    post(live, woman, "2")
    assert live.twilio.wait_for(woman, 3)[-1].form["Body"] == translate("bm", dialogue.LANGUAGE_SET)
    post(live, woman, "n b'a fɛ ka kuma sage-femme fɛ")
    assert live.twilio.wait_for(woman, 4)[-1].form["Body"] == translate("bm", dialogue.ESCALATED)
    [(urgency, reason, status, *_)] = escalations_of(live, woman)
    assert (urgency, reason, status) == ("normal", "ask_midwife", "open")
