"""Open an escalation, and send a midwife's reply back into the woman's conversation.

Called from the worker (danger lexicon, very long messages), from the Rasa actions (danger sign
seen by the model, ask_midwife, two misunderstood messages) and, later, from the staff pages.
"""
from __future__ import annotations

import hashlib
import logging
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from bot.content import dialogue
from bot.content.i18n import translate
from bot.db import session_scope
from bot.escalation.settings import escalation_settings
from bot.models import CaseEvent, Cscom, Escalation, InboundMessage, MediaFile, OutboundMessage, StaffMember, Woman
from bot.models.base import utcnow

log = logging.getLogger(__name__)


#: A midwife's answer kept for her next message: outside WhatsApp's 24-hour window only the
#: template "a midwife answered you — reply to read it" went (or nothing, with no template).
HELD = "held"


class CannotReply(Exception):
    """The midwife's reply cannot be sent (escalation closed, or the woman said STOP)."""


def cscom_of(session: Session, woman: Woman) -> Cscom | None:
    return session.get(Cscom, woman.cscom_id) if woman.cscom_id else None


def recent_context(session: Session, woman_id: int, limit: int | None = None) -> list[dict]:
    """Her last messages and the bot's, oldest first, so the midwife reads the exchange at a glance."""
    limit = limit or escalation_settings().context_messages
    inbound = session.scalars(
        select(InboundMessage).where(InboundMessage.woman_id == woman_id)
        .order_by(InboundMessage.id.desc()).limit(limit)
    ).all()
    outbound = session.scalars(
        select(OutboundMessage).where(OutboundMessage.woman_id == woman_id, OutboundMessage.status != HELD)
        .order_by(OutboundMessage.id.desc()).limit(limit)
    ).all()
    items = [{"from": "woman", "text": _inbound_text(m), "at": m.received_at.isoformat()} for m in inbound]
    items += [{"from": "bot", "text": m.body, "at": m.created_at.isoformat()} for m in outbound]
    items.sort(key=lambda item: item["at"])
    return items[-limit:]


def _inbound_text(message: InboundMessage) -> str:
    """Her words, or what she sent instead (a voice note has no text: the case page plays it)."""
    if message.body.strip() or not (message.media or message.latitude):
        return message.body
    kinds = {(item.get("content_type") or "").split("/")[0] for item in message.media or []}
    if "audio" in kinds:
        return "(message vocal)"
    if "image" in kinds:
        return "(photo)"
    return "(position)" if message.latitude else "(fichier)"


def open_escalation(session: Session, woman: Woman, message: str, *, urgency: str, reason: str,
                    inbound_id: int | None = None) -> Escalation:
    """A new escalation for her CSCom's midwives. An inbound message escalates at most once
    (a retried task, or the worker and an action both seeing it, must not alert twice)."""
    assert urgency in ("urgent", "normal")
    if inbound_id is not None:
        existing = session.scalar(select(Escalation).where(Escalation.inbound_id == inbound_id))
        if existing is not None:
            if urgency == "urgent" and existing.urgency != "urgent":
                existing.urgency, existing.reason = "urgent", reason
            return existing
    from bot.escalation.cscoms import resolve_cscom

    escalation = Escalation(
        woman_id=woman.id, inbound_id=inbound_id, cscom_id=resolve_cscom(session, woman), urgency=urgency,
        reason=reason, status="open", message=message, context=recent_context(session, woman.id),
    )
    session.add(escalation)
    session.flush()
    log.info("escalation %s opened woman=%s urgency=%s reason=%s", escalation.id, woman.public_id,
             urgency, reason)
    return escalation


class DuplicateReply(Exception):
    """The same midwife sent the same answer to this case moments ago (a double tap, a second tab):
    it went once; ``outbound_id`` is that one."""

    def __init__(self, outbound_id: int | None):
        super().__init__(f"already answered (outbound {outbound_id})")
        self.outbound_id = outbound_id


#: The same text from the same midwife on the same case within this time is one answer, not two.
DUPLICATE_REPLY_WINDOW = timedelta(minutes=10)


def reply_to_escalation(escalation_id: int, text: str, staff: StaffMember | int,
                        now: datetime | None = None, *, voice: tuple[bytes, int] | None = None) -> int:
    """Queue the midwife's answer to the woman, in the same WhatsApp conversation, and record it
    on the case (its ``reply`` event, and the acknowledgement of an urgent case) in the same
    transaction; returns the outbound message id. The escalation becomes ``answered``.

    ``voice`` (OGG/Opus bytes and seconds, from bot.media.convert) makes it a voice answer: the
    file is stored as a "reply" MediaFile and sent with one line in her language; ``text`` is then
    what the case page shows. A double tap is the same file (the conversion is deterministic).

    The case row is locked while this runs (PostgreSQL), so two taps cannot both pass the check:
    the second raises DuplicateReply."""
    from bot.escalation.alerts import acknowledge

    text = text.strip()
    if not text:
        raise ValueError("empty reply")
    staff_id = staff if isinstance(staff, int) else staff.id
    now = now or utcnow()
    with session_scope() as session:
        escalation = session.scalar(select(Escalation).where(Escalation.id == escalation_id).with_for_update())
        if escalation is None:
            raise LookupError(f"no escalation {escalation_id}")
        if escalation.status == "resolved":
            raise CannotReply("this escalation is resolved")
        woman = escalation.woman
        if woman.opted_out:
            raise CannotReply("she asked to receive no more messages (STOP)")
        recent = select(CaseEvent).where(
            CaseEvent.escalation_id == escalation_id, CaseEvent.kind == "reply", CaseEvent.staff_id == staff_id,
            CaseEvent.at >= now - DUPLICATE_REPLY_WINDOW).order_by(CaseEvent.id.desc()).limit(1)
        if voice is None:
            same = session.scalar(recent.where(CaseEvent.body == text))
        else:
            same = session.scalar(recent.join(OutboundMessage, OutboundMessage.id == CaseEvent.outbound_id)
                                  .join(MediaFile, MediaFile.id == OutboundMessage.media_id)
                                  .where(MediaFile.sha256 == hashlib.sha256(voice[0]).hexdigest()))
        if same is not None:
            raise DuplicateReply(same.outbound_id)
        # A push, not a reply: outside the window deliver_pending sends the kind's template and
        # hold_full_answer keeps the text for her next message.
        outbound = OutboundMessage(
            woman_id=woman.id, inbound_id=escalation.inbound_id, kind="midwife_reply",
            body=translate(woman.reply_language, dialogue.MIDWIFE_ANSWER, text=text),
        )
        if voice is not None:
            from bot.media import store

            outbound.media_id = store.save(session, voice[0], "audio/ogg", kind="reply", woman_id=woman.id,
                                           escalation_id=escalation_id, created_by_id=staff_id,
                                           duration_seconds=voice[1]).id
            outbound.body = translate(woman.reply_language, dialogue.MIDWIFE_VOICE_ANSWER)
        session.add(outbound)
        if escalation.claimed_by_id is None:
            escalation.claimed_by_id, escalation.claimed_at = staff_id, now
        escalation.status, escalation.answered_at = "answered", now
        session.flush()
        session.add(CaseEvent(escalation_id=escalation_id, staff_id=staff_id, kind="reply", body=text,
                              outbound_id=outbound.id, at=now))
        if escalation.urgency == "urgent":
            acknowledge(session, escalation, staff_id, "reply", now)
        outbound_id, woman_id = outbound.id, woman.id
    from bot.escalation.tasks import deliver_to_woman

    deliver_to_woman(woman_id)
    log.info("escalation %s answered by staff %s", escalation_id, staff_id)
    return outbound_id


def hold_full_answer(session: Session, outbound: OutboundMessage) -> None:
    """The midwife's answer did not go as free text (template, no template, failed template): keep
    a copy, ``held``, that release_held_answers sends as soon as she writes again. The copy points
    back at the answer (``content_variables["full_text_of"]``) for the case page."""
    session.add(OutboundMessage(woman_id=outbound.woman_id, inbound_id=outbound.inbound_id, kind="reply",
                                status=HELD, body=outbound.body, media_id=outbound.media_id,  # her voice note too
                                content_variables={"full_text_of": outbound.id}))
    log.info("outbound %s: midwife's answer held until she writes", outbound.id)


def release_held_answers(woman_id: int) -> int:
    """She has just written (the window is open): her held answers become pending, to be sent
    as free text before the bot's reply to this new message. Returns how many."""
    with session_scope() as session:
        woman = session.get(Woman, woman_id)
        if woman is None or woman.opted_out:
            return 0
        held = session.scalars(select(OutboundMessage).where(
            OutboundMessage.woman_id == woman_id, OutboundMessage.status == HELD).order_by(OutboundMessage.id)).all()
        for outbound in held:
            outbound.status = "pending"
        return len(held)


@dataclass(frozen=True)
class AnswerDelivery:
    """How a midwife's answer reached her, for the case page."""

    status: str  # the answer's own outbound status (the template's, when it went as one)
    held: bool = False  # it did not go as free text: the full text waits for her next message
    full_text_status: str | None = None  # the held copy: "held" until she writes, then Twilio's


def answer_deliveries(session: Session, woman_id: int, outbound_ids: list[int]) -> dict[int, AnswerDelivery]:
    if not outbound_ids:
        return {}
    answers = {o.id: o for o in session.scalars(select(OutboundMessage).where(OutboundMessage.id.in_(outbound_ids)))}
    copies = {}
    for copy in session.scalars(select(OutboundMessage).where(
            OutboundMessage.woman_id == woman_id, OutboundMessage.kind == "reply",
            OutboundMessage.content_variables.is_not(None), OutboundMessage.id > min(outbound_ids))):
        original = (copy.content_variables or {}).get("full_text_of")
        if original in answers:
            copies[original] = copy
    return {oid: AnswerDelivery(o.status, oid in copies, copies[oid].status if oid in copies else None)
            for oid, o in answers.items()}
