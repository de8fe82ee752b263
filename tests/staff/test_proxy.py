"""Behind a reverse proxy (issue 16, item 3): with TRUSTED_PROXIES=1 the sign-in limiter counts per
real client (X-Forwarded-For as the proxy wrote it), so one client's wrong passwords lock out that
client only; without it every client is the proxy's address."""
from __future__ import annotations

import pytest

from bot.config import reset_settings
from tests.staff.conftest import PASSWORD, world  # noqa: F401  (fixture)

PROXY = "127.0.0.1"


@pytest.fixture
def behind_proxy(database, queue, monkeypatch, time_machine):
    """behind_proxy(n) → an app built with TRUSTED_PROXIES=n, on a frozen clock (the limiter's window)."""
    from bot.app import create_app

    time_machine.move_to("2026-11-21T10:00:00+00:00", tick=False)

    def _make(hops: int):
        monkeypatch.setenv("TRUSTED_PROXIES", str(hops))
        reset_settings()
        return create_app({"TESTING": True, "WTF_CSRF_ENABLED": False})

    yield _make
    monkeypatch.undo()
    reset_settings()


def _login(client, forwarded_for: str, password: str = "mauvais"):
    """What nginx forwards: the connection is the proxy's; the client's address is in the header
    ($proxy_add_x_forwarded_for appends it to whatever the client sent)."""
    return client.post("/staff/login", data={"username": "awa", "password": password},
                       environ_base={"REMOTE_ADDR": PROXY},
                       headers={"X-Forwarded-For": forwarded_for, "X-Forwarded-Proto": "https"}).status_code


def test_one_clients_wrong_passwords_do_not_lock_out_the_others(behind_proxy, world):
    client = behind_proxy(1).test_client()
    assert [_login(client, "41.73.0.10") for _ in range(10)] == [401] * 10
    assert _login(client, "41.73.0.10") == 429
    assert _login(client, "41.73.0.99", PASSWORD) == 302  # another midwife, another phone


def test_a_forged_header_does_not_escape_the_limit(behind_proxy, world):
    """The client writes X-Forwarded-For herself; the proxy appends her real address; only the
    address the trusted proxy wrote counts."""
    client = behind_proxy(1).test_client()
    codes = [_login(client, f"10.9.9.{i}, 41.73.0.10") for i in range(11)]
    assert codes == [401] * 10 + [429]


def test_without_trusted_proxies_the_header_is_ignored(behind_proxy, world):
    client = behind_proxy(0).test_client()
    assert [_login(client, f"41.73.0.{i}") for i in range(11)] == [401] * 10 + [429]
    assert _login(client, "41.73.0.99", PASSWORD) == 429  # everyone is the proxy: all locked out


def test_a_bad_value_fails_at_start(behind_proxy):
    with pytest.raises(RuntimeError, match="TRUSTED_PROXIES"):
        behind_proxy("one")
