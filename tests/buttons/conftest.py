"""Twilio's inbound posts for a tap on a WhatsApp quick-reply button and for a list choice, as
Twilio sends them (the fields of a real webhook; Body carries the button's text), and helpers."""
from __future__ import annotations

import uuid

from tests.escalation.conftest import fake_io, new_phone, say  # noqa: F401  (fixtures reused here)

TO = "whatsapp:+14155238886"


def _common(phone: str) -> dict:
    sid = "SM" + uuid.uuid4().hex
    return {"SmsMessageSid": sid, "MessageSid": sid, "SmsSid": sid, "AccountSid": "AC" + "0" * 32,
            "From": phone, "To": TO, "WaId": phone.removeprefix("whatsapp:+"), "ProfileName": "Awa",
            "NumMedia": "0", "NumSegments": "1", "ReferralNumMedia": "0", "SmsStatus": "received",
            "ApiVersion": "2010-04-01", "OriginalRepliedMessageSender": TO,
            "OriginalRepliedMessageSid": "SM" + uuid.uuid4().hex}


def button_tap(phone: str, payload: str, text: str) -> dict:
    """A quick-reply button tapped (Twilio: MessageType=button, ButtonPayload = the button's id)."""
    return _common(phone) | {"MessageType": "button", "Body": text, "ButtonText": text, "ButtonPayload": payload}


def list_choice(phone: str, item_id: str, title: str, description: str = "") -> dict:
    """An item chosen in a list picker (Twilio: MessageType=interactive, ListId = the item's id)."""
    return _common(phone) | {"MessageType": "interactive", "Body": title, "ListId": item_id, "ListTitle": title,
                             "ListDescription": description}
