"""End to end, every part a real process (Rasa, action server, worker, web, Twilio mock):
a danger sign of the mother or of the baby reaches the woman and the on-duty midwife, with the
escalation row; a covered question gets its answer, an uncovered health question a midwife, an
off-topic one the short reply (issue 17); STOP, the welcome and the midwife's queue behave the
same way in French and Bambara."""
from __future__ import annotations

import time

import pytest
from sqlalchemy import create_engine, text

from bot.content import dialogue, messages
from bot.content.danger import danger_reply
from bot.content.faq import faq_answer
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


@pytest.mark.parametrize("language,body,baby", [
    ("fr", "Je saigne beaucoup depuis ce matin", False),
    ("bm", "joli bɛ bɔ n na kabini sɔgɔma", False),
    # The baby's danger signs: the "bring the baby" reply, an urgent case all the same.
    ("fr", "mon bébé de 5 jours ne tète plus depuis hier soir", True),
    ("bm", "n ka denyɛrɛnin tɛ sin min kabini sɔgɔma", True),
])
def test_danger_sign_reaches_her_and_the_on_duty_midwife_within_5_seconds(live, language, body, baby):
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
    named = cscoms[0] if len(cscoms) == 1 else ()
    expected = danger_reply(language, *named, text=body)
    assert reply.form["Body"] == expected
    assert (expected != danger_reply(language, *named)) == baby  # the baby's reply, not the mother's
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


def woman_past_first_contact(live, language: str) -> str:
    """A new woman who said hello and chose her language (the welcome's two messages, then the choice)."""
    woman = phone()
    post(live, woman, "Bonjour")
    live.twilio.wait_for(woman, 2)
    post(live, woman, {"fr": "1", "bm": "2"}[language])
    assert live.twilio.wait_for(woman, 3)[-1].form["Body"] == translate(language, dialogue.LANGUAGE_SET)
    return woman


@pytest.mark.parametrize("language,body,key", [
    ("fr", "combien de cpn je dois faire pendant ma grossesse", "antenatal_visits"),
    ("bm", "moustiquaire ka ɲi musokɔnɔma ma wa?", "malaria_prevention"),
])
def test_a_covered_question_gets_its_reviewed_answer(live, language, body, key):
    woman = woman_past_first_contact(live, language)
    post(live, woman, body)
    # Rasa's REST channel sends each paragraph as its own message: the answer, then the midwife line.
    paragraphs = faq_answer(key, language).split("\n\n")
    answer = live.twilio.wait_for(woman, 3 + len(paragraphs))[3:3 + len(paragraphs)]
    assert [message.form["Body"] for message in answer] == paragraphs
    # Not sent to a midwife as an uncovered question (an unsure selector may add a reading, never instead).
    assert all(reason != "health_other" for _, reason, *_ in escalations_of(live, woman))


@pytest.mark.parametrize("language,body", [
    ("fr", "je suis diabétique depuis 3 ans et maintenant enceinte, est-ce risqué pour moi ?"),
    ("bm", "diabète bɛ n na kabini san saba, n ye kɔnɔ ta"),
])
def test_an_uncovered_health_question_opens_a_case_and_she_is_told_a_midwife_will_answer(live, language, body):
    woman = woman_past_first_contact(live, language)
    post(live, woman, body)
    reply = live.twilio.wait_for(woman, 4)[3]
    assert reply.form["Body"] == translate(language, dialogue.ESCALATED)
    [(urgency, reason, status, message, _)] = escalations_of(live, woman)
    assert (urgency, reason, status, message) == ("normal", "health_other", "open", body)


def test_an_off_topic_message_keeps_the_short_reply_and_opens_no_case(live):
    woman = woman_past_first_contact(live, "fr")
    post(live, woman, "tu connais un bon tailleur pour les habits de fête ?")
    assert live.twilio.wait_for(woman, 4)[3].form["Body"] == translate("fr", messages.OUT_OF_SCOPE)
    assert escalations_of(live, woman) == []
