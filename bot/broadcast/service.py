"""Broadcast lifecycle: create (now or later), start (freeze the recipient list), finish, revive.

Who receives it: the group's members with an active membership (``Woman.group_id``), who gave
consent and did not opt out — decided when sending starts, and re-checked for each woman just
before her message goes (bot.broadcast.sender)."""
from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import datetime, timedelta

from flask_babel import lazy_gettext
from sqlalchemy import func, select, update

from bot.broadcast.messages import MESSAGE_KEYS, MAX_TEXT, NothingToSend, kind_of, next_meeting, render
from bot.db import session_scope
from bot.models import Broadcast, BroadcastRecipient, ShareGroup, Woman
from bot.models.base import utcnow

log = logging.getLogger(__name__)


def eligible_members(group_id: int):
    return select(Woman).where(Woman.group_id == group_id, Woman.consent_at.is_not(None),
                               Woman.opted_out.is_(False)).order_by(Woman.id)


def validate(session, group: ShareGroup, message_key: str | None, text: str | None) -> None:
    """Raise NothingToSend (French reason) if this message cannot be composed for this group."""
    if message_key is not None and message_key not in MESSAGE_KEYS:
        raise NothingToSend(str(lazy_gettext("Message inconnu : %(key)s.", key=message_key)))
    if message_key is None and text is not None and len(text.strip()) > MAX_TEXT:
        raise NothingToSend(str(lazy_gettext("Le message dépasse %(max)d caractères.", max=MAX_TEXT)))
    for language in ("fr", "bm"):
        render(session, group, message_key, text, language)


class DuplicateBroadcast(Exception):
    """The same staff member asked for the same message to the same group moments ago (a double
    tap, a second tab): it is sent once; ``broadcast_id`` is that one."""

    def __init__(self, broadcast_id: int):
        super().__init__(f"already asked: broadcast {broadcast_id}")
        self.broadcast_id = broadcast_id


#: The same message, from the same person, to the same group, for the same time, asked again within
#: this time from the pages, is the same broadcast.
DUPLICATE_WINDOW = timedelta(minutes=5)


def _same_request(session, group_id: int, message_key: str | None, text: str | None, at: datetime | None,
                  created_by_id: int | None, now: datetime) -> int | None:
    query = select(Broadcast.id).where(
        Broadcast.group_id == group_id, Broadcast.created_by_id == created_by_id,
        Broadcast.status != "cancelled", Broadcast.created_at >= now - DUPLICATE_WINDOW,
        Broadcast.message_key.is_(None) if message_key is None else Broadcast.message_key == message_key,
        Broadcast.text.is_(None) if text is None else Broadcast.text == text.strip(),
        Broadcast.scheduled_at == at if at is not None else Broadcast.scheduled_at <= Broadcast.created_at)
    return session.scalar(query.order_by(Broadcast.id.desc()).limit(1))


def create_broadcast(group_id: int, *, message_key: str | None = None, text: str | None = None,
                     at: datetime | None = None, created_by_id: int | None = None,
                     origin: str = "page", now: datetime | None = None) -> int:
    """A new broadcast's id. From the pages (origin "page") the same request repeated within
    DUPLICATE_WINDOW raises DuplicateBroadcast instead: the group row is locked while checking
    (PostgreSQL), so two taps at once make one broadcast."""
    if (message_key is None) == (text is None):
        raise NothingToSend(str(lazy_gettext("Choisissez le rappel de réunion ou écrivez un message.")))
    now = now or utcnow()
    with session_scope() as session:
        group = session.scalar(select(ShareGroup).where(ShareGroup.id == group_id).with_for_update())
        validate(session, group, message_key, text)
        if origin == "page":
            existing = _same_request(session, group_id, message_key, text, at, created_by_id, now)
            if existing is not None:
                raise DuplicateBroadcast(existing)
        meeting = next_meeting(session, group) if message_key == "meeting_reminder" else None
        broadcast = Broadcast(group_id=group_id, kind=kind_of(message_key), message_key=message_key,
                              text=text.strip() if text else None, meeting_id=meeting.id if meeting else None,
                              scheduled_at=at or now, created_by_id=created_by_id, origin=origin[:64],
                              created_at=now)
        session.add(broadcast)
        session.flush()
        broadcast_id = broadcast.id
    log.info("broadcast %s created for group %s by staff %s (%s), at %s", broadcast_id, group_id,
             created_by_id, origin, at or "now")
    return broadcast_id


def start(broadcast_id: int) -> bool:
    """scheduled → sending, once, with the recipient rows written in the same transaction.
    False if it was already started (or cancelled): the caller does nothing."""
    now = utcnow()
    with session_scope() as session:
        won = session.execute(update(Broadcast).where(Broadcast.id == broadcast_id,
                                                      Broadcast.status == "scheduled")
                              .values(status="sending", started_at=now, progress_at=now)
                              .execution_options(synchronize_session=False)).rowcount == 1
        if not won:
            return False
        group_id = session.get(Broadcast, broadcast_id).group_id
        for woman in session.scalars(eligible_members(group_id)):
            session.add(BroadcastRecipient(broadcast_id=broadcast_id, woman_id=woman.id,
                                           language=woman.reply_language))
    return True


def finish_if_done(broadcast_id: int) -> bool:
    with session_scope() as session:
        left = session.scalar(select(func.count()).select_from(BroadcastRecipient).where(
            BroadcastRecipient.broadcast_id == broadcast_id,
            BroadcastRecipient.status.in_(("pending", "sending"))))
        if left:
            return False
        session.execute(update(Broadcast).where(Broadcast.id == broadcast_id, Broadcast.status == "sending")
                        .values(status="done", finished_at=utcnow())
                        .execution_options(synchronize_session=False))
    log.info("broadcast %s done", broadcast_id)
    return True


def touch(broadcast_id: int) -> None:
    with session_scope() as session:
        session.execute(update(Broadcast).where(Broadcast.id == broadcast_id).values(progress_at=utcnow())
                        .execution_options(synchronize_session=False))


def new_generation(broadcast_id: int) -> int:
    """Supersede the current senders (they stop after their slice) and return the new generation."""
    with session_scope() as session:
        broadcast = session.get(Broadcast, broadcast_id)
        broadcast.sender_generation += 1
        broadcast.progress_at = utcnow()
        return broadcast.sender_generation


def stalled(stale_after: float) -> list[int]:
    """Broadcasts sending with no progress for ``stale_after`` seconds (their senders died)."""
    cutoff = utcnow() - timedelta(seconds=stale_after)
    with session_scope() as session:
        return list(session.scalars(select(Broadcast.id).where(
            Broadcast.status == "sending", Broadcast.progress_at < cutoff)))


def due() -> list[int]:
    with session_scope() as session:
        return list(session.scalars(select(Broadcast.id).where(
            Broadcast.status == "scheduled", Broadcast.scheduled_at <= utcnow())))


def cancel(broadcast_id: int) -> bool:
    with session_scope() as session:
        return session.execute(update(Broadcast).where(Broadcast.id == broadcast_id,
                                                       Broadcast.status == "scheduled")
                               .values(status="cancelled", finished_at=utcnow())
                               .execution_options(synchronize_session=False)).rowcount == 1


@dataclass(frozen=True)
class Progress:
    total: int
    counts: dict[str, int]

    def count(self, *statuses: str) -> int:
        return sum(self.counts.get(s, 0) for s in statuses)

    @property
    def waiting(self) -> int:
        return self.count("pending", "sending")

    @property
    def settled(self) -> int:
        return self.total - self.waiting


def progress(broadcast_id: int) -> Progress:
    with session_scope() as session:
        counts = dict(session.execute(select(BroadcastRecipient.status, func.count()).where(
            BroadcastRecipient.broadcast_id == broadcast_id).group_by(BroadcastRecipient.status)).all())
    return Progress(total=sum(counts.values()), counts=counts)


__all__ = ["create_broadcast", "start", "finish_if_done", "progress", "cancel"]


@dataclass(frozen=True)
class Planned:
    woman: Woman
    route: str  # text | template | no_template | opted_out | no_consent


def plan(session, group_id: int, kind: str) -> list[Planned]:
    """Every member of the group and how a message of ``kind`` would reach her now (the preview)."""
    from bot.twilio.templates import template_sid, within_window

    rows = []
    for woman in session.scalars(select(Woman).where(Woman.group_id == group_id).order_by(Woman.name, Woman.id)):
        if woman.opted_out:
            route = "opted_out"
        elif woman.consent_at is None:
            route = "no_consent"
        elif within_window(woman.last_inbound_at):
            route = "text"
        elif template_sid(kind, woman.reply_language):
            route = "template"
        else:
            route = "no_template"
        rows.append(Planned(woman, route))
    return rows
