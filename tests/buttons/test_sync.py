"""`flask twilio content sync` against Prism serving Twilio's Content API description (Prism
rejects a create request Twilio would reject): created once, nothing on a re-run, recreated (and the
old one deleted) when the text changes; --dry-run changes nothing. Then a question goes to the
Messages API as ContentSid + ContentVariables, which Prism also checks."""
from __future__ import annotations

import json

import pytest
from sqlalchemy import select

from bot.config import reset_settings
from bot.content import checklist
from bot.db import session_scope
from bot.models import TwilioContent
from bot.twilio import interactive
from bot.twilio.client import send_whatsapp
from tests.escalation.conftest import new_phone


@pytest.fixture
def content_api(twilio_at_mock):
    return twilio_at_mock


def _content_requests(mock) -> list[tuple[str, str, int]]:
    return [(r.method, r.path, r.status) for r in mock.requests if r.path.startswith("/v1/Content")]


def _rows() -> dict:
    with session_scope() as session:
        return {(r.name, r.language): r.sid for r in session.scalars(select(TwilioContent))}


def _sync(app, *args):
    result = app.test_cli_runner().invoke(args=["twilio", "content", "sync", *args])
    assert result.exit_code == 0, result.output
    return result.output


def test_sync_creates_once_does_nothing_again_and_recreates_what_changed(app, content_api, monkeypatch):
    output = _sync(app)
    created = _content_requests(content_api)
    assert created == [("POST", "/v1/Content", 201)] * 6  # 3 templates x fr, bm: all valid for Prism
    rows = _rows()
    assert set(rows) == {(n, lang) for n in interactive.NAMES for lang in ("fr", "bm")}
    assert len(set(rows.values())) == 6 and all(sid.startswith("HX") for sid in rows.values())
    assert "main_menu bm: created HX" in output

    content_api.clear()
    output = _sync(app)
    assert _content_requests(content_api) == []
    assert output.count("unchanged") == 6

    monkeypatch.setitem(interactive.MENU_BUTTON, "fr", "Choisir")  # the French menu's button changes
    output = _sync(app, "--dry-run")
    assert "main_menu fr: would replace " + rows["main_menu", "fr"] in output
    assert _content_requests(content_api) == [] and _rows() == rows

    _sync(app)
    old = rows["main_menu", "fr"]
    assert _content_requests(content_api) == [("POST", "/v1/Content", 201), ("DELETE", f"/v1/Content/{old}", 204)]
    after = _rows()
    assert after["main_menu", "fr"] != old and after["main_menu", "bm"] == rows["main_menu", "bm"]


def test_a_question_goes_as_the_synced_template_to_the_messages_api(app, content_api):
    _sync(app)
    sid = _rows()["checklist_question", "fr"]
    question = checklist.ITEMS[0].ask("fr")
    phone = new_phone()
    result = send_whatsapp(phone, content_sid=sid, content_variables=interactive.variables(
        interactive.CHECKLIST_QUESTION, question))
    assert result.status == "queued"
    [message] = content_api.sent_to(phone)
    assert message.form["ContentSid"] == sid and "Body" not in message.form
    assert json.loads(message.form["ContentVariables"]) == {"1": question}


def test_sync_without_twilio_says_so(app, monkeypatch):
    monkeypatch.setenv("TWILIO_AUTH_TOKEN", "")
    reset_settings()
    result = app.test_cli_runner().invoke(args=["twilio", "content", "sync"])
    assert result.exit_code != 0 and "Twilio is not configured" in result.output
    reset_settings()
