"""The duty page, the red banner, /healthz's "degraded", the acknowledgement on the case page,
cases whose CSCom is unknown, and the `flask staff duty` twins — clock frozen with time-machine."""
from __future__ import annotations

from datetime import datetime, timezone

import pytest
import time_machine
from sqlalchemy import select

from bot.db import session_scope
from bot.escalation import duty
from bot.models import CaseEvent, DutyShift, Escalation, StaffAlert, StaffMember, Woman
from tests.escalation.conftest import new_phone

MONDAY_10H = datetime(2026, 3, 2, 10, 0, tzinfo=timezone.utc)  # Bamako = UTC


@pytest.fixture(autouse=True)
def frozen():
    with time_machine.travel(MONDAY_10H, tick=False) as traveller:
        yield traveller


def _on_duty(cscom_id: int) -> list[str]:
    with session_scope() as session:
        return [s.name for s in duty.on_duty_now(session, cscom_id, MONDAY_10H)]


def test_nobody_on_duty_shows_a_red_banner_on_every_staff_page_and_healthz_is_degraded(as_staff, world, client):
    awa = as_staff("awa")
    for path in ("/staff/cases", "/staff/duty", "/staff/overview", f"/staff/cases/{world.sotuba_case}"):
        page = awa.get(path).get_data(as_text=True)
        assert 'id="no-duty"' in page and "Personne de garde maintenant : CSCom de Sotuba" in page, path
        assert "Sikoro" not in page.split('id="no-duty"')[1].split("</p>")[0]  # her CSCom only
    health = client.get("/healthz").get_json()
    assert health["degraded"] == {"duty": {"CSCom de Sotuba": "nobody on duty now",
                                           "CSCom de Sikoro": "nobody on duty now"}}
    assert set(health["checks"]) == {"database", "queue", "rasa"}


def test_taking_duty_on_the_page_and_her_number_clear_the_banner(as_staff, world, client):
    awa = as_staff("awa")
    assert awa.post("/staff/duty/take").status_code == 302
    page = awa.get("/staff/duty").get_data(as_text=True)
    assert "sans numéro WhatsApp vous ne recevrez pas les alertes" in page
    assert 'id="no-duty"' in page  # on duty, but no alert can reach her
    awa.post(f"/staff/duty/staff/{world.awa}/phone", data={"phone": "+223 70 11 22 33"})
    page = awa.get("/staff/duty").get_data(as_text=True)
    assert 'id="no-duty"' not in page and "de garde maintenant : Awa" in page and 'id="leave-duty"' in page
    with session_scope() as session:
        assert session.get(StaffMember, world.awa).phone == "whatsapp:+22370112233"
    assert "CSCom de Sotuba" not in client.get("/healthz").get_json()["degraded"]["duty"]
    awa.post("/staff/duty/leave")
    assert 'id="no-duty"' in awa.get("/staff/duty").get_data(as_text=True)


def test_the_weekly_rota_on_the_page_in_bamako_time(as_staff, world):
    awa = as_staff("awa")
    with session_scope() as session:
        session.get(StaffMember, world.awa).phone = "whatsapp:+22370000201"
    awa.post("/staff/duty/shifts", data={"staff_id": world.awa, "weekday": "0", "starts": "08:00", "ends": "20h00"})
    page = awa.get("/staff/duty").get_data(as_text=True)
    assert "lundi" in page and "08:00–20:00" in page and 'id="no-duty"' not in page
    assert _on_duty(world.sotuba) == ["Awa"]
    # Another CSCom's midwife is not hers to put on the rota.
    assert awa.post("/staff/duty/shifts", data={"staff_id": world.fanta, "weekday": "0", "starts": "08:00",
                                                 "ends": "20:00"}).status_code == 404
    with session_scope() as session:
        shift_id = session.scalars(select(DutyShift.id)).one()
    awa.post(f"/staff/duty/shifts/{shift_id}/delete")
    assert _on_duty(world.sotuba) == []


def test_the_case_page_shows_who_acknowledged_and_when(as_staff, world):
    admin = as_staff("admin")
    page = admin.get(f"/staff/cases/{world.sotuba_case}").get_data(as_text=True)
    assert 'id="acknowledge"' in page  # an admin browsing does not acknowledge by opening
    admin.post(f"/staff/cases/{world.sotuba_case}/acknowledge")
    page = admin.get(f"/staff/cases/{world.sotuba_case}").get_data(as_text=True)
    assert "Alerte prise en compte par Admin à 02/03 10:00" in page and "(bouton de la page)" in page
    with session_scope() as session:
        escalation = session.get(Escalation, world.sotuba_case)
        assert escalation.acknowledged_at == MONDAY_10H and escalation.next_alert_at is None


def test_a_midwife_opening_an_urgent_case_acknowledges_it(as_staff, world):
    as_staff("awa").get(f"/staff/escalations/{world.sotuba_case}", follow_redirects=True)
    with session_scope() as session:
        assert session.get(Escalation, world.sotuba_case).acknowledged_by_id == world.awa
        [event] = session.scalars(select(CaseEvent).where(CaseEvent.escalation_id == world.sotuba_case)).all()
        assert (event.kind, event.body) == ("ack", "opened")


def test_a_case_without_a_cscom_is_in_every_midwifes_inbox_until_one_attaches_it(as_staff, world):
    with session_scope() as session:
        woman = Woman(phone=new_phone(), language="fr")
        session.add(woman)
        session.flush()
        orphan = Escalation(woman_id=woman.id, urgency="urgent", reason="danger_sign", message="Je saigne")
        session.add(orphan)
        session.flush()
        orphan_id = orphan.id
    awa, fanta = as_staff("awa"), as_staff("fanta")
    for client in (awa, fanta):
        inbox = client.get("/staff/cases").get_data(as_text=True)
        row = inbox.split(f'data-case="{orphan_id}"')[1].split("</li>")[0]
        assert "CSCom inconnu" in row and "Alerte pas encore prise en compte" in row
    page = fanta.get(f"/staff/cases/{orphan_id}").get_data(as_text=True)
    assert "Inconnu : visible par toutes les sages-femmes" in page and 'id="attach"' in page
    fanta.post(f"/staff/cases/{orphan_id}/cscom", data={"cscom_id": world.sikoro})
    assert f'data-case="{orphan_id}"' not in awa.get("/staff/cases").get_data(as_text=True)
    assert awa.get(f"/staff/cases/{orphan_id}").status_code == 404
    with session_scope() as session:
        assert session.get(Escalation, orphan_id).woman.cscom_id == world.sikoro


def test_an_alerted_midwife_of_another_cscom_can_open_the_case_from_her_alert(as_staff, world):
    with session_scope() as session:
        session.add(StaffAlert(escalation_id=world.sikoro_case, staff_id=world.awa, kind="text", body="x"))
    assert as_staff("awa").get(f"/staff/escalations/{world.sikoro_case}", follow_redirects=True).status_code == 200


def test_duty_cli_twins(app, world):
    runner = app.test_cli_runner()
    assert runner.invoke(args=["staff", "phone", "awa", "+223 70 00 00 99"]).exit_code == 0
    result = runner.invoke(args=["staff", "duty", "add", "awa", "--day", "lundi", "--from", "08:00", "--to", "20:00"])
    assert result.exit_code == 0, result.output
    assert _on_duty(world.sotuba) == ["Awa"]
    shown = runner.invoke(args=["staff", "duty", "show"]).output
    assert "CSCom de Sotuba: Awa" in shown and "CSCom de Sikoro: NOBODY" in shown and "lundi\t08:00-20:00\tawa" in shown
    assert runner.invoke(args=["staff", "duty", "leave", "awa"]).exit_code == 0
    assert _on_duty(world.sotuba) == []
    assert runner.invoke(args=["staff", "duty", "take", "fanta"]).exit_code == 0
    assert _on_duty(world.sikoro) == ["Fanta"]
    bad = runner.invoke(args=["staff", "duty", "add", "awa", "--day", "lundi", "--from", "8", "--to", "20:00"])
    assert bad.exit_code != 0 and "HH:MM" in bad.output
    assert "+22370000099" not in shown
