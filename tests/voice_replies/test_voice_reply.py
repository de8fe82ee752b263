"""A midwife answers by voice from the case page (POST /staff/cases/<id>/reply/voice): the
recording becomes a WhatsApp voice note, sent with one line in her language, under the text
reply's rules (her CSCom's cases only, a double tap sends once, not on a closed case)."""
from __future__ import annotations

import re
from urllib.parse import urlsplit

import pytest
from sqlalchemy import func, select

from bot.app import create_app
from bot.config import reset_settings
from bot.conversation.service import deliver_pending
from bot.db import session_scope
from bot.escalation.service import HELD, reply_to_escalation
from bot.media import store
from bot.media.convert import WHATSAPP_VOICE_MAX_BYTES, to_whatsapp_voice
from bot.models import CaseEvent, Cscom, Escalation, MediaFile, OutboundMessage, Woman
from bot.models.base import utcnow
from tests.staff.conftest import add_staff
from tests.voice_replies.conftest import CHROMIUM_RECORDING, upload
from tests.voice_replies.sounds import probe, wav

TEMPLATE = "HX" + "e" * 32


def _voice_url(case_id: int) -> str:
    return f"/staff/cases/{case_id}/reply/voice"


def _answers(case_id: int) -> list[OutboundMessage]:
    with session_scope() as session:
        woman_id = session.get(Escalation, case_id).woman_id
        rows = session.scalars(select(OutboundMessage).where(
            OutboundMessage.woman_id == woman_id, OutboundMessage.kind == "midwife_reply")).all()
        session.expunge_all()
        return rows


def _count(model) -> int:
    with session_scope() as session:
        return session.scalar(select(func.count()).select_from(model))


def _deliver(queue) -> None:
    """Be the worker: run the queued deliver_to_woman."""
    while (task := queue.dequeue()) is not None:
        queue.execute(task)


def test_a_recorded_answer_reaches_her_as_a_voice_note(as_staff, world, fake_io, queue, media_dir, client):
    awa = as_staff("awa")
    response = awa.post(_voice_url(world.sotuba_case), data=upload())
    assert response.status_code == 303
    assert urlsplit(response.location).path == f"/staff/cases/{world.sotuba_case}"

    [answer] = _answers(world.sotuba_case)
    with session_scope() as session:
        media = session.get(MediaFile, answer.media_id)
        escalation = session.get(Escalation, world.sotuba_case)
        event = session.scalars(select(CaseEvent).where(CaseEvent.escalation_id == world.sotuba_case,
                                                        CaseEvent.kind == "reply")).one()
        assert (media.kind, media.content_type, media.duration_seconds) == ("reply", "audio/ogg", 2)
        assert (media.escalation_id, media.woman_id, media.created_by_id) == (
            world.sotuba_case, escalation.woman_id, world.awa)
        assert escalation.status == "answered" and escalation.claimed_by_id == world.awa
        assert escalation.acknowledged_at is not None  # urgent: answering acknowledges the alert
        assert (event.outbound_id, event.body) == (answer.id, "Message vocal (0:02)")
        phone = escalation.woman.phone
    assert answer.body == "🔊 Sage-femme ka jaabi."  # she writes Bambara: the line is in Bambara

    _deliver(queue)
    [sent] = [m for m in fake_io.sent if m["to"] == phone]
    assert sent["body"] == answer.body and sent["content_sid"] is None
    # Twilio fetches the voice note from the signed link, with no cookie.
    fetched = client.get(urlsplit(sent["media_url"]).path)
    assert fetched.status_code == 200 and fetched.mimetype == "audio/ogg"
    assert len(fetched.data) <= WHATSAPP_VOICE_MAX_BYTES
    heard = probe(fetched.data)
    assert (heard["codec"], heard["channels"]) == ("opus", 1) and heard["seconds"] == pytest.approx(2, abs=0.1)


def test_a_french_speaker_gets_the_french_line(as_staff, world, fake_io, media_dir):
    assert as_staff("fanta").post(_voice_url(world.sikoro_case), data=upload()).status_code == 303
    [answer] = _answers(world.sikoro_case)
    assert answer.body == "🔊 Réponse de la sage-femme : écoutez son message vocal."


def test_the_case_page_plays_the_answer_and_offers_the_recorder(as_staff, world, fake_io, media_dir):
    awa = as_staff("awa")
    page = awa.get(f"/staff/cases/{world.sotuba_case}").get_data(as_text=True)
    assert "Répondre par un message vocal" in page and 'data-recorder' in page
    assert 'accept="audio/*"' in page and "recorder.js" in page
    assert 'name="text"' in page  # the text reply is still there

    awa.post(_voice_url(world.sotuba_case), data=upload())
    page = awa.get(f"/staff/cases/{world.sotuba_case}").get_data(as_text=True)
    assert "Message vocal (0:02)" in page
    [answer] = _answers(world.sotuba_case)
    player = f"/staff/cases/{world.sotuba_case}/replies/{answer.media_id}"
    assert f'src="{player}"' in page
    played = awa.get(player)
    assert played.status_code == 200 and played.mimetype == "audio/ogg"
    assert as_staff("fanta").get(player).status_code == 404  # another CSCom's midwife


def test_a_double_tap_sends_once(as_staff, world, fake_io, media_dir):
    awa = as_staff("awa")
    first = awa.post(_voice_url(world.sotuba_case), data=upload())
    second = awa.post(_voice_url(world.sotuba_case), data=upload(), follow_redirects=True)
    assert first.status_code == 303
    assert "déjà parti" in second.get_data(as_text=True)
    assert len(_answers(world.sotuba_case)) == 1
    assert _count(MediaFile) == 1  # the second copy was not kept either


def test_a_new_recording_is_a_new_answer(as_staff, world, fake_io, media_dir):
    awa = as_staff("awa")
    awa.post(_voice_url(world.sotuba_case), data=upload())
    awa.post(_voice_url(world.sotuba_case), data=upload(wav(3), "reponse.wav", "audio/wav"))
    assert len(_answers(world.sotuba_case)) == 2


def test_a_text_answer_and_a_voice_answer_on_the_same_case(as_staff, world, fake_io, media_dir):
    awa = as_staff("awa")
    assert awa.post(f"/staff/cases/{world.sotuba_case}/reply", data={"text": "Venez au CSCom."}).status_code == 302
    assert awa.post(_voice_url(world.sotuba_case), data=upload()).status_code == 303
    answers = _answers(world.sotuba_case)
    assert [a.media_id is not None for a in answers] == [False, True]


@pytest.mark.parametrize("who, status", [("fanta", 404), ("mariam", 403)])
def test_only_staff_who_answer_this_case_may_send(as_staff, world, fake_io, media_dir, who, status):
    assert as_staff(who).post(_voice_url(world.sotuba_case), data=upload()).status_code == status
    assert _answers(world.sotuba_case) == [] and _count(MediaFile) == 0


def test_signed_out_is_sent_to_sign_in(client, world, media_dir):
    response = client.post(_voice_url(world.sotuba_case), data=upload())
    assert response.status_code == 302 and "/staff/login" in response.location
    assert _count(MediaFile) == 0


def test_a_closed_case_is_not_answered(as_staff, world, fake_io, media_dir):
    awa = as_staff("awa")
    awa.post(f"/staff/cases/{world.sotuba_case}/resolve")
    page = awa.post(_voice_url(world.sotuba_case), data=upload(), follow_redirects=True).get_data(as_text=True)
    assert "Réponse impossible" in page
    assert _answers(world.sotuba_case) == [] and _count(MediaFile) == 0


# Each form is made per run (a posted file is consumed: the same one cannot serve sqlite and postgresql).
@pytest.mark.parametrize("form, status, reason", [
    (lambda: {}, 400, "Aucun enregistrement reçu"),
    (lambda: upload(b"definitely not audio " * 40, "enregistrement.webm", "audio/webm"), 422,
     "fichier audio illisible"),
    (lambda: upload(b"hello", "notes.txt", "text/plain"), 400, "n'est pas un enregistrement audio"),
    (lambda: upload(wav(200, rate=8_000), "long.wav", "audio/wav"), 422, "plus de 3 minutes"),
    (lambda: upload(wav(0.2), "court.wav", "audio/wav"), 422, "aucun son"),
], ids=["no-file", "garbage", "not-audio", "too-long", "too-short"])
def test_a_bad_file_is_refused_with_the_reason(as_staff, world, media_dir, form, status, reason):
    response = as_staff("awa").post(_voice_url(world.sotuba_case), data=form())
    assert response.status_code == status
    assert reason in response.get_data(as_text=True)
    assert _answers(world.sotuba_case) == [] and _count(MediaFile) == 0


def test_a_file_over_the_size_limit_is_refused(as_staff, world, media_dir, monkeypatch):
    monkeypatch.setenv("MEDIA_MAX_BYTES", str(200 * 1024))
    reset_settings()
    response = as_staff("awa").post(_voice_url(world.sotuba_case),
                                    data=upload(wav(20, rate=16_000), "long.wav", "audio/wav"))  # 640 KB
    assert response.status_code == 413
    assert "Fichier trop lourd" in response.get_data(as_text=True)
    assert _answers(world.sotuba_case) == []


def test_an_upload_larger_than_a_webhook_post_is_accepted(as_staff, world, fake_io, media_dir):
    """The app refuses posts over 64 KB (Twilio's are a few KB); the upload route alone takes more."""
    big = wav(30, rate=16_000)  # ~960 KB, a phone's WAV export
    assert len(big) > 64 * 1024
    assert as_staff("awa").post(_voice_url(world.sotuba_case), data=upload(big, "r.wav", "audio/wav")).status_code == 303


def test_the_upload_checks_its_csrf_token(world, media_dir):

    app = create_app({"TESTING": True})  # CSRF on, as in production
    client = app.test_client()
    page = client.get("/staff/login").get_data(as_text=True)
    token = re.search(r'name="csrf_token" value="([^"]+)"', page).group(1)
    assert client.post("/staff/login", data={"username": "awa", "password": "bonne-garde-2026",
                                             "csrf_token": token}).status_code == 302
    refused = client.post(_voice_url(world.sotuba_case), data=upload())
    assert refused.status_code == 400 and "CSRF" in refused.get_data(as_text=True)
    page = client.get(f"/staff/cases/{world.sotuba_case}").get_data(as_text=True)  # a new session at sign-in
    token = re.search(r'id="voice-reply".*?name="csrf_token" value="([^"]+)"', page, re.S).group(1)
    accepted = client.post(_voice_url(world.sotuba_case), data={**upload(), "csrf_token": token})
    assert accepted.status_code == 303


# --- outside WhatsApp's 24-hour window: template first, the voice note when she writes ---------

def test_outside_the_window_the_voice_note_follows_her_next_message(as_staff, world, fake_io, queue, say,
                                                                   media_dir, monkeypatch, client):
    monkeypatch.setenv("CONTENT_SID_MIDWIFE_REPLY_FR", TEMPLATE)
    case_id = world.old_normal_case  # her last message was 30 hours ago
    assert as_staff("awa").post(_voice_url(case_id), data=upload()).status_code == 303
    _deliver(queue)
    [answer] = _answers(case_id)
    with session_scope() as session:
        phone = session.get(Woman, answer.woman_id).phone
        held = session.scalars(select(OutboundMessage).where(OutboundMessage.status == HELD)).one()
        assert held.media_id == answer.media_id  # the voice note waits with the text
    [template] = [m for m in fake_io.sent if m["to"] == phone]
    assert (template["content_sid"], template["media_url"]) == (TEMPLATE, None)

    fake_io.rasa_replies = ["De rien."]
    say(phone, "merci, j'écoute")  # her answer to the template opens the window
    sent = [m for m in fake_io.sent if m["to"] == phone]
    assert sent[1]["body"] == answer.body and sent[1]["media_url"]
    fetched = client.get(urlsplit(sent[1]["media_url"]).path)
    assert fetched.status_code == 200 and fetched.mimetype == "audio/ogg"
    assert sent[2]["body"] == "De rien." and sent[2]["media_url"] is None


# --- Twilio's receipts: a voice answer is tracked like a text one -------------------------------

def test_a_receipt_on_a_voice_answer_shows_on_the_case_page(as_staff, world, fake_io, queue, media_dir,
                                                          signed_post):
    awa = as_staff("awa")
    awa.post(_voice_url(world.sotuba_case), data=upload())
    _deliver(queue)
    [answer] = _answers(world.sotuba_case)
    assert answer.twilio_sid and answer.status == "queued"
    assert signed_post("/twilio/status", {"MessageSid": answer.twilio_sid, "MessageStatus": "delivered"}).status_code == 204
    [answer] = _answers(world.sotuba_case)
    assert answer.status == "delivered"
    page = awa.get(f"/staff/cases/{world.sotuba_case}").get_data(as_text=True)
    assert "Reçue sur son téléphone" in page


def test_a_voice_answer_whose_file_was_erased_still_sends_its_line(world, fake_io, media_dir):
    """Retention erased the bytes before it could go (a long wait): the text goes, with no link."""
    outbound_id = reply_to_escalation(world.sikoro_case, "Message vocal (0:02)", world.fanta,
                                      voice=to_whatsapp_voice(CHROMIUM_RECORDING, "audio/webm"))
    with session_scope() as session:
        outbound = session.get(OutboundMessage, outbound_id)
        store.erase(session.get(MediaFile, outbound.media_id))
        woman_id, phone = outbound.woman_id, outbound.woman.phone
    deliver_pending(woman_id)
    [sent] = [m for m in fake_io.sent if m["to"] == phone]
    assert sent["media_url"] is None and "sage-femme" in sent["body"]


def test_the_recording_is_not_kept_when_the_answer_fails(world, media_dir, monkeypatch):
    """The answer, its case event and the file's row are one transaction."""

    def broken(*args, **kwargs):
        raise RuntimeError("acknowledgement failed")

    monkeypatch.setattr("bot.escalation.alerts.acknowledge", broken)
    with pytest.raises(RuntimeError):
        reply_to_escalation(world.sotuba_case, "Message vocal (0:02)", world.awa,
                            voice=to_whatsapp_voice(CHROMIUM_RECORDING, "audio/webm"))
    assert _count(MediaFile) == 0 and _answers(world.sotuba_case) == []


def test_in_the_simulator_her_conversation_plays_the_voice_answer(database, queue, media_dir):
    """`make run` without Twilio: the answer is not sent anywhere, her simulator conversation shows
    the line with a player (bot/simulator)."""
    with session_scope() as session:
        cscom = Cscom(name="CSCom de Sotuba")
        session.add(cscom)
        session.flush()
        awa = add_staff(session, "Awa", "midwife", cscom.id)
        woman = Woman(phone="simulator:+22370000001", language="fr", cscom_id=cscom.id,
                      consent_at=utcnow(), last_inbound_at=utcnow())
        session.add(woman)
        session.flush()
        escalation = Escalation(woman_id=woman.id, cscom_id=cscom.id, urgency="normal", reason="ask_midwife",
                                message="Je peux manger du poisson ?")
        session.add(escalation)
        session.flush()
        case_id, woman_id = escalation.id, woman.id
    reply_to_escalation(case_id, "Message vocal (0:02)", awa, voice=to_whatsapp_voice(CHROMIUM_RECORDING, "audio/webm"))

    deliver_pending(woman_id)
    client = create_app({"TESTING": True, "SIMULATOR_ENABLED": True, "SIMULATOR_OPEN": True}).test_client()
    messages = client.get("/simulator/messages?phone=%2B22370000001").get_json()["messages"]
    [answer] = [m for m in messages if m.get("media")]
    assert answer["text"] == "🔊 Réponse de la sage-femme : écoutez son message vocal."
    assert answer["status"] == "simulated" and answer["media"][0]["audio"]
    played = client.get(answer["media"][0]["url"])
    assert played.status_code == 200 and played.mimetype == "audio/ogg"
