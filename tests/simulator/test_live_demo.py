"""The demo loop through every real process (issue 13, item 7): after `flask seed-demo`, a danger sign
written in the simulator as a woman reaches the demo midwife's simulator number with the case link
within 5 s, and her OK there acknowledges it."""
from __future__ import annotations

import subprocess
import time
import uuid

import pytest
import requests
from sqlalchemy import create_engine, text

from bot.share.cli import DEMO_MIDWIFE_NUMBER
from tests.support.stack import ROOT, STAFF_PASSWORD, STAFF_USER, VENV_BIN

pytestmark = pytest.mark.rasa


def _signed_in_simulator(web_url: str) -> tuple[requests.Session, str]:
    session = requests.Session()
    login = session.get(f"{web_url}/staff/login", timeout=5)
    token = login.text.split('name="csrf_token" value="')[1].split('"')[0]
    # PUBLIC_BASE_URL is https: the session cookie is Secure; over plain HTTP it is handed back by hand.
    session.headers["Cookie"] = f"session={login.cookies['session']}"
    signed_in = session.post(f"{web_url}/staff/login", timeout=5, allow_redirects=False,
                             data={"username": STAFF_USER, "password": STAFF_PASSWORD, "csrf_token": token})
    session.headers["Cookie"] = f"session={signed_in.cookies['session']}"
    page = session.get(f"{web_url}/simulator/", timeout=5)
    token = page.text.split('name="csrf_token" value="')[1].split('"')[0]
    session.headers["Cookie"] = f"session={page.cookies.get('session') or signed_in.cookies['session']}"
    return session, token


def _until(read, check, timeout: float = 10):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        value = read()
        if check(value):
            return value
        time.sleep(0.1)
    raise AssertionError(f"not seen within {timeout} s: {value!r}")


def test_a_danger_sign_reaches_the_demo_midwife_in_the_simulator_and_her_ok_acknowledges_it(live):
    subprocess.run([str(VENV_BIN / "flask"), "--app", "webhook", "seed-demo", "--if-empty"], cwd=ROOT,
                   env=live.env, check=True, capture_output=True)
    database = create_engine(f"sqlite:///{live.instance / 'jigiya.db'}")
    with database.begin() as connection:  # another test may have taken her off duty
        connection.execute(text("UPDATE staff_members SET on_duty = 1 WHERE username = 'sagefemme'"))
    session, token = _signed_in_simulator(live.web_url)

    def say(number: str, body: str) -> None:
        response = session.post(f"{live.web_url}/simulator/messages", timeout=5,
                                data={"phone": number, "text": body, "csrf_token": token})
        assert response.status_code == 202

    def conversation(number: str) -> list[dict]:
        return session.get(f"{live.web_url}/simulator/messages", params={"phone": number}, timeout=5).json()["messages"]

    woman = "+22379" + str(uuid.uuid4().int)[:6]
    body = f"Je saigne beaucoup depuis ce matin {uuid.uuid4().hex[:4]}"
    started = time.monotonic()
    say(woman, body)
    alerts = _until(lambda: [m for m in conversation(DEMO_MIDWIFE_NUMBER) if body in m["text"]], bool)
    took = time.monotonic() - started
    print(f"\ndanger sign in the simulator → the demo midwife's simulator conversation: {took:.2f} s")
    # (the 5 s target is a benchmark figure, docs/benchmarks.md; a timed assertion would flake)
    assert "/staff/escalations/" in alerts[0]["text"] and "Répondez OK" in alerts[0]["text"]

    say(DEMO_MIDWIFE_NUMBER, "OK")
    _until(lambda: conversation(DEMO_MIDWIFE_NUMBER)[-1]["text"], lambda t: "pris en compte" in t)
    with database.connect() as connection:
        acknowledged_by = connection.execute(text(
            "SELECT s.username FROM escalations e JOIN staff_members s ON s.id = e.acknowledged_by_id "
            "WHERE e.message = :body"), {"body": body}).scalar()
    database.dispose()
    assert acknowledged_by == "sagefemme"
