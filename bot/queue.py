"""The job queue: Huey on SQLite beside the database by default, on Redis when REDIS_URL is set.

The consumer runs ``huey_consumer bot.worker.huey``; bot.worker imports every task module.
"""
from __future__ import annotations

import os

from huey import Huey, PriorityRedisHuey, SqliteHuey

from bot.config import get_settings


class PromptSqliteHuey(SqliteHuey):
    """The SQLite queue has no way to wake a consumer: idle workers poll, backing off (by default)
    up to 10 s — too slow when a danger sign must reach the midwife within 5 s of arrival. The
    polling interval is capped (QUEUE_MAX_POLL_DELAY, default 0.5 s; a cheap indexed read).
    Redis needs no cap: its consumer blocks on the list and wakes at once."""

    def create_consumer(self, **options):
        cap = float(os.environ.get("QUEUE_MAX_POLL_DELAY", "0.5") or 0.5)
        options["max_delay"] = min(float(options.get("max_delay") or cap), cap)
        return super().create_consumer(**options)


def make_huey() -> Huey:
    settings = get_settings()
    if settings.redis_url:
        # Priorities (a danger sign is taken before the backlog) need Redis >= 5 (a sorted set).
        return PriorityRedisHuey("jigiya", url=settings.redis_url)
    settings.queue_path.parent.mkdir(parents=True, exist_ok=True)
    return PromptSqliteHuey("jigiya", filename=str(settings.queue_path))


huey = make_huey()
