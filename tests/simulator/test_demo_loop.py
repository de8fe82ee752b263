"""The demo shows the whole loop (issue 13, item 7): after `flask seed-demo`, a danger sign written
in the simulator as a woman reaches the demo midwife's simulator number with the case link, and
her "OK" there acknowledges it — what a newcomer sees, with the worker run in-process."""
from __future__ import annotations

from sqlalchemy import select

from bot.conversation.service import answer_pending
from bot.db import session_scope
from bot.models import Escalation, StaffMember, Woman
from bot.share.cli import DEMO_MIDWIFE_NUMBER


def _messages(client, phone: str) -> list[dict]:
    return client.get("/simulator/messages", query_string={"phone": phone}).get_json()["messages"]


def test_a_danger_sign_in_the_simulator_reaches_the_demo_midwife_who_acknowledges_with_ok(app, client):
    result = app.test_cli_runner().invoke(args=["seed-demo"])
    assert result.exit_code == 0 and DEMO_MIDWIFE_NUMBER in result.output
    assert f"tapez {DEMO_MIDWIFE_NUMBER} comme numéro" in client.get("/simulator/").get_data(as_text=True)
    woman = "+22370000001"
    assert client.post("/simulator/messages", data={"phone": woman, "text": "Je saigne beaucoup"}).status_code == 202
    with session_scope() as session:
        woman_id = session.scalar(select(Woman.id))
    answer_pending(woman_id)  # what the worker does with her message

    [alert] = _messages(client, DEMO_MIDWIFE_NUMBER)
    with session_scope() as session:
        case = session.scalars(select(Escalation)).one()
        assert case.cscom.name == "Sotuba"  # the only CSCom: no orphan
    assert alert["from"] == "bot" and "Je saigne beaucoup" in alert["text"]
    assert f"/staff/escalations/{case.id}" in alert["text"] and "Répondez OK" in alert["text"]
    assert "Sotuba" in _messages(client, woman)[-1]["text"]  # her reply names her CSCom

    assert client.post("/simulator/messages", data={"phone": DEMO_MIDWIFE_NUMBER, "text": "OK"}).status_code == 202
    conversation = _messages(client, DEMO_MIDWIFE_NUMBER)
    assert [m["from"] for m in conversation] == ["bot", "woman", "bot"]
    assert f"cas n° {case.id} pris en compte" in conversation[-1]["text"]
    with session_scope() as session:
        case = session.get(Escalation, case.id)
        midwife = session.scalar(select(StaffMember).where(StaffMember.username == "sagefemme"))
        assert case.acknowledged_by_id == midwife.id
        assert session.scalar(select(Woman).where(Woman.phone == "simulator:" + DEMO_MIDWIFE_NUMBER)) is None
