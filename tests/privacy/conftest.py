"""One woman with a row in every table that can hold her data, and a second woman who must be
left untouched, plus a Rasa tracker store (SQLite, Rasa's own ``events`` layout) for both."""
from __future__ import annotations

import os
from dataclasses import dataclass
from datetime import date, timedelta

import pytest
from sqlalchemy import create_engine, text

from bot import db
from bot.config import reset_settings
from bot.models import (CaseEvent, ChecklistAnswer, ConsentEvent, Cscom, Escalation, InboundMessage, Membership,
                        Notice, OutboundMessage, ShareGroup, StaffAlert, StaffMember, Woman)
from bot.models.base import utcnow

HER = "whatsapp:+22370111222"
OTHER = "whatsapp:+22370333444"
SECRET_TEXT = "saignement depuis hier soir"


@dataclass
class Seeded:
    woman_id: int
    public_id: str
    other_id: int
    other_public_id: str


def _rasa_events_table(url: str) -> None:
    # The layout Rasa 3.6's SQLTrackerStore creates (rasa/core/tracker_store.py, SQLEvent).
    with create_engine(url).begin() as connection:
        connection.execute(text(
            "CREATE TABLE IF NOT EXISTS events (id INTEGER PRIMARY KEY, sender_id VARCHAR(255) NOT NULL, "
            "type_name VARCHAR(255) NOT NULL, timestamp FLOAT, intent_name VARCHAR(255), "
            "action_name VARCHAR(255), data TEXT)"))


def add_rasa_event(url: str, sender_id: str, body: str, timestamp: float) -> None:
    with create_engine(url).begin() as connection:
        connection.execute(text("INSERT INTO events (sender_id, type_name, timestamp, data) VALUES (:s, 'user', :t, :d)"),
                           {"s": sender_id, "t": timestamp, "d": '{"event": "user", "text": "%s"}' % body})


@pytest.fixture
def tracker_url(tmp_path, monkeypatch):
    url = f"sqlite:///{tmp_path / 'rasa_tracker.db'}"
    monkeypatch.setenv("RASA_TRACKER_URL", url)
    reset_settings()
    _rasa_events_table(url)
    yield url
    reset_settings()


def seed_woman(session, phone: str, name: str, text_body: str, cscom: Cscom, staff: StaffMember,
               group: ShareGroup) -> Woman:
    woman = Woman(phone=phone, name=name, language="bm", cscom_id=cscom.id, group_id=group.id,
                  due_date=date(2027, 3, 1), consent_at=utcnow(), last_inbound_at=utcnow())
    session.add(woman)
    session.flush()
    inbound = InboundMessage(message_sid="SM" + phone[-8:], woman_id=woman.id, body=text_body,
                             latitude=f"12.{phone[-3:]}", longitude=f"-7.{phone[-3:]}", status="answered",
                             media=[{"url": "https://api.twilio.com/media/ME1", "content_type": "image/jpeg"}])
    session.add(inbound)
    session.flush()
    outbound = OutboundMessage(woman_id=woman.id, inbound_id=inbound.id, body="Allez au CSCom tout de suite",
                               status="delivered", twilio_sid="SMout" + phone[-8:])
    session.add(outbound)
    session.flush()
    escalation = Escalation(woman_id=woman.id, inbound_id=inbound.id, cscom_id=cscom.id, urgency="urgent",
                            reason="danger_sign", message=text_body,
                            context=[{"from": "woman", "text": text_body, "at": "2026-11-01T10:00:00"}])
    session.add(escalation)
    session.flush()
    session.add_all([
        ConsentEvent(woman_id=woman.id, kind="consent", source="keyword", inbound_id=inbound.id),
        StaffAlert(escalation_id=escalation.id, staff_id=staff.id, kind="text", body=f"Urgent : {text_body}"),
        CaseEvent(escalation_id=escalation.id, staff_id=staff.id, kind="note", body=f"Rappeler : {text_body}"),
        Membership(woman_id=woman.id, group_id=group.id, status="active", source="code"),
        ChecklistAnswer(woman_id=woman.id, item_key="transport", status="ready"),
        Notice(woman_id=woman.id, kind="monthly_topic", period="2026-11", outbound_id=outbound.id),
    ])
    return woman


@pytest.fixture
def seeded(database, tracker_url) -> Seeded:
    with db.session_scope() as session:
        cscom = Cscom(name="CSCom de Sotuba")
        session.add(cscom)
        session.flush()
        staff = StaffMember(name="Sage-femme Coulibaly", phone="whatsapp:+22370999888", cscom_id=cscom.id)
        group = ShareGroup(cscom_id=cscom.id, name="Sotuba 1", code="SHARE SOTUBA", curriculum_start=date(2026, 9, 1))
        session.add_all([staff, group])
        session.flush()
        her = seed_woman(session, HER, "Awa", SECRET_TEXT, cscom, staff, group)
        other = seed_woman(session, OTHER, "Fanta", "j'ai faim tout le temps", cscom, staff, group)
        seeded = Seeded(her.id, her.public_id, other.id, other.public_id)
    now = utcnow().timestamp()
    add_rasa_event(tracker_url, seeded.public_id, SECRET_TEXT, now)
    add_rasa_event(tracker_url, seeded.other_public_id, "j'ai faim tout le temps", now)
    return seeded


def everything_stored(url: str | None = None) -> str:
    """Every value of every row of every table of the app database, as one string."""
    from bot.db import Base

    chunks = []
    with db.get_engine().connect() as connection:
        for table in Base.metadata.sorted_tables:
            for row in connection.execute(table.select()):
                chunks.append(repr(tuple(row)))
    return "\n".join(chunks)


def days_ago(days: float):
    return utcnow() - timedelta(days=days)


__all__ = ["HER", "OTHER", "SECRET_TEXT", "add_rasa_event", "days_ago", "everything_stored", "os"]
