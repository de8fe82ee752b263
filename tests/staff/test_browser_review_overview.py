"""On a phone-sized Chromium: a midwife approves one FAQ answer and corrects another, and sees both
recorded with her name and the date; then the overview page draws her CSCom's figures.

Same server and browser as tests/staff/test_browser.py (CSRF on, secure cookies). Screenshots go to
tests/artifacts/ (gitignored)."""
from __future__ import annotations

import re

from sqlalchemy import select

from bot.content.faq import FAQ
from bot.db import session_scope
from bot.models import ContentReview
from bot.models.base import utcnow
from tests.staff.conftest import PASSWORD
from tests.staff.test_browser import ARTIFACTS, PHONE_VIEWPORT, phone_page, pytestmark, server  # noqa: F401
from tests.staff.test_overview import seeded  # noqa: F401  (fixture)

CORRECTION = "Dormez chaque nuit sous une moustiquaire imprégnée. Au CSCom, prenez les doses de SP aux CPN."


def _shot(page, name: str) -> None:
    page.screenshot(path=str(ARTIFACTS / f"staff-{name}.png"), full_page=True)


def _sign_in(page, server: str, path: str, username: str = "awa") -> None:
    page.goto(f"{server}{path}")
    page.fill("#username", username)
    page.fill("#password", PASSWORD)
    page.click("button[type=submit]")
    page.wait_for_url(f"**{path}")


def _fits_the_phone(page) -> None:
    assert page.evaluate("document.documentElement.scrollWidth") <= PHONE_VIEWPORT["width"]


def test_a_midwife_approves_one_answer_and_corrects_another(server, phone_page, world):
    page = phone_page
    _sign_in(page, server, "/staff/review")
    assert "dont le bambara est la langue maternelle" in page.inner_text("#bm-warning")
    assert page.locator("section.review").count() == len(FAQ)
    _fits_the_phone(page)
    page.screenshot(path=str(ARTIFACTS / "staff-review-1-list.png"))  # the top of the page, as she sees it

    french = '#faq-antenatal_visits [data-lang="fr"]'
    page.click(f"{french} button.approve")
    page.wait_for_selector("text=« Consultations prénatales » (français) : approuvé.")
    today = f"{utcnow():%d/%m/%Y}"
    assert f"Approuvé par Awa le {today}" in page.inner_text(f"{french} .status")
    page.locator("#faq-antenatal_visits").screenshot(path=str(ARTIFACTS / "staff-review-2-approved.png"))

    malaria = '#faq-malaria_prevention [data-lang="fr"]'
    page.click(f"{malaria} details.correct summary")
    page.fill(f"{malaria} textarea", CORRECTION)
    page.click(f"{malaria} details.correct button")
    page.wait_for_selector("text=correction proposée ; elle sera envoyée quand une autre sage-femme")
    assert "Correction proposée par Awa, pas encore envoyée" in page.inner_text(f"{malaria} .proposal")
    assert page.locator(f"{malaria} .proposal button").count() == 0  # not her own second reader
    # Fanta, another midwife, reads it and approves it: from now on the bot sends it.
    page.context.clear_cookies()
    _sign_in(page, server, "/staff/review", "fanta")
    page.click(f"{malaria} .proposal button.approve")
    page.wait_for_selector("text=correction enregistrée ; le bot l'envoie désormais")
    assert f"Corrigé par Fanta le {today}" in page.inner_text(f"{malaria} .status")
    assert CORRECTION in page.inner_text(f"{malaria} .answer")
    # The Bambara next to it is flagged: French changed after it was written.
    assert "Le français a été corrigé" in page.inner_text('#faq-malaria_prevention [data-lang="bm"]')
    page.click("#faq-malaria_prevention details.history summary")
    history = page.inner_text("#faq-malaria_prevention .history")
    assert "Awa · Français : correction proposée" in history and "Fanta · Français : corrigé" in history
    _fits_the_phone(page)
    page.locator("#faq-malaria_prevention").screenshot(path=str(ARTIFACTS / "staff-review-3-corrected.png"))
    total = len(FAQ)
    assert f"Relues : 2/{total} en français, 0/{total} en bambara." in page.inner_text("#progress")

    with session_scope() as session:
        rows = session.scalars(select(ContentReview).order_by(ContentReview.id)).all()
        assert [(r.content_key, r.language, r.status, r.reviewer_id) for r in rows] == [
            ("antenatal_visits", "fr", "approved", world.awa), ("malaria_prevention", "fr", "proposed", world.awa),
            ("malaria_prevention", "fr", "corrected", world.fanta)]


def test_the_overview_draws_her_cscoms_figures_on_a_phone(server, phone_page, seeded):  # noqa: F811
    page = phone_page
    _sign_in(page, server, "/staff/overview")
    assert "CSCom de Sotuba" in page.inner_text("#scope")
    bars = page.locator('#topics rect[data-row="Alimentation"]')
    assert [int(bars.nth(i).get_attribute("data-value")) for i in range(bars.count())] == [1, 3]
    urgent = page.locator('#escalations rect[data-series="Urgent"]')
    assert [int(urgent.nth(i).get_attribute("data-value")) for i in range(urgent.count())] == [2, 1]
    assert page.inner_text('table[data-urgency="urgent"] .median') == "25 min"
    # The charts are drawn at the phone's width, not shrunk into a corner or overflowing it.
    width = page.evaluate("document.querySelector('#escalations svg').getBoundingClientRect().width")
    assert 300 <= width <= PHONE_VIEWPORT["width"]
    _fits_the_phone(page)
    assert re.search(r"Urgent \(3\)", page.inner_text("#escalations .legend"))
    _shot(page, "overview")


def test_the_case_page_says_how_an_answer_outside_the_window_reaches_her(
        server, phone_page, world, fake_io, queue, monkeypatch):
    from datetime import timedelta

    from bot.models import Escalation

    monkeypatch.setenv("CONTENT_SID_MIDWIFE_REPLY_FR", "HX" + "f" * 32)
    with session_scope() as session:  # she is 7 months pregnant; she last wrote 30 hours ago
        woman = session.get(Escalation, world.old_normal_case).woman
        woman.due_date = utcnow().date() + timedelta(days=70)
    page = phone_page
    _sign_in(page, server, f"/staff/cases/{world.old_normal_case}")
    assert page.inner_text("#pregnancy").startswith("7e mois")
    assert "WhatsApp n'accepte qu'un modèle" in page.inner_text("#window")
    page.fill("#reply", "Parlez-en avec votre mari, puis venez me voir lundi.")
    page.click("text=Envoyer la réponse")
    page.wait_for_selector("text=elle lira votre réponse quand elle écrira")
    while (task := queue.dequeue()) is not None:
        queue.execute(task)
    page.reload()
    events = page.inner_text(".events")
    assert "Envoyée comme modèle" in events and "en attente de son prochain message" in events
    _fits_the_phone(page)
    _shot(page, "case-template")
