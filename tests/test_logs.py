"""No phone number in a log line (issue 16, item 5): the message, its arguments, a traceback, and
SQLAlchemy's error text; dates, times, ids and SIDs come through unchanged."""
from __future__ import annotations

import io
import logging

import pytest
from sqlalchemy.exc import IntegrityError

from bot.db import session_scope
from bot.logs import configure_logging

NUMBER = "whatsapp:+22376123456"
SHAPES = ["+22376123456", "+223 76 12 34 56", "76 12 34 56", "76123456", "22376123456", "%2B22376123456",
          "whatsapp:+22376123456", "simulator:+22370000001", "+1 (415) 523-8886"]
KEPT = ["2026-11-21", "2026-11-21T10:33:27+00:00", "10:33:27,128", "escalation 1234567", "broadcast=42",
        "SM0123456789abcdef0123456789abcdef", "1f0c2d3e-1234-4321-8765-123456789012", "1764670000",
        "3.14159265", "woman=9f86d081884c7d659a2feaa0c55ad015"]


@pytest.fixture
def app_log():
    """The app's log handler (configure_logging) writing into a buffer: what would reach the console."""
    configure_logging()
    [ours] = [h for h in logging.getLogger().handlers if type(h) is logging.StreamHandler and (
        "Redact" in type(h.formatter).__name__ or any("Redact" in type(f).__name__ for f in h.filters))]
    buffer = io.StringIO()
    previous = ours.setStream(buffer)
    yield buffer
    ours.setStream(previous)


def _digits(text: str) -> str:
    return "".join(c for c in text if c.isdigit())


@pytest.mark.parametrize("shape", SHAPES)
def test_each_shape_of_a_number_is_masked(app_log, shape):
    logging.getLogger("bot.test").info("sending to %s now", shape)
    line = app_log.getvalue()
    assert "[phone]" in line and _digits(shape)[-8:] not in _digits(line.split(" INFO ", 1)[-1]), line


def test_dates_times_ids_and_sids_are_not_mangled(app_log):
    text = " | ".join(KEPT)
    logging.getLogger("bot.test").info("kept: %s", text)
    assert text in app_log.getvalue()
    assert "[phone]" not in app_log.getvalue()


def test_a_number_in_a_traceback_is_masked(app_log):
    def deliver(to):
        raise ValueError(f"Twilio refused {to}")

    try:
        deliver(NUMBER)
    except ValueError:
        logging.getLogger("bot.test").exception("send failed")
    text = app_log.getvalue()
    assert "Traceback" in text and "ValueError: Twilio refused [phone]" in text
    assert "76123456" not in text


def test_sqlalchemy_errors_carry_no_parameters(database, app_log):
    from bot.models import Woman

    with session_scope() as session:
        session.add(Woman(phone=NUMBER))
    with pytest.raises(IntegrityError) as caught:
        with session_scope() as session:
            session.add(Woman(phone=NUMBER))
    # The statement's parameters are never in the error; PostgreSQL's own DETAIL line ("Key
    # (phone)=(…) already exists") is, so what must hold is that no log carries it.
    assert "hidden due to hide_parameters" in str(caught.value)
    logging.getLogger("bot.test").error("could not store her", exc_info=caught.value)
    logged = app_log.getvalue()
    assert "IntegrityError" in logged and "76123456" not in logged


def test_the_workers_huey_lines_are_masked_too(monkeypatch):
    """huey_consumer adds its own handler to the "huey" logger after importing bot.worker; the
    worker's start-up hook wraps it."""
    from huey.consumer_options import ConsumerConfig

    from bot import worker

    huey_logger = logging.getLogger("huey")
    monkeypatch.setattr(huey_logger, "handlers", [])
    monkeypatch.setattr(huey_logger, "propagate", True)
    ConsumerConfig(workers=1, worker_type="thread").setup_logger(huey_logger)
    buffer = io.StringIO()
    huey_logger.handlers[-1].setStream(buffer)
    worker.mask_huey_logs()
    try:
        raise RuntimeError(f"task failed for {NUMBER}")
    except RuntimeError:
        logging.getLogger("huey.consumer").exception("Unhandled exception in task 1234")
    text = buffer.getvalue()
    assert "task 1234" in text and "RuntimeError: task failed for [phone]" in text
    assert "76123456" not in text and huey_logger.propagate is False
