"""Who reaches the simulator (issue 16, item 2). SIMULATOR_ENABLED unset: on, for anyone, only in the
embedded default (no Twilio credentials, not production); SIMULATOR_ENABLED=1 elsewhere: signed-in
staff only; messages rate-limited per client address."""
from __future__ import annotations

import pytest
from sqlalchemy import select

from bot.config import reset_settings
from bot.db import session_scope
from bot.models import InboundMessage
from tests.staff.conftest import PASSWORD, add_staff

TWILIO = ("TWILIO_ACCOUNT_SID", "TWILIO_AUTH_TOKEN", "TWILIO_WHATSAPP_FROM")


@pytest.fixture
def make_app(database, queue, monkeypatch):
    """make_app(ENV=value, …) → an app built from those settings (None removes a variable)."""
    from bot.app import create_app

    def _make(**env):
        for name, value in env.items():
            if value is None:
                monkeypatch.delenv(name, raising=False)
            else:
                monkeypatch.setenv(name, value)
        reset_settings()
        return create_app({"TESTING": True, "WTF_CSRF_ENABLED": False})

    yield _make
    monkeypatch.undo()
    reset_settings()


def _post(client, text="Bonjour", addr="10.0.0.1"):
    return client.post("/simulator/messages", data={"phone": "+22370000001", "text": text},
                       environ_base={"REMOTE_ADDR": addr})


def _stored() -> int:
    with session_scope() as session:
        return len(session.scalars(select(InboundMessage.id)).all())


def test_embedded_default_serves_it_to_anyone(make_app):
    client = make_app(**{name: None for name in TWILIO}, SIMULATOR_ENABLED=None).test_client()
    assert client.get("/simulator/").status_code == 200
    assert _post(client).status_code == 202
    assert client.get("/").headers["Location"].endswith("/simulator/")


def test_with_twilio_credentials_it_is_off_unless_enabled(make_app):
    client = make_app(SIMULATOR_ENABLED=None).test_client()  # tests/conftest.py sets Twilio credentials
    assert client.get("/simulator/").status_code == 404
    assert _post(client).status_code == 404
    assert _stored() == 0


def test_production_without_twilio_is_off_too(make_app):
    client = make_app(**{name: None for name in TWILIO}, JIGIYA_ENV="production",
                      SIMULATOR_ENABLED=None).test_client()
    assert client.get("/simulator/").status_code == 404


def test_explicitly_off_in_the_embedded_default(make_app):
    client = make_app(**{name: None for name in TWILIO}, SIMULATOR_ENABLED="0").test_client()
    assert client.get("/simulator/").status_code == 404


def test_enabled_in_production_mode_is_for_signed_in_staff_only(make_app):
    app = make_app(JIGIYA_ENV="production", SIMULATOR_ENABLED="1")
    anonymous = app.test_client()
    page = anonymous.get("/simulator/")
    assert page.status_code == 302 and "/staff/login" in page.headers["Location"]
    assert _post(anonymous).status_code == 302
    assert anonymous.get("/simulator/messages?phone=%2B22370000001").status_code == 302
    assert _stored() == 0
    with session_scope() as session:
        add_staff(session, "Awa", "midwife", None)
    staff = app.test_client()
    signed_in = staff.post("/staff/login?next=/simulator/", data={"username": "awa", "password": PASSWORD})
    assert signed_in.headers["Location"].endswith("/simulator/")
    assert staff.get("/simulator/").status_code == 200
    assert _post(staff).status_code == 202
    assert _stored() == 1


def test_messages_are_rate_limited_per_client(make_app, time_machine):
    time_machine.move_to("2026-11-21T10:00:00+00:00", tick=False)  # the limiter's window does not move
    client = make_app(**{name: None for name in TWILIO}, SIMULATOR_ENABLED=None,
                      SIMULATOR_RATE_LIMIT="3 per minute").test_client()
    assert [_post(client, f"m{i}").status_code for i in range(4)] == [202, 202, 202, 429]
    assert _post(client, "another client", addr="10.0.0.2").status_code == 202
    assert _stored() == 4


def test_a_misspelt_setting_fails_at_start(make_app):
    with pytest.raises(RuntimeError, match="SIMULATOR_ENABLED"):
        make_app(SIMULATOR_ENABLED="maybe")
