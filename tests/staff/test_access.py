"""Who may open what: anonymous → login, another CSCom's case → 404, a facilitator → 403,
no CSRF token → 400, ten wrong passwords → 429."""
from __future__ import annotations

import re

import pytest
from sqlalchemy import select

from bot.db import session_scope
from bot.models import CaseEvent, Escalation
from tests.staff.conftest import CSRF, PASSWORD, login

ACTIONS = ("claim", "reply", "note", "resolve")


def _staff_rules(app):
    for rule in app.url_map.iter_rules():
        if rule.rule.startswith("/staff") and rule.endpoint != "staff.login":
            yield rule


def test_every_staff_page_sends_an_anonymous_visitor_to_login(app, client, world):
    rules = list(_staff_rules(app))
    assert len(rules) >= 9  # the inbox, the case page, its four actions, logout, …
    for rule in rules:
        path = re.sub(r"<int:\w+>", str(world.sotuba_case), rule.rule)  # any id: the login comes first
        method = "GET" if "GET" in rule.methods else "POST"
        response = client.open(path, method=method, data={"text": "x"})
        assert response.status_code == 302, (method, path)
        assert response.headers["Location"].startswith("/staff/login"), (method, path)
    with session_scope() as session:
        assert session.get(Escalation, world.sotuba_case).status == "open"


def test_a_midwife_cannot_open_another_cscoms_case_by_url(as_staff, world):
    awa = as_staff("awa")
    assert awa.get(f"/staff/cases/{world.sotuba_case}").status_code == 200
    assert awa.get(f"/staff/cases/{world.sikoro_case}").status_code == 404
    assert awa.get(f"/staff/escalations/{world.sikoro_case}", follow_redirects=True).status_code == 404
    for action in ACTIONS:
        response = awa.post(f"/staff/cases/{world.sikoro_case}/{action}", data={"text": "Venez"})
        assert response.status_code == 404, action
    with session_scope() as session:
        escalation = session.get(Escalation, world.sikoro_case)
        assert (escalation.status, escalation.claimed_by_id) == ("open", None)
        assert session.scalars(select(CaseEvent).where(CaseEvent.escalation_id == world.sikoro_case)).all() == []
    assert awa.get("/staff/cases/999999").status_code == 404  # same answer as a case that exists


def test_the_inbox_lists_only_her_cscoms_cases_urgent_first_then_oldest(as_staff, world):
    page = as_staff("awa").get("/staff/cases").get_data(as_text=True)
    assert "Joli bɛ bɔ n na" in page and "Mon mari" in page
    assert "prendre ce médicament" not in page  # Sikoro's
    assert page.index(f'data-case="{world.sotuba_case}"') < page.index(f'data-case="{world.old_normal_case}"')
    assert "En retard de 5 min" in page  # urgent, 20 minutes old: 15 + 5
    assert "En retard de 6 h" in page  # normal, 30 hours old: 24 + 6


def test_an_admin_sees_every_cscom(as_staff, world):
    admin = as_staff("admin")
    page = admin.get("/staff/cases").get_data(as_text=True)
    assert all(f'data-case="{i}"' in page for i in (world.sotuba_case, world.sikoro_case, world.old_normal_case))
    # urgent first, then the oldest normal one (30 h) before the newer (2 h)
    assert (page.index(f'data-case="{world.sotuba_case}"') < page.index(f'data-case="{world.old_normal_case}"')
            < page.index(f'data-case="{world.sikoro_case}"'))
    assert admin.get(f"/staff/cases/{world.sikoro_case}").status_code == 200


def test_a_facilitator_cannot_read_case_contents(as_staff, world):
    mariam = as_staff("mariam")
    inbox = mariam.get("/staff/cases")
    assert inbox.status_code == 200
    text = inbox.get_data(as_text=True)
    assert f'data-case="{world.sotuba_case}"' in text and "Joli bɛ bɔ n na" not in text
    assert mariam.get(f"/staff/cases/{world.sotuba_case}").status_code == 403
    for action in ACTIONS:
        assert mariam.post(f"/staff/cases/{world.sotuba_case}/{action}", data={"text": "x"}).status_code == 403
    with session_scope() as session:
        assert session.get(Escalation, world.sotuba_case).status == "open"
        assert session.scalars(select(CaseEvent)).all() == []


@pytest.fixture
def csrf_app(database, queue):
    from bot.app import create_app

    return create_app({"TESTING": True})  # CSRF on, as in production


def test_a_form_without_its_csrf_token_is_rejected(csrf_app, world):
    client = csrf_app.test_client()
    assert login(client, "awa").status_code == 400  # even the login form
    token = CSRF.search(client.get("/staff/login").get_data(as_text=True)).group(1)
    response = client.post("/staff/login", data={"username": "awa", "password": PASSWORD, "csrf_token": token})
    assert response.status_code == 302
    for action in ACTIONS:
        response = client.post(f"/staff/cases/{world.sotuba_case}/{action}", data={"text": "Venez"})
        assert response.status_code == 400, action
    assert client.post("/staff/logout").status_code == 400
    with session_scope() as session:
        assert session.get(Escalation, world.sotuba_case).status == "open"
    page = client.get(f"/staff/cases/{world.sotuba_case}").get_data(as_text=True)
    token = CSRF.search(page).group(1)
    response = client.post(f"/staff/cases/{world.sotuba_case}/claim", data={"csrf_token": token})
    assert response.status_code == 302


def test_ten_wrong_passwords_are_throttled(client, world):
    for attempt in range(10):
        assert login(client, "awa", "mauvais").status_code == 401, attempt
    assert login(client, "awa", "mauvais").status_code == 429
    assert login(client, "awa").status_code == 429  # even the right one, until the window passes


def test_a_correct_password_does_not_count_against_the_limit(client, world):
    for _ in range(12):
        assert login(client, "awa").status_code == 302
        client.post("/staff/logout")


def test_login_and_logout(client, world):
    assert login(client, "awa", "mauvais").status_code == 401
    assert login(client, "nobody").status_code == 401
    response = login(client, "AWA")
    assert response.status_code == 302 and response.headers["Location"] == "/staff/cases"
    assert client.get("/staff/cases").status_code == 200
    assert client.post("/staff/logout").status_code == 302
    assert client.get("/staff/cases").status_code == 302


def test_login_only_redirects_inside_the_staff_pages(client, world):
    response = client.post("/staff/login?next=https://evil.example/", data={"username": "awa", "password": PASSWORD})
    assert response.headers["Location"] == "/staff/cases"


def test_a_deactivated_account_is_signed_out(as_staff, world):
    from bot.models import StaffMember

    awa = as_staff("awa")
    with session_scope() as session:
        session.get(StaffMember, world.awa).active = False
    assert awa.get("/staff/cases").status_code == 302


def test_session_cookie_is_secure_httponly_lax(client, world):
    response = login(client, "awa")
    cookie = response.headers["Set-Cookie"]
    assert "HttpOnly" in cookie and "SameSite=Lax" in cookie and "Secure" in cookie
