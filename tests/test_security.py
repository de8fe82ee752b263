"""Security headers, masked numbers on group pages, and a staff form kept when its CSRF token has
expired (issue 16, item 5)."""
from __future__ import annotations

import re
from datetime import datetime, timedelta, timezone

import pytest
from sqlalchemy import select

from bot.db import session_scope
from bot.models import CaseEvent, Woman
from tests.share.test_pages import groups  # noqa: F401  (fixture)
from tests.staff.conftest import CSRF, PASSWORD, as_staff, world  # noqa: F401  (fixtures)

START = datetime(2026, 11, 21, 9, 0, tzinfo=timezone.utc)


def _csp(response) -> dict[str, str]:
    policy = response.headers["Content-Security-Policy"]
    return {part.split()[0]: part.strip() for part in policy.split(";") if part.strip()}


@pytest.mark.parametrize("path", ["/staff/login", "/healthz", "/staff/cases"])
def test_every_response_has_the_security_headers(client, world, path):
    response = client.get(path)
    csp = _csp(response)
    assert csp["frame-ancestors"] == "frame-ancestors 'none'"
    assert csp["default-src"] == "default-src 'self'"
    assert csp["object-src"] == "object-src 'none'"
    script = csp["script-src"]
    assert "'unsafe-inline'" not in script and "http" not in script and "*" not in script
    assert response.headers["X-Frame-Options"] == "DENY"
    assert response.headers["X-Content-Type-Options"] == "nosniff"


def test_inline_scripts_carry_the_requests_nonce_and_nothing_loads_from_elsewhere(database, queue):
    from bot.app import create_app

    app = create_app({"TESTING": True, "SIMULATOR_ENABLED": True, "SIMULATOR_OPEN": True})
    response = app.test_client().get("/simulator/")
    nonce = re.search(r"'nonce-([^']+)'", _csp(response)["script-src"]).group(1)
    page = response.get_data(as_text=True)
    scripts = re.findall(r"<script[^>]*>", page)
    assert scripts and all(f'nonce="{nonce}"' in tag for tag in scripts)
    assert not re.search(r"""(src|href)=["']?(https?:)?//""", page)
    assert app.test_client().get("/simulator/").headers["Content-Security-Policy"] != response.headers[
        "Content-Security-Policy"]  # a new nonce each time


def test_group_pages_mask_numbers_like_the_broadcast_pages(as_staff, groups):
    with session_scope() as session:
        session.add(Woman(phone="whatsapp:+22376987654", name="Kadia", language="fr", group_id=groups["sotuba"]))
    page = as_staff("mariam").get(f"/staff/groups/{groups['sotuba']}").get_data(as_text=True)
    assert "Kadia" in page and "•• 54" in page
    assert "76987654" not in page and "76 98 76 54" not in page


@pytest.fixture
def csrf_app(database, queue):
    from bot.app import create_app

    return create_app({"TESTING": True, "WTF_CSRF_ENABLED": True})


def _sign_in(client):
    token = CSRF.search(client.get("/staff/login").get_data(as_text=True)).group(1)
    assert client.post("/staff/login", data={"username": "awa", "password": PASSWORD,
                                             "csrf_token": token}).status_code == 302


def test_a_note_typed_on_a_page_left_open_past_the_csrf_lifetime_is_kept(csrf_app, world, time_machine):
    time_machine.move_to(START, tick=False)
    client = csrf_app.test_client()
    _sign_in(client)
    case = f"/staff/cases/{world.sotuba_case}"
    token = CSRF.search(client.get(case).get_data(as_text=True)).group(1)
    time_machine.move_to(START + timedelta(hours=3), tick=False)  # Flask-WTF tokens last an hour
    typed = "Elle doit venir au CSCom ce soir, avec son carnet <b>et</b> son mari."
    response = client.post(f"{case}/note", data={"text": typed, "csrf_token": token},
                           headers={"Referer": f"http://localhost{case}"})
    page = response.get_data(as_text=True)
    assert response.status_code == 400
    assert "ouverte depuis trop longtemps" in page and "rien n&#39;a été envoyé" in page
    assert "Elle doit venir au CSCom ce soir, avec son carnet &lt;b&gt;et&lt;/b&gt; son mari." in page
    with session_scope() as session:
        assert session.scalar(select(CaseEvent.id).where(CaseEvent.kind == "note")) is None
    fresh = CSRF.search(page).group(1)
    again = client.post(f"{case}/note", data={"text": typed, "csrf_token": fresh})
    assert again.status_code == 302
    with session_scope() as session:
        assert session.scalar(select(CaseEvent.body).where(CaseEvent.kind == "note")) == typed


def test_a_cross_site_post_gets_no_form_back(csrf_app, world, time_machine):
    """No session cookie or another site's Referer: the plain 400, nothing to resend."""
    time_machine.move_to(START, tick=False)
    client = csrf_app.test_client()
    _sign_in(client)
    response = client.post(f"/staff/cases/{world.sotuba_case}/note",
                           data={"text": "Piège", "csrf_token": "stale"},
                           headers={"Referer": "https://evil.example/form"})
    assert response.status_code == 400 and "Piège" not in response.get_data(as_text=True)
    anonymous = csrf_app.test_client().post(f"/staff/cases/{world.sotuba_case}/note",
                                            data={"text": "Piège", "csrf_token": "stale"},
                                            headers={"Referer": "http://localhost/staff/cases"})
    assert anonymous.status_code == 400 and "Piège" not in anonymous.get_data(as_text=True)
