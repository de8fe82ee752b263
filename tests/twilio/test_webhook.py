"""POST /twilio/whatsapp and /twilio/status: signed, stored once, queued, refused clearly when bad."""
from __future__ import annotations

from sqlalchemy import func, select

from bot.db import session_scope
from bot.models import InboundMessage, OutboundMessage, Woman

FROM = "whatsapp:+22370112233"


def form(**overrides) -> dict:
    base = {"MessageSid": "SM" + "1" * 32, "AccountSid": "AC" + "0" * 32, "From": FROM,
            "To": "whatsapp:+14155238886", "Body": "Bonjour", "NumMedia": "0"}
    base.update(overrides)
    return {k: v for k, v in base.items() if v is not None}


def count(model) -> int:
    with session_scope() as session:
        return session.scalar(select(func.count()).select_from(model))


def test_signed_message_is_stored_queued_and_acknowledged_with_empty_twiml(signed_post, queue):
    response = signed_post("/twilio/whatsapp", form())
    assert response.status_code == 200
    assert response.mimetype == "text/xml"
    assert b"<Response />" in response.data or b"<Response></Response>" in response.data
    with session_scope() as session:
        message = session.scalar(select(InboundMessage))
        assert message.body == "Bonjour" and message.status == "pending"
        assert message.woman.phone == FROM
    assert queue.pending_count() == 1


def test_twilio_retry_of_the_same_message_sid_is_acknowledged_but_not_queued_again(signed_post, queue):
    assert signed_post("/twilio/whatsapp", form()).status_code == 200
    assert signed_post("/twilio/whatsapp", form()).status_code == 200
    assert count(InboundMessage) == 1
    assert queue.pending_count() == 1


def test_unsigned_request_is_refused_and_nothing_is_stored(client, queue):
    response = client.post("/twilio/whatsapp", data=form())
    assert response.status_code == 403
    assert b"X-Twilio-Signature" in response.data
    assert count(InboundMessage) == 0 and queue.pending_count() == 0


def test_signature_for_another_url_is_refused(client):
    from twilio.request_validator import RequestValidator

    signature = RequestValidator("test-auth-token").compute_signature("http://localhost/twilio/whatsapp", form())
    response = client.post("/twilio/whatsapp", data=form(), headers={"X-Twilio-Signature": signature})
    assert response.status_code == 403
    assert count(InboundMessage) == 0


def test_signature_made_with_another_token_is_refused(client):
    from twilio.request_validator import RequestValidator

    url = "https://jigiya.example.org/twilio/whatsapp"
    signature = RequestValidator("not-our-token").compute_signature(url, form())
    assert client.post("/twilio/whatsapp", data=form(), headers={"X-Twilio-Signature": signature}).status_code == 403


def test_tampered_body_is_refused(client):
    from twilio.request_validator import RequestValidator

    url = "https://jigiya.example.org/twilio/whatsapp"
    signature = RequestValidator("test-auth-token").compute_signature(url, form())
    tampered = form(Body="autre chose")
    assert client.post("/twilio/whatsapp", data=tampered, headers={"X-Twilio-Signature": signature}).status_code == 403


def test_missing_message_sid_is_a_400_with_the_field_named(signed_post):
    response = signed_post("/twilio/whatsapp", form(MessageSid=None))
    assert response.status_code == 400
    assert b"MessageSid" in response.data
    assert count(InboundMessage) == 0 and count(Woman) == 0


def test_missing_sender_is_a_400(signed_post):
    response = signed_post("/twilio/whatsapp", form(From=None))
    assert response.status_code == 400 and b"From" in response.data


def test_a_100_kb_body_is_refused_early(signed_post):
    response = signed_post("/twilio/whatsapp", form(Body="a" * 100_000))
    assert response.status_code == 413
    assert count(InboundMessage) == 0


def test_invalid_utf8_is_a_400(client):
    raw = b"MessageSid=SM1&From=whatsapp%3A%2B22370112233&Body=%FF%FEbad"
    response = client.post("/twilio/whatsapp", data=raw, content_type="application/x-www-form-urlencoded",
                           headers={"X-Twilio-Signature": "anything"})
    assert response.status_code == 400
    assert b"UTF-8" in response.data
    assert count(InboundMessage) == 0


def test_wrong_content_type_is_a_415(client):
    response = client.post("/twilio/whatsapp", json=form(), headers={"X-Twilio-Signature": "x"})
    assert response.status_code == 415
    assert b"application/x-www-form-urlencoded" in response.data


def test_voice_note_is_stored_with_its_media_url(signed_post, queue):
    media = form(Body="", NumMedia="1", MediaUrl0="https://api.twilio.com/2010-04-01/Accounts/AC/Messages/MM1/Media/ME1",
                 MediaContentType0="audio/ogg")
    assert signed_post("/twilio/whatsapp", media).status_code == 200
    with session_scope() as session:
        message = session.scalar(select(InboundMessage))
        assert message.media == [{"url": media["MediaUrl0"], "content_type": "audio/ogg"}]
        assert not message.is_text
    assert queue.pending_count() == 1


def test_location_is_stored(signed_post):
    assert signed_post("/twilio/whatsapp", form(Body="", Latitude="12.65", Longitude="-7.99")).status_code == 200
    with session_scope() as session:
        message = session.scalar(select(InboundMessage))
        assert (message.latitude, message.longitude) == ("12.65", "-7.99")


def test_a_nonsense_media_count_is_a_400(signed_post):
    response = signed_post("/twilio/whatsapp", form(NumMedia="many"))
    assert response.status_code == 400 and b"NumMedia" in response.data


def _outbound(sid: str, status: str = "queued") -> None:
    with session_scope() as session:
        woman = Woman(phone=FROM)
        session.add(woman)
        session.flush()
        session.add(OutboundMessage(woman_id=woman.id, body="x", twilio_sid=sid, status=status))


def test_status_callback_updates_the_outbound_message(signed_post):
    _outbound("SM" + "a" * 32)
    response = signed_post("/twilio/status", {"MessageSid": "SM" + "a" * 32, "MessageStatus": "delivered"})
    assert response.status_code == 204
    with session_scope() as session:
        assert session.scalar(select(OutboundMessage.status)) == "delivered"


def test_a_late_sent_receipt_does_not_undo_delivered(signed_post):
    _outbound("SM" + "b" * 32, status="delivered")
    signed_post("/twilio/status", {"MessageSid": "SM" + "b" * 32, "MessageStatus": "sent"})
    with session_scope() as session:
        assert session.scalar(select(OutboundMessage.status)) == "delivered"


def test_failed_receipt_keeps_twilios_error_code(signed_post):
    _outbound("SM" + "c" * 32)
    signed_post("/twilio/status", {"MessageSid": "SM" + "c" * 32, "MessageStatus": "failed", "ErrorCode": "63016"})
    with session_scope() as session:
        row = session.scalar(select(OutboundMessage))
        assert (row.status, row.error_code) == ("failed", "63016")


def test_unsigned_status_callback_is_refused(client):
    _outbound("SM" + "d" * 32)
    response = client.post("/twilio/status", data={"MessageSid": "SM" + "d" * 32, "MessageStatus": "failed"})
    assert response.status_code == 403
    with session_scope() as session:
        assert session.scalar(select(OutboundMessage.status)) == "queued"


def test_unknown_status_value_is_a_400(signed_post):
    response = signed_post("/twilio/status", {"MessageSid": "SM" + "e" * 32, "MessageStatus": "teleported"})
    assert response.status_code == 400
