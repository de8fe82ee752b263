"""`flask woman forget NUMBER`: erase her messages and profile, keep anonymous counts.

Her ``women`` row stays as a tombstone (number replaced, new public_id, no name, no due date,
opted out so nothing is ever sent to it); every row of hers keeps its status and timestamps but
loses its text; Rasa's tracker events for her are deleted. Counts (messages, escalations, consent
events per day or CSCom) are therefore unchanged, and nothing left points back to her."""
from __future__ import annotations

import secrets
from dataclasses import dataclass

from sqlalchemy import update
from sqlalchemy.orm import Session

from bot.models import Woman
from bot.models.base import utcnow
from bot.privacy.erase import identity_values
from bot.privacy.export import find_woman
from bot.privacy.rows import owned_row_ids, owned_tables
from bot.privacy.tracker import erase_tracker

TOMBSTONE_PREFIX = "forgotten:"
# Profile columns that are anonymous and feed counts (per language, per CSCom, consent dates).
KEPT_PROFILE = {"id", "language", "cscom_id", "created_at", "consent_at", "last_inbound_at"}
# Work not yet done for her must not be done after she is forgotten.
STOPPED = "erased"


@dataclass(frozen=True)
class Forgotten:
    rows_erased: dict[str, int]
    rasa_events_deleted: int


def _profile_values() -> dict:
    values: dict = {"phone": TOMBSTONE_PREFIX + secrets.token_hex(8), "public_id": secrets.token_hex(8),
                    "opted_out": True}
    for column in Woman.__table__.columns:
        if column.name in KEPT_PROFILE or column.name in values:
            continue
        if column.nullable:
            values[column.name] = None
        elif column.default is not None and not callable(column.default.arg):
            values[column.name] = column.default.arg
    return values


def _stop_pending_work(session: Session, ids: dict[str, list[int]]) -> None:
    now = utcnow()
    for name in ("inbound_messages", "outbound_messages"):
        table = next(t for t in owned_tables() if t.name == name)
        if ids[name]:
            session.execute(update(table).where(table.c.id.in_(ids[name]), table.c.status == "pending")
                            .values(status=STOPPED))
    tables = {t.name: t for t in owned_tables()}
    if ids.get("escalations"):
        escalations = tables["escalations"]
        session.execute(update(escalations).where(escalations.c.id.in_(ids["escalations"]),
                                                  escalations.c.status != "resolved")
                        .values(status="resolved", resolved_at=now))
    if ids.get("memberships"):
        memberships = tables["memberships"]
        session.execute(update(memberships).where(memberships.c.id.in_(ids["memberships"]),
                                                  memberships.c.status.in_(("pending", "active")))
                        .values(status="left", ended_at=now))


def _erase_files(session: Session, media_ids: list[int]) -> None:
    """Her voice notes and photos (and recorded answers to her) leave the disk; the rows stay."""
    from sqlalchemy import select

    from bot.media.store import erase
    from bot.models import MediaFile

    for media in session.scalars(select(MediaFile).where(MediaFile.id.in_(media_ids))):
        erase(media)
    session.flush()


def forget_woman(session: Session, number: str) -> Forgotten:
    """Erase her; the caller commits. Rasa's events go first: if that fails, nothing is half-done
    in the app database and the command can be run again."""
    woman = find_woman(session, number)
    rasa_deleted = erase_tracker(woman.public_id)
    ids = owned_row_ids(session, woman.id)
    _stop_pending_work(session, ids)
    _erase_files(session, ids.get("media_files", []))
    erased: dict[str, int] = {}
    for table in owned_tables():
        values = identity_values(table)
        if ids[table.name] and values:
            session.execute(update(table).where(table.c.id.in_(ids[table.name])).values(**values))
        erased[table.name] = len(ids[table.name])
    session.execute(update(Woman.__table__).where(Woman.__table__.c.id == woman.id).values(**_profile_values()))
    return Forgotten(rows_erased=erased, rasa_events_deleted=rasa_deleted)
