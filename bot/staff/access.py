"""Who may see which case. One rule, used by the inbox query and by every case URL:
admins see all; staff tied to a CSCom see its cases only; staff with no CSCom cover every CSCom
(as the alerts assume) and so also see cases whose CSCom is not known yet."""
from __future__ import annotations

from functools import wraps

from flask import abort
from flask_login import current_user
from sqlalchemy import Select, or_
from sqlalchemy.orm import Session

from bot.models import Escalation
from bot.staff.users import StaffUser


def scoped(query: Select, user: StaffUser) -> Select:
    if user.is_admin or user.cscom_id is None:
        return query
    return query.where(Escalation.cscom_id == user.cscom_id)


def can_see(escalation: Escalation, user: StaffUser) -> bool:
    return user.is_admin or user.cscom_id is None or escalation.cscom_id == user.cscom_id


def case_or_404(session: Session, escalation_id: int) -> Escalation:
    """Another CSCom's case is answered like a case that does not exist: its URL reveals nothing."""
    escalation = session.get(Escalation, escalation_id)
    if escalation is None or not can_see(escalation, current_user):
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
