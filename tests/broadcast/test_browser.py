"""A facilitator on a phone-sized Chromium (390×844): signs in, opens her group, composes the meeting
reminder, reads the preview in French and Bambara, sends it now, and watches each woman's copy
arrive — the page updates itself from Twilio's receipts, no reload. Screenshots in tests/artifacts/."""
from __future__ import annotations

import pytest
from playwright.sync_api import expect
from sqlalchemy import select

from bot.db import session_scope
from bot.models import Broadcast, BroadcastRecipient
from tests.broadcast.conftest import drain
from tests.staff.conftest import PASSWORD
from tests.staff.test_browser import ARTIFACTS, CHROMIUM, PHONE_VIEWPORT, phone_page, server  # noqa: F401

pytestmark = pytest.mark.skipif(not CHROMIUM.exists(), reason="Debian's Chromium (/usr/bin/chromium) is not installed")


def _shot(page, name: str) -> None:
    page.screenshot(path=str(ARTIFACTS / f"broadcast-{name}.png"), full_page=True)


def _fits(page) -> None:
    assert page.evaluate("document.documentElement.scrollWidth") <= PHONE_VIEWPORT["width"]


def test_a_facilitator_sends_the_meeting_reminder_and_sees_it_delivered(
        server, phone_page, seeded, mock_twilio, queue, signed_post):  # noqa: F811
    page = phone_page
    page.goto(f"{server}/staff/")
    assert "/staff/login" in page.url
    page.fill("#username", "mariam")
    page.fill("#password", PASSWORD)
    page.click("button[type=submit]")
    page.click("nav.staff >> text=Messages aux groupes")  # from any staff page, through the menu
    page.wait_for_url("**/staff/broadcasts")
    assert "Sikoro" not in page.inner_text("main")  # another CSCom's group is not listed
    page.click(f'[data-group="{seeded.group}"] a')
    page.wait_for_url(f"**/staff/broadcasts/groups/{seeded.group}")
    assert "Aminata" in page.inner_text(".recipients")
    _fits(page)
    _shot(page, "1-group")

    page.check("#key-meeting_reminder")
    page.click("#preview")
    page.wait_for_selector("#preview-bm")
    french, bambara = page.inner_text("#preview-fr"), page.inner_text("#preview-bm")
    assert french.startswith("Prochaine réunion du groupe Sotuba") and bambara != french
    assert "Aucun modèle dans sa langue" in page.inner_text(".counts")  # who will get nothing, said before
    _fits(page)
    _shot(page, "2-preview")

    page.click("#send")
    page.wait_for_selector("text=Envoi en cours.")
    with session_scope() as session:
        broadcast_id = session.scalars(select(Broadcast.id)).one()
    drain(queue, broadcast_id)  # the worker sends it
    page.wait_for_selector('#state[data-status="done"]')  # the page followed on its own
    assert page.locator("#cancel").count() == 0  # too late to cancel: the button went with the update
    _shot(page, "3-sent")

    with session_scope() as session:
        sids = session.scalars(select(BroadcastRecipient.twilio_sid).where(
            BroadcastRecipient.twilio_sid.is_not(None))).all()
    assert len(sids) == 4
    for sid in sids:  # Twilio's receipts: on her phone
        assert signed_post("/twilio/status", {"MessageSid": sid, "MessageStatus": "delivered"}).status_code == 204
    # A locator assertion waits without eval (the page's CSP forbids it, as it should).
    expect(page.locator("#delivered")).to_have_text("4")
    rows = page.inner_text(".recipients")
    assert rows.count("Reçu") == 4 and "Pas de modèle approuvé dans sa langue" in rows
    _fits(page)
    _shot(page, "4-delivered")
    assert sorted(m.form["To"] for m in mock_twilio.messages()) == sorted(
        seeded.phones("fr_window", "bm_window", "fr_outside", "unknown_language"))
