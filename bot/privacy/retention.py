"""RETENTION_DAYS: conversation text older than the limit is erased, counts kept.

What counts as old, per table: a message once it is handled and older than the limit; an
escalation (and its case history and staff alerts) once it is resolved and older than the limit —
an open case keeps its text however old it is, the midwife still needs it. Rasa's tracker events
older than the limit are deleted (Rasa starts such a conversation afresh). Files (voice notes,
photos) follow the same rule: their bytes are erased from MEDIA_DIR, the row kept."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import and_, select, update
from sqlalchemy.orm import Session

from bot.db import Base
from bot.privacy.erase import text_values
from bot.privacy.tracker import erase_tracker_before


@dataclass(frozen=True)
class Purged:
    cutoff: datetime
    rows: dict[str, int]
    rasa_events: int


def _old_rows(tables: dict, cutoff: datetime) -> dict:
    """Per table, the condition for "old enough and finished"."""
    inbound, outbound = tables["inbound_messages"], tables["outbound_messages"]
    escalations = tables["escalations"]
    resolved_old = select(escalations.c.id).where(escalations.c.status == "resolved",
                                                  escalations.c.created_at < cutoff)
    conditions = {
        "inbound_messages": and_(inbound.c.received_at < cutoff, inbound.c.status != "pending"),
        "outbound_messages": and_(outbound.c.created_at < cutoff, outbound.c.status != "pending"),
        "escalations": escalations.c.id.in_(resolved_old),
    }
    for name in ("case_events", "staff_alerts"):
        if name in tables:
            conditions[name] = tables[name].c.escalation_id.in_(resolved_old)
    return conditions


def purge_old_text(session: Session, now: datetime, days: int) -> Purged:
    """Erase the text of finished conversation rows older than ``days`` before ``now``; the
    caller commits. ``days`` = 0 keeps everything."""
    cutoff = now - timedelta(days=days)
    if days <= 0:
        return Purged(cutoff, {}, 0)
    tables = Base.metadata.tables
    rows: dict[str, int] = {}
    for name, condition in _old_rows(tables, cutoff).items():
        values = text_values(tables[name])
        result = session.execute(update(tables[name]).where(condition).values(**values))
        rows[name] = result.rowcount
    rows["media_files"] = purge_old_media(session, cutoff)
    rasa_events = erase_tracker_before(cutoff.timestamp())
    return Purged(cutoff, rows, rasa_events)


def purge_old_media(session: Session, cutoff: datetime) -> int:
    """Erase the bytes of women's files (her voice notes and photos, the midwives' recorded
    answers to her) older than the cutoff, as for text: a file on a case still open is kept. The
    row stays, without path, for the counts. The bot's own recorded content is not hers: kept."""
    from bot.media.store import erase
    from bot.models import Escalation, MediaFile

    still_open = select(Escalation.id).where(Escalation.status != "resolved")
    old = session.scalars(select(MediaFile).where(
        MediaFile.kind.in_(("inbound", "reply")), MediaFile.woman_id.is_not(None),
        MediaFile.created_at < cutoff, MediaFile.path.is_not(None),
        (MediaFile.escalation_id.is_(None)) | (MediaFile.escalation_id.not_in(still_open)))).all()
    for media in old:
        erase(media)
    session.flush()
    return len(old)
