"""Recordings on the review page: a midwife uploads (or records) one → a draft with a player →
another midwife or an admin approves it (or rejects it) → listed as the one sent. Same access as the
text review: midwives and admins of any CSCom, never a facilitator; a midwife does not approve her own."""
from __future__ import annotations

import html
import io

import pytest
from sqlalchemy import select

from bot.app import create_app
from bot.content.recordings import approved_recording
from bot.db import session_scope
from bot.models import ContentRecording, MediaFile
from tests.recordings.conftest import tone_wav
from tests.staff.conftest import CSRF, PASSWORD, as_staff, world  # noqa: F401  (fixtures reused here)

URL = "/staff/recordings/faq:nutrition/fr"


pytestmark = pytest.mark.usefixtures("compiled_catalogs")


def upload(client, data: bytes | None = None, name: str = "reponse.wav", content_type: str = "audio/wav",
           url: str = URL):
    data = tone_wav() if data is None else data
    return client.post(url, data={"audio": (io.BytesIO(data), name, content_type)},
                       content_type="multipart/form-data")


def recordings() -> list[ContentRecording]:
    with session_scope() as session:
        return list(session.scalars(select(ContentRecording).order_by(ContentRecording.id)))


def review_page(client) -> str:
    return html.unescape(client.get("/staff/review").get_data(as_text=True))


def test_upload_draft_approve_then_listed_with_a_player(as_staff, world, media_dir):
    awa, fanta = as_staff("awa"), as_staff("fanta")  # Sotuba's and Sikoro's midwives: content is shared
    assert 'id="rec-faq-nutrition"' in review_page(awa)
    response = upload(awa)
    assert response.status_code == 303 and response.headers["Location"].endswith("#rec-faq-nutrition")
    [draft] = recordings()
    assert (draft.status, draft.language, draft.recorded_by_id) == ("draft", "fr", world.awa)
    with session_scope() as session:
        media = session.get(MediaFile, draft.media_id)
        assert (media.kind, media.content_type, media.duration_seconds) == ("recording", "audio/ogg", 1)
        assert approved_recording(session, "faq:nutrition", "fr") is None  # a draft is not sent
    audio = f"/staff/recordings/{draft.id}/audio"
    listing = review_page(fanta)
    assert f'src="{audio}"' in listing and "À écouter" in listing
    played = fanta.get(audio)
    assert played.status_code == 200 and played.mimetype == "audio/ogg" and played.data[:4] == b"OggS"
    assert len(played.data) <= 512 * 1024

    # Awa may not approve her own recording; Fanta may.
    assert awa.post(f"/staff/recordings/{draft.id}/decision", data={"action": "approve"}).status_code == 403
    assert fanta.post(f"/staff/recordings/{draft.id}/decision", data={"action": "approve"}).status_code == 303
    [approved] = recordings()
    assert (approved.status, approved.reviewed_by_id) == ("approved", world.fanta)
    listing = review_page(awa)
    assert "enregistré par Awa, approuvé par Fanta" in listing and f'src="{audio}"' in listing
    with session_scope() as session:
        assert approved_recording(session, "faq:nutrition", "fr").id == approved.id
    # Already decided: nothing changes.
    fanta.post(f"/staff/recordings/{draft.id}/decision", data={"action": "reject"})
    assert recordings()[0].status == "approved"


def test_an_admin_may_approve_her_own_and_a_rejected_one_is_never_sent(as_staff, media_dir):
    admin = as_staff("admin")
    assert upload(admin, url="/staff/recordings/danger/fr").status_code == 303
    assert upload(admin, url="/staff/recordings/danger/fr").status_code == 303
    first, second = recordings()
    assert admin.post(f"/staff/recordings/{first.id}/decision", data={"action": "approve"}).status_code == 303
    assert admin.post(f"/staff/recordings/{second.id}/decision", data={"action": "reject"}).status_code == 303
    with session_scope() as session:
        assert approved_recording(session, "danger", "fr").id == first.id
    assert "Refusé par Admin" in review_page(admin)


def test_the_recorders_upload_passes_csrf_and_the_size_limit(database, queue, media_dir, world):
    """As in production: CSRF on, and a recording larger than the app's 64 KB request limit."""
    app = create_app({"TESTING": True})
    client = app.test_client()
    token = CSRF.search(client.get("/staff/login").get_data(as_text=True)).group(1)
    assert client.post("/staff/login", data={"username": "awa", "password": PASSWORD,
                                              "csrf_token": token}).status_code == 302
    token = CSRF.search(client.get("/staff/review").get_data(as_text=True)).group(1)
    big = tone_wav(seconds=4)  # 128 KB
    assert len(big) > 64 * 1024
    without = client.post(URL, data={"audio": (io.BytesIO(big), "enregistrement.webm", "audio/wav")},
                          content_type="multipart/form-data")
    assert without.status_code == 400 and recordings() == []
    sent = client.post(URL, data={"audio": (io.BytesIO(big), "enregistrement.webm", "audio/wav"), "csrf_token": token},
                       content_type="multipart/form-data")
    assert sent.status_code == 303
    [draft] = recordings()
    assert draft.status == "draft"


def test_bad_uploads_get_400_with_a_reason(as_staff, media_dir):
    awa = as_staff("awa")
    not_audio = upload(awa, data=b"hello", name="notes.txt", content_type="text/plain")
    assert not_audio.status_code == 400
    assert "Ce fichier n'est pas un enregistrement audio" in not_audio.get_data(as_text=True)
    broken = upload(awa, data=b"not really a wav file")
    assert broken.status_code == 400 and "Enregistrement refusé" in broken.get_data(as_text=True)
    missing = awa.post(URL, data={}, content_type="multipart/form-data")
    assert missing.status_code == 400 and "Aucun enregistrement reçu" in missing.get_data(as_text=True)
    assert recordings() == []
    assert upload(awa, url="/staff/recordings/faq:nope/fr").status_code == 404
    assert upload(awa, url="/staff/recordings/faq:nutrition/en").status_code == 404
    assert awa.post("/staff/recordings/999/decision", data={"action": "approve"}).status_code == 404
    assert awa.post("/staff/recordings/999/decision", data={"action": "maybe"}).status_code == 400


def test_a_facilitator_and_a_stranger_get_nothing(as_staff, app, media_dir):
    mariam = as_staff("mariam")
    assert upload(mariam).status_code == 403
    assert mariam.get("/staff/recordings").status_code == 403
    awa = as_staff("awa")
    upload(awa)
    [draft] = recordings()
    assert mariam.post(f"/staff/recordings/{draft.id}/decision", data={"action": "approve"}).status_code == 403
    assert mariam.get(f"/staff/recordings/{draft.id}/audio").status_code == 403
    anonymous = app.test_client()
    assert anonymous.get(f"/staff/recordings/{draft.id}/audio").status_code in (302, 401)
    assert upload(anonymous).status_code in (302, 401)
    assert recordings()[0].status == "draft"


def test_bambara_is_recorded_and_approved_by_a_native_speaker_only(as_staff, media_dir):
    bm = "/staff/recordings/checklist:soap/bm"
    fanta = as_staff("fanta")  # not marked as a native Bambara speaker (Awa and the admin are)
    assert upload(fanta, url=bm).status_code == 403
    assert "À enregistrer et approuver par une personne de langue maternelle bambara." in review_page(fanta)
    assert upload(as_staff("awa"), url=bm).status_code == 303
    [draft] = recordings()
    assert fanta.post(f"/staff/recordings/{draft.id}/decision", data={"action": "approve"}).status_code == 403
    assert as_staff("admin").post(f"/staff/recordings/{draft.id}/decision",
                                  data={"action": "approve"}).status_code == 303
    with session_scope() as session:
        assert approved_recording(session, "checklist:soap", "bm").id == draft.id
