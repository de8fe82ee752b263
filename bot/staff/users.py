"""Who is signed in: a small detached copy of the StaffMember row, and password checks.

Plain SQLAlchemy sessions end with the request, so Flask-Login keeps a frozen dataclass rather than
an ORM object. The session id carries a fingerprint of the password hash: changing a password
signs out every other session of that account."""
from __future__ import annotations

import hashlib
from dataclasses import dataclass

from flask_login import UserMixin
from sqlalchemy import func, select
from werkzeug.security import check_password_hash, generate_password_hash

from bot.db import session_scope
from bot.models import StaffMember

# Compared against when the username is unknown, so a wrong name costs as long as a wrong password.
_DUMMY_HASH = generate_password_hash("not-a-password", method="scrypt")


def hash_password(password: str) -> str:
    return generate_password_hash(password, method="scrypt")


def _fingerprint(password_hash: str) -> str:
    return hashlib.sha256(password_hash.encode()).hexdigest()[:16]


@dataclass(frozen=True)
class StaffUser(UserMixin):
    id: int
    name: str
    role: str
    cscom_id: int | None
    cscom_name: str | None
    fingerprint: str
    reads_bambara: bool = False

    def get_id(self) -> str:
        return f"{self.id}.{self.fingerprint}"

    @property
    def is_admin(self) -> bool:
        return self.role == "admin"

    @property
    def reads_cases(self) -> bool:
        """Midwives and admins read and answer cases; facilitators see only the queue's shape."""
        return self.role in ("midwife", "admin")

    @classmethod
    def of(cls, staff: StaffMember) -> "StaffUser":
        return cls(id=staff.id, name=staff.name, role=staff.role, cscom_id=staff.cscom_id,
                   cscom_name=staff.cscom.name if staff.cscom else None,
                   fingerprint=_fingerprint(staff.password_hash or ""), reads_bambara=staff.reads_bambara)


def load_user(user_id: str) -> StaffUser | None:
    staff_id, _, fingerprint = user_id.partition(".")
    if not staff_id.isdigit():
        return None
    with session_scope() as session:
        staff = session.get(StaffMember, int(staff_id))
        if staff is None or not staff.active or not staff.password_hash:
            return None
        user = StaffUser.of(staff)
    return user if user.fingerprint == fingerprint else None


def authenticate(username: str, password: str) -> StaffUser | None:
    with session_scope() as session:
        staff = session.scalar(select(StaffMember).where(
            func.lower(StaffMember.username) == username.strip().lower()))
        if staff is None or not staff.active or not staff.password_hash:
            check_password_hash(_DUMMY_HASH, password)
            return None
        if not check_password_hash(staff.password_hash, password):
            return None
        return StaffUser.of(staff)
