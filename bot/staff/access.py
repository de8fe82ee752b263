"""Who may see which case. One rule, used by the inbox query and by every case URL:
admins see all; staff tied to a CSCom see its cases, and the cases whose CSCom is not known yet
(no orphan case: every midwife sees it until one attaches it to a CSCom); staff with no CSCom cover
every CSCom. A staff member the alert ladder alerted about a case may always open it (its link
must never answer 404 to the person it was sent to)."""
from __future__ import annotations

from functools import wraps

from flask import abort
from flask_login import current_user
from sqlalchemy import Select, or_, select
from sqlalchemy.orm import Session

from bot.models import Escalation, StaffAlert
from bot.staff.users import StaffUser


def scoped(query: Select, user: StaffUser) -> Select:
    if user.is_admin or user.cscom_id is None:
        return query
    alerted = select(StaffAlert.escalation_id).where(StaffAlert.staff_id == user.id)
    return query.where(or_(Escalation.cscom_id == user.cscom_id, Escalation.cscom_id.is_(None),
                           Escalation.id.in_(alerted)))


def can_see(escalation: Escalation, user: StaffUser, session: Session | None = None) -> bool:
    if user.is_admin or user.cscom_id is None or escalation.cscom_id in (None, user.cscom_id):
        return True
    return session is not None and session.scalar(select(StaffAlert.id).where(
        StaffAlert.escalation_id == escalation.id, StaffAlert.staff_id == user.id).limit(1)) is not None


def case_or_404(session: Session, escalation_id: int) -> Escalation:
    """Another CSCom's case is answered like a case that does not exist: its URL reveals nothing."""
    escalation = session.get(Escalation, escalation_id)
    if escalation is None or not can_see(escalation, current_user, session):
        abort(404)
    if not current_user.reads_cases:
        abort(403)  # a facilitator: her group's women, not their health questions
    return escalation


def reads_cases(view):
    @wraps(view)
    def wrapped(*args, **kwargs):
        if not current_user.reads_cases:
            abort(403)
        return view(*args, **kwargs)

    return wrapped
