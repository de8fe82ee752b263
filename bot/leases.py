"""Leases in the app database: a lock that expires.

A woman's conversation is worked on by one worker at a time (her messages are answered in the
order they arrived). Huey's own locks never expire, so a worker killed mid-turn (deploy, OOM,
Ctrl-C) left her lock held and every later message of hers unanswered. A lease runs out on its
own; a worker that starts also lets go of the leases of dead processes on its host at once.

The rows live beside the data they protect, so a lease of one database never silences a woman
of another. Works the same on SQLite and PostgreSQL: one conditional UPDATE, or one INSERT
that a concurrent INSERT makes fail.
"""
from __future__ import annotations

import os
import socket
import threading
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import datetime, timedelta

from sqlalchemy import delete, or_, select, update
from sqlalchemy.exc import IntegrityError

from bot.db import session_scope
from bot.models import Lease
from bot.models.base import utcnow

_HOST = socket.gethostname()[:60]
_PROCESS = uuid.uuid4().hex[:8]


def holder_id() -> str:
    """This thread of this process on this host: "host:pid:process-nonce:thread"."""
    return f"{_HOST}:{os.getpid()}:{_PROCESS}:{threading.get_ident() % 10**8}"


def acquire(name: str, holder: str, seconds: float, now: datetime | None = None) -> bool:
    """Take (or extend, if ``holder`` has it) the lease ``name`` for ``seconds``. False if held."""
    now = now or utcnow()
    until = now + timedelta(seconds=seconds)
    with session_scope() as session:
        taken = session.execute(
            update(Lease).where(Lease.name == name, or_(Lease.expires_at <= now, Lease.holder == holder))
            .values(holder=holder, expires_at=until)
        ).rowcount
        if taken:
            return True
    try:
        with session_scope() as session:
            session.add(Lease(name=name, holder=holder, expires_at=until))
        return True
    except IntegrityError:  # someone holds it (or took it between our two statements)
        return False


class Busy(Exception):
    """Someone else holds the lease."""


@contextmanager
def held(name: str, seconds: float) -> Iterator[str]:
    """Hold ``name`` for the block (raises Busy if someone else has it)."""
    holder = holder_id()
    if not acquire(name, holder, seconds):
        raise Busy(name)
    try:
        yield holder
    finally:
        release(name, holder)


def release(name: str, holder: str) -> None:
    with session_scope() as session:
        session.execute(delete(Lease).where(Lease.name == name, Lease.holder == holder))


def extend(name: str, seconds: float, now: datetime | None = None) -> None:
    """Make ``name`` last at least ``seconds`` more, whoever holds it (a queued task's marker,
    kept alive by its retries)."""
    now = now or utcnow()
    until = now + timedelta(seconds=seconds)
    with session_scope() as session:
        updated = session.execute(update(Lease).where(Lease.name == name, Lease.expires_at < until)
                                  .values(expires_at=until)).rowcount
        exists = updated or session.scalar(select(Lease.name).where(Lease.name == name))
    if not exists:
        acquire(name, f"queue:{uuid.uuid4().hex}", seconds, now)


def release_prefix(prefix: str) -> int:
    with session_scope() as session:
        return session.execute(delete(Lease).where(Lease.name.like(f"{prefix}%"))).rowcount


def release_name(name: str) -> None:
    """Let go of ``name`` whoever holds it (a queued-task marker, taken by the task itself)."""
    with session_scope() as session:
        session.execute(delete(Lease).where(Lease.name == name))


def live(names: list[str], now: datetime | None = None) -> set[str]:
    """Which of ``names`` are held now."""
    if not names:
        return set()
    now = now or utcnow()
    with session_scope() as session:
        return set(session.scalars(select(Lease.name).where(Lease.name.in_(names), Lease.expires_at > now)))


def release_dead_holders() -> int:
    """Let go of the leases held by processes of this host that no longer run (a worker killed
    before it could release them). Called when a worker starts. Returns how many."""
    with session_scope() as session:
        rows = session.execute(select(Lease.name, Lease.holder).where(Lease.holder.like(f"{_HOST}:%"))).all()
        dead = [name for name, holder in rows if not _running(holder)]
        if dead:
            session.execute(delete(Lease).where(Lease.name.in_(dead)))
        return len(dead)


def _running(holder: str) -> bool:
    try:
        _host, pid, nonce, _thread = holder.split(":")
    except ValueError:
        return True  # not ours to judge: it expires on its own
    if int(pid) == os.getpid():
        return nonce == _PROCESS  # a previous process that had our pid is dead
    try:
        os.kill(int(pid), 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True
