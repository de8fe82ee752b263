"""Issue 15 fixtures: the SHARE group and members (tests/share), the worker's path (``say``), and
helpers to read what was queued for her."""
from __future__ import annotations

from sqlalchemy import select

from bot.db import session_scope
from bot.models import Escalation, Notice, OutboundMessage, Woman
from tests.escalation.conftest import fake_io, new_phone, say  # noqa: F401  (fixtures reused here)
from tests.share.conftest import add_group, add_member, at, group, phone_of  # noqa: F401


def bodies(woman_id: int, kind: str | None = None) -> list[str]:
    with session_scope() as session:
        query = select(OutboundMessage.body).where(OutboundMessage.woman_id == woman_id)
        if kind:
            query = query.where(OutboundMessage.kind == kind)
        return list(session.scalars(query.order_by(OutboundMessage.id)))


def periods(woman_id: int, kind: str) -> list[str]:
    with session_scope() as session:
        return list(session.scalars(select(Notice.period).where(
            Notice.woman_id == woman_id, Notice.kind == kind).order_by(Notice.id)))


def woman(woman_id: int) -> Woman:
    with session_scope() as session:
        found = session.get(Woman, woman_id)
        session.expunge(found)
        return found


def escalations(woman_id: int) -> list[tuple[str, str]]:
    with session_scope() as session:
        return [(e.urgency, e.reason) for e in session.scalars(
            select(Escalation).where(Escalation.woman_id == woman_id).order_by(Escalation.id))]
