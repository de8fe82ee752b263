"""Queue tasks for broadcasts.

A broadcast is sent by BROADCAST_SENDERS sender tasks. Each works for a short slice (so the queue's
threads keep serving women's conversations in between), then re-queues itself. A watchdog task per
broadcast revives it if no sender made progress for a while (its worker died); the minute sweep does
the same if even the watchdog was lost, and starts scheduled broadcasts whose time has come.
"""
from __future__ import annotations

import logging
from functools import lru_cache

from huey import crontab
from sqlalchemy import select

from bot.broadcast import service
from bot.broadcast.pacer import Pacer, make_pacer
from bot.broadcast.sender import load_job, reconcile_in_doubt, remaining, run_slice
from bot.broadcast.settings import broadcast_settings
from bot.db import session_scope
from bot.models import Broadcast
from bot.queue import huey

log = logging.getLogger(__name__)
WATCH_EVERY = 5  # seconds
IN_FLIGHT_POLL = 1.0  # seconds: another sender's claim is about to be recorded, or is in doubt


@lru_cache(maxsize=4)
def _pacer(mps: float) -> Pacer:
    return make_pacer(mps)


def _stale_after() -> float:
    return 3 * broadcast_settings().slice_seconds + WATCH_EVERY


def _current(broadcast_id: int, generation: int) -> bool:
    with session_scope() as session:
        broadcast = session.get(Broadcast, broadcast_id)
        return (broadcast is not None and broadcast.status == "sending"
                and broadcast.sender_generation == generation)


def launch(broadcast_id: int) -> None:
    """Start (or restart) the senders and the watchdog of a broadcast that is sending."""
    generation = service.new_generation(broadcast_id)
    for _ in range(broadcast_settings().senders):
        send_broadcast(broadcast_id, generation)
    watch_broadcast.schedule((broadcast_id, generation), delay=WATCH_EVERY)


@huey.task()
def start_broadcast(broadcast_id: int) -> None:
    if service.start(broadcast_id):
        launch(broadcast_id)


@huey.task()
def send_broadcast(broadcast_id: int, generation: int) -> None:
    if not _current(broadcast_id, generation):
        return  # done, cancelled, or superseded by a revival
    settings = broadcast_settings()
    reconcile_in_doubt(broadcast_id, settings)
    run_slice(load_job(broadcast_id), _pacer(settings.mps), settings)
    service.touch(broadcast_id)
    pending, in_flight, wait = remaining(broadcast_id)
    if pending:
        send_broadcast.schedule((broadcast_id, generation), delay=wait or 0)
    elif in_flight:
        send_broadcast.schedule((broadcast_id, generation), delay=IN_FLIGHT_POLL)
    else:
        service.finish_if_done(broadcast_id)


@huey.task()
def watch_broadcast(broadcast_id: int, generation: int) -> None:
    if not _current(broadcast_id, generation):
        return
    if broadcast_id in service.stalled(_stale_after()):
        log.warning("broadcast %s stalled (a worker died?): senders restarted", broadcast_id)
        launch(broadcast_id)
        return
    watch_broadcast.schedule((broadcast_id, generation), delay=WATCH_EVERY)


@huey.periodic_task(crontab(minute="*"))
def sweep_broadcasts() -> None:
    for broadcast_id in service.due():
        start_broadcast(broadcast_id)
    for broadcast_id in service.stalled(max(60.0, _stale_after())):
        launch(broadcast_id)


_resumed = False


@huey.on_startup()
def resume_broadcasts() -> None:
    """A (re)started worker takes up broadcasts at once: those it was sending when it died."""
    global _resumed
    if _resumed:  # once per process, not per worker thread
        return
    _resumed = True
    with session_scope() as session:
        sending = list(session.scalars(select(Broadcast.id).where(Broadcast.status == "sending")))
    for broadcast_id in sending:
        launch(broadcast_id)
    for broadcast_id in service.due():
        start_broadcast(broadcast_id)


def send_or_schedule(broadcast_id: int) -> None:
    """After create_broadcast: start now, or at its time (the sweep is the safety net)."""
    with session_scope() as session:
        at = session.get(Broadcast, broadcast_id).scheduled_at
    start_broadcast.schedule((broadcast_id,), eta=at)
