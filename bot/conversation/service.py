"""Answer a woman's pending messages in the order they arrived, then deliver the replies in order."""
from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import datetime

from sqlalchemy import select

from bot.config import get_settings
from bot.content import dialogue, messages
from bot.content.i18n import translate
from bot.content.recordings import outbound_rows
from bot.conversation import consent, media_message, triage
from bot.conversation.rasa import ask_rasa
from bot.conversation.split import split_message
from bot.db import session_scope
from bot.escalation.alerts import alert_escalation
from bot.escalation.service import hold_full_answer, open_escalation, release_held_answers
from bot.models import Escalation, InboundMessage, OutboundMessage, Woman
from bot.media.urls import signed_url
from bot.models import MediaFile
from bot.models.base import utcnow
from bot.twilio import interactive
from bot.twilio.client import UNREACHABLE_CODES, TemporaryTwilioError, send_whatsapp
from bot.twilio.content import content_sid as interactive_sid
from bot.twilio.templates import template_sid, within_window

log = logging.getLogger(__name__)


def _rasa_replies(message_id: int, body: str, woman: Woman, channel: str, extra: dict) -> list[str]:
    metadata = {"language": woman.language, "channel": channel, "inbound_id": message_id, **extra}
    return ask_rasa(woman.public_id, body, metadata)


def _store_replies(session, woman_id: int, message_id: int, replies: list[str]) -> None:
    woman = session.get(Woman, woman_id)
    for reply in replies:
        # Split for WhatsApp; recorded content goes as its audio to a woman who prefers voice.
        for row in outbound_rows(session, woman, message_id, reply, split_message):
            asked = interactive.recognise(row.body)  # a question she answers by choosing: buttons
            row.interactive = asked[0] if asked else None
            session.add(row)


def _oldest_pending(session, model, woman_id: int):
    """Her oldest pending inbound or outbound row: both are worked through in arrival order."""
    return session.scalar(
        select(model).where(model.woman_id == woman_id, model.status == "pending").order_by(model.id).limit(1)
    )


def awaiting_triage(message: InboundMessage | None) -> bool:
    """Stored and not yet read by triage (``intent`` records that triage is done)."""
    return message is not None and message.status == "pending" and message.intent is None


def answer_pending(woman_id: int, renew: Callable[[], bool] | None = None, only: int | None = None) -> int:
    """Answer every pending message of one woman, oldest first. Returns how many were answered.
    With ``only`` (the urgent lane): triage that one message, ahead of any older one, and stop before
    Rasa — a message that needs the model after all is left to her ordinary turn.

    Each message is first triaged in the app (danger signs, STOP/START, choices, first contact,
    unreadable input): those replies are stored and delivered at once, before Rasa is asked
    anything, and an urgent escalation's midwife alert follows right after. ``intent`` records
    that triage is done, so a retry (Rasa down) never triages — or welcomes — twice.

    Raises RasaUnavailable with the remaining messages still pending (nothing lost)."""
    answered = 0
    while True:
        if renew is not None and not renew():
            return answered  # her turn was taken over (our lease ran out): the new holder goes on
        with session_scope() as session:
            if only is None:
                message = _oldest_pending(session, InboundMessage, woman_id)
            else:
                message = session.get(InboundMessage, only)
                if not awaiting_triage(message) or message.woman_id != woman_id:
                    message = None  # already triaged by her ordinary turn
            if message is None:
                return answered
            message.attempts += 1
            woman = message.woman
            # A button she tapped is read as what she could have typed; her message keeps its text.
            message_id, body, channel = message.id, interactive.text_of(message, woman.language), message.channel
            extra: dict = {}
            fetch_media = False
            if not message.is_text:
                # Voice notes and photos go to a midwife (a caption reading as danger goes through
                # triage first); locations, other files and empty bodies get a plain reply.
                replies = []
                if message.intent is None and media_message.reads_as_danger(message.body):
                    replies = triage.decide(session, message, woman).replies
                elif message.intent is None:
                    # A first message that is not text is welcomed too: in Bambara unless her caption
                    # says otherwise (those who speak first are mostly Bambara speakers who may not read).
                    replies = triage.welcome(session, woman, triage.message_language(message.body) or "bm")
                intent, more = media_message.answer(session, message, woman)
                _store_replies(session, woman_id, message_id, replies + more)
                message.intent, ask, fetch_media = intent, False, True
            elif message.intent is None:
                decision = triage.decide(session, message, woman)
                _store_replies(session, woman_id, message_id, decision.replies)
                message.intent, ask, extra = decision.kind, decision.ask_rasa, decision.metadata
            else:  # triaged on an earlier attempt; only Rasa's answer is missing
                ask, extra = True, {"first_contact": message.intent == "first_contact"}
            if not ask:
                message.status, message.handled_at = "answered", utcnow()
            session.flush()
            session.expunge(woman)
        deliver_pending(woman_id)  # the triage replies (the danger reply first of all)
        send_alerts_for(message_id)
        if fetch_media:  # after her reply: the case is already open, the download may take seconds
            media_message.fetch_now_or_later(message_id)
        if release_held_answers(woman_id):  # a midwife's answer announced by template: now in full
            deliver_pending(woman_id)
        if only is not None:
            return answered + (0 if ask else 1)
        if ask:
            # Rasa is called outside any transaction: it can take seconds.
            replies = _rasa_replies(message_id, body, woman, channel, extra)
            with session_scope() as session:
                message = session.get(InboundMessage, message_id)
                if message.status != "pending":  # answered meanwhile by another worker
                    continue
                already = session.scalar(select(OutboundMessage.id).where(
                    OutboundMessage.inbound_id == message_id).limit(1))
                if not replies and already is None:
                    # Silence is the one answer she must never get.
                    replies = [translate(woman.reply_language, messages.NOT_UNDERSTOOD)]
                _store_replies(session, woman_id, message_id, replies)
                message.status = "answered"
                message.handled_at = utcnow()
            deliver_pending(woman_id)
            send_alerts_for(message_id)  # an escalation opened by an action (danger seen by the model)
        answered += 1


def send_alerts_for(message_id: int) -> None:
    """Alert the midwife for the urgent escalations this message opened, right after her reply.
    A Twilio failure is left to the alert sweep: her conversation must go on."""
    with session_scope() as session:
        waiting = list(session.scalars(select(Escalation.id).where(
            Escalation.inbound_id == message_id, Escalation.urgency == "urgent",
            Escalation.alerted_at.is_(None))))
    for escalation_id in waiting:
        try:
            alert_escalation(escalation_id)
        except TemporaryTwilioError as exc:
            log.warning("escalation %s alert deferred to the sweep: %s", escalation_id, exc)


#: A message whose handling crashed this many times is set aside (not an outage: those wait).
MAX_FAILURES = 3


def mark_unreachable(session, woman_id: int, now: datetime) -> None:
    woman = session.get(Woman, woman_id)
    if woman.unreachable_at is None:
        woman.unreachable_at = now
        log.warning("woman %s unreachable on WhatsApp: nothing more is sent until she writes", woman.public_id)


def set_aside_if_failing(woman_id: int, reason: str, now: datetime | None = None) -> bool:
    """Count a crash against her oldest pending message. After MAX_FAILURES it is set aside
    ("failed", with the reason), a midwife gets it as a normal case and she is told a midwife
    will answer — so her next messages are answered. True when it was set aside."""
    now = now or utcnow()
    with session_scope() as session:
        message = _oldest_pending(session, InboundMessage, woman_id)
        if message is None:
            return False
        message.failures += 1
        message.failure_reason = reason[:200]
        if message.failures < MAX_FAILURES:
            return False
        message.status, message.handled_at = "failed", now
        woman = message.woman
        open_escalation(session, woman, message.body or "(message sans texte)", urgency="normal",
                        reason="message_failed", inbound_id=message.id)
        _store_replies(session, woman_id, message.id, [translate(woman.reply_language, dialogue.ESCALATED)])
        log.error("inbound %s of woman %s set aside after %s failures: %s", message.id, woman.public_id,
                  message.failures, reason)
        return True


def _media_url(session, media_id: int | None, now: datetime) -> str | None:
    """The link Twilio downloads an outbound's voice note from, valid from this send on; None
    without media or once its bytes were erased (the text still goes)."""
    media = session.get(MediaFile, media_id) if media_id is not None else None
    return signed_url(media, now) if media is not None and media.path else None


def deliver_pending(woman_id: int, now: datetime | None = None) -> None:
    """Send this woman's pending outbound messages in order.

    A reply goes as free text. A push (topic, reminder, midwife's answer…) goes as free text
    inside the 24-hour window and as its kind's approved template outside it; with no template
    for her language it is marked ``no_template`` — reported, never silently dropped.

    ``now`` (default: the clock) decides the window and stamps ``sent_at``.

    Raises TemporaryTwilioError on 429/5xx; the rest stay pending for the retry."""
    settings = get_settings()
    while True:
        moment = now or utcnow()
        with session_scope() as session:
            outbound = _oldest_pending(session, OutboundMessage, woman_id)
            if outbound is None:
                return
            woman = outbound.woman
            phone, language = woman.phone, woman.reply_language
            outbound_id, body, kind = outbound.id, outbound.body, outbound.kind
            variables = outbound.content_variables or {}
            media_url = _media_url(session, outbound.media_id, moment)  # a voice note: its signed link
            free_text = kind == "reply" or within_window(woman.last_inbound_at, moment)
            inside = within_window(woman.last_inbound_at, moment)  # buttons only where WhatsApp takes them
            asked = interactive.recognise(body) if outbound.interactive and inside else None
            buttons_sid = interactive_sid(session, *asked) if asked else None
            stopped = consent.withheld(session, woman, outbound)  # STOP wins at send time
            unreachable = woman.unreachable_at is not None
        status, sid, error = "simulated", None, None
        if unreachable:
            # Twilio told us she blocked the number or left WhatsApp: retrying cannot reach her.
            status, error = "unreachable", "unreachable"
        elif stopped:
            status, error = stopped, stopped
            log.info("outbound %s withheld: %s", outbound_id, stopped)
        elif settings.twilio_enabled and phone.startswith("whatsapp:"):
            if buttons_sid:  # the synced quick reply or list; the same text with buttons
                result = send_whatsapp(phone, content_sid=buttons_sid,
                                       content_variables=interactive.variables(asked[0], body))
                status, sid, error = result.status, result.sid, result.error_code
            elif free_text:  # with its voice note, if any, as MediaUrl
                result = send_whatsapp(phone, body, **({"media_url": media_url} if media_url else {}))
                status, sid, error = result.status, result.sid, result.error_code
            elif content_sid := template_sid(kind, language):
                result = send_whatsapp(phone, content_sid=content_sid,
                                       content_variables={str(k): str(v) for k, v in variables.items()})
                status, sid, error = result.status, result.sid, result.error_code
            else:
                status, error = "no_template", "no_template"
        # else: no Twilio (embedded default) or a simulator number: kept for the simulator page.
        with session_scope() as session:
            outbound = session.get(OutboundMessage, outbound_id)
            outbound.status, outbound.twilio_sid, outbound.error_code = status, sid, error
            outbound.sent_at = outbound.updated_at = moment
            if error in UNREACHABLE_CODES:
                mark_unreachable(session, woman_id, moment)
            if kind == "midwife_reply" and not free_text and status != "simulated":
                hold_full_answer(session, outbound)  # the template only says an answer is waiting
        if error:
            log.warning("outbound %s (%s) not sent: %s", outbound_id, kind, error)
