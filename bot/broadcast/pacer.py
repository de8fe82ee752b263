"""At most BROADCAST_MPS Twilio sends per second, shared by every worker process.

- With REDIS_URL: the ``limits`` library's moving window in Redis (strict: never more than N in any
  one-second window).
- Without: a single "next free slot" row in the app database (send_pacers). Each send takes the
  next slot in one UPDATE … RETURNING, which SQLite's writer lock and PostgreSQL's row lock make
  atomic across processes, then sleeps until its slot: sends are spaced 1/MPS apart. A sender that
  wakes more than half an interval after its slot (a busy CPU, a slow database) gives the slot up
  and takes a new one: going late would land it on top of the senders holding the next slots, and
  a stall would be followed by a burst of every overdue slot at once.

``pause(seconds)`` honours a Retry-After from Twilio for every sender, not only the one refused: no
slot is given out before it ends. Sends already holding a slot (at most BROADCAST_CONCURRENCY per
sender, i.e. a fraction of a second ahead) still go.
"""
from __future__ import annotations

import time
from typing import Protocol

from sqlalchemy import case, insert, update
from sqlalchemy.exc import IntegrityError

from bot.config import get_settings
from bot.db import session_scope
from bot.models import SendPacer


class Pacer(Protocol):
    def acquire(self) -> None: ...

    def pause(self, seconds: float) -> None: ...


class SqlPacer:
    def __init__(self, mps: float, name: str = "twilio") -> None:
        self.interval = 1.0 / mps
        self.late = self.interval / 2  # how far past its slot a sender may still go
        self.name = name

    def _take(self, now: float) -> tuple[float, float] | None:
        """Reserve the next slot: (its time, the pause in force), in one statement."""
        column = SendPacer.next_at
        soonest = now + self.interval  # an idle pacer's first slot: leaves time for this statement to return
        with session_scope() as session:
            row = session.execute(
                update(SendPacer).where(SendPacer.name == self.name)
                .values(next_at=case((column < soonest, soonest), else_=column) + self.interval)
                .returning(column, SendPacer.paused_until).execution_options(synchronize_session=False)
            ).first()
        return (row[0] - self.interval, row[1]) if row else None

    def acquire(self) -> None:
        while True:
            taken = self._take(time.time())
            if taken is None:  # first use: create the row (another process may race us to it)
                try:
                    with session_scope() as session:
                        session.execute(insert(SendPacer).values(name=self.name, next_at=0.0, paused_until=0.0))
                except IntegrityError:
                    pass
                continue
            slot, paused = taken
            if paused > slot:  # Twilio said "retry after": this slot falls in the pause, take another
                time.sleep(max(0.0, paused - time.time()))
                continue
            delay = slot - time.time()
            if delay > 0:
                time.sleep(delay)
            if time.time() - slot > self.late:
                continue  # overdue: this slot's moment has passed, queue for a new one
            return

    def pause(self, seconds: float) -> None:
        until = time.time() + seconds
        with session_scope() as session:
            for column in (SendPacer.next_at, SendPacer.paused_until):
                session.execute(update(SendPacer).where(SendPacer.name == self.name)
                                .values({column: case((column < until, until), else_=column)})
                                .execution_options(synchronize_session=False))


class RedisPacer:
    KEY = "jigiya-broadcast"

    def __init__(self, url: str, mps: float) -> None:
        import redis
        from limits import RateLimitItemPerSecond
        from limits.storage import storage_from_string
        from limits.strategies import MovingWindowRateLimiter

        self.limiter = MovingWindowRateLimiter(storage_from_string(url))
        self.item = RateLimitItemPerSecond(max(1, round(mps)))  # limits counts whole messages
        self.redis = redis.Redis.from_url(url)

    def acquire(self) -> None:
        while True:
            paused = float(self.redis.get(f"{self.KEY}:pause") or 0) - time.time()
            if paused > 0:
                time.sleep(paused)
                continue
            if self.limiter.hit(self.item, self.KEY):
                return
            stats = self.limiter.get_window_stats(self.item, self.KEY)
            time.sleep(min(1.0, max(0.002, stats.reset_time - time.time())))

    def pause(self, seconds: float) -> None:
        until = time.time() + seconds
        current = float(self.redis.get(f"{self.KEY}:pause") or 0)
        if until > current:
            self.redis.set(f"{self.KEY}:pause", until, px=int(seconds * 1000) + 1000)


def make_pacer(mps: float) -> Pacer:
    settings = get_settings()
    return RedisPacer(settings.redis_url, mps) if settings.redis_url else SqlPacer(mps)
