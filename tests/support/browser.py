"""What the browser tests share: the app served by a real HTTP server (werkzeug, in a thread) and
Debian's Chromium (Playwright never downloads a browser) at a phone's size, 390×844, with or without
Chromium's fake microphone (a test tone, allowed without asking). Screenshots go to tests/artifacts/."""
from __future__ import annotations

import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
from werkzeug.serving import make_server

CHROMIUM = Path("/usr/bin/chromium")
ARTIFACTS = Path(__file__).resolve().parent.parent / "artifacts"
PHONE_VIEWPORT = {"width": 390, "height": 844}

needs_chromium = pytest.mark.skipif(not CHROMIUM.exists(),
                                    reason="Debian's Chromium (/usr/bin/chromium) is not installed")

_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
         "--disable-sync", "--no-first-run"]
_MICROPHONE = ["--use-fake-device-for-media-stream", "--use-fake-ui-for-media-stream",
               "--autoplay-policy=no-user-gesture-required"]


@contextmanager
def serving(app) -> Iterator[str]:
    """The app on a free localhost port (a secure context: Secure cookies and the microphone work)."""
    http = make_server("localhost", 0, app, threaded=True)
    thread = threading.Thread(target=http.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://localhost:{http.server_port}"
    finally:
        http.shutdown()
        thread.join(timeout=5)


@contextmanager
def chromium(microphone: bool = False):
    from playwright.sync_api import sync_playwright

    ARTIFACTS.mkdir(exist_ok=True)
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=str(CHROMIUM), headless=True,
                                             args=_ARGS + (_MICROPHONE if microphone else []))
        try:
            yield browser
        finally:
            browser.close()


def phone_context(browser, microphone: bool = False):
    context = browser.new_context(viewport=PHONE_VIEWPORT, is_mobile=True, has_touch=True, locale="fr-FR")
    if microphone:
        context.grant_permissions(["microphone"])
    return context


@contextmanager
def phone_page(microphone: bool = False, timeout_ms: int = 10_000):
    """One page in a fresh phone-sized context, closed afterwards."""
    with chromium(microphone) as browser:
        context = phone_context(browser, microphone)
        page = context.new_page()
        page.set_default_timeout(timeout_ms)
        try:
            yield page
        finally:
            context.close()
