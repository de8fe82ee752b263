"""A midwife on a phone-sized Chromium opens a voice-note case and its player works: the <audio>
element loads her OGG/Opus note through the staff-only route and knows its duration."""
from __future__ import annotations

from sqlalchemy import select

from bot.db import session_scope
from bot.models import Cscom, Escalation, Woman
from tests.escalation.conftest import new_phone
from tests.media.conftest import voice_from
from tests.staff.conftest import PASSWORD, add_staff
from tests.staff.test_browser import ARTIFACTS, PHONE_VIEWPORT, phone_page, pytestmark, server  # noqa: F401


def test_the_case_page_plays_her_voice_note(server, phone_page, fake_io, media_dir):
    from playwright.sync_api import expect

    page = phone_page
    phone = new_phone()
    with session_scope() as session:
        cscom = Cscom(name="CSCom de Sotuba", community="Sotuba")
        session.add(cscom)
        session.flush()
        add_staff(session, "Awa", "midwife", cscom.id)
        session.add(Woman(phone=phone, language="bm", cscom_id=cscom.id))
    voice_from(phone)
    with session_scope() as session:
        case_id = session.scalars(select(Escalation.id)).one()

    page.goto(f"{server}/staff/login")
    page.fill("#username", "awa")
    page.fill("#password", PASSWORD)
    page.click("button[type=submit]")
    page.wait_for_url("**/staff/cases")
    row = page.locator(f'[data-case="{case_id}"]')
    assert "Message vocal" in row.inner_text()
    page.screenshot(path=str(ARTIFACTS / "media-1-inbox.png"), full_page=True)

    row.locator("a").click()
    page.wait_for_url(f"**/staff/cases/{case_id}")
    audio = page.locator("#files audio")
    expect(audio).not_to_have_js_property("readyState", 0)  # metadata loaded (or an error, caught below)
    assert audio.evaluate("a => a.error") is None
    assert audio.evaluate("a => a.duration") > 1.5  # the fixture is a 2-second note
    assert page.evaluate("document.documentElement.scrollWidth") <= PHONE_VIEWPORT["width"]
    page.screenshot(path=str(ARTIFACTS / "media-2-case-player.png"), full_page=True)
