"""Through every real process (gunicorn, worker, Rasa with the trained model, actions): a woman asks
for voice messages with "vocal", then asks an FAQ question, and her answer is the approved recording
with its one line — the content key travels from the action through Rasa's REST channel."""
from __future__ import annotations

import subprocess
import time

import pytest
from sqlalchemy import create_engine
from sqlalchemy import text as sql

from bot.content import dialogue
from bot.content.i18n import translate
from tests.support.stack import ROOT, VENV_BIN
from tests.support.twilio_mock import new_message_sid as sid
from tests.support.twilio_mock import new_whatsapp_number as phone

pytestmark = pytest.mark.rasa

# Every FAQ answer gets the same approved French recording: whichever answer the model picks, a
# voice user must get the audio.
SEED = """
from bot.content.faq import FAQ
from bot.db import session_scope
from bot.media.convert import to_whatsapp_voice
from bot.media.store import save
from bot.models import ContentRecording
from bot.models.base import utcnow
from tests.recordings.conftest import tone_wav

voice, seconds = to_whatsapp_voice(tone_wav(), "audio/wav")
with session_scope() as session:
    media = save(session, voice, "audio/ogg", kind="recording", duration_seconds=seconds)
    for key in FAQ:
        session.add(ContentRecording(content_key="faq:" + key, language="fr", media_id=media.id,
                                     status="approved", reviewed_at=utcnow()))
"""


def her_rows(stack, number: str) -> list[tuple[str, int | None]]:
    database = create_engine(f"sqlite:///{stack.instance / 'jigiya.db'}")
    with database.connect() as connection:
        rows = list(connection.execute(sql(
            "SELECT o.body, o.media_id FROM outbound_messages o JOIN women w ON w.id = o.woman_id "
            "WHERE w.phone = :phone AND o.kind = 'reply' ORDER BY o.id"), {"phone": number}).all())
    database.dispose()
    return [tuple(row) for row in rows]


def say(stack, number: str, text: str, until) -> list[tuple[str, int | None]]:
    before = len(her_rows(stack, number))
    assert stack.post_whatsapp({"MessageSid": sid(), "From": number, "Body": text, "NumMedia": "0"}).status_code == 200
    deadline = time.monotonic() + 60
    while not until(rows := her_rows(stack, number)[before:]):
        assert time.monotonic() < deadline, f"answers to {text!r}: {rows}"
        time.sleep(0.05)
    return rows


def test_a_voice_user_hears_the_recorded_faq_answer(live):
    subprocess.run([str(VENV_BIN / "python"), "-c", SEED], cwd=ROOT, env=live.env, check=True, capture_output=True)
    number = phone()
    say(live, number, "Bonjour", lambda rows: len(rows) >= 2)  # welcome, language choice
    say(live, number, "1", lambda rows: len(rows) >= 1)
    assert say(live, number, "vocal", lambda rows: len(rows) >= 1) == [(translate("fr", dialogue.VOICE_ON), None)]
    rows = say(live, number, "qu'est ce que je dois manger quand je suis enceinte",
               lambda rows: any(media for _, media in rows))
    assert (translate("fr", dialogue.LISTEN), rows[0][1]) == rows[0] and rows[0][1] is not None
