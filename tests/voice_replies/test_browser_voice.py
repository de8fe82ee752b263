"""On a phone-sized Chromium with a fake microphone, a midwife records a voice answer on the case
page, listens to it, records it again, sends it; the message that reaches the Twilio mock carries a MediaUrl that
serves audio/ogg under WhatsApp's 512 KB.

The web app runs in a thread (werkzeug, CSRF and secure cookies on, as in tests/staff/test_browser);
Twilio is the local mock (Prism on Twilio's OpenAPI file: a MediaUrl Twilio would refuse fails the
test); the test is the worker (it runs the queued delivery). Rasa is not needed. Screenshots go to
tests/artifacts/."""
from __future__ import annotations

from urllib.parse import urlsplit

import pytest
import requests
from sqlalchemy import select

from bot.db import session_scope
from bot.media.convert import WHATSAPP_VOICE_MAX_BYTES
from bot.models import Escalation, MediaFile, OutboundMessage
from tests.staff.conftest import PASSWORD
from tests.staff.test_browser import ARTIFACTS, pytestmark, server  # noqa: F401
from tests.support.browser import PHONE_VIEWPORT, phone_page
from tests.voice_replies.sounds import probe


@pytest.fixture
def microphone_page():
    """Chromium whose microphone is Chromium's own test tone, allowed without asking."""
    with phone_page(microphone=True, timeout_ms=15_000) as page:
        yield page


def _shot(page, name: str) -> None:
    page.screenshot(path=str(ARTIFACTS / f"voice-reply-{name}.png"), full_page=True)


def test_a_midwife_records_listens_and_sends_a_voice_answer(server, microphone_page, world, mock_twilio, queue):
    from playwright.sync_api import expect

    page = microphone_page
    case_id = world.sotuba_case  # urgent, her last message 20 minutes ago: inside WhatsApp's window
    with session_scope() as session:
        phone = session.get(Escalation, case_id).woman.phone

    page.goto(f"{server}/staff/cases/{case_id}")
    page.fill("#username", "awa")
    page.fill("#password", PASSWORD)
    page.click("button[type=submit]")
    page.wait_for_url(f"**/staff/cases/{case_id}")  # back to the case after signing in
    section = page.locator("#voice-reply")
    expect(section.get_by_role("heading")).to_have_text("Répondre par un message vocal")
    expect(page.locator("#voice-record")).to_be_visible()  # MediaRecorder is there: the recorder shows

    page.click("#voice-record")
    expect(page.locator("#voice-timer")).to_contain_text("0:02")  # about two seconds of the test tone
    section.screenshot(path=str(ARTIFACTS / "voice-reply-1-recording.png"))
    page.click("#voice-stop")
    preview = page.locator("#voice-preview")
    expect(preview).to_be_visible()
    expect(page.locator("#voice-rerecord")).to_be_visible()

    # She listens: the recording plays in the page (until half a second has been heard).
    heard = preview.evaluate("""audio => new Promise((resolve, reject) => {
        audio.addEventListener("timeupdate", () => { if (audio.currentTime > 0.5) { audio.pause(); resolve(audio.currentTime); } });
        audio.play().catch(reject);
    })""")
    assert heard > 0.5
    section.screenshot(path=str(ARTIFACTS / "voice-reply-2-listen.png"))
    expect(page.locator("#voice-record")).to_be_hidden()  # one way to start again: "Recommencer"

    first = preview.get_attribute("src")
    page.click("#voice-rerecord")  # not satisfied: she records again
    expect(page.locator("#voice-stop")).to_be_visible()
    expect(page.locator("#voice-timer")).to_contain_text("0:02")
    page.click("#voice-stop")
    expect(preview).to_be_visible()
    assert preview.get_attribute("src") != first  # the new recording replaced the first
    assert page.evaluate("document.documentElement.scrollWidth") <= PHONE_VIEWPORT["width"]

    page.click("#voice-send")
    expect(page.locator(".flash")).to_contain_text("Réponse envoyée dans sa conversation WhatsApp.")
    expect(page.locator(".events")).to_contain_text("Message vocal (0:0")
    expect(page.locator("audio.voice-reply")).to_have_count(1)
    _shot(page, "3-sent")

    while (task := queue.dequeue()) is not None:  # the worker delivers her answer
        queue.execute(task)
    [message] = mock_twilio.wait_for(phone, 1)
    assert message.form["Body"] == "🔊 Sage-femme ka jaabi."  # she writes Bambara
    media_url = message.form["MediaUrl"]
    assert media_url.startswith("https://jigiya.example.org/media/")
    with session_scope() as session:
        answer = session.scalars(select(OutboundMessage).where(OutboundMessage.twilio_sid == message.sid)).one()
        media = session.get(MediaFile, answer.media_id)
        assert (media.kind, media.created_by_id) == ("reply", world.awa)

    # What Twilio does next: fetch the voice note, with no cookie, from the public link.
    fetched = requests.get(server + urlsplit(media_url).path, timeout=10)
    assert fetched.status_code == 200
    assert fetched.headers["Content-Type"] == "audio/ogg"
    assert 0 < len(fetched.content) <= WHATSAPP_VOICE_MAX_BYTES
    sound = probe(fetched.content)
    assert (sound["codec"], sound["channels"]) == ("opus", 1) and sound["seconds"] >= 1.5
