"""The shared send rate: however many senders ask at once, slots come no faster than BROADCAST_MPS —
with the database row (no Redis) and with Redis (the `limits` library's moving window). Only lower
bounds on time are asserted (a slow machine cannot make them fail); the rate itself is measured by
`make bench-broadcast`."""
from __future__ import annotations

import shutil
import subprocess
import threading
import time
from concurrent.futures import ThreadPoolExecutor

import pytest

from bot.broadcast import pacer as pacer_module
from bot.broadcast.pacer import RedisPacer, SqlPacer
from tests.support.twilio_mock import free_port


def _stamps(pacer, senders: int, each: int) -> list[float]:
    def run() -> list[float]:
        out = []
        for _ in range(each):
            pacer.acquire()
            out.append(time.monotonic())
        return out

    with ThreadPoolExecutor(senders) as pool:
        return sorted(t for f in [pool.submit(run) for _ in range(senders)] for t in f.result())


def test_database_pacer_spaces_sends_across_senders(database):
    stamps = _stamps(SqlPacer(20), senders=4, each=8)  # 32 sends at 20/s: 31 gaps of 50 ms
    assert stamps[-1] - stamps[0] >= 31 / 20 - 0.05


class _StallingClock:
    """time.sleep as on a machine that stalls (CPU, GC, a database lock): any sleep due to end in
    [start, end) ends at ``end`` instead, so every sender waiting then wakes late at once."""

    def __init__(self, start: float, end: float) -> None:
        self.start, self.end = start, end

    @staticmethod
    def time() -> float:
        return time.time()

    def sleep(self, seconds: float) -> None:
        due = time.time() + seconds
        time.sleep(max(0.0, (self.end if self.start <= due < self.end else due) - time.time()))


def _busiest_second(stamps: list[float]) -> int:
    return max(sum(1 for u in stamps[i:] if u - t < 1.0) for i, t in enumerate(stamps))


def test_database_pacer_sends_no_burst_after_a_stall(database, monkeypatch):
    """Senders that all wake late after a stall must not go together: each takes a new slot."""
    stall_start = time.time() + 0.6
    monkeypatch.setattr(pacer_module, "time", _StallingClock(stall_start, stall_start + 0.5))
    stamps = _stamps(SqlPacer(20), senders=8, each=6)  # 48 sends at 20/s, 8 of them asleep in the stall
    assert _busiest_second(stamps) <= 21  # slots 50 ms apart, a sender may go up to 25 ms late
    assert stamps[-1] - stamps[0] >= 47 / 20 - 0.05


def test_database_pacer_pause_holds_everyone(database):
    pacer = SqlPacer(100)
    pacer.acquire()
    pacer.pause(1.0)
    started = time.monotonic()
    _stamps(pacer, senders=3, each=1)
    assert time.monotonic() - started >= 0.95


@pytest.fixture
def redis_url():
    server = shutil.which("redis-server")
    if not server:
        pytest.skip("redis-server is not installed")
    port = free_port()
    process = subprocess.Popen([server, "--port", str(port), "--save", "", "--appendonly", "no"],
                               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    import redis

    client = redis.Redis(port=port)
    for _ in range(100):
        try:
            client.ping()
            break
        except redis.ConnectionError:
            time.sleep(0.05)
    yield f"redis://127.0.0.1:{port}/0"
    process.terminate()
    process.wait(10)


class _GrantClock:
    """limits' Redis storage reads time.time() once per attempt and stores that instant in the
    window when the attempt is granted: record it per thread, so the test checks the instants the
    limiter granted — not when a thread, descheduled on a busy machine, got round to noting it."""

    def __init__(self) -> None:
        self.local = threading.local()

    def time(self) -> float:
        self.local.last = time.time()
        return self.local.last


def test_redis_pacer_never_lets_more_than_mps_through_in_a_second(redis_url, monkeypatch):
    import limits.storage.redis as limits_redis

    clock = _GrantClock()
    monkeypatch.setattr(limits_redis, "time", clock)
    pacer = RedisPacer(redis_url, 10)
    granted: list[float] = []
    hit = pacer.limiter.hit

    def recording_hit(*args, **kwargs):
        if ok := hit(*args, **kwargs):
            granted.append(clock.local.last)
        return ok

    pacer.limiter.hit = recording_hit
    _stamps(pacer, senders=4, each=8)  # 32 at 10/s: a moving window
    stamps = sorted(granted)
    assert len(stamps) == 32
    for i, t in enumerate(stamps):
        assert sum(1 for u in stamps[i:] if u - t < 1.0) <= 10
    assert stamps[-1] - stamps[0] >= 2.0


def test_redis_pacer_pause_holds_everyone(redis_url):
    pacer = RedisPacer(redis_url, 100)
    pacer.pause(1.0)
    started = time.monotonic()
    _stamps(pacer, senders=3, each=1)
    assert time.monotonic() - started >= 0.95
