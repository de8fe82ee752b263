"""Phone-sized Chromium: a midwife sees the red "nobody on duty" banner, adds her WhatsApp number,
takes duty and puts herself on the weekly rota; an admin acknowledges an urgent alert with the
button and the case shows who and when. Screenshots in tests/artifacts/."""
from __future__ import annotations

import pytest
from sqlalchemy import select

from bot.db import session_scope
from bot.escalation import duty
from bot.models import Cscom, Escalation, StaffMember
from bot.models.base import utcnow
from tests.staff.conftest import PASSWORD, add_staff
from tests.staff.test_browser import CHROMIUM, PHONE_VIEWPORT, _shot, _urgent_case_raised_by_the_bot  # noqa: F401
from tests.staff.test_browser import phone_page, server  # noqa: F401  (fixtures)
from tests.escalation.conftest import new_phone

pytestmark = [pytest.mark.browser,
              pytest.mark.skipif(not CHROMIUM.exists(), reason="Debian's Chromium (/usr/bin/chromium) is not installed")]


def _sign_in(page, server: str, username: str) -> None:
    page.goto(f"{server}/staff/login")
    page.fill("#username", username)
    page.fill("#password", PASSWORD)
    page.click("button[type=submit]")
    page.wait_for_url("**/staff/cases")


def test_a_midwife_takes_duty_from_her_phone_and_the_red_banner_goes(server, phone_page, database):
    page = phone_page
    with session_scope() as session:
        cscom = Cscom(name="CSCom de Sotuba", community="Sotuba")
        session.add(cscom)
        session.flush()
        add_staff(session, "Awa", "midwife", cscom.id)
    _sign_in(page, server, "awa")
    banner = page.locator("#no-duty")
    assert "Personne de garde maintenant : CSCom de Sotuba" in banner.inner_text()
    _shot(page, "duty-1-banner")
    banner.locator("a").click()
    page.wait_for_url("**/staff/duty")
    page.fill("input[name=phone]", "+223 70 12 34 56")
    page.click("text=Enregistrer le numéro")
    page.wait_for_selector("text=Numéro WhatsApp enregistré.")
    page.click("#take-duty")
    page.wait_for_selector("text=Vous êtes de garde : les alertes urgentes vous arrivent sur WhatsApp.")
    assert page.locator("#no-duty").count() == 0
    assert "de garde maintenant : Awa" in page.inner_text("#coverage")
    page.select_option("#shift-day", "5")  # samedi
    page.fill("#shift-starts", "20:00")
    page.fill("#shift-ends", "08:00")
    page.click("text=Ajouter la garde")
    page.wait_for_selector("text=Garde ajoutée au tableau.")
    assert "samedi" in page.inner_text("#rota") and "20:00–08:00" in page.inner_text("#rota")
    assert page.evaluate("document.documentElement.scrollWidth") <= PHONE_VIEWPORT["width"]
    _shot(page, "duty-2-on-duty")
    page.click("#leave-duty")
    page.wait_for_selector("#no-duty")
    with session_scope() as session:
        awa = session.scalar(select(StaffMember).where(StaffMember.username == "awa"))
        assert awa.phone == "whatsapp:+22370123456" and not duty.is_on_duty(session, awa, utcnow())


def test_an_admin_acknowledges_the_alert_with_the_button(server, phone_page, say, fake_io, queue):
    page = phone_page
    case_id = _urgent_case_raised_by_the_bot(say, new_phone())
    with session_scope() as session:
        add_staff(session, "Admin", "admin", None)
    _sign_in(page, server, "admin")
    page.goto(f"{server}/staff/cases/{case_id}")
    assert "pas encore prise en compte" in page.inner_text("#ack") or "Personne n'a encore reçu" in page.inner_text("#ack")
    page.click("#acknowledge")
    page.wait_for_selector("text=Alerte prise en compte par Admin")
    assert "(bouton de la page)" in page.inner_text(".events")
    assert page.evaluate("document.documentElement.scrollWidth") <= PHONE_VIEWPORT["width"]
    _shot(page, "ack-1-acknowledged")
    with session_scope() as session:
        assert session.get(Escalation, case_id).acknowledged_at is not None
