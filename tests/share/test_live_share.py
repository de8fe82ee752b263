"""The SHARE flows through every real process (gunicorn, worker, Rasa, actions) and the Twilio mock:
a woman joins the demo group, asks the month's topic and the next meeting, walks half the delivery
checklist, every process restarts, and she resumes where she was and finishes — fr and bm."""
from __future__ import annotations

import subprocess
import time

import pytest
from sqlalchemy import create_engine
from sqlalchemy import text as sql

from bot.content import checklist, share
from bot.content.i18n import translate
from tests.support.stack import PROCFILE, ROOT, VENV_BIN
from tests.support.twilio_mock import new_message_sid as sid
from tests.support.twilio_mock import new_whatsapp_number as phone
from tests.support.twilio_mock import wait_http

pytestmark = pytest.mark.rasa


@pytest.fixture(scope="module")
def demo(stack):
    subprocess.run([str(VENV_BIN / "flask"), "--app", "webhook", "seed-demo", "--if-empty"], cwd=ROOT,
                   env=stack.env, check=True, capture_output=True)
    return stack


def answers(stack, number: str) -> list[str]:
    """What she received in answer to her messages. The worker's scheduler runs on the real clock:
    the month's topic (pushed from the 1st to the 3rd) or a meeting reminder may reach her at any
    point of the conversation, so pushes (stored before they are sent) are left out."""
    database = create_engine(f"sqlite:///{stack.instance / 'jigiya.db'}")
    with database.connect() as connection:
        pushes = set(connection.execute(sql(
            "SELECT o.body FROM outbound_messages o JOIN women w ON w.id = o.woman_id "
            "WHERE w.phone = :phone AND o.kind <> 'reply'"), {"phone": number}).scalars())
    database.dispose()
    return [r.form["Body"] for r in stack.twilio.sent_to(number) if r.form.get("Body") not in pushes]


def converse(stack, number: str, text: str, expect: int) -> list[str]:
    before = len(answers(stack, number))
    assert stack.post_whatsapp({"MessageSid": sid(), "From": number, "Body": text, "NumMedia": "0"}).status_code == 200
    deadline = time.monotonic() + 60
    while len(replies := answers(stack, number)) < before + expect:
        assert time.monotonic() < deadline, f"{len(replies) - before} answers to {text!r}, expected {expect}"
        time.sleep(0.05)
    return replies[before:]


def restart_every_process(stack) -> None:
    for name in PROCFILE:
        stack.stop(name)
    for name in PROCFILE:
        stack.start_process(name)
    env = stack.env
    wait_http(f"http://127.0.0.1:{env['ACTION_PORT']}/health", 60, ok=lambda r: r.ok)
    wait_http(f"http://127.0.0.1:{env['RASA_PORT']}/status?token={env['RASA_AUTH_TOKEN']}", 180,
              ok=lambda r: r.ok and bool(r.json().get("model_file")))
    wait_http(f"{stack.web_url}/healthz", 60, ok=lambda r: r.status_code == 200)


CASES = {
    "fr": {"choice": "1", "topic": "c'est quoi le thème du mois", "meeting": "c'est quand la prochaine réunion",
           "list": "je veux me préparer pour l'accouchement", "resume": "liste", "yes": "oui", "no": "non"},
    "bm": {"choice": "2", "topic": "kalo in na baro ye mun ye", "meeting": "nyogonye be ke tuma jumen",
           "list": "jiginni labenni", "resume": "liste", "yes": "awo", "no": "ayi"},
}


def test_topic_meeting_and_checklist_across_a_restart_of_every_process(live, demo):
    numbers = {language: phone() for language in CASES}
    for language, says in CASES.items():
        number = numbers[language]
        joined = converse(live, number, "SHARE SOTUBA", 3)  # welcome, language choice, joined
        # "SHARE SOTUBA" says nothing of her language: the welcome's guess, corrected by her choice.
        assert joined[-1] in {translate(lang, share.JOINED, group="SHARE Sotuba") for lang in CASES}
        converse(live, number, says["choice"], 1)
        [topic] = converse(live, number, says["topic"], 1)
        assert topic.startswith(translate(language, share.TOPIC_OF_MONTH, month=topic.split("(")[1].split(")")[0]))
        [meeting] = converse(live, number, says["meeting"], 1)
        assert "SHARE Sotuba" in meeting and "Cour de la présidente, Sotuba" in meeting and "15:00" in meeting
        assert converse(live, number, says["list"], 2) == [translate(language, checklist.INTRO),
                                                          checklist.ITEMS[0].ask(language)]
        assert converse(live, number, says["yes"], 1) == [checklist.ITEMS[1].ask(language)]
        assert converse(live, number, says["no"], 1) == [checklist.ITEMS[2].ask(language)]
        assert converse(live, number, says["yes"], 1) == [checklist.ITEMS[3].ask(language)]

    restart_every_process(live)

    for language, says in CASES.items():
        number = numbers[language]
        open_keys = [item.key for item in checklist.ITEMS if item.key not in ("companion", "documents")]
        assert converse(live, number, says["resume"], 2) == [checklist.remaining_text(language, open_keys),
                                                            checklist.ITEMS[1].ask(language)]
        for item in open_keys[1:]:
            assert converse(live, number, says["yes"], 1) == [checklist.BY_KEY[item].ask(language)]
        done = converse(live, number, says["yes"], 3)
        assert done[0] == translate(language, checklist.DONE)
        assert done[2] == translate(language, share.CSCOM_PHONE, cscom="Sotuba", phone="+223 20 00 00 00")
