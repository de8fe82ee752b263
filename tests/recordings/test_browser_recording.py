"""On a phone-sized Chromium with a fake microphone: a midwife records the danger reply in French on
the recordings page, listens to the draft; another midwife approves it and it is listed as sent.
Same server as tests/staff/test_browser.py (CSRF on, as in production). Screenshots: tests/artifacts/."""
from __future__ import annotations

import pytest
from playwright.sync_api import expect
from sqlalchemy import select

from bot.db import session_scope
from bot.models import ContentRecording
from tests.staff.conftest import PASSWORD, world  # noqa: F401  (fixture)
from tests.staff.test_browser import ARTIFACTS, pytestmark, server  # noqa: F401
from tests.support.browser import PHONE_VIEWPORT, chromium, phone_context

DANGER_FR = '#rec-danger [data-lang="fr"]'


@pytest.fixture
def fake_mic_browser():
    with chromium(microphone=True) as browser:
        yield browser


def signed_in(browser, server: str, username: str):
    page = phone_context(browser, microphone=True).new_page()
    page.set_default_timeout(15_000)
    page.goto(f"{server}/staff/recordings")
    page.fill("#username", username)
    page.fill("#password", PASSWORD)
    page.click("button[type=submit]")
    page.wait_for_url("**/staff/recordings")
    return page


def test_a_midwife_records_the_danger_reply_and_another_approves_it(media_dir, server, fake_mic_browser, world):
    page = signed_in(fake_mic_browser, server, "awa")
    page.click("#rec-danger summary")
    recorder = page.locator(f"{DANGER_FR} [data-recorder]")
    recorder.locator("[data-action=record]").click()
    expect(recorder.locator("[data-role=timer]")).to_contain_text("0:02")  # two seconds of the fake tone
    recorder.locator("[data-action=stop]").click()
    expect(recorder.locator("audio[data-role=preview]")).to_be_visible()
    page.screenshot(path=str(ARTIFACTS / "recordings-1-recorded.png"))
    recorder.locator("button[type=submit]").click()
    expect(page.locator(".flash")).to_contain_text("Enregistrement reçu")
    with session_scope() as session:
        [draft] = session.scalars(select(ContentRecording)).all()
        assert (draft.content_key, draft.language, draft.status) == ("danger", "fr", "draft")
        assert draft.media.content_type == "audio/ogg" and 0 < draft.media.size <= 512 * 1024
        draft_id = draft.id
    page.click("#rec-danger summary")
    player = page.locator(f'{DANGER_FR} .draft-recording audio[src$="/recordings/{draft_id}/audio"]')
    expect(player).to_be_visible()
    assert page.locator(f"{DANGER_FR} .draft-recording button.approve").count() == 0  # not her own
    page.screenshot(path=str(ARTIFACTS / "recordings-2-draft.png"))

    other = signed_in(fake_mic_browser, server, "fanta")
    other.click("#rec-danger summary")
    other.click(f"{DANGER_FR} .draft-recording button.approve")
    expect(other.locator(".flash")).to_contain_text("Enregistrement approuvé")
    other.click("#rec-danger summary")
    expect(other.locator(f"{DANGER_FR} .status").first).to_contain_text("approuvé par Fanta")
    assert other.evaluate("document.documentElement.scrollWidth") <= PHONE_VIEWPORT["width"]
    other.screenshot(path=str(ARTIFACTS / "recordings-3-approved.png"))
    with session_scope() as session:
        assert session.get(ContentRecording, draft_id).status == "approved"
