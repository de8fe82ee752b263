"""The journey's figures for the staff overview (issue 15): births and losses recorded, and the
postnatal-visit, vaccination and CPN reminders queued, over a period, per CSCom or all."""
from __future__ import annotations

from datetime import date, datetime, time, timezone

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from bot.models import Notice, Woman

VISITS = ("d3", "d7", "w6")
VACCINES = ("birth", "w6", "w10", "w14", "m9")


def journey_counts(session: Session, cscom_id: int | None, first_day: date) -> dict[str, int]:
    since = datetime.combine(first_day, time.min, tzinfo=timezone.utc)

    def women(*conditions) -> int:
        query = select(func.count(Woman.id)).where(*conditions)
        if cscom_id is not None:
            query = query.where(Woman.cscom_id == cscom_id)
        return session.scalar(query) or 0

    def notices(kind: str, periods: tuple[str, ...] | None = None) -> int:
        query = select(func.count(Notice.id)).join(Woman, Woman.id == Notice.woman_id).where(
            Notice.kind == kind, Notice.created_at >= since)
        if periods:
            query = query.where(Notice.period.in_(periods))
        if cscom_id is not None:
            query = query.where(Woman.cscom_id == cscom_id)
        return session.scalar(query) or 0

    return {
        "births": women(Woman.birth_date >= first_day, Woman.stage == "postnatal"),
        "losses": women(Woman.stage == "loss", Woman.stage_changed_at >= since),
        "visits": notices("postnatal", VISITS),
        "vaccines": notices("postnatal", VACCINES),
        "cpn": notices("cpn_reminder"),
    }
