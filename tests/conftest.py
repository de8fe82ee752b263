"""Shared fixtures.

The settings are read from the environment, and the queue is created when bot.queue is first
imported, so the test environment is set here, before any test module imports the app.
"""
from __future__ import annotations

import os
import tempfile

_INSTANCE = tempfile.mkdtemp(prefix="jigiya-tests-")
for _name in ("DATABASE_URL", "REDIS_URL", "RASA_URL"):
    os.environ.pop(_name, None)
os.environ.update(
    JIGIYA_INSTANCE_DIR=_INSTANCE,
    SECRET_KEY="test-secret",
    TWILIO_ACCOUNT_SID="AC" + "0" * 32,
    TWILIO_AUTH_TOKEN="test-auth-token",
    TWILIO_WHATSAPP_FROM="whatsapp:+14155238886",
    TWILIO_API_URL="http://127.0.0.1:9",  # nothing listens: unit tests must never reach a Twilio
    PUBLIC_BASE_URL="https://jigiya.example.org",
    RASA_URL="http://127.0.0.1:9",
)

from datetime import datetime, timezone  # noqa: E402
from zoneinfo import ZoneInfo  # noqa: E402

import pytest  # noqa: E402
import time_machine  # noqa: E402
from sqlalchemy import delete  # noqa: E402
from twilio.request_validator import RequestValidator  # noqa: E402

from bot import db  # noqa: E402
from bot.config import reset_settings  # noqa: E402

# --- the clock and what CI refuses to skip --------------------------------------------------

# Fixtures that start real processes (Rasa, worker, gunicorn, Chromium): those processes read the
# machine's clock, so a test using them is "live" and runs at the real time only.
LIVE_FIXTURES = {"stack", "live", "twilio_mock", "production", "prod", "server"}


def pytest_addoption(parser):
    parser.addoption("--now", default=None, metavar="YYYY-MM-DDTHH:MM",
                     help="run the non-live tests with the clock moved to this moment (Bamako time)")


def pytest_configure(config):
    config.addinivalue_line("markers", "live: starts real processes (their clock cannot be moved)")
    config.addinivalue_line("markers", "browser: drives Debian's Chromium")


@pytest.hookimpl(tryfirst=True)
def pytest_collection_modifyitems(config, items):
    for item in items:
        if LIVE_FIXTURES & set(item.fixturenames) or item.get_closest_marker("rasa") or item.get_closest_marker("chaos"):
            item.add_marker(pytest.mark.live)


def moved_clock(value: str) -> datetime:
    """``--now`` as an aware UTC datetime; a moment without a zone is Bamako time (UTC+0, no DST)."""
    moment = datetime.fromisoformat(value)
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=ZoneInfo("Africa/Bamako"))
    return moment.astimezone(timezone.utc)


@pytest.fixture(autouse=True)
def _clock(request):
    """With ``--now``, every non-live test starts at that moment and the clock ticks from there."""
    value = request.config.getoption("--now")
    if value is None or request.node.get_closest_marker("live"):
        yield
        return
    with time_machine.travel(moved_clock(value), tick=True):
        yield


def in_ci() -> bool:
    return os.environ.get("CI", "").lower() in {"1", "true", "yes"}


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_makereport(item, call):
    """In CI a skipped test is a failed test: a missing tool (Chromium, the Rasa environment,
    PostgreSQL, Redis) must not turn a red suite green. A developer's run still skips, saying why."""
    outcome = yield
    report = outcome.get_result()
    if in_ci() and report.skipped and not hasattr(report, "wasxfail"):
        reason = report.longrepr[2] if isinstance(report.longrepr, tuple) else str(report.longrepr)
        report.outcome = "failed"
        report.longrepr = f"skipped in CI (CI=true), which counts as a failure: {reason}"
    if report.failed and report.when in ("setup", "call"):
        for title, text in _process_logs(item):
            report.sections.append((title, text))


def _process_logs(item, lines: int = 40):
    """Where a failed live test's processes logged, and the tail of each log: kept on disk (the
    stack's instance directory is never deleted) so that a failure in CI can be read afterwards."""
    from tests.support.stack import Stack

    seen = set()
    for value in getattr(item, "funcargs", {}).values():
        stack = getattr(value, "stack", value)
        if not isinstance(stack, Stack) or id(stack) in seen:
            continue
        seen.add(id(stack))
        for log in sorted(stack.instance.glob("*.log")):
            tail = log.read_text(errors="replace").splitlines()[-lines:]
            yield f"log {log} (last {len(tail)} lines)", "\n".join(tail)


DATABASES = ["sqlite"] + (["postgresql"] if os.environ.get("TEST_DATABASE_URL") else [])


def _migrate() -> None:
    from alembic import command

    from bot.cli import alembic_config

    command.upgrade(alembic_config(), "head")


def _empty_tables() -> None:
    from bot.db import Base

    with db.session_scope() as session:
        for table in reversed(Base.metadata.sorted_tables):
            session.execute(delete(table))


@pytest.fixture(params=DATABASES)
def database(request, tmp_path_factory):
    """A migrated, empty database: SQLite always, PostgreSQL too when TEST_DATABASE_URL is set."""
    if request.param == "sqlite":
        url = f"sqlite:///{tmp_path_factory.getbasetemp() / 'jigiya-test.db'}"
    else:
        url = os.environ["TEST_DATABASE_URL"]
    os.environ["DATABASE_URL"] = url
    reset_settings()
    db.dispose_engine()
    _migrate()
    _empty_tables()
    yield url
    db.dispose_engine()
    os.environ.pop("DATABASE_URL", None)
    reset_settings()


@pytest.fixture
def queue():
    from bot.queue import huey, urgent_huey

    huey.flush()
    urgent_huey.flush()
    yield huey
    huey.flush()
    urgent_huey.flush()


@pytest.fixture
def urgent_queue(queue):
    from bot.queue import urgent_huey

    return urgent_huey


@pytest.fixture
def app(database, queue):
    from bot.app import create_app

    return create_app({"TESTING": True, "WTF_CSRF_ENABLED": False})


@pytest.fixture
def client(app):
    return app.test_client()


@pytest.fixture
def signed_post(client):
    """POST a form to a Twilio webhook with a valid X-Twilio-Signature."""

    def post(path: str, form: dict, **kwargs):
        url = f"{os.environ['PUBLIC_BASE_URL']}{path}"
        signature = RequestValidator(os.environ["TWILIO_AUTH_TOKEN"]).compute_signature(url, form)
        return client.post(path, data=form, headers={"X-Twilio-Signature": signature}, **kwargs)

    return post


# --- the real processes (Rasa, action server, worker, web app) and the Twilio mock -----------

@pytest.fixture
def twilio_at_mock(twilio_mock, monkeypatch):
    """The real Twilio client (Messages and Content APIs) pointed at the local mock, cleared."""
    monkeypatch.setenv("TWILIO_API_URL", twilio_mock.url)
    monkeypatch.setenv("TWILIO_CONTENT_API_URL", twilio_mock.url)
    reset_settings()
    twilio_mock.clear()
    yield twilio_mock
    monkeypatch.undo()
    reset_settings()


@pytest.fixture
def media_dir(database, tmp_path, monkeypatch):
    """Each test keeps its voice notes, photos and recordings apart (MEDIA_DIR in its own folder)."""
    monkeypatch.setenv("MEDIA_DIR", str(tmp_path / "media"))
    reset_settings()
    yield tmp_path / "media"
    monkeypatch.delenv("MEDIA_DIR")
    reset_settings()


@pytest.fixture(scope="module")
def compiled_catalogs():
    """The app reads .mo files (gitignored, built by `make`): built here from the .po for the
    modules that compare what is sent with a translation (``usefixtures("compiled_catalogs")``)."""
    from bot.content import catalogs
    from bot.content.i18n import catalog

    catalogs.compile_catalogs()
    catalog.cache_clear()
    yield
    catalog.cache_clear()


@pytest.fixture(scope="session")
def twilio_mock():
    from tests.support.twilio_mock import RunningTwilioMock

    running = RunningTwilioMock()
    yield running.mock
    running.stop()


@pytest.fixture(scope="session")
def stack(twilio_mock):
    from tests.support.stack import start_stack

    running = start_stack(twilio_mock)
    yield running
    running.shutdown()


@pytest.fixture
def live(stack, twilio_mock):
    """The running stack with an empty Twilio record and Rasa reachable."""
    twilio_mock.clear()
    stack.rasa.down = False
    return stack
