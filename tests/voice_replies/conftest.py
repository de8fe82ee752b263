"""Fixtures for the voice replies: the staff world (two CSComs, their midwives, one case each),
Rasa and Twilio replaced by recorders (tests/escalation), and uploads ready to post."""
from __future__ import annotations

import io

import pytest

from tests.escalation.conftest import fake_io, say  # noqa: F401  (fixtures)
from tests.staff.conftest import as_staff, world  # noqa: F401  (fixtures)
from tests.voice_replies.sounds import encoded

#: What Chromium's MediaRecorder posts: WebM/Opus, about two seconds.
CHROMIUM_RECORDING = encoded("webm", "libopus", 2)


def upload(data: bytes = CHROMIUM_RECORDING, filename: str = "enregistrement.webm",
           content_type: str = "audio/webm;codecs=opus") -> dict:
    """A multipart form with the recording as ``audio`` (what recorder.js sends)."""
    return {"audio": (io.BytesIO(data), filename, content_type)}


@pytest.fixture
def mock_twilio(twilio_at_mock, media_dir):
    """Replies leave through the real Twilio client, to the local mock (Prism on Twilio's spec)."""
    return twilio_at_mock

