"""Signed, expiring media links (bot.media.urls): what Twilio fetches to deliver a voice reply.
A valid link serves the file with its type; an expired, altered or forged link does not, and a
woman's own voice note is never served this way."""
from __future__ import annotations

from datetime import timedelta
from urllib.parse import urlsplit

import pytest
import time_machine
from itsdangerous import URLSafeSerializer

from bot.config import get_settings
from bot.db import session_scope
from bot.media import store
from bot.media.convert import to_whatsapp_voice
from bot.media.urls import SALT, signed_url
from bot.models import MediaFile, Woman
from bot.models.base import utcnow
from tests.escalation.conftest import new_phone
from tests.voice_replies.conftest import CHROMIUM_RECORDING


@pytest.fixture
def voice(database, media_dir) -> dict:
    """A midwife's recorded answer and a woman's own voice note, stored."""
    ogg, seconds = to_whatsapp_voice(CHROMIUM_RECORDING, "audio/webm")
    with session_scope() as session:
        woman = Woman(phone=new_phone(), language="fr")
        session.add(woman)
        session.flush()
        reply = store.save(session, ogg, "audio/ogg", kind="reply", woman_id=woman.id, duration_seconds=seconds)
        hers = store.save(session, ogg, "audio/ogg", kind="inbound", woman_id=woman.id)
        return {"reply": reply.id, "inbound": hers.id, "bytes": ogg}


def _media(media_id: int) -> MediaFile:
    with session_scope() as session:
        media = session.get(MediaFile, media_id)
        session.expunge(media)
        return media


def _path(url: str) -> str:
    assert url.startswith(get_settings().public_base_url + "/media/")
    return urlsplit(url).path


def test_a_valid_link_serves_the_voice_note(client, voice):
    response = client.get(_path(signed_url(_media(voice["reply"]))))
    assert response.status_code == 200
    assert response.mimetype == "audio/ogg"
    assert response.data == voice["bytes"]
    assert "no-store" in response.headers["Cache-Control"]


def test_a_recorded_content_file_is_served_too(client, voice):
    with session_scope() as session:  # a recorded FAQ answer (the review page) is sent the same way
        session.get(MediaFile, voice["reply"]).kind = "recording"
    response = client.get(_path(signed_url(_media(voice["reply"]))))
    assert response.status_code == 200 and response.mimetype == "audio/ogg"


def test_the_link_expires(client, voice):
    ttl = timedelta(minutes=get_settings().media_url_ttl_minutes)
    url = _path(signed_url(_media(voice["reply"]), now=utcnow()))
    with time_machine.travel(utcnow() + ttl - timedelta(seconds=5), tick=False):
        assert client.get(url).status_code == 200  # Twilio fetches it within seconds
    with time_machine.travel(utcnow() + ttl + timedelta(seconds=1), tick=False):
        response = client.get(url)
    assert response.status_code == 403
    assert "expired" in response.get_data(as_text=True)


def test_a_link_signed_long_ago_is_expired(client, voice):
    old = utcnow() - timedelta(days=2)
    response = client.get(_path(signed_url(_media(voice["reply"]), now=old)))
    assert response.status_code == 403 and "expired" in response.get_data(as_text=True)


def test_an_altered_link_is_refused(client, voice):
    url = _path(signed_url(_media(voice["reply"])))
    token = url.rsplit("/", 1)[1]
    payload, signature = token.rsplit(".", 1)
    tampered = payload + "." + ("A" if signature[0] != "A" else "B") + signature[1:]
    for bad in (tampered, "not-a-token", token[:-3]):
        response = client.get(f"/media/{bad}")
        assert response.status_code == 403
        assert "bad signature" in response.get_data(as_text=True)


def test_a_link_signed_with_another_key_is_refused(client, voice):
    forged = URLSafeSerializer("someone-else", salt=SALT).dumps({"m": voice["reply"], "e": 4_000_000_000})
    assert client.get(f"/media/{forged}").status_code == 403


def test_her_own_voice_note_is_never_signed(voice):
    with pytest.raises(ValueError, match="never served publicly"):
        signed_url(_media(voice["inbound"]))


def test_her_own_voice_note_is_not_served_even_with_a_valid_signature(client, voice):
    # A token for it can only be made with SECRET_KEY; even then the route refuses the kind.
    token = URLSafeSerializer(get_settings().secret_key, salt=SALT).dumps({"m": voice["inbound"], "e": 4_000_000_000})
    response = client.get(f"/media/{token}")
    assert response.status_code == 404


def test_an_erased_file_is_gone(client, voice):
    media = _media(voice["reply"])
    url = _path(signed_url(media))
    with session_scope() as session:
        store.erase(session.get(MediaFile, voice["reply"]))  # the retention purge
    response = client.get(url)
    assert response.status_code == 404 and "erased" in response.get_data(as_text=True)
