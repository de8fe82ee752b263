"""A midwife on a phone-sized Chromium: signs in, sees the urgent case the bot raised, claims it,
answers, and the woman receives the answer in her WhatsApp conversation; then resolves it.

The app is served by a real HTTP server (werkzeug, in a thread) with CSRF and secure cookies on,
as in production; Twilio is replaced by the recorder of tests/escalation (``fake_io``).
Screenshots go to tests/artifacts/ (gitignored)."""
from __future__ import annotations

import pytest
from sqlalchemy import select

from bot.db import session_scope
from bot.models import Cscom, Escalation, OutboundMessage, Woman
from tests.escalation.conftest import new_phone
from tests.staff.conftest import PASSWORD, add_staff

from tests.support.browser import ARTIFACTS, CHROMIUM, PHONE_VIEWPORT, needs_chromium, serving  # noqa: F401
from tests.support.browser import phone_page as open_phone_page

pytestmark = needs_chromium


@pytest.fixture
def server(database, queue):
    from bot.app import create_app

    # CSRF on, Secure cookies (PUBLIC_BASE_URL is https): localhost is a secure context
    with serving(create_app()) as url:
        yield url


@pytest.fixture
def phone_page():
    with open_phone_page() as page:
        yield page


def _shot(page, name: str) -> None:
    page.screenshot(path=str(ARTIFACTS / f"staff-{name}.png"), full_page=True)


def _urgent_case_raised_by_the_bot(say, phone: str) -> int:
    """A Sotuba woman writes; the worker's triage (danger lexicon) opens the urgent escalation."""
    with session_scope() as session:
        cscom = Cscom(name="CSCom de Sotuba", community="Sotuba", phone="+223 20 00 00 00")
        session.add(cscom)
        session.flush()
        add_staff(session, "Awa", "midwife", cscom.id)
        cscom_id = cscom.id
    say(phone, "bonjour")
    say(phone, "1")  # French
    with session_scope() as session:
        session.scalar(select(Woman).where(Woman.phone == phone)).cscom_id = cscom_id
    say(phone, "j'ai perdu les eaux et je saigne")
    with session_scope() as session:
        escalation = session.scalars(select(Escalation)).one()
        assert (escalation.urgency, escalation.cscom_id) == ("urgent", cscom_id)
        return escalation.id


def test_a_midwife_answers_an_urgent_case_from_her_phone(server, phone_page, say, fake_io, queue, signed_post):
    page = phone_page
    phone = new_phone()
    case_id = _urgent_case_raised_by_the_bot(say, phone)
    queue.flush()

    page.goto(f"{server}/staff/cases")
    assert "/staff/login" in page.url  # anonymous: sent to sign in
    _shot(page, "1-login")
    page.fill("#username", "awa")
    page.fill("#password", PASSWORD)
    page.click("button[type=submit]")
    page.wait_for_url("**/staff/cases")
    row = page.locator(f'[data-case="{case_id}"]')
    assert "Urgent" in row.inner_text() and "perdu les eaux" in row.inner_text()
    _shot(page, "2-inbox")
    # Phone-first: nothing wider than the screen.
    assert page.evaluate("document.documentElement.scrollWidth") <= PHONE_VIEWPORT["width"]

    row.locator("a").click()
    page.wait_for_url(f"**/staff/cases/{case_id}")
    assert "Français" in page.inner_text(".facts")
    page.click("#claim")
    page.wait_for_selector("text=Prise par Awa")
    page.fill("#reply", "Venez tout de suite au CSCom, je vous attends.")
    page.click("text=Envoyer la réponse")
    page.wait_for_selector("text=Réponse envoyée dans sa conversation WhatsApp.")
    _shot(page, "3-replied")

    # The worker runs the queued delivery: the woman receives the answer on WhatsApp.
    while (task := queue.dequeue()) is not None:
        queue.execute(task)
    received = [m for m in fake_io.sent if m["to"] == phone and m["body"] and "je vous attends" in m["body"]]
    assert len(received) == 1
    # Twilio's receipt says it reached her phone: the case shows it.
    with session_scope() as session:
        sid = session.scalars(select(OutboundMessage.twilio_sid).where(
            OutboundMessage.body.contains("je vous attends"))).one()
    assert signed_post("/twilio/status", {"MessageSid": sid, "MessageStatus": "delivered"}).status_code == 204
    page.reload()
    assert "Reçue sur son téléphone" in page.inner_text(".events")
    assert "Répondu en 0 min" in page.inner_text(".facts")
    _shot(page, "4-delivered")

    page.click("#resolve")
    page.wait_for_url("**/staff/cases")
    page.wait_for_selector("text=Aucun cas en attente.")
    _shot(page, "5-resolved")
    with session_scope() as session:
        assert session.get(Escalation, case_id).status == "resolved"
