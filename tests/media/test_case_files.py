"""The midwife's side: a voice-note case sits above normal questions (below urgent ones), its page
plays the file, and the file is served only to staff who may open the case."""
from __future__ import annotations

from sqlalchemy import select

from bot.db import session_scope
from bot.models import Escalation, MediaFile, Woman
from tests.escalation.conftest import new_phone
from tests.media.conftest import PHOTO, VOICE, voice_from
from tests.staff.conftest import as_staff, world  # noqa: F401  (fixtures reused here)


def _sotuba_voice_case(world, fake_io) -> tuple[int, int]:
    phone = new_phone()
    with session_scope() as session:
        woman = Woman(phone=phone, language="bm", cscom_id=world.sotuba, consent_at=None)
        session.add(woman)
    voice_from(phone)
    with session_scope() as session:
        case = session.scalars(select(Escalation).where(Escalation.reason == "voice_note")).one()
        media = session.scalars(select(MediaFile).where(MediaFile.escalation_id == case.id)).one()
        return case.id, media.id


def test_the_inbox_puts_voice_notes_below_urgent_cases_and_above_normal_questions(world, as_staff, fake_io,
                                                                                   media_dir):
    case_id, _ = _sotuba_voice_case(world, fake_io)
    page = as_staff("awa").get("/staff/cases").get_data(as_text=True)
    order = [page.index(f'data-case="{i}"') for i in (world.sotuba_case, case_id, world.old_normal_case)]
    assert order == sorted(order)  # urgent, then her voice note, then the older normal question
    voice_row = page[order[1]:order[2]]
    assert "Message vocal" in voice_row


def test_the_case_page_plays_her_voice_note_from_a_private_url(world, as_staff, fake_io, media_dir):
    case_id, media_id = _sotuba_voice_case(world, fake_io)
    awa = as_staff("awa")
    page = awa.get(f"/staff/cases/{case_id}").get_data(as_text=True)
    src = f"/staff/cases/{case_id}/media/{media_id}"
    assert f'<audio controls preload="metadata" src="{src}">' in page
    response = awa.get(src)
    assert response.status_code == 200 and response.data == VOICE
    assert response.mimetype == "audio/ogg"
    assert response.headers["Cache-Control"] == "private, no-store"
    assert '<div class="bubble woman">(message vocal)</div>' in page  # not an empty bubble
    partial = awa.get(src, headers={"Range": "bytes=0-3"})  # the player seeks with ranges
    assert partial.status_code == 206 and partial.data == b"OggS"


def test_a_midwife_of_another_cscom_gets_404_for_the_file(world, as_staff, fake_io, media_dir):
    case_id, media_id = _sotuba_voice_case(world, fake_io)
    assert as_staff("fanta").get(f"/staff/cases/{case_id}/media/{media_id}").status_code == 404
    assert as_staff("mariam").get(f"/staff/cases/{case_id}/media/{media_id}").status_code == 403  # facilitator
    assert as_staff("admin").get(f"/staff/cases/{case_id}/media/{media_id}").status_code == 200
    # a file id under another case's URL is not served either
    assert as_staff("awa").get(f"/staff/cases/{world.sotuba_case}/media/{media_id}").status_code == 404


def test_a_photo_shows_as_an_image_and_a_failed_download_says_why(world, as_staff, fake_io, media_dir):
    phone = new_phone()
    with session_scope() as session:
        session.add(Woman(phone=phone, language="fr", cscom_id=world.sotuba))
    voice_from(phone, PHOTO, "image/jpeg")
    with session_scope() as session:
        case = session.scalars(select(Escalation).where(Escalation.reason == "photo")).one()
        session.add(MediaFile(kind="inbound", woman_id=case.woman_id, escalation_id=case.id,
                              content_type="audio/ogg", size=0, failure="refused by Twilio (HTTP 401)"))
        case_id = case.id
    page = as_staff("awa").get(f"/staff/cases/{case_id}").get_data(as_text=True)
    assert 'class="case-photo"' in page and "<img" in page
    assert "Audio non récupéré" in page and "refused by Twilio (HTTP 401)" in page
