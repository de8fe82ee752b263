"""Fixtures for her voice notes and photos: Twilio's media server (the media part of the Twilio mock,
no Prism), MEDIA_DIR in the test's temporary folder, and Twilio-shaped inbound posts."""
from __future__ import annotations

import os
import uuid
from pathlib import Path

import pytest

from bot.config import reset_settings
from tests.escalation.conftest import fake_io, new_phone  # noqa: F401  (fixtures reused here)

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures" / "media"
VOICE = (FIXTURES / "voice_note.ogg").read_bytes()
PHOTO = (FIXTURES / "photo.jpg").read_bytes()


def _set_env(values: dict) -> dict:
    old = {name: os.environ.get(name) for name in values}
    for name, value in values.items():
        if value is None:
            os.environ.pop(name, None)
        else:
            os.environ[name] = value
    reset_settings()
    return old


@pytest.fixture
def twilio_media(media_dir):
    """The media server; TWILIO_API_URL points at it (as at the mock in the live tests)."""
    from tests.support.twilio_mock import RunningMediaServer

    running = RunningMediaServer()
    old = _set_env({"TWILIO_API_URL": running.url})
    yield running.files
    _set_env(old)
    running.stop()


def voice_post(phone: str, media_url: str, content_type: str = "audio/ogg", body: str = "") -> dict:
    """What Twilio posts for a WhatsApp voice note (shape of a real inbound request)."""
    return {
        "SmsMessageSid": (sid := "MM" + uuid.uuid4().hex), "MessageSid": sid, "SmsSid": sid,
        "AccountSid": os.environ["TWILIO_ACCOUNT_SID"], "MessagingServiceSid": "",
        "From": phone, "To": "whatsapp:+14155238886", "Body": body, "NumMedia": "1",
        "MediaContentType0": content_type, "MediaUrl0": media_url,
        "MessageType": "audio" if content_type.startswith("audio/") else
                       "image" if content_type.startswith("image/") else "document",
        "ProfileName": "Awa", "WaId": phone.removeprefix("whatsapp:+"), "SmsStatus": "received",
        "NumSegments": "1", "ReferralNumMedia": "0", "ApiVersion": "2010-04-01",
    }


def location_post(phone: str) -> dict:
    sid = "SM" + uuid.uuid4().hex
    return {
        "SmsMessageSid": sid, "MessageSid": sid, "SmsSid": sid, "AccountSid": os.environ["TWILIO_ACCOUNT_SID"],
        "From": phone, "To": "whatsapp:+14155238886", "Body": "", "NumMedia": "0", "MessageType": "location",
        "Latitude": "12.6681", "Longitude": "-7.9775", "Address": "", "Label": "",
        "ProfileName": "Awa", "WaId": phone.removeprefix("whatsapp:+"), "SmsStatus": "received",
        "NumSegments": "1", "ApiVersion": "2010-04-01",
    }


def voice_from(phone: str, data: bytes = VOICE, content_type: str = "audio/ogg", body: str = "") -> int:
    """Her voice note with the bytes already here (as the simulator stores them), run through the
    worker; returns her woman id. Needs fake_io (Twilio and Rasa replaced)."""
    from bot.conversation.inbound import Incoming, store
    from bot.conversation.service import answer_pending
    from bot.db import session_scope
    from bot.media.store import save

    with session_scope() as session:
        media_id = save(session, data, content_type, kind="inbound").id
    stored = store(Incoming(message_sid="SM" + uuid.uuid4().hex, phone=phone, body=body,
                            media=[{"url": "", "content_type": content_type, "media_id": media_id}]))
    answer_pending(stored.woman_id)
    return stored.woman_id
