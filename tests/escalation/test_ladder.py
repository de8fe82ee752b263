"""The alert ladder, the duty rota and a midwife's own WhatsApp messages — with the clock frozen
(time-machine) and Twilio replaced by a recorder. What is asserted is what people notice: who
received the alert, when, and what the case page's history says."""
from __future__ import annotations

import uuid
from datetime import datetime, timedelta, timezone

import pytest
import time_machine
from sqlalchemy import func, select

from bot.conversation.inbound import Incoming, store_and_enqueue
from bot.db import session_scope
from bot.escalation import duty
from bot.escalation.tasks import climb_ladders, deliver_staff_message
from bot.models import CaseEvent, Cscom, DutyShift, Escalation, InboundMessage, StaffMember, StaffMessage, Woman
from bot.twilio.client import SendResult
from tests.escalation.conftest import new_phone

# A Monday, 10:00 in Bamako (UTC+0 all year).
MONDAY_10H = datetime(2026, 3, 2, 10, 0, tzinfo=timezone.utc)
AWA, BINTOU, COUMBA, ADMIN = ("whatsapp:+22370000101", "whatsapp:+22370000102", "whatsapp:+22370000103",
                              "whatsapp:+22370000104")


@pytest.fixture
def clock():
    with time_machine.travel(MONDAY_10H, tick=False) as traveller:
        yield traveller


def _staff(session, name, phone, role="midwife", cscom_id=None, on_duty=False) -> int:
    staff = StaffMember(name=name, phone=phone, role=role, cscom_id=cscom_id, on_duty=on_duty)
    session.add(staff)
    session.flush()
    return staff.id


@pytest.fixture
def sotuba(fake_io, clock):
    """Sotuba: Awa on the rota now (Monday 08:00–20:00), Bintou took duty, Coumba off duty, an admin."""
    with session_scope() as session:
        cscom = Cscom(name="Sotuba", phone="+223 20 00 00 00")
        session.add(cscom)
        session.flush()
        ids = {"cscom": cscom.id,
               "awa": _staff(session, "Awa", AWA, cscom_id=cscom.id),
               "bintou": _staff(session, "Bintou", BINTOU, cscom_id=cscom.id, on_duty=True),
               "coumba": _staff(session, "Coumba", COUMBA, cscom_id=cscom.id),
               "admin": _staff(session, "Admin", ADMIN, role="admin")}
        session.add(DutyShift(staff_id=ids["awa"], weekday=0, starts="08:00", ends="20:00"))
    return ids


def _woman_of(cscom_id: int) -> str:
    phone = new_phone()
    with session_scope() as session:
        session.add(Woman(phone=phone, language="fr", cscom_id=cscom_id, consent_at=MONDAY_10H))
    return phone


def _to(fake_io, *phones) -> list[dict]:
    return [m for m in fake_io.sent if m["to"] in phones]


def _case() -> Escalation:
    with session_scope() as session:
        return session.scalars(select(Escalation)).one()


def _events() -> list[tuple[str, str | None]]:
    with session_scope() as session:
        return [(e.kind, e.staff.name if e.staff else None)
                for e in session.scalars(select(CaseEvent).order_by(CaseEvent.id))]


def staff_says(phone: str, text: str, channel: str = "whatsapp") -> None:
    store_and_enqueue(Incoming(message_sid="SM" + uuid.uuid4().hex, phone=phone, body=text, channel=channel))


def test_the_alert_climbs_from_one_midwife_to_the_next_then_to_everyone(say, fake_io, sotuba, clock):
    say(_woman_of(sotuba["cscom"]), "Je saigne beaucoup")
    [alert] = _to(fake_io, AWA, BINTOU, COUMBA, ADMIN)
    assert alert["to"] == AWA  # the first on duty, alone
    assert "Je saigne beaucoup" in alert["body"] and "Répondez OK" in alert["body"]
    assert _case().alerted_at == MONDAY_10H

    clock.move_to(MONDAY_10H + timedelta(minutes=9, seconds=59))
    assert climb_ladders(datetime.now(timezone.utc)) == 0  # she still has time to acknowledge
    clock.move_to(MONDAY_10H + timedelta(minutes=10))
    assert climb_ladders(datetime.now(timezone.utc)) == 1
    assert [m["to"] for m in _to(fake_io, AWA, BINTOU, COUMBA, ADMIN)] == [AWA, BINTOU]

    clock.move_to(MONDAY_10H + timedelta(minutes=20))
    assert climb_ladders(datetime.now(timezone.utc)) == 2  # every midwife of the CSCom and the admins
    assert [m["to"] for m in _to(fake_io, AWA, BINTOU, COUMBA, ADMIN)] == [AWA, BINTOU, COUMBA, ADMIN]
    clock.move_to(MONDAY_10H + timedelta(hours=2))
    assert climb_ladders(datetime.now(timezone.utc)) == 0  # the ladder ends there
    assert _events() == [("alert", "Awa"), ("alert", "Bintou"), ("alert", "Coumba"), ("alert", "Admin")]


def test_ok_from_her_number_acknowledges_the_alert_and_stops_the_ladder(say, fake_io, sotuba, clock, monkeypatch):
    monkeypatch.setattr("bot.escalation.staff_messages.send_whatsapp", fake_io_sender(fake_io))
    say(_woman_of(sotuba["cscom"]), "Le bébé ne bouge plus")
    clock.move_to(MONDAY_10H + timedelta(minutes=3))
    staff_says(AWA, "Ok !")
    case = _case()
    assert case.acknowledged_at == MONDAY_10H + timedelta(minutes=3) and case.acknowledged_by_id == sotuba["awa"]
    with session_scope() as session:
        # Not a woman: no woman row, no inbound message for her number.
        assert session.scalar(select(func.count()).select_from(Woman).where(Woman.phone == AWA)) == 0
        assert session.scalar(select(func.count()).select_from(InboundMessage)) == 1
        answer = session.scalars(select(StaffMessage).where(StaffMessage.direction == "out")).one()
        assert session.get(StaffMember, sotuba["awa"]).last_inbound_at == MONDAY_10H + timedelta(minutes=3)
    deliver_staff_message.call_local(answer.id)
    [reply] = [m for m in _to(fake_io, AWA) if "pris en compte" in (m["body"] or "")]
    assert f"cas n° {case.id}" in reply["body"] and "10:03" in reply["body"]

    clock.move_to(MONDAY_10H + timedelta(hours=1))
    assert climb_ladders(datetime.now(timezone.utc)) == 0
    assert [m["to"] for m in _to(fake_io, BINTOU, COUMBA, ADMIN)] == []
    assert _events() == [("alert", "Awa"), ("ack", "Awa")]


def fake_io_sender(fake_io):
    def send(to, body=None, **kwargs):
        fake_io.sent.append({"to": to, "body": body, "content_sid": None, "content_variables": None})
        return SendResult(sid="SM" + uuid.uuid4().hex, status="queued")

    return send


def test_a_refused_alert_moves_to_the_next_midwife_at_once(say, fake_io, sotuba, monkeypatch):
    def send(to, body=None, **kwargs):
        fake_io.sent.append({"to": to, "body": body})
        if to == AWA:
            return SendResult(sid=None, status="failed", error_code="63016")
        return SendResult(sid="SM" + uuid.uuid4().hex, status="queued")

    monkeypatch.setattr("bot.escalation.alerts.send_whatsapp", send)
    say(_woman_of(sotuba["cscom"]), "J'ai des convulsions")
    assert [m["to"] for m in _to(fake_io, AWA, BINTOU, COUMBA, ADMIN)] == [AWA, BINTOU]
    assert _events() == [("alert_failed", "Awa"), ("alert", "Bintou")]
    assert _case().alerted_at == MONDAY_10H


def test_when_every_send_fails_alerted_at_stays_empty_and_the_ladder_tries_again(say, fake_io, sotuba, clock,
                                                                                  monkeypatch):
    failing = {"on": True}

    def send(to, body=None, **kwargs):
        fake_io.sent.append({"to": to, "body": body})
        if failing["on"]:
            return SendResult(sid=None, status="failed", error_code="63016")
        return SendResult(sid="SM" + uuid.uuid4().hex, status="queued")

    monkeypatch.setattr("bot.escalation.alerts.send_whatsapp", send)
    say(_woman_of(sotuba["cscom"]), "J'ai des convulsions")
    # Awa, Bintou, then everyone (Coumba and the admin; Awa and Bintou again): all refused.
    assert [m["to"] for m in _to(fake_io, AWA, BINTOU, COUMBA, ADMIN)] == [AWA, BINTOU, AWA, BINTOU, COUMBA, ADMIN]
    case = _case()
    assert case.alerted_at is None and case.next_alert_at == MONDAY_10H + timedelta(minutes=10)
    failing["on"] = False
    clock.move_to(MONDAY_10H + timedelta(minutes=10))
    assert climb_ladders(datetime.now(timezone.utc)) == 4
    assert _case().alerted_at == MONDAY_10H + timedelta(minutes=10)


def test_an_undelivered_receipt_for_the_alert_moves_the_ladder_on(say, fake_io, sotuba, signed_post, clock):
    say(_woman_of(sotuba["cscom"]), "J'ai perdu les eaux")
    [alert] = _to(fake_io, AWA)
    with session_scope() as session:
        from bot.models import StaffAlert

        sid = session.scalars(select(StaffAlert)).one().twilio_sid
    clock.move_to(MONDAY_10H + timedelta(minutes=1))
    response = signed_post("/twilio/status", {"MessageSid": sid, "MessageStatus": "undelivered",
                                               "ErrorCode": "63024"})
    assert response.status_code == 204
    with session_scope() as session:
        from bot.models import StaffAlert

        assert session.scalars(select(StaffAlert)).one().status == "undelivered"  # recorded like any message
    assert climb_ladders(datetime.now(timezone.utc)) == 1  # not 10 minutes later: now
    assert [m["to"] for m in _to(fake_io, AWA, BINTOU)] == [AWA, BINTOU]


def test_with_nobody_on_duty_the_last_step_still_reaches_every_midwife_of_the_cscom(say, fake_io, clock, monkeypatch):
    monkeypatch.setattr("bot.escalation.staff_messages.send_whatsapp", fake_io_sender(fake_io))
    with session_scope() as session:
        cscom = Cscom(name="Sikoro")
        session.add(cscom)
        session.flush()
        cscom_id = cscom.id
        _staff(session, "Fanta", AWA, cscom_id=cscom_id)
    say(_woman_of(cscom_id), "J'ai des convulsions")  # Fanta is not on duty: but the last step reaches her
    assert [m["to"] for m in _to(fake_io, AWA)] == [AWA]
    assert _case().alerted_at is not None


def test_the_rota_is_read_in_bamako_time_and_leaving_duty_lasts_until_the_shift_ends(database, clock):
    with session_scope() as session:
        awa = StaffMember(name="Awa", phone=AWA, role="midwife")
        session.add(awa)
        session.flush()
        duty.add_shift(session, awa, weekday=6, starts="20:00", ends="8h00")  # Sunday night
        duty.add_shift(session, awa, weekday=0, starts="18:00", ends="23:00")  # Monday evening
    sunday_23h, monday_7h59, monday_8h = (datetime(2026, 3, 1, 23, 0, tzinfo=timezone.utc),
                                          datetime(2026, 3, 2, 7, 59, tzinfo=timezone.utc),
                                          datetime(2026, 3, 2, 8, 0, tzinfo=timezone.utc))
    with session_scope() as session:
        names = lambda now: [s.name for s in duty.on_duty_now(session, None, now)]  # noqa: E731
        assert names(sunday_23h) == ["Awa"] and names(monday_7h59) == ["Awa"] and names(monday_8h) == []
        awa = session.scalars(select(StaffMember)).one()
        duty.leave_duty(session, awa, sunday_23h)
        assert names(monday_7h59) == []  # she left this shift
        assert names(datetime(2026, 3, 2, 18, 30, tzinfo=timezone.utc)) == ["Awa"]  # the next one counts
        duty.take_duty(session, awa, monday_8h)
        assert names(datetime(2026, 3, 3, 12, 0, tzinfo=timezone.utc)) == ["Awa"]  # until she leaves


def test_duty_keywords_from_her_number(fake_io, sotuba, clock, monkeypatch):
    monkeypatch.setattr("bot.escalation.staff_messages.send_whatsapp", fake_io_sender(fake_io))
    staff_says(COUMBA, "Je prends la garde")
    with session_scope() as session:
        assert [s.name for s in duty.on_duty_now(session, sotuba["cscom"], MONDAY_10H)] == ["Awa", "Bintou", "Coumba"]
    staff_says(AWA, "fin de garde")
    staff_says(BINTOU, "je quitte la garde")
    staff_says(COUMBA, "Je quitte la garde.")
    with session_scope() as session:
        assert duty.on_duty_now(session, sotuba["cscom"], MONDAY_10H) == []
        answers = [m.body for m in session.scalars(select(StaffMessage).where(
            StaffMessage.direction == "out").order_by(StaffMessage.id))]
        assert "de garde à partir de maintenant" in answers[0]
        assert "plus personne n'est de garde" in answers[-1] and "Sotuba" in answers[-1]
        assert session.scalar(select(func.count()).select_from(Woman)) == 0


def test_a_staff_message_logs_no_phone_number(fake_io, sotuba, caplog):
    staff_says(AWA, "bonjour")
    assert AWA.removeprefix("whatsapp:+") not in caplog.text
    with session_scope() as session:
        [answer] = session.scalars(select(StaffMessage).where(StaffMessage.direction == "out")).all()
        assert "répondez OK" in answer.body


def test_a_case_that_reached_nobody_reaches_the_midwife_who_takes_duty(say, fake_io, clock, queue, monkeypatch):
    monkeypatch.setattr("bot.escalation.staff_messages.send_whatsapp", fake_io_sender(fake_io))
    with session_scope() as session:
        cscom = Cscom(name="Sikoro")
        session.add(cscom)
        session.flush()
        cscom_id = cscom.id
        awa = _staff(session, "Awa", None, cscom_id=cscom_id)  # no number yet: nobody can be alerted
    say(_woman_of(cscom_id), "J'ai des convulsions")
    assert _case().alerted_at is None and _events() == [("nobody", None)]
    with session_scope() as session:
        session.get(StaffMember, awa).phone = AWA
    queue.flush()
    clock.move_to(MONDAY_10H + timedelta(seconds=40))
    staff_says(AWA, "je prends la garde")
    while (task := queue.dequeue()) is not None:  # what the worker does next
        queue.execute(task)
    assert [m["to"] for m in fake_io.sent if "Répondez OK" in (m["body"] or "")] == [AWA]
    assert _case().alerted_at == MONDAY_10H + timedelta(seconds=40)


def test_two_workers_never_take_the_same_step_and_two_oks_make_one_acknowledgement(say, fake_io, sotuba, clock):
    from bot.escalation.alerts import _claim, acknowledge

    say(_woman_of(sotuba["cscom"]), "Je saigne beaucoup")
    ten = MONDAY_10H + timedelta(minutes=10)
    assert _claim(_case().id, ten) and not _claim(_case().id, ten)  # the second worker finds the lease taken
    with session_scope() as first, session_scope() as second:
        a, b = first.get(Escalation, _case().id), second.get(Escalation, _case().id)
        assert acknowledge(first, a, sotuba["awa"], "whatsapp", ten)
        first.commit()
        assert not acknowledge(second, b, sotuba["bintou"], "whatsapp", ten)
    assert _events() == [("alert", "Awa"), ("ack", "Awa")]
