"""The case page's actions with the test client: claim, reply (queued to her WhatsApp), note, resolve."""
from __future__ import annotations

from datetime import timedelta

from sqlalchemy import select

from bot.content import dialogue
from bot.content.i18n import translate
from bot.db import session_scope
from bot.models import CaseEvent, Escalation, OutboundMessage, StaffMember
from bot.models.base import utcnow
from bot.staff.timers import duration, timer


def test_claim_reply_note_resolve(as_staff, world, queue):
    awa = as_staff("awa")
    case = f"/staff/cases/{world.sotuba_case}"
    page = awa.get(case).get_data(as_text=True)
    assert "Bambara" in page and "Joli bɛ bɔ n na" in page and "Allez au CSCom maintenant." in page
    assert awa.post(f"{case}/claim").status_code == 302
    assert "Prise par Awa" in awa.get(case).get_data(as_text=True)

    assert awa.post(f"{case}/note", data={"text": "Appelée, elle arrive en moto."}).status_code == 302
    assert awa.post(f"{case}/reply", data={"text": "Venez tout de suite au CSCom."}).status_code == 302
    with session_scope() as session:
        escalation = session.get(Escalation, world.sotuba_case)
        assert (escalation.status, escalation.claimed_by_id) == ("answered", world.awa)
        reply = session.scalars(select(CaseEvent).where(CaseEvent.kind == "reply")).one()
        outbound = session.get(OutboundMessage, reply.outbound_id)
        # in her language (Bambara), in her conversation, waiting for the worker
        assert outbound.body == translate("bm", dialogue.MIDWIFE_ANSWER, text="Venez tout de suite au CSCom.")
        assert outbound.woman_id == escalation.woman_id and outbound.status == "pending"
        note = session.scalars(select(CaseEvent).where(CaseEvent.kind == "note")).one()
        # the private note never became a message to her
        assert not session.scalars(select(OutboundMessage).where(OutboundMessage.body.contains("moto"))).all()
        assert note.body == "Appelée, elle arrive en moto."
    assert len(queue) == 1  # deliver_to_woman
    page = awa.get(case).get_data(as_text=True)
    assert "Note privée" in page and "En attente d'envoi" in page and "Répondu en 20 min" in page

    response = awa.post(f"{case}/resolve")
    assert response.status_code == 302 and response.headers["Location"] == "/staff/cases"
    assert f'data-case="{world.sotuba_case}"' not in awa.get("/staff/cases").get_data(as_text=True)
    with session_scope() as session:
        assert session.get(Escalation, world.sotuba_case).status == "resolved"
    assert awa.post(f"{case}/resolve").status_code == 409
    assert "Réponse impossible" in awa.post(f"{case}/reply", data={"text": "Encore ?"},
                                            follow_redirects=True).get_data(as_text=True)


def test_an_empty_or_overlong_reply_is_refused_without_sending(as_staff, world, queue):
    awa = as_staff("awa")
    for text in ("   ", "a" * 1501):
        page = awa.post(f"/staff/cases/{world.sotuba_case}/reply", data={"text": text},
                        follow_redirects=True).get_data(as_text=True)
        assert "Écrivez une réponse de 1 à 1500 caractères." in page
    assert len(queue) == 0


def test_a_case_claimed_by_a_colleague_stays_hers(app, as_staff, world):
    from tests.staff.conftest import add_staff

    with session_scope() as session:
        add_staff(session, "Kadia", "midwife", world.sotuba)
    as_staff("awa").post(f"/staff/cases/{world.sotuba_case}/claim")
    page = as_staff("kadia").post(f"/staff/cases/{world.sotuba_case}/claim", follow_redirects=True)
    assert "Ce cas est déjà pris par Awa." in page.get_data(as_text=True)
    with session_scope() as session:
        assert session.get(Escalation, world.sotuba_case).claimed_by_id == world.awa


def test_the_alert_link_opens_the_case(as_staff, world):
    from bot.escalation.alerts import case_url

    path = case_url(world.sotuba_case).split("jigiya.example.org", 1)[1]
    response = as_staff("awa").get(path)
    assert response.headers["Location"] == f"/staff/cases/{world.sotuba_case}"


def test_timers():
    now = utcnow()
    urgent = Escalation(urgency="urgent", status="open", created_at=now - timedelta(minutes=14))
    assert (timer(urgent, now).overdue, timer(urgent, now).minutes) == (False, 1)
    urgent.created_at = now - timedelta(minutes=16)
    assert (timer(urgent, now).overdue, timer(urgent, now).minutes) == (True, 1)
    normal = Escalation(urgency="normal", status="claimed", created_at=now - timedelta(hours=23))
    assert not timer(normal, now).overdue
    normal.created_at = now - timedelta(hours=25)
    assert timer(normal, now).overdue
    normal.answered_at = normal.created_at + timedelta(hours=3)
    assert (timer(normal, now).state, timer(normal, now).overdue, timer(normal, now).minutes) == ("answered", False, 180)
    closed = Escalation(urgency="urgent", status="resolved", created_at=now - timedelta(hours=2))
    assert (timer(closed, now).state, timer(closed, now).overdue) == ("closed", False)
    assert [duration(m) for m in (7, 65, 60 * 50)] == ["7 min", "1 h 05", "2 j 2 h"]


def test_flask_staff_create_makes_the_first_admin(app, database):
    runner = app.test_cli_runner()
    result = runner.invoke(args=["staff", "add-cscom", "CSCom de Sotuba", "--community", "Sotuba"])
    assert result.exit_code == 0, result.output
    result = runner.invoke(args=["staff", "create", "--role", "admin", "--name", "Awa Diarra",
                                 "--cscom", "cscom de sotuba", "--phone", "+223 70 00 00 01"],
                           input="un-long-secret\nun-long-secret\n")
    assert result.exit_code == 0, result.output
    assert "un-long-secret" not in result.output
    with session_scope() as session:
        staff = session.scalars(select(StaffMember)).one()
        assert (staff.role, staff.username, staff.phone) == ("admin", "awadiarra", "whatsapp:+22370000001")
        assert staff.password_hash.startswith("scrypt:") and staff.cscom.name == "CSCom de Sotuba"
    client = app.test_client()
    response = client.post("/staff/login", data={"username": "awadiarra", "password": "un-long-secret"})
    assert response.status_code == 302
    result = runner.invoke(args=["staff", "create", "--role", "midwife", "--name", "X", "--cscom", "Nulle part"],
                           input="un-long-secret\nun-long-secret\n")
    assert result.exit_code != 0 and "CSCom de Sotuba" in result.output
    result = runner.invoke(args=["staff", "create", "--role", "midwife", "--name", "Y"], input="court\ncourt\n")
    assert result.exit_code != 0 and "at least 10" in result.output
