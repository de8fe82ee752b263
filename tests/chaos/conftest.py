"""The production-mode stack, started once for the fault tests (two Rasa instances, two workers)."""
from __future__ import annotations

import pytest

from tests.chaos.prod_stack import services_available, start_production_stack


@pytest.fixture(scope="session")
def production(twilio_mock):
    reason = services_available()
    if reason:
        pytest.skip(f"production stack unavailable: {reason}")
    running = start_production_stack(twilio_mock)
    yield running
    running.shutdown()


@pytest.fixture
def prod(production, twilio_mock):
    """The production stack with an empty Twilio record, PostgreSQL reachable, every Rasa up."""
    twilio_mock.clear()
    production.postgres.restore()
    production.rasa.down = False
    for index in range(len(production.rasa_ports)):
        if f"rasa{index}" not in production.stack.processes:
            production.start_rasa(index)
    for index in range(len(production.rasa_ports)):
        production.wait_rasa(index)
    return production
