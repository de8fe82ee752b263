"""Rasa and the action server are not open to whoever reaches them (issue 16, item 4): the action
server refuses a call without ACTION_SERVER_TOKEN; the app sends RASA_AUTH_TOKEN to Rasa; the
Procfile passes --auth-token to Rasa when it is set and starts the token-checking action server."""
from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
import requests

from bot.config import reset_settings
from tests.support.twilio_mock import free_port, wait_http

ROOT = Path(__file__).resolve().parent.parent
CALL = {"next_action": "action_that_does_not_exist", "sender_id": "x", "tracker": {"sender_id": "x"},
        "domain": {}, "version": "3.6.21"}


@pytest.fixture
def action_server(tmp_path):
    """action_server(token) → the URL of a running `python -m bot.action_server` with that token."""
    started = []

    def _start(token: str) -> str:
        port = free_port()
        env = {**os.environ, "ACTION_SERVER_TOKEN": token, "SANIC_HOST": "127.0.0.1", "PYTHONPATH": str(ROOT)}
        log = open(tmp_path / f"actions-{port}.log", "wb")
        process = subprocess.Popen([sys.executable, "-m", "bot.action_server", "-p", str(port)], cwd=ROOT,
                                   env=env, stdout=log, stderr=subprocess.STDOUT, start_new_session=True)
        started.append((process, log))
        url = f"http://127.0.0.1:{port}"
        try:
            wait_http(f"{url}/health", 60, ok=lambda r: r.ok)
        except RuntimeError:
            raise RuntimeError((tmp_path / f"actions-{port}.log").read_text()[-3000:])
        return url

    yield _start
    for process, log in started:
        process.terminate()
        process.wait(20)
        log.close()


def test_the_action_server_refuses_calls_without_its_token(action_server):
    url = action_server("s3cret-action-token")
    assert requests.get(f"{url}/health", timeout=5).status_code == 200  # no data there
    assert requests.post(f"{url}/webhook", json=CALL, timeout=5).status_code == 401
    assert requests.post(f"{url}/webhook?token=wrong", json=CALL, timeout=5).status_code == 401
    # With the token (as Rasa sends it from ACTION_ENDPOINT_URL) the call reaches rasa_sdk, which
    # answers 404 for an action it does not have.
    assert requests.post(f"{url}/webhook?token=s3cret-action-token", json=CALL, timeout=5).status_code == 404


def test_the_app_sends_rasas_auth_token(monkeypatch):
    from bot.conversation import rasa

    seen = []

    class Answer:
        ok, status_code = True, 200

        @staticmethod
        def json():
            return {"model_file": "jigiya.tar.gz"}

    def record(method):
        def call(url, **kwargs):
            seen.append((method, url, kwargs.get("params")))
            return Answer()
        return call

    monkeypatch.setattr(rasa.requests, "get", record("get"))
    monkeypatch.setattr(rasa.requests, "post", record("post"))
    monkeypatch.setenv("RASA_AUTH_TOKEN", "rasa-token")
    reset_settings()
    try:
        assert rasa.rasa_ready() == (True, "ok")
        Answer.json = staticmethod(lambda: [{"text": "Bonjour"}])
        assert rasa.ask_rasa("abc", "bonjour", {}) == ["Bonjour"]
    finally:
        monkeypatch.undo()
        reset_settings()
    assert [params for _, _, params in seen] == [{"token": "rasa-token"}, {"token": "rasa-token"}]


def test_the_procfile_keeps_rasa_and_actions_on_loopback_with_their_tokens():
    lines = dict(line.split(": ", 1) for line in (ROOT / "Procfile").read_text().splitlines()
                 if line.strip() and not line.startswith("#"))
    assert "-i 127.0.0.1" in lines["rasa"] and '--auth-token "$RASA_AUTH_TOKEN"' in lines["rasa"]
    assert "SANIC_HOST=127.0.0.1" in lines["actions"] and "-m bot.action_server" in lines["actions"]
    expanded = subprocess.run(["bash", "-c", 'echo rasa run ${RASA_AUTH_TOKEN:+--auth-token "$RASA_AUTH_TOKEN"}'],
                              env={"RASA_AUTH_TOKEN": "t0k"}, capture_output=True, text=True).stdout
    assert expanded.strip() == "rasa run --auth-token t0k"
