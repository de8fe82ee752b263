"""The job queue: Huey on SQLite beside the database by default, on Redis when REDIS_URL is set.

Two lanes, one consumer process: ``huey`` (every task) and ``urgent_huey`` (a danger sign's reply
and alert only). The consumer runs ``huey_consumer bot.worker.huey``; bot.worker imports every task
module, and the consumer it creates also runs URGENT_THREADS threads kept for the urgent lane, so a
danger sign never waits for a thread held by a Rasa call (issue 13: at 50 msg/s every ordinary
thread is in one).
"""
from __future__ import annotations

import os

from huey import Huey, PriorityRedisHuey, SqliteHuey
from huey.consumer import Consumer

from bot.config import get_settings


def _max_poll_delay() -> float:
    """The SQLite queue has no way to wake a consumer: idle workers poll, backing off (by default)
    up to 10 s — too slow when a danger sign must reach the midwife within 5 s of arrival. The
    polling interval is capped (QUEUE_MAX_POLL_DELAY, default 0.5 s; a cheap indexed read).
    Redis needs no cap: its consumer blocks on the list and wakes at once."""
    return float(os.environ.get("QUEUE_MAX_POLL_DELAY", "0.5") or 0.5)


class _LaneConsumer(Consumer):
    """The urgent lane's threads inside the main consumer's process: the main consumer owns the
    signals (a second set of handlers would replace its own)."""

    def _set_signal_handlers(self):
        pass


class TwoLaneConsumer(Consumer):
    """The ordinary consumer plus the urgent lane's own threads: started, health-checked and
    stopped together, so every launcher of ``huey_consumer bot.worker.huey`` runs both."""

    def __init__(self, huey, **options):
        super().__init__(huey, **options)
        threads = int(os.environ.get("URGENT_THREADS", "2") or 2)
        self.urgent = _LaneConsumer(
            urgent_huey, workers=max(threads, 1), periodic=False, worker_type=self.worker_type,
            max_delay=self.max_delay, check_worker_health=False)  # health: checked with ours

    def start(self):
        self.urgent.start()
        super().start()

    def stop(self, graceful=False):
        self.urgent.stop(graceful=graceful)
        super().stop(graceful=graceful)

    def check_worker_health(self):
        self.urgent.check_worker_health()
        return super().check_worker_health()


MAIN, URGENT = "jigiya", "jigiya-urgent"


class _Consumers:
    """Both Huey classes create the two-lane consumer for the main queue; the SQLite one caps its
    polling delay (see _max_poll_delay)."""

    def create_consumer(self, **options):
        if isinstance(self, SqliteHuey):
            options["max_delay"] = min(float(options.get("max_delay") or 10.0), _max_poll_delay())
        if self.name == MAIN:  # the urgent lane's threads run inside the main consumer
            return TwoLaneConsumer(self, **options)
        return super().create_consumer(**options)


class JigiyaSqliteHuey(_Consumers, SqliteHuey):
    pass


class JigiyaRedisHuey(_Consumers, PriorityRedisHuey):
    # Kept a sorted set (Redis >= 5) as deployed: the urgent lane replaced the danger priority, but
    # switching the storage would strand tasks already queued in Redis.
    pass


def make_huey(name: str = MAIN) -> Huey:
    settings = get_settings()
    if settings.redis_url:
        return JigiyaRedisHuey(name, url=settings.redis_url)
    settings.queue_path.parent.mkdir(parents=True, exist_ok=True)
    return JigiyaSqliteHuey(name, filename=str(settings.queue_path))


huey = make_huey()
#: The lane for a danger sign's reply and alert (bot.conversation.tasks.answer_danger): same
#: storage, its own queue name, its own threads.
urgent_huey = make_huey(URGENT)
