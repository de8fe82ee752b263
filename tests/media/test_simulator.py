"""The simulator's "envoyer un audio": the upload is stored at once and queued like a WhatsApp voice
note (same worker path, same case), and her audio plays in the simulated conversation."""
from __future__ import annotations

import io

import pytest
from sqlalchemy import select

from bot.content import dialogue, messages
from bot.content.i18n import translate
from bot.conversation.service import answer_pending
from bot.db import session_scope
from bot.models import Escalation, InboundMessage, MediaFile, OutboundMessage, Woman
from tests.media.conftest import VOICE
from tests.simulator.conftest import SIMULATOR_OPEN


@pytest.fixture
def app(database, queue, media_dir):
    from bot.app import create_app

    return create_app({"TESTING": True, "WTF_CSRF_ENABLED": False, **SIMULATOR_OPEN})


def _upload(client, data=VOICE, content_type="audio/ogg", name="note.ogg", phone="+22370000042"):
    return client.post("/simulator/audio", data={"phone": phone, "audio": (io.BytesIO(data), name, content_type)},
                       content_type="multipart/form-data")


def test_an_uploaded_audio_takes_the_whatsapp_path_and_plays_in_the_conversation(client, queue):
    assert _upload(client).status_code == 202
    assert queue.pending_count() == 1  # queued for the worker, like a WhatsApp message
    with session_scope() as session:
        woman = session.scalar(select(Woman).where(Woman.phone == "simulator:+22370000042"))
        message = session.scalars(select(InboundMessage).where(InboundMessage.woman_id == woman.id)).one()
        media = session.scalars(select(MediaFile)).one()
        assert (media.inbound_id, media.woman_id, media.kind) == (message.id, woman.id, "inbound")
        woman_id = woman.id
    answer_pending(woman_id)  # what the worker does with the queued task
    with session_scope() as session:
        case = session.scalars(select(Escalation)).one()
        assert (case.reason, case.woman_id) == ("voice_note", woman_id)
        replies = [m.body for m in session.scalars(select(OutboundMessage))]
    # Her first message is a voice note: welcomed too, in Bambara (she can answer 1 for French).
    assert replies[0] == translate("bm", dialogue.WELCOME)
    assert translate("bm", messages.VOICE_RECEIVED) == replies[-1]
    conversation = client.get("/simulator/messages?phone=%2B22370000042").get_json()["messages"]
    hers = conversation[0]
    assert hers["from"] == "woman" and hers["media"][0]["audio"] is True
    played = client.get(hers["media"][0]["url"])
    assert played.status_code == 200 and played.data == VOICE and played.mimetype == "audio/ogg"


def test_a_browser_recording_in_webm_is_accepted(client, queue):
    # Chromium's MediaRecorder records audio/webm;codecs=opus
    response = _upload(client, b"\x1aE\xdf\xa3" + b"\x00" * 64, "audio/webm;codecs=opus", "enregistrement")
    assert response.status_code == 202
    with session_scope() as session:
        assert session.scalars(select(MediaFile)).one().content_type == "audio/webm"


def test_what_is_not_audio_is_refused_with_the_reason(client, queue):
    response = _upload(client, b"%PDF-1.4", "application/pdf", "ordonnance.pdf")
    assert response.status_code == 400 and "audio" in response.get_data(as_text=True)
    assert client.post("/simulator/audio", data={"phone": "+22370000042"}).status_code == 400
    empty = _upload(client, b"")
    assert empty.status_code == 400 and "empty file" in empty.get_data(as_text=True)
    with session_scope() as session:
        assert session.scalars(select(InboundMessage)).all() == []


def test_the_simulator_never_serves_a_whatsapp_womans_file(client, database):
    with session_scope() as session:
        woman = Woman(phone="whatsapp:+22370000099")
        session.add(woman)
        session.flush()
        from bot.media.store import save

        media_id = save(session, VOICE, "audio/ogg", kind="inbound", woman_id=woman.id).id
    assert client.get(f"/simulator/media/{media_id}").status_code == 404
    assert client.get("/simulator/media/999999").status_code == 404
