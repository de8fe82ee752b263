"""Rasa's tracker store: her conversation as Rasa saw it, under sender_id = her public_id.

Rasa creates the ``events`` table (rasa.core.tracker_store.SQLTrackerStore); the app only reads
and deletes rows there, through RASA_TRACKER_URL (or the embedded RASA_TRACKER_DB file)."""
from __future__ import annotations

import json
from functools import lru_cache

from sqlalchemy import Engine, column, delete, inspect, select, table

from bot.config import get_settings
from bot.db import make_engine

EVENTS = table("events", column("id"), column("sender_id"), column("type_name"), column("timestamp"),
               column("data"))


@lru_cache(maxsize=4)
def _engine(url: str) -> Engine:
    return make_engine(url)


def tracker_engine() -> Engine | None:
    """None when Rasa has never written a tracker here (nothing to export or erase)."""
    engine = _engine(get_settings().rasa_tracker_url)
    if url_is_missing_sqlite_file(engine) or not inspect(engine).has_table("events"):
        return None
    return engine


def url_is_missing_sqlite_file(engine: Engine) -> bool:
    from pathlib import Path

    database = engine.url.database
    return engine.url.get_backend_name() == "sqlite" and bool(database) and not Path(database).exists()


def tracker_events(sender_id: str) -> list[dict]:
    engine = tracker_engine()
    if engine is None:
        return []
    with engine.connect() as connection:
        rows = connection.execute(
            select(EVENTS.c.type_name, EVENTS.c.timestamp, EVENTS.c.data)
            .where(EVENTS.c.sender_id == sender_id).order_by(EVENTS.c.id)
        )
        return [{"event": kind, "timestamp": at, "data": _json(data)} for kind, at, data in rows]


def erase_tracker(sender_id: str) -> int:
    """Delete every Rasa event of this conversation; returns how many."""
    engine = tracker_engine()
    if engine is None:
        return 0
    with engine.begin() as connection:
        return connection.execute(delete(EVENTS).where(EVENTS.c.sender_id == sender_id)).rowcount


def erase_tracker_before(timestamp: float) -> int:
    """Delete Rasa events older than ``timestamp`` (seconds since the epoch) for everyone."""
    engine = tracker_engine()
    if engine is None:
        return 0
    with engine.begin() as connection:
        return connection.execute(delete(EVENTS).where(EVENTS.c.timestamp < timestamp)).rowcount


def _json(data: str | None):
    try:
        return json.loads(data) if data else None
    except ValueError:
        return data
