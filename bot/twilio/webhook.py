"""Twilio's webhooks: inbound WhatsApp messages and delivery receipts."""
from __future__ import annotations

from flask import Blueprint, Response, abort, g
from sqlalchemy import select
from twilio.twiml.messaging_response import MessagingResponse

from bot.conversation.inbound import Incoming, store_and_enqueue
from bot.conversation.service import mark_unreachable
from bot.db import session_scope
from bot.escalation.alerts import alert_receipt
from bot.models import BroadcastRecipient, OutboundMessage, StaffAlert, StaffMessage
from bot.models.base import utcnow
from bot.twilio import interactive
from bot.twilio.client import UNREACHABLE_CODES
from bot.twilio.signature import twilio_signed

bp = Blueprint("twilio", __name__, url_prefix="/twilio")

EMPTY_TWIML = str(MessagingResponse())
# Later receipts may arrive before earlier ones; a status never moves backwards.
STATUS_RANK = {"pending": 0, "accepted": 1, "scheduled": 1, "queued": 2, "sending": 3, "sent": 4,
               "delivered": 5, "read": 6, "undelivered": 6, "failed": 6, "canceled": 6}


def _required(form, name: str, max_length: int = 64) -> str:
    value = form.get(name, "").strip()
    if not value:
        abort(400, f"Missing field {name}.")
    return _bounded(name, value, max_length)


def _bounded(name: str, value: str, max_length: int) -> str:
    # The column's size: a longer value is not Twilio's, and PostgreSQL would refuse it with a 500.
    if len(value) > max_length:
        abort(400, f"Field {name} is too long ({len(value)} characters, at most {max_length}).")
    return value


def _media(form) -> list[dict]:
    try:
        count = int(form.get("NumMedia", "0") or 0)
    except ValueError:
        abort(400, "NumMedia must be a number.")
    if not 0 <= count <= 10:
        abort(400, "NumMedia must be between 0 and 10.")
    return [
        # Bounded like the media_files columns a voice note or photo is copied into.
        {"url": _bounded(f"MediaUrl{i}", form.get(f"MediaUrl{i}", ""), 1024),
         "content_type": _bounded(f"MediaContentType{i}", form.get(f"MediaContentType{i}", ""), 64)}
        for i in range(count)
    ]


@bp.post("/whatsapp")
@twilio_signed
def inbound() -> Response:
    form = g.twilio_form
    payload, tapped = interactive.read_tap(form)  # a quick-reply button or a list item
    incoming = Incoming(
        message_sid=_required(form, "MessageSid"),
        phone=_required(form, "From"),
        body=tapped if payload else form.get("Body", ""),
        payload=payload,
        media=_media(form),
        latitude=_bounded("Latitude", form.get("Latitude", ""), 32) or None,
        longitude=_bounded("Longitude", form.get("Longitude", ""), 32) or None,
    )
    store_and_enqueue(incoming)
    return Response(EMPTY_TWIML, mimetype="text/xml")


@bp.post("/status")
@twilio_signed
def status() -> Response:
    form = g.twilio_form
    sid = _required(form, "MessageSid")
    new_status = _required(form, "MessageStatus", 16).lower()
    if new_status not in STATUS_RANK:
        abort(400, f"Unknown MessageStatus {new_status}.")
    with session_scope() as session:
        # A conversation message, or one woman's copy of a facilitator broadcast: same rule for both.
        outbound = (session.scalar(select(OutboundMessage).where(OutboundMessage.twilio_sid == sid))
                    or session.scalar(select(BroadcastRecipient).where(BroadcastRecipient.twilio_sid == sid))
                    # An urgent alert to a midwife, or the bot's answer to a staff member's message.
                    or session.scalar(select(StaffAlert).where(StaffAlert.twilio_sid == sid))
                    or session.scalar(select(StaffMessage).where(StaffMessage.twilio_sid == sid)))
        if outbound is None:
            # Not ours (or not stored yet): acknowledged so Twilio does not retry forever.
            return Response("", status=204)
        climb = None
        if STATUS_RANK[new_status] >= STATUS_RANK.get(outbound.status, 0):
            outbound.status = new_status
            outbound.error_code = _bounded("ErrorCode", form.get("ErrorCode", ""), 16) or outbound.error_code
            outbound.updated_at = utcnow()
            if isinstance(outbound, StaffAlert) and alert_receipt(session, outbound, new_status, utcnow()):
                climb = outbound.escalation_id
            if isinstance(outbound, OutboundMessage) and outbound.error_code in UNREACHABLE_CODES:
                mark_unreachable(session, outbound.woman_id, utcnow())
    if climb is not None:  # an undeliverable alert: the ladder's next step now, not in 10 minutes
        from bot.escalation.tasks import alert_midwives

        alert_midwives(climb)
    return Response("", status=204)
