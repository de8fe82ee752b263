"""Which SHARE groups a staff member may see and manage. One rule for every group page and the
broadcast pages: admins see every group; a facilitator sees the groups she runs and, when she is
tied to a CSCom, that CSCom's groups; a midwife sees her CSCom's groups (staff with no CSCom cover
every CSCom, as the alerts assume)."""
from __future__ import annotations

from flask import abort
from sqlalchemy import Select, or_, select
from sqlalchemy.orm import Session

from bot.models import ShareGroup
from bot.staff.users import StaffUser


def scoped_groups(user: StaffUser, query: Select | None = None) -> Select:
    query = query if query is not None else select(ShareGroup)
    if user.is_admin or user.cscom_id is None:
        return query
    return query.where(or_(ShareGroup.cscom_id == user.cscom_id, ShareGroup.facilitator_id == user.id))


def can_manage(group: ShareGroup, user: StaffUser) -> bool:
    return (user.is_admin or user.cscom_id is None or group.cscom_id == user.cscom_id
            or group.facilitator_id == user.id)


def group_or_404(session: Session, group_id: int, user: StaffUser) -> ShareGroup:
    """Another CSCom's group is answered like a group that does not exist."""
    group = session.get(ShareGroup, group_id)
    if group is None or not can_manage(group, user):
        abort(404)
    return group
