"""Staff-page fixtures: two CSComs (Sotuba, Sikoro), their staff, and one open case each."""
from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import timedelta

import pytest

from bot.db import session_scope
from bot.models import Cscom, Escalation, InboundMessage, OutboundMessage, StaffMember, Woman
from bot.models.base import utcnow
from bot.staff.users import hash_password
from tests.escalation.conftest import fake_io, new_phone, say  # noqa: F401  (fixtures reused here)

PASSWORD = "bonne-garde-2026"
CSRF = re.compile(r'name="csrf_token" value="([^"]+)"')


@dataclass(frozen=True)
class World:
    sotuba: int
    sikoro: int
    sotuba_case: int  # urgent, 20 minutes old: overdue
    sikoro_case: int  # normal, 2 hours old
    old_normal_case: int  # Sotuba, normal, 30 hours old: overdue
    awa: int  # midwife, Sotuba
    fanta: int  # midwife, Sikoro


def _woman(session, cscom_id: int, language: str, text: str, ago: timedelta) -> Woman:
    woman = Woman(phone=new_phone(), language=language, cscom_id=cscom_id,
                  last_inbound_at=utcnow() - ago, consent_at=utcnow() - ago)
    session.add(woman)
    session.flush()
    session.add(InboundMessage(message_sid="SM" + str(woman.id) + text[:5], woman_id=woman.id, body=text,
                               status="answered", received_at=utcnow() - ago))
    session.add(OutboundMessage(woman_id=woman.id, body="Allez au CSCom maintenant.", status="delivered",
                                created_at=utcnow() - ago))
    return woman


def _case(session, woman: Woman, urgency: str, text: str, ago: timedelta) -> int:
    escalation = Escalation(woman_id=woman.id, cscom_id=woman.cscom_id, urgency=urgency,
                            reason="danger_sign" if urgency == "urgent" else "ask_midwife",
                            message=text, created_at=utcnow() - ago)
    session.add(escalation)
    session.flush()
    return escalation.id


def add_staff(session, name: str, role: str, cscom_id: int | None, reads_bambara: bool = False) -> int:
    staff = StaffMember(name=name, role=role, cscom_id=cscom_id, username=name.lower(),
                        password_hash=_HASH, reads_bambara=reads_bambara)
    session.add(staff)
    session.flush()
    return staff.id


_HASH = hash_password(PASSWORD)  # once: scrypt is slow on purpose


@pytest.fixture
def world(database) -> World:
    with session_scope() as session:
        sotuba, sikoro = Cscom(name="CSCom de Sotuba", community="Sotuba"), Cscom(name="CSCom de Sikoro")
        session.add_all([sotuba, sikoro])
        session.flush()
        w1 = _woman(session, sotuba.id, "bm", "Joli bɛ bɔ n na", timedelta(minutes=20))
        w2 = _woman(session, sikoro.id, "fr", "Est-ce que je peux prendre ce médicament ?", timedelta(hours=2))
        w3 = _woman(session, sotuba.id, "fr", "Mon mari ne veut pas que j'aille au CSCom", timedelta(hours=30))
        world = World(
            sotuba=sotuba.id, sikoro=sikoro.id,
            old_normal_case=_case(session, w3, "normal", "Mon mari ne veut pas que j'aille au CSCom",
                                  timedelta(hours=30)),
            sotuba_case=_case(session, w1, "urgent", "Joli bɛ bɔ n na", timedelta(minutes=20)),
            sikoro_case=_case(session, w2, "normal", "Est-ce que je peux prendre ce médicament ?",
                              timedelta(hours=2)),
            awa=add_staff(session, "Awa", "midwife", sotuba.id, reads_bambara=True),
            fanta=add_staff(session, "Fanta", "midwife", sikoro.id),
        )
        add_staff(session, "Mariam", "facilitator", sotuba.id)
        add_staff(session, "Admin", "admin", None, reads_bambara=True)
    return world


def login(client, username: str, password: str = PASSWORD):
    return client.post("/staff/login", data={"username": username, "password": password})


@pytest.fixture
def as_staff(app, world):
    """as_staff("awa") → a test client signed in as Awa."""

    def _as(username: str):
        client = app.test_client()
        assert login(client, username).status_code == 302
        return client

    return _as
