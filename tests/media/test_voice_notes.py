"""Issue 14, item 1: her voice notes and photos reach a midwife of her CSCom.

Twilio-shaped inbound posts go through the real webhook; the worker (answer_pending) downloads
each file from the Twilio media mock with the account's credentials and opens or joins her case."""
from __future__ import annotations

import os

from sqlalchemy import select

from bot.config import reset_settings
from bot.content import messages
from bot.content.i18n import translate
from bot.conversation.service import answer_pending
from bot.db import session_scope
from bot.media.store import read
from bot.models import Escalation, InboundMessage, MediaFile, Woman
from tests.conversation.test_service import known_woman
from tests.escalation.conftest import new_phone
from tests.media.conftest import PHOTO, VOICE, location_post, voice_post


def _sent(fake_io, phone):
    return [m["body"] for m in fake_io.sent if m["to"] == phone]


def _arrive(signed_post, fake_io, phone, form) -> list[str]:
    before = len(_sent(fake_io, phone))
    assert signed_post("/twilio/whatsapp", form).status_code == 200
    with session_scope() as session:
        woman_id = session.scalar(select(Woman.id).where(Woman.phone == phone))
    answer_pending(woman_id)
    return _sent(fake_io, phone)[before:]


def _cases(phone):
    with session_scope() as session:
        woman = session.scalar(select(Woman).where(Woman.phone == phone))
        return [(e.id, e.reason, e.urgency, e.status) for e in session.scalars(
            select(Escalation).where(Escalation.woman_id == woman.id).order_by(Escalation.id))]


def _files(phone):
    with session_scope() as session:
        woman = session.scalar(select(Woman).where(Woman.phone == phone))
        rows = session.scalars(select(MediaFile).where(MediaFile.woman_id == woman.id).order_by(MediaFile.id)).all()
        return [{"escalation_id": m.escalation_id, "content_type": m.content_type, "failure": m.failure,
                 "data": read(m), "path": m.path} for m in rows]


def test_a_voice_note_opens_a_case_she_is_told_and_the_file_is_downloaded(signed_post, fake_io, twilio_media):
    phone = new_phone()
    known_woman(phone)
    url = twilio_media.add("audio/ogg", VOICE)
    replies = _arrive(signed_post, fake_io, phone, voice_post(phone, url))
    assert replies == [translate("fr", messages.VOICE_RECEIVED)]
    [(case_id, reason, urgency, status)] = _cases(phone)
    assert (reason, urgency, status) == ("voice_note", "normal", "open")
    [media] = _files(phone)
    assert media["escalation_id"] == case_id and media["content_type"] == "audio/ogg"
    assert media["data"] == VOICE and media["failure"] is None
    assert [status for _, status in twilio_media.fetches] == [307, 200]  # Twilio's redirect, then the file


def test_she_is_answered_in_bambara_when_she_chose_it(signed_post, fake_io, twilio_media):
    phone = new_phone()
    known_woman(phone, "bm")
    replies = _arrive(signed_post, fake_io, phone, voice_post(phone, twilio_media.add("audio/ogg", VOICE)))
    assert replies == [translate("bm", messages.VOICE_RECEIVED)]
    assert replies[0] != translate("fr", messages.VOICE_RECEIVED)


def test_more_voice_notes_join_her_open_case_and_a_resolved_case_is_not_reopened(signed_post, fake_io, twilio_media):
    phone = new_phone()
    known_woman(phone)
    for _ in range(2):
        _arrive(signed_post, fake_io, phone, voice_post(phone, twilio_media.add("audio/ogg", VOICE)))
    _arrive(signed_post, fake_io, phone, voice_post(phone, twilio_media.add("image/jpeg", PHOTO), "image/jpeg"))
    [(case_id, *_)] = _cases(phone)
    assert [f["escalation_id"] for f in _files(phone)] == [case_id] * 3
    with session_scope() as session:
        session.get(Escalation, case_id).status = "resolved"
    _arrive(signed_post, fake_io, phone, voice_post(phone, twilio_media.add("audio/ogg", VOICE)))
    cases = _cases(phone)
    assert len(cases) == 2 and cases[1][1] == "voice_note" and cases[1][3] == "open"


def test_a_photo_opens_a_photo_case(signed_post, fake_io, twilio_media):
    phone = new_phone()
    known_woman(phone)
    replies = _arrive(signed_post, fake_io, phone,
                      voice_post(phone, twilio_media.add("image/jpeg", PHOTO), "image/jpeg", body="mon carnet"))
    assert replies == [translate("fr", messages.PHOTO_RECEIVED)]
    [(case_id, reason, urgency, _)] = _cases(phone)
    assert (reason, urgency) == ("photo", "normal")
    with session_scope() as session:
        assert session.get(Escalation, case_id).message == "mon carnet"
    assert _files(phone)[0]["data"] == PHOTO


def test_a_voice_note_whose_caption_is_a_danger_sign_goes_the_danger_way(signed_post, fake_io, twilio_media):
    phone = new_phone()
    known_woman(phone)
    replies = _arrive(signed_post, fake_io, phone,
                      voice_post(phone, twilio_media.add("audio/ogg", VOICE), body="je saigne beaucoup"))
    assert translate("fr", messages.VOICE_RECEIVED) not in replies
    assert replies and "CSCom" in replies[0]  # the danger reply, first
    [(case_id, reason, urgency, _)] = _cases(phone)
    assert (reason, urgency) == ("danger_sign", "urgent")
    assert _files(phone)[0]["escalation_id"] == case_id and _files(phone)[0]["data"] == VOICE


def test_a_location_gets_a_plain_reply_and_no_case(signed_post, fake_io):
    phone = new_phone()
    known_woman(phone)
    assert _arrive(signed_post, fake_io, phone, location_post(phone)) == [translate("fr", messages.LOCATION_RECEIVED)]
    assert _cases(phone) == []
    with session_scope() as session:
        message = session.scalars(select(InboundMessage).order_by(InboundMessage.id.desc())).first()
        assert (message.latitude, message.longitude, message.intent) == ("12.6681", "-7.9775", "location")


def test_a_video_is_kept_and_she_learns_what_is_accepted(signed_post, fake_io, twilio_media):
    phone = new_phone()
    known_woman(phone)
    url = twilio_media.add("video/mp4", b"\x00\x00\x00\x18ftypmp42")
    replies = _arrive(signed_post, fake_io, phone, voice_post(phone, url, "video/mp4"))
    assert replies == [translate("fr", messages.UNSUPPORTED_MEDIA)]
    assert "vocal" in replies[0] and "photo" in replies[0]
    assert _files(phone) == [] and _cases(phone) == []
    with session_scope() as session:
        message = session.scalars(select(InboundMessage).order_by(InboundMessage.id.desc())).first()
        assert message.media == [{"url": url, "content_type": "video/mp4"}]  # nothing lost


def test_a_refused_download_still_opens_the_case_with_the_reason(signed_post, fake_io, twilio_media,
                                                                  monkeypatch):
    import dataclasses

    from bot.config import get_settings

    phone = new_phone()
    known_woman(phone)
    wrong = dataclasses.replace(get_settings(), twilio_auth_token="not-the-token")
    monkeypatch.setattr("bot.media.download.get_settings", lambda: wrong)
    _arrive(signed_post, fake_io, phone, voice_post(phone, twilio_media.add("audio/ogg", VOICE)))
    assert _sent(fake_io, phone)[-1] == translate("fr", messages.VOICE_RECEIVED)  # never silenced
    [(_, reason, _, status)] = _cases(phone)
    assert (reason, status) == ("voice_note", "open")
    [media] = _files(phone)
    assert media["path"] is None and "401" in media["failure"]
    assert [status for _, status in twilio_media.fetches] == [401]  # a refusal is not retried


def test_a_file_over_the_limit_is_refused_and_the_case_says_why(signed_post, fake_io, twilio_media):
    phone = new_phone()
    known_woman(phone)
    os.environ["MEDIA_MAX_BYTES"] = "1000"
    reset_settings()
    try:
        _arrive(signed_post, fake_io, phone, voice_post(phone, twilio_media.add("audio/ogg", VOICE)))
    finally:
        os.environ.pop("MEDIA_MAX_BYTES")
        reset_settings()
    [media] = _files(phone)
    assert media["path"] is None and "more than the 1000 accepted" in media["failure"]
    assert len(_cases(phone)) == 1


def test_a_503_is_retried(signed_post, fake_io, twilio_media):
    phone = new_phone()
    known_woman(phone)
    twilio_media.faults.append(503)
    _arrive(signed_post, fake_io, phone, voice_post(phone, twilio_media.add("audio/ogg", VOICE)))
    assert [status for _, status in twilio_media.fetches] == [503, 307, 200]
    assert _files(phone)[0]["data"] == VOICE


def test_a_media_url_longer_than_twilio_ever_sends_is_refused_with_the_reason(signed_post, fake_io):
    phone = new_phone()
    form = voice_post(phone, "https://api.twilio.com/" + "x" * 1100)
    response = signed_post("/twilio/whatsapp", form)
    assert response.status_code == 400 and b"MediaUrl0 is too long" in response.data
    long_type = signed_post("/twilio/whatsapp", voice_post(phone, "https://api.twilio.com/m", "audio/" + "o" * 70))
    assert long_type.status_code == 400 and b"MediaContentType0 is too long" in long_type.data


def test_a_twilio_outage_longer_than_the_retries_is_fetched_again_later(signed_post, fake_io, twilio_media, queue):
    from bot.conversation.media_message import fetch

    phone = new_phone()
    known_woman(phone)
    twilio_media.faults.extend([503] * 4)  # the first try and its 3 quick retries
    queue.flush()
    replies = _arrive(signed_post, fake_io, phone, voice_post(phone, twilio_media.add("audio/ogg", VOICE)))
    assert replies == [translate("fr", messages.VOICE_RECEIVED)]  # told at once all the same
    [media] = _files(phone)
    assert media["path"] is None and media["failure"] is None  # "Téléchargement en cours…"
    queued = []
    while (task := queue.dequeue()) is not None:
        queued.append(task)
    [later] = [t for t in queued if t.name.endswith("fetch_later")]  # beside the webhook's answer_woman
    queue.execute(later)  # Twilio is back
    assert _files(phone)[0]["data"] == VOICE
    # Had it still failed on the last try, the midwife would read why.
    url = twilio_media.add("audio/ogg", VOICE)
    twilio_media.faults.extend([503] * 4)
    from bot.conversation.inbound import Incoming, store

    store(Incoming(message_sid="MM" + "f" * 32, phone=phone, media=[{"url": url, "content_type": "audio/ogg"}]))
    with session_scope() as session:
        message_id = session.scalars(select(InboundMessage.id).order_by(InboundMessage.id.desc())).first()
    assert fetch(message_id, final=True) is False
    assert _files(phone)[-1]["failure"] == "HTTP 503 from Twilio"
