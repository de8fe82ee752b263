"""Store what a woman sent and queue it. The WhatsApp webhook and the simulator both come here."""
from __future__ import annotations

import logging
from dataclasses import dataclass, field

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError

from bot.db import session_scope
from bot.models import InboundMessage, Woman
from bot.models.base import utcnow

log = logging.getLogger(__name__)


@dataclass
class Incoming:
    message_sid: str
    phone: str
    body: str = ""
    media: list[dict] = field(default_factory=list)
    latitude: str | None = None
    longitude: str | None = None
    channel: str = "whatsapp"
    payload: str | None = None  # the WhatsApp button or list item she tapped (bot.twilio.interactive)


@dataclass(frozen=True)
class Stored:
    woman_id: int
    woman_ref: str
    duplicate: bool
    message_id: int | None = None


def _woman(session, phone: str) -> Woman:
    woman = session.scalar(select(Woman).where(Woman.phone == phone))
    if woman is None:
        woman = Woman(phone=phone)
        session.add(woman)
        session.flush()
    return woman


def store(incoming: Incoming) -> Stored:
    """Store the message once; a retry of the same MessageSid is recognised, not stored twice."""
    for attempt in range(3):  # two first messages from one new number can race on creating her
        try:
            with session_scope() as session:
                existing = session.scalar(
                    select(InboundMessage).where(InboundMessage.message_sid == incoming.message_sid)
                )
                if existing is not None:
                    return Stored(existing.woman_id, existing.woman.public_id, duplicate=True,
                                  message_id=existing.id)
                woman = _woman(session, incoming.phone)
                woman.last_inbound_at = utcnow()
                woman.unreachable_at = None  # she writes: she can be reached again
                message = InboundMessage(
                    message_sid=incoming.message_sid,
                    woman_id=woman.id,
                    channel=incoming.channel,
                    body=incoming.body,
                    media=incoming.media,
                    latitude=incoming.latitude,
                    longitude=incoming.longitude,
                    payload=incoming.payload,
                )
                session.add(message)
                session.flush()
                from bot.conversation.media_message import register_media

                register_media(session, message)  # her voice notes and photos: rows the worker fills
                stored = Stored(woman.id, woman.public_id, duplicate=False, message_id=message.id)
            return stored
        except IntegrityError:
            if attempt == 2:
                raise
    raise AssertionError("unreachable")


def store_and_enqueue(incoming: Incoming) -> Stored | None:
    from bot.conversation.media_message import reads_as_danger  # the lexicon, as triage reads it
    from bot.escalation.staff_messages import from_staff

    # A midwife's (or admin's) own number: her OK, her duty keywords — not a woman's message.
    if from_staff(incoming.message_sid, incoming.phone, incoming.body, incoming.channel):
        return None
    stored = store(incoming)
    if not stored.duplicate:
        from bot.conversation.tasks import enqueue_woman

        try:
            enqueue_woman(stored.woman_id, stored.message_id if reads_as_danger(incoming.body or "") else None)
        except Exception:  # the queue is down: the sweeper finds the pending message later
            log.exception("could not enqueue message for woman %s", stored.woman_ref)
    log.info("inbound stored woman=%s duplicate=%s", stored.woman_ref, stored.duplicate)
    return stored
