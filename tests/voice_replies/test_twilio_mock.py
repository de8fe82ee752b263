"""deliver_pending with a voice note, against the local Twilio (Prism on Twilio's OpenAPI file,
behind the recording proxy): the request Twilio receives carries the text and a MediaUrl, and
that URL, fetched the way Twilio does (no cookie), serves the OGG/Opus file under 512 KB."""
from __future__ import annotations

from urllib.parse import urlsplit

from sqlalchemy import select

from bot.conversation.service import deliver_pending
from bot.db import session_scope
from bot.escalation.service import reply_to_escalation
from bot.media.convert import WHATSAPP_VOICE_MAX_BYTES, to_whatsapp_voice
from bot.models import Escalation, OutboundMessage
from tests.voice_replies.conftest import CHROMIUM_RECORDING
from tests.voice_replies.sounds import probe


def test_the_voice_answer_reaches_twilio_with_a_media_url_that_serves_it(world, mock_twilio, client):
    voice = to_whatsapp_voice(CHROMIUM_RECORDING, "audio/webm")
    outbound_id = reply_to_escalation(world.sikoro_case, "Message vocal (0:02)", world.fanta, voice=voice)
    with session_scope() as session:
        woman = session.get(Escalation, world.sikoro_case).woman
        woman_id, phone = woman.id, woman.phone
    deliver_pending(woman_id)  # what the queued deliver_to_woman does

    [request] = mock_twilio.sent_to(phone)
    assert request.form["Body"] == "🔊 Réponse de la sage-femme : écoutez son message vocal."
    assert "ContentSid" not in request.form
    with session_scope() as session:
        answer = session.get(OutboundMessage, outbound_id)
        assert (answer.status, answer.twilio_sid) == ("queued", request.sid)  # accepted by the mock

    fetched = client.get(urlsplit(request.form["MediaUrl"]).path)
    assert fetched.status_code == 200 and fetched.mimetype == "audio/ogg"
    assert len(fetched.data) <= WHATSAPP_VOICE_MAX_BYTES and fetched.data == voice[0]
    assert probe(fetched.data)["codec"] == "opus"


def test_a_text_answer_carries_no_media_url(world, mock_twilio):
    reply_to_escalation(world.sikoro_case, "Prenez du paracétamol.", world.fanta)
    with session_scope() as session:
        woman = session.scalar(select(Escalation).where(Escalation.id == world.sikoro_case)).woman
        woman_id, phone = woman.id, woman.phone
    deliver_pending(woman_id)
    [request] = mock_twilio.sent_to(phone)
    assert "Prenez du paracétamol." in request.form["Body"] and "MediaUrl" not in request.form
