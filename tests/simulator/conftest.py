"""The simulator as the embedded default serves it (no Twilio, so open to anyone on the machine).
tests/conftest.py sets Twilio credentials for every test, which turns the simulator off: these
tests turn it on explicitly; test_access.py checks the settings that decide it."""
from __future__ import annotations

import pytest

SIMULATOR_OPEN = {"SIMULATOR_ENABLED": True, "SIMULATOR_OPEN": True}


@pytest.fixture
def app(database, queue):
    from bot.app import create_app

    return create_app({"TESTING": True, "WTF_CSRF_ENABLED": False, **SIMULATOR_OPEN})
