"""WhatsApp → Flask → queue → Rasa → action server → Twilio (mock), with every part a real process."""
from __future__ import annotations

import time
import uuid

import pytest
import requests
from sqlalchemy import select

from bot.content import dialogue, messages
from bot.content.i18n import translate

from tests.support.stack import STAFF_PASSWORD, STAFF_USER
from tests.support.twilio_mock import new_message_sid as sid
from tests.support.twilio_mock import new_whatsapp_number as phone

pytestmark = pytest.mark.rasa


def sent_to(mock, number: str) -> list[str]:
    return [r.form["Body"] for r in mock.sent_to(number)]


def wait_replies(mock, number: str, count: int, timeout: float = 30) -> list[str]:
    return [r.form["Body"] for r in mock.wait_for(number, count, timeout)]


def test_bonjour_on_whatsapp_is_answered_through_the_messages_api(live):
    number = phone()
    response = live.post_whatsapp({"MessageSid": sid(), "From": number, "To": "whatsapp:+14155238886",
                                   "Body": "Bonjour", "NumMedia": "0"})
    assert response.status_code == 200
    # A first message is answered by the welcome and the language choice (issue 4).
    bodies = wait_replies(live.twilio, number, 2)
    assert bodies == [translate("fr", dialogue.WELCOME), translate("fr", dialogue.LANGUAGE_CHOICE)]
    request = [r for r in live.twilio.messages() if r.form["To"] == number][0]
    assert request.form["From"] == "whatsapp:+14155238886"
    assert request.form["StatusCallback"] == "https://jigiya.example.org/twilio/status"


def test_bambara_greeting_is_answered(live):
    number = phone()
    live.post_whatsapp({"MessageSid": sid(), "From": number, "Body": "I ni ce", "NumMedia": "0"})
    body = wait_replies(live.twilio, number, 2)[0]
    assert body in (translate("bm", dialogue.WELCOME), translate("fr", dialogue.WELCOME))


def test_twilio_retry_never_produces_a_second_reply(live):
    number, message_sid = phone(), sid()
    form = {"MessageSid": message_sid, "From": number, "Body": "Bonjour", "NumMedia": "0"}
    assert live.post_whatsapp(form).status_code == 200
    wait_replies(live.twilio, number, 2)  # welcome + language choice
    assert live.post_whatsapp(form).status_code == 200
    # Her messages are answered in order: once her next message is answered, a wrongly queued
    # second answer to the retried one would already be there.
    live.post_whatsapp({"MessageSid": sid(), "From": number, "Body": "merci", "NumMedia": "0"})
    bodies = wait_replies(live.twilio, number, 3)
    assert bodies[2:] == [translate("fr", messages.YOU_ARE_WELCOME)]
    assert len(sent_to(live.twilio, number)) == 3


def test_a_voice_note_as_first_message_is_welcomed_and_told_a_midwife_will_listen(live):
    number = phone()
    live.post_whatsapp({"MessageSid": sid(), "From": number, "Body": "", "NumMedia": "1",
                        "MediaUrl0": "https://api.twilio.com/media/ME1", "MediaContentType0": "audio/ogg"})
    bodies = wait_replies(live.twilio, number, 3)
    # Those who speak first are mostly Bambara speakers who may not read: welcomed in Bambara.
    assert bodies == [translate("bm", m) for m in (dialogue.WELCOME, dialogue.LANGUAGE_CHOICE,
                                                   messages.VOICE_RECEIVED)]


def test_one_womans_messages_are_answered_in_the_order_they_arrived(live):
    number = phone()
    for text in ("Bonjour", "merci", "au revoir"):
        live.post_whatsapp({"MessageSid": sid(), "From": number, "Body": text, "NumMedia": "0"})
    bodies = wait_replies(live.twilio, number, 4)
    assert bodies == [translate("fr", m) for m in (dialogue.WELCOME, dialogue.LANGUAGE_CHOICE,
                                                   messages.YOU_ARE_WELCOME, messages.GOODBYE)]


def test_message_waits_while_rasa_is_down_and_is_answered_when_it_is_back(live):
    number = phone()
    live.post_whatsapp({"MessageSid": sid(), "From": number, "Body": "Bonjour", "NumMedia": "0"})
    wait_replies(live.twilio, number, 2)  # welcome + language choice
    live.rasa.down = True
    try:
        live.post_whatsapp({"MessageSid": sid(), "From": number, "Body": "merci", "NumMedia": "0"})
        health = requests.get(f"{live.web_url}/healthz", timeout=5)
        assert health.status_code == 503 and "Rasa" in health.json()["checks"]["rasa"]
        time.sleep(4)  # several retries hit the outage
        assert len(sent_to(live.twilio, number)) == 2
    finally:
        live.rasa.down = False
    bodies = wait_replies(live.twilio, number, 3, timeout=90)
    assert bodies[2] == translate("fr", messages.YOU_ARE_WELCOME)


def test_healthz_is_200_when_everything_is_up(live):
    response = requests.get(f"{live.web_url}/healthz", timeout=5)
    assert response.status_code == 200
    assert response.json()["checks"] == {"database": "ok", "queue": "ok", "rasa": "ok"}


def test_simulator_goes_through_the_same_path_and_never_calls_twilio(live):
    number = "+22379" + str(uuid.uuid4().int)[:6]
    session = requests.Session()
    # The stack has Twilio credentials: its simulator is for signed-in staff (SIMULATOR_ENABLED=1).
    assert session.get(f"{live.web_url}/simulator/", timeout=5, allow_redirects=False).status_code == 302
    login = session.get(f"{live.web_url}/staff/login", timeout=5)
    token = login.text.split('name="csrf_token" value="')[1].split('"')[0]
    # The stack believes it is behind a TLS proxy (PUBLIC_BASE_URL is https), so its session
    # cookie is Secure; over the test's plain HTTP we hand it back explicitly.
    session.headers["Cookie"] = f"session={login.cookies['session']}"
    signed_in = session.post(f"{live.web_url}/staff/login", timeout=5, allow_redirects=False,
                             data={"username": STAFF_USER, "password": STAFF_PASSWORD, "csrf_token": token})
    assert signed_in.status_code == 302
    session.headers["Cookie"] = f"session={signed_in.cookies['session']}"
    page = session.get(f"{live.web_url}/simulator/", timeout=5)
    assert page.status_code == 200
    token = page.text.split('name="csrf_token" value="')[1].split('"')[0]
    session.headers["Cookie"] = f"session={page.cookies.get('session') or signed_in.cookies['session']}"
    response = session.post(f"{live.web_url}/simulator/messages", data={"phone": number, "text": "Bonjour",
                                                                        "csrf_token": token}, timeout=5)
    assert response.status_code == 202
    deadline = time.monotonic() + 30
    conversation = []
    while time.monotonic() < deadline:
        conversation = session.get(f"{live.web_url}/simulator/messages", params={"phone": number}, timeout=5).json()["messages"]
        if any(m["from"] == "bot" for m in conversation):
            break
        time.sleep(0.2)
    assert [m["from"] for m in conversation][:2] == ["woman", "bot"]
    assert conversation[1]["text"] == translate("fr", dialogue.WELCOME)
    assert conversation[1]["status"] == "simulated"
    assert not any(number[1:] in (r.form.get("To") or "") for r in live.twilio.requests)


def test_the_reply_comes_from_our_action_server_over_rasas_action_protocol(live):
    """rasa_sdk on this Python serves Rasa 3.6's custom-action calls: the tracker shows it ran."""
    number = phone()
    live.post_whatsapp({"MessageSid": sid(), "From": number, "Body": "Bonjour", "NumMedia": "0"})
    wait_replies(live.twilio, number, 2)  # the welcome is sent by the worker, before Rasa answers
    live.post_whatsapp({"MessageSid": sid(), "From": number, "Body": "merci", "NumMedia": "0"})
    wait_replies(live.twilio, number, 3)  # answered in order: Rasa has handled "Bonjour" too
    from sqlalchemy import create_engine

    engine = create_engine(f"sqlite:///{live.instance / 'jigiya.db'}")
    with engine.connect() as connection:
        public_id = connection.execute(
            select(__import__("bot.models", fromlist=["Woman"]).Woman.public_id).where(
                __import__("bot.models", fromlist=["Woman"]).Woman.phone == number)
        ).scalar_one()
    rasa_port = live.env["RASA_PORT"]
    tracker = requests.get(f"http://127.0.0.1:{rasa_port}/conversations/{public_id}/tracker", timeout=5,
                           params={"token": live.env["RASA_AUTH_TOKEN"]}).json()
    # Rasa's API wants its --auth-token; the action server answered Rasa, who sent its token.
    assert requests.get(f"http://127.0.0.1:{rasa_port}/conversations/{public_id}/tracker",
                        timeout=5).status_code == 401
    action_port = live.env["ACTION_PORT"]
    assert requests.post(f"http://127.0.0.1:{action_port}/webhook", json={}, timeout=5).status_code == 401
    actions = [e["name"] for e in tracker["events"] if e["event"] == "action"]
    assert "action_greet" in actions and "action_thank" in actions
    assert tracker["latest_message"]["intent"]["name"] == "thank"


def test_phone_numbers_never_reach_the_logs(live):
    number = phone()
    live.post_whatsapp({"MessageSid": sid(), "From": number, "Body": "Bonjour", "NumMedia": "0"})
    wait_replies(live.twilio, number, 1)
    digits = number.removeprefix("whatsapp:+")
    for name in ("web", "worker", "actions", "rasa"):
        assert digits not in live.log_text(name), f"{name} logged a phone number"
