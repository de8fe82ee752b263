"""Answer a woman's pending messages in the order they arrived, then deliver the replies in order."""
from __future__ import annotations

import logging

from sqlalchemy import select

from bot.config import get_settings
from bot.content import messages
from bot.content.i18n import translate
from bot.conversation.rasa import ask_rasa
from bot.conversation.split import split_message
from bot.db import session_scope
from bot.models import InboundMessage, OutboundMessage, Woman
from bot.models.base import utcnow
from bot.twilio.client import send_whatsapp

log = logging.getLogger(__name__)


def _replies_for(message: InboundMessage, woman: Woman) -> list[str]:
    if not message.is_text:
        # Voice notes, photos, locations, empty bodies: stored, and she is told plainly.
        return [translate(woman.reply_language, messages.TEXT_ONLY)]
    metadata = {"language": woman.language, "channel": message.channel}
    replies = ask_rasa(woman.public_id, message.body, metadata)
    # Silence is the one answer she must never get.
    return replies or [translate(woman.reply_language, messages.NOT_UNDERSTOOD)]


def answer_pending(woman_id: int) -> int:
    """Answer every pending message of one woman, oldest first. Returns how many were answered.

    Raises RasaUnavailable with the remaining messages still pending (nothing lost)."""
    answered = 0
    while True:
        with session_scope() as session:
            message = session.scalar(
                select(InboundMessage)
                .where(InboundMessage.woman_id == woman_id, InboundMessage.status == "pending")
                .order_by(InboundMessage.id)
                .limit(1)
            )
            if message is None:
                return answered
            message.attempts += 1
            woman = message.woman
            message_id = message.id
        # Rasa is called outside any transaction: it can take seconds.
        replies = _replies_for(message, woman)
        with session_scope() as session:
            message = session.get(InboundMessage, message_id)
            if message.status != "pending":  # answered meanwhile by another worker
                continue
            for reply in replies:
                for part in split_message(reply):
                    session.add(OutboundMessage(woman_id=woman_id, inbound_id=message_id, body=part))
            message.status = "answered"
            message.handled_at = utcnow()
        answered += 1
        deliver_pending(woman_id)


def deliver_pending(woman_id: int) -> None:
    """Send this woman's pending outbound messages in order.

    Raises TemporaryTwilioError on 429/5xx; the rest stay pending for the retry."""
    settings = get_settings()
    while True:
        with session_scope() as session:
            outbound = session.scalar(
                select(OutboundMessage)
                .where(OutboundMessage.woman_id == woman_id, OutboundMessage.status == "pending")
                .order_by(OutboundMessage.id)
                .limit(1)
            )
            if outbound is None:
                return
            phone = outbound.woman.phone
            outbound_id, body = outbound.id, outbound.body
        if settings.twilio_enabled and phone.startswith("whatsapp:"):
            result = send_whatsapp(phone, body)
            status, sid, error = result.status, result.sid, result.error_code
        else:
            # No Twilio (embedded default) or a simulator number: kept for the simulator page.
            status, sid, error = "simulated", None, None
        with session_scope() as session:
            outbound = session.get(OutboundMessage, outbound_id)
            outbound.status, outbound.twilio_sid, outbound.error_code = status, sid, error
            outbound.sent_at = outbound.updated_at = utcnow()
        if error:
            log.warning("outbound %s refused by Twilio: %s", outbound_id, error)
