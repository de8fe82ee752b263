"""Find every row that belongs to one woman by following foreign keys from ``women``."""
from __future__ import annotations

from sqlalchemy import Table, or_, select
from sqlalchemy.orm import Session

from bot.db import Base

WOMEN = "women"


def owned_tables() -> list[Table]:
    """Tables whose rows can belong to a woman, parents before children (FK order)."""
    owned: set[str] = {WOMEN}
    result: list[Table] = []
    for table in Base.metadata.sorted_tables:  # referenced tables come before referencing ones
        if table.name == WOMEN:
            continue
        if any(fk.column.table.name in owned for fk in table.foreign_keys):
            owned.add(table.name)
            result.append(table)
    return result


def owned_row_ids(session: Session, woman_id: int) -> dict[str, list[int]]:
    """Primary keys of her rows in each owned table: rows pointing at her, or at rows of hers.

    Only foreign keys *to* her rows are followed (an escalation's CSCom or staff member is not hers)."""
    ids: dict[str, set[int]] = {WOMEN: {woman_id}}
    for table in owned_tables():
        conditions = [
            fk.parent.in_(ids[fk.column.table.name])
            for fk in table.foreign_keys
            if ids.get(fk.column.table.name)
        ]
        found = set(session.scalars(select(table.c.id).where(or_(*conditions)))) if conditions else set()
        ids[table.name] = found
    del ids[WOMEN]
    return {name: sorted(found) for name, found in ids.items()}
