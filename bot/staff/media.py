"""The files of a case (her voice notes, her photos), served only to staff who may open the case:
another CSCom's midwife gets 404, as for the case page itself (bot.staff.access)."""
from __future__ import annotations

from flask import abort
from flask_login import login_required
from sqlalchemy import select

from bot.db import session_scope
from bot.media.store import path_of, send as send_media
from bot.models import MediaFile
from bot.staff import bp
from bot.staff.access import case_or_404


def case_files(session, escalation_id: int) -> list[MediaFile]:
    """Her files on this case, oldest first (the case page's "Fichiers")."""
    return list(session.scalars(select(MediaFile).where(
        MediaFile.escalation_id == escalation_id, MediaFile.kind == "inbound").order_by(MediaFile.id)))


@bp.get("/cases/<int:escalation_id>/media/<int:media_id>")
@login_required
def case_media(escalation_id: int, media_id: int):
    with session_scope() as session:
        case_or_404(session, escalation_id)
        media = session.get(MediaFile, media_id)
        if media is None or media.escalation_id != escalation_id or media.kind != "inbound":
            abort(404)
        target, content_type = path_of(media), media.content_type
    return send_media(target, content_type)


@bp.app_template_global("case_files")
def _case_files(escalation_id: int) -> list[dict]:
    """For the case page: each file with its player URL, or why there is none."""
    with session_scope() as session:
        return [{"id": m.id, "audio": m.is_audio, "at": m.created_at, "failure": m.failure,
                 "state": "failed" if m.failure else "ready" if m.path else "waiting" if m.source_url else "erased"}
                for m in case_files(session, escalation_id)]
