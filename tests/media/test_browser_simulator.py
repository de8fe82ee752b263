"""The simulator on a phone-sized Chromium with a fake microphone: "Envoyer un audio" sends a file,
"Enregistrer un message vocal" records one (MediaRecorder); each goes the WhatsApp way (queued, the
worker opens the midwife's case) and plays in her conversation."""
from __future__ import annotations

import time

import pytest
from sqlalchemy import select

from bot.db import session_scope
from bot.models import Escalation, MediaFile
from tests.media.conftest import FIXTURES
from tests.simulator.conftest import SIMULATOR_OPEN
from tests.support.browser import ARTIFACTS, needs_chromium, phone_page, serving

pytestmark = needs_chromium


@pytest.fixture
def server(database, queue, media_dir):
    from bot.app import create_app

    with serving(create_app(SIMULATOR_OPEN)) as url:
        yield url


@pytest.fixture
def microphone_page():
    with phone_page(microphone=True) as page:
        yield page


def _wait_until(condition, timeout: float = 10.0) -> None:
    deadline = time.monotonic() + timeout
    while not condition():
        assert time.monotonic() < deadline, "condition not met in time"
        time.sleep(0.05)


def _run_worker(queue) -> None:
    while (task := queue.dequeue()) is not None:
        queue.execute(task)


def test_a_woman_sends_and_records_audio_in_the_simulator(server, microphone_page, fake_io, queue):
    from playwright.sync_api import expect

    page = microphone_page
    page.goto(f"{server}/simulator/")
    page.fill("#phone", "+22370000077")
    page.set_input_files("#audio-file", str(FIXTURES / "voice_note.ogg"))
    expect(page.locator("#audio-status")).to_have_text("Audio envoyé.")
    _run_worker(queue)
    mine = page.locator(".bubble.woman audio")
    expect(mine).to_have_count(1)
    expect(mine.first).not_to_have_js_property("readyState", 0)
    assert mine.first.evaluate("a => a.duration") > 1.5
    expect(page.locator(".bubble.bot").last).to_contain_text("sage-femme")

    page.click("#audio-record")
    expect(page.locator("#audio-record")).to_have_text("Arrêter et envoyer")
    page.click("#audio-record")
    # Stored once it shows in her conversation, queued just after (the status line still says "Audio
    # envoyé." from the first note, so it cannot tell): only then may the worker run.
    expect(page.locator(".bubble.woman audio")).to_have_count(2)
    _wait_until(lambda: queue.pending_count() > 0)
    _run_worker(queue)
    page.screenshot(path=str(ARTIFACTS / "media-3-simulator.png"), full_page=True)
    with session_scope() as session:
        files = session.scalars(select(MediaFile).order_by(MediaFile.id)).all()
        assert [f.content_type for f in files] == ["audio/ogg", "audio/webm"]
        [case] = session.scalars(select(Escalation)).all()  # the second note joined her case
        assert case.reason == "voice_note" and {f.escalation_id for f in files} == {case.id}
