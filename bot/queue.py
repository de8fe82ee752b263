"""The job queue: Huey on SQLite beside the database by default, on Redis when REDIS_URL is set.

The consumer runs ``huey_consumer bot.worker.huey``; bot.worker imports every task module.
"""
from __future__ import annotations

from huey import Huey, RedisHuey, SqliteHuey

from bot.config import get_settings


def make_huey() -> Huey:
    settings = get_settings()
    if settings.redis_url:
        return RedisHuey("jigiya", url=settings.redis_url)
    settings.queue_path.parent.mkdir(parents=True, exist_ok=True)
    return SqliteHuey("jigiya", filename=str(settings.queue_path))


huey = make_huey()
