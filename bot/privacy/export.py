"""`flask woman export NUMBER`: everything stored about her, as JSON."""
from __future__ import annotations

import base64
from datetime import date, datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from bot.models import Woman
from bot.privacy.rows import owned_row_ids, owned_tables
from bot.privacy.tracker import tracker_events


class UnknownWoman(LookupError):
    pass


def find_woman(session: Session, number: str) -> Woman:
    """Her record from a number as typed by an operator: whatsapp:+223…, +223… or 223…."""
    raw = number.strip().replace(" ", "")
    bare = raw.removeprefix("whatsapp:")
    if bare and not bare.startswith("+"):
        bare = "+" + bare
    candidates = {raw, bare, f"whatsapp:{bare}"}
    woman = session.scalar(select(Woman).where(Woman.phone.in_(candidates)))
    if woman is None:
        raise UnknownWoman("No woman with this number (check the country code, e.g. +223…).")
    return woman


def _plain(value):
    if isinstance(value, (datetime, date)):
        return value.isoformat()
    return value


def _row(row) -> dict:
    return {key: _plain(value) for key, value in row._mapping.items()}


def _files(session: Session, media_ids: list[int]) -> list[dict]:
    from bot.media.store import read
    from bot.models import MediaFile

    files = []
    for media in session.scalars(select(MediaFile).where(MediaFile.id.in_(media_ids)).order_by(MediaFile.id)):
        data = read(media)
        files.append({"media_id": media.id, "kind": media.kind, "content_type": media.content_type,
                      "size": media.size, "sha256": media.sha256, "created_at": _plain(media.created_at),
                      "data_base64": base64.b64encode(data).decode("ascii") if data is not None else None})
    return files


def export_woman(session: Session, number: str) -> dict:
    woman = find_woman(session, number)
    women = Woman.__table__
    profile = _row(session.execute(select(women).where(women.c.id == woman.id)).one())
    ids = owned_row_ids(session, woman.id)
    tables = {}
    for table in owned_tables():
        rows = session.execute(select(table).where(table.c.id.in_(ids[table.name])).order_by(table.c.id)) \
            if ids[table.name] else []
        tables[table.name] = [_row(row) for row in rows]
    return {
        "profile": profile,
        "tables": tables,
        # The bytes of her voice notes and photos (and recorded answers to her), base64.
        "files": _files(session, ids.get("media_files", [])),
        # Rasa's own record of the conversation (intents, slots, replies), under her public_id.
        "rasa_tracker_events": tracker_events(woman.public_id),
    }
