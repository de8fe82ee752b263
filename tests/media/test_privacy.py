"""Her files follow the privacy rules of her messages: the retention purge erases old ones,
`flask woman export` includes them, `flask woman forget` deletes them from disk (rows kept)."""
from __future__ import annotations

import base64
import json
from datetime import timedelta

from sqlalchemy import select

from bot.db import session_scope
from bot.media.store import path_of
from bot.models import Escalation, MediaFile
from bot.models.base import utcnow
from bot.privacy.export import export_woman
from bot.privacy.forget import forget_woman
from bot.privacy.retention import purge_old_text
from tests.escalation.conftest import new_phone
from tests.media.conftest import PHOTO, VOICE, voice_from


def _files(woman_id):
    with session_scope() as session:
        return [(m.id, path_of(m), m.path) for m in session.scalars(
            select(MediaFile).where(MediaFile.woman_id == woman_id).order_by(MediaFile.id))]


def test_retention_erases_old_files_of_resolved_cases_and_keeps_the_rows(fake_io, media_dir):
    old_phone, recent_phone = new_phone(), new_phone()
    old_id, recent_id = voice_from(old_phone), voice_from(recent_phone)
    now = utcnow()
    with session_scope() as session:
        for media in session.scalars(select(MediaFile).where(MediaFile.woman_id == old_id)):
            media.created_at = now - timedelta(days=40)
        session.scalars(select(Escalation).where(Escalation.woman_id == old_id)).one().status = "resolved"
    [(_, old_file, _)] = _files(old_id)
    assert old_file.exists()
    with session_scope() as session:
        purged = purge_old_text(session, now, 30)
    assert purged.rows["media_files"] == 1
    [(_, _, path)] = _files(old_id)
    assert path is None and not old_file.exists()  # bytes gone, row kept
    [(_, recent_file, _)] = _files(recent_id)
    assert recent_file.read_bytes() == VOICE


def test_retention_keeps_the_files_of_a_case_still_open(fake_io, media_dir):
    woman_id = voice_from(new_phone())
    with session_scope() as session:
        for media in session.scalars(select(MediaFile).where(MediaFile.woman_id == woman_id)):
            media.created_at = utcnow() - timedelta(days=400)
    with session_scope() as session:
        assert purge_old_text(session, utcnow(), 30).rows["media_files"] == 0
    [(_, file, _)] = _files(woman_id)
    assert file.read_bytes() == VOICE


def test_export_includes_her_files(fake_io, media_dir):
    phone = new_phone()
    voice_from(phone)
    voice_from(phone, PHOTO, "image/jpeg")
    with session_scope() as session:
        data = json.loads(json.dumps(export_woman(session, phone), default=str))
    files = data["files"]
    assert [f["content_type"] for f in files] == ["audio/ogg", "image/jpeg"]
    assert base64.b64decode(files[0]["data_base64"]) == VOICE
    assert base64.b64decode(files[1]["data_base64"]) == PHOTO
    assert len(data["tables"]["media_files"]) == 2


def test_forget_deletes_her_files_from_disk_and_leaves_others(fake_io, media_dir):
    her, other = new_phone(), new_phone()
    her_id, other_id = voice_from(her), voice_from(other)
    [(_, her_file, _)] = _files(her_id)
    with session_scope() as session:
        forget_woman(session, her)
    assert not her_file.exists()
    [(_, _, path)] = _files(her_id)
    assert path is None
    [(_, other_file, _)] = _files(other_id)
    assert other_file.read_bytes() == VOICE
