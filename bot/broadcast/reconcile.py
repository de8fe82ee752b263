"""An in-doubt claim: did Twilio accept the message before the worker died?

Twilio has no idempotency header, so we ask Twilio itself: the messages it holds for her number
from our sender, created since the claim, that our database does not know (every SID we record is
in outbound_messages or broadcast_recipients). One such message is the one whose result we failed
to record; none means Twilio never accepted it and it is safe to send again."""
from __future__ import annotations

from datetime import datetime, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from bot.config import get_settings
from bot.models import BroadcastRecipient, OutboundMessage
from bot.twilio import client as twilio_client
from bot.twilio.client import TemporaryTwilioError

CLOCK_SKEW = timedelta(seconds=5)  # Twilio's clock vs ours


def unrecorded_message(session: Session, woman_id: int, phone: str, since: datetime,
                       body: str | None) -> tuple[str, str] | None:
    """(sid, status) of a message Twilio accepted for her since ``since`` that we never recorded.
    Raises TemporaryTwilioError when Twilio cannot be asked now (the claim stays in doubt)."""
    settings = get_settings()
    api = twilio_client._client(settings.twilio_account_sid, settings.twilio_auth_token,
                                settings.twilio_api_url)
    try:
        messages = api.messages.list(to=phone, from_=settings.twilio_whatsapp_from, limit=50)
    except twilio_client.TwilioRestException as exc:
        raise TemporaryTwilioError(f"Twilio list answered {exc.status}") from exc
    except OSError as exc:
        raise TemporaryTwilioError(f"Twilio unreachable: {type(exc).__name__}") from exc
    known = set(session.scalars(select(OutboundMessage.twilio_sid).where(
        OutboundMessage.woman_id == woman_id, OutboundMessage.twilio_sid.is_not(None))))
    known |= set(session.scalars(select(BroadcastRecipient.twilio_sid).where(
        BroadcastRecipient.woman_id == woman_id, BroadcastRecipient.twilio_sid.is_not(None))))
    for message in messages:
        created = message.date_created
        if message.sid in known or created is None or created < since - CLOCK_SKEW:
            continue
        if body is not None and message.body is not None and message.body != body:
            continue  # free text: it must be ours word for word
        return message.sid, (message.status or "queued")
    return None
