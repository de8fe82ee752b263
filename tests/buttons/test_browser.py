"""The simulator on a phone-sized Chromium shows the language question's buttons under the bot's
reply, and tapping "Bamanankan" posts what Twilio would (ButtonPayload/ButtonText) through the same
inbound path: her language is set. The test plays the worker (answer_pending) once a message is in.
Screenshots go to tests/artifacts/."""
from __future__ import annotations

import pytest
from sqlalchemy import select

from bot.content import dialogue
from bot.content.i18n import translate
from bot.conversation.service import answer_pending
from bot.db import session_scope
from bot.models import InboundMessage, Woman
from tests.staff.test_browser import phone_page  # noqa: F401  (fixture reused here)
from tests.support.browser import ARTIFACTS, needs_chromium, serving

pytestmark = needs_chromium
PHONE = "+22370004242"


@pytest.fixture
def server(database, queue, fake_io):
    from bot.app import create_app

    with serving(create_app({"SIMULATOR_ENABLED": True, "SIMULATOR_OPEN": True})) as url:  # CSRF on, as served
        yield url


def _work(page, text: str) -> None:
    """Wait until her message shows (stored), then answer it as the worker would."""
    from playwright.sync_api import expect

    expect(page.locator(".bubble.woman", has_text=text)).to_be_visible()
    with session_scope() as session:
        woman_id = session.scalar(select(Woman.id).where(Woman.phone == "simulator:" + PHONE))
    answer_pending(woman_id)


def test_the_simulator_shows_the_language_buttons_and_a_tap_sets_her_language(server, phone_page):
    from playwright.sync_api import expect

    page = phone_page
    page.goto(f"{server}/simulator/")
    page.fill("#phone", PHONE)
    page.fill("#text", "Bonjour")
    page.click("button[type=submit]")
    _work(page, "Bonjour")
    question = page.locator(".bubble.bot", has_text=translate("fr", dialogue.LANGUAGE_CHOICE))
    expect(question.locator("button.choice")).to_have_text(["Français", "Bamanankan", "Messages vocaux"])
    page.screenshot(path=str(ARTIFACTS / "buttons-language-question.png"), full_page=True)

    question.locator("button.choice", has_text="Bamanankan").click()
    _work(page, "Bamanankan")
    expect(page.locator(".bubble.bot", has_text=translate("bm", dialogue.LANGUAGE_SET))).to_be_visible()
    expect(page.locator(".bubble.woman").last).to_have_text("Bamanankan")  # what she tapped, as on WhatsApp
    page.screenshot(path=str(ARTIFACTS / "buttons-language-tapped.png"), full_page=True)
    with session_scope() as session:
        woman = session.scalar(select(Woman).where(Woman.phone == "simulator:" + PHONE))
        assert (woman.language, woman.awaiting) == ("bm", None)
        tapped = session.scalars(select(InboundMessage).order_by(InboundMessage.id.desc())).first()
        assert (tapped.payload, tapped.channel) == ("lang:bm", "simulator")
