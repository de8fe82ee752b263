"""Which SHARE groups a staff member may see and manage. One rule for every group page and the
broadcast pages:

- reading (members, requests, calendar, broadcasts): admins see every group; a facilitator sees the
  groups she runs and, when she is tied to a CSCom, that CSCom's groups; a midwife sees her CSCom's
  groups (a midwife with no CSCom covers every CSCom, as the alerts assume);
- managing (registering, importing, deciding requests, removing, editing meetings): admins every
  group; a facilitator the groups she runs and her CSCom's groups; a midwife none (403).

Moving a woman from one CSCom to another is an admin's act (bot/share/membership.register)."""
from __future__ import annotations

from flask import abort
from sqlalchemy import Select, false, or_, select
from sqlalchemy.orm import Session

from bot.models import ShareGroup
from bot.staff.users import StaffUser

MANAGERS = ("facilitator", "admin")


def scoped_groups(user: StaffUser, query: Select | None = None) -> Select:
    query = query if query is not None else select(ShareGroup)
    if user.is_admin:
        return query
    if user.role == "facilitator":
        mine = ShareGroup.facilitator_id == user.id
        return query.where(or_(ShareGroup.cscom_id == user.cscom_id, mine) if user.cscom_id is not None else mine)
    if user.role == "midwife":
        return query if user.cscom_id is None else query.where(ShareGroup.cscom_id == user.cscom_id)
    return query.where(false())


def can_read(group: ShareGroup, user: StaffUser) -> bool:
    if user.is_admin:
        return True
    if user.role == "facilitator":
        return group.facilitator_id == user.id or (user.cscom_id is not None and group.cscom_id == user.cscom_id)
    if user.role == "midwife":
        return user.cscom_id is None or group.cscom_id == user.cscom_id
    return False


def can_manage(group: ShareGroup, user: StaffUser) -> bool:
    return user.role in MANAGERS and can_read(group, user)


def group_or_404(session: Session, group_id: int, user: StaffUser, manage: bool = False) -> ShareGroup:
    """Another CSCom's group is answered like a group that does not exist; a group she may read but
    not manage (a midwife) answers 403 to a change."""
    group = session.get(ShareGroup, group_id)
    if group is None or not can_read(group, user):
        abort(404)
    if manage and not can_manage(group, user):
        abort(403)
    return group
