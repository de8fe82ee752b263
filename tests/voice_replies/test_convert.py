"""bot.media.convert: whatever a browser records or a midwife uploads becomes a mono OGG/Opus
voice note WhatsApp accepts (Meta: at most 512 KB), or is refused with a reason."""
from __future__ import annotations

import pytest

from bot.media.convert import MAX_SECONDS, WHATSAPP_VOICE_MAX_BYTES, to_whatsapp_voice
from bot.media.store import MediaRejected
from tests.voice_replies.sounds import encoded, probe, wav


@pytest.mark.parametrize("data, content_type", [
    pytest.param(encoded("webm", "libopus", 2), "audio/webm;codecs=opus", id="chromium-webm-opus"),
    pytest.param(encoded("ogg", "libopus", 2), "audio/ogg; codecs=opus", id="firefox-ogg-opus"),
    pytest.param(encoded("mp4", "aac", 2, rate=44_100), "audio/mp4", id="safari-mp4-aac"),
    pytest.param(encoded("mp3", "libmp3lame", 2, rate=44_100), "audio/mpeg", id="upload-mp3"),
    pytest.param(wav(2, rate=44_100, channels=2), "audio/wav", id="upload-wav"),
])
def test_a_recording_becomes_a_whatsapp_voice_note(data, content_type):
    voice, seconds = to_whatsapp_voice(data, content_type)
    assert seconds == 2
    assert len(voice) <= WHATSAPP_VOICE_MAX_BYTES
    heard = probe(voice)
    assert (heard["format"], heard["codec"], heard["channels"]) == ("ogg", "opus", 1)
    assert heard["seconds"] == pytest.approx(2, abs=0.1)


def test_the_longest_accepted_answer_still_fits_whatsapp():
    voice, seconds = to_whatsapp_voice(wav(MAX_SECONDS - 1, rate=8_000), "audio/wav")
    assert seconds == MAX_SECONDS - 1
    assert len(voice) <= WHATSAPP_VOICE_MAX_BYTES


def test_the_same_recording_gives_the_same_file():
    # A double tap uploads the same bytes twice; the reply route recognises it by the file's hash.
    data = encoded("webm", "libopus", 1)
    assert to_whatsapp_voice(data, "audio/webm")[0] == to_whatsapp_voice(data, "audio/webm")[0]


def test_too_long_is_refused_not_cut():
    with pytest.raises(MediaRejected, match="plus de 3 minutes"):
        to_whatsapp_voice(wav(MAX_SECONDS + 5, rate=8_000, silent=True), "audio/wav")


@pytest.mark.parametrize("data, content_type, reason", [
    (b"", "audio/webm", "vide"),
    (b"definitely not audio " * 50, "audio/ogg", "illisible"),
    (b"\x89PNG\r\n\x1a\n" + b"\0" * 200, "audio/mpeg", "n'est pas un enregistrement audio"),
    (encoded("webm", "libopus", 2)[:300], "audio/webm", "illisible"),  # upload cut off
    (wav(0.1), "audio/wav", "aucun son enregistré"),
    (wav(2), "image/png", "n'est pas un enregistrement audio"),
    (wav(2), "", "n'est pas un enregistrement audio"),
])
def test_garbage_is_refused_with_a_reason(data, content_type, reason):
    with pytest.raises(MediaRejected, match=reason):
        to_whatsapp_voice(data, content_type)
