"""Urgent alerts on WhatsApp, acknowledged, with an escalation ladder.

A danger sign opens an urgent escalation; the worker that answered her takes the ladder's first
step at once (``alert_escalation``), and the periodic ``sweep_alerts`` task takes the next ones:

1. the first on-duty midwife of her CSCom (bot.escalation.duty; a case whose CSCom is not known:
   any on-duty midwife). The alert asks her to acknowledge: reply "OK" on WhatsApp, or open the
   case, or press "J'ai vu l'alerte" on the case page (``acknowledge``);
2. not acknowledged within ALERT_ACK_MINUTES (default 10): the next on-duty midwife, and so on;
3. then every midwife of the CSCom and the admins, at once. The ladder ends there.

A refused or failed send moves to the next step at once. Every step is a case event (who was
alerted, what failed, who acknowledged and how). ``alerted_at`` is set only when an alert reached
someone; when nobody could be reached the ladder starts again after a minute (Twilio down) or
after ALERT_ACK_MINUTES. Free text inside WhatsApp's 24-hour window (she wrote to the bot's
number recently), the approved template (MIDWIFE_ALERT_CONTENT_SID) outside it. Phone numbers
never reach the log: staff are named by id.
"""
from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import or_, select, update
from sqlalchemy.orm import Session

from bot.config import get_settings
from bot.content.danger import midwife_alert
from bot.content.i18n import N_, translate
from bot.db import session_scope
from bot.escalation.duty import on_duty_now, reachable
from bot.escalation.settings import escalation_settings
from bot.models import CaseEvent, Escalation, StaffAlert, StaffMember
from bot.models.base import utcnow
from bot.twilio.client import SendResult, TemporaryTwilioError, send_whatsapp

log = logging.getLogger(__name__)
WINDOW = timedelta(hours=24)
LEASE = timedelta(seconds=60)  # one worker takes a step at a time; a dead one's lease runs out
RETRY_WHEN_TWILIO_DOWN = timedelta(minutes=1)
MAX_STEPS_AT_ONCE = 25  # failed sends move on at once; a bound all the same

ACK_REQUEST = N_("Répondez OK à ce message quand vous l'avez vu (ou ouvrez le dossier).")


def case_url(escalation_id: int) -> str:
    return f"{get_settings().public_base_url}/staff/escalations/{escalation_id}"


def in_window(staff: StaffMember, now: datetime | None = None) -> bool:
    return staff.last_inbound_at is not None and (now or utcnow()) - staff.last_inbound_at < WINDOW


def on_duty_midwives(session: Session, cscom_id: int | None, now: datetime | None = None) -> list[StaffMember]:
    """Who the ladder's first steps call, in order (kept for callers of the old name)."""
    return reachable(on_duty_now(session, cscom_id, now or utcnow()))


def everyone(session: Session, cscom_id: int | None) -> list[StaffMember]:
    """The last step: every active midwife of her CSCom (all of them when it is not known, and those
    covering every CSCom), and the admins — those with a WhatsApp number."""
    query = select(StaffMember).where(StaffMember.active.is_(True), StaffMember.phone.is_not(None))
    midwives = StaffMember.role == "midwife"
    if cscom_id is not None:
        midwives = midwives & or_(StaffMember.cscom_id == cscom_id, StaffMember.cscom_id.is_(None))
    return list(session.scalars(query.where(or_(midwives, StaffMember.role == "admin")).order_by(StaffMember.id)))


# --- acknowledgement ---------------------------------------------------------------------------

def acknowledge(session: Session, escalation: Escalation, staff_id: int, how: str, now: datetime) -> bool:
    """She has seen it (``how``: whatsapp | button | opened | claim | reply | resolve): the ladder
    stops. Returns False when the case was acknowledged already."""
    if escalation.acknowledged_at is not None:
        return False
    # One acknowledgement, even when two midwives answer OK at the same moment.
    taken = session.execute(
        update(Escalation).where(Escalation.id == escalation.id, Escalation.acknowledged_at.is_(None))
        .values(acknowledged_at=now, acknowledged_by_id=staff_id, next_alert_at=None)
        .execution_options(synchronize_session=False)).rowcount
    session.expire(escalation, ["acknowledged_at", "acknowledged_by_id", "acknowledged_by", "next_alert_at"])
    if not taken:
        return False
    session.add(CaseEvent(escalation_id=escalation.id, staff_id=staff_id, kind="ack", body=how, at=now))
    log.info("escalation %s acknowledged by staff %s (%s)", escalation.id, staff_id, how)
    return True


def latest_unacknowledged(session: Session, staff_id: int) -> Escalation | None:
    """The newest urgent case this staff member was alerted about and nobody acknowledged yet."""
    return session.scalar(
        select(Escalation).join(StaffAlert, StaffAlert.escalation_id == Escalation.id)
        .where(StaffAlert.staff_id == staff_id, Escalation.acknowledged_at.is_(None),
               Escalation.status != "resolved")
        .order_by(StaffAlert.id.desc()).limit(1))


def alert_receipt(session: Session, alert: StaffAlert, status: str, now: datetime) -> bool:
    """Twilio's receipt for an alert is recorded like any message's. An alert of the ladder's latest
    step that WhatsApp could not deliver moves the ladder on now (True: take the step)."""
    if status not in ("failed", "undelivered"):
        return False
    escalation = session.get(Escalation, alert.escalation_id)
    if escalation is None or escalation.acknowledged_at is not None or escalation.status == "resolved":
        return False
    if alert.step != escalation.alert_step or escalation.alert_level == "done":
        return False
    others = session.scalar(select(StaffAlert.id).where(
        StaffAlert.escalation_id == escalation.id, StaffAlert.step == alert.step, StaffAlert.id != alert.id,
        StaffAlert.status.not_in(("failed", "undelivered"))).limit(1))
    if others is not None:
        return False  # someone else of this step may still have it
    session.add(CaseEvent(escalation_id=escalation.id, staff_id=alert.staff_id, kind="alert_failed",
                          body=f"{alert.step}:{status}", at=now))
    escalation.next_alert_at = now
    return True


# --- the ladder ----------------------------------------------------------------------------------

@dataclass(frozen=True)
class _Plan:
    staff_id: int
    phone: str
    kind: str  # text | template
    body: str
    variables: dict | None


def _claim(escalation_id: int, now: datetime) -> bool:
    """Take the step's lease if the step is due: nobody acknowledged, the case is open, and either
    no step was taken yet or the next one's time has come."""
    with session_scope() as session:
        taken = session.execute(
            update(Escalation).where(
                Escalation.id == escalation_id, Escalation.urgency == "urgent",
                Escalation.status != "resolved", Escalation.acknowledged_at.is_(None),
                or_(Escalation.alert_step == 0, Escalation.next_alert_at <= now),
                or_(Escalation.alert_lease_until.is_(None), Escalation.alert_lease_until < now),
            ).values(alert_lease_until=now + LEASE).execution_options(synchronize_session=False))
        return taken.rowcount == 1


def _next_rung(session: Session, escalation: Escalation, now: datetime) -> tuple[list[StaffMember], str]:
    """Who the next step alerts, and the level the ladder is at after it."""
    tried = set(session.scalars(select(StaffAlert.staff_id).where(StaffAlert.escalation_id == escalation.id)))
    if escalation.alert_level == "duty":
        duty = [s for s in on_duty_midwives(session, escalation.cscom_id, now) if s.id not in tried]
        if duty:
            return duty[:1], "duty"
        reached = set(session.scalars(select(StaffAlert.staff_id).where(
            StaffAlert.escalation_id == escalation.id, StaffAlert.error_code.is_(None))))
        return [s for s in everyone(session, escalation.cscom_id) if s.id not in reached], "done"
    # The ladder ended with nobody reached: everyone who could help, again, at once.
    people = {s.id: s for s in on_duty_midwives(session, escalation.cscom_id, now)}
    people.update({s.id: s for s in everyone(session, escalation.cscom_id)})
    return list(people.values()), "done"


def _plan(staff: StaffMember, escalation: Escalation, now: datetime) -> _Plan:
    settings = escalation_settings()
    url, text = case_url(escalation.id), escalation.message
    if in_window(staff, now) or not settings.alert_content_sid or not staff.phone.startswith("whatsapp:"):
        if not in_window(staff, now) and staff.phone.startswith("whatsapp:"):
            log.warning("escalation %s: staff %s is outside the 24-hour window and MIDWIFE_ALERT_CONTENT_SID "
                        "is unset; WhatsApp may refuse free text", escalation.id, staff.id)
        body = midwife_alert(text, url) + "\n" + translate("fr", ACK_REQUEST)
        return _Plan(staff.id, staff.phone, "text", body, None)
    variables = {"1": text if len(text) <= 300 else text[:299] + "…", "2": url}
    return _Plan(staff.id, staff.phone, "template", str(variables), variables)


def _send(plan: _Plan) -> SendResult:
    """Twilio, outside any transaction. A simulator number (or no Twilio) is recorded, not sent."""
    if not plan.phone.startswith("whatsapp:") or not get_settings().twilio_enabled:
        return SendResult(sid=None, status="simulated")
    try:
        if plan.kind == "template":
            return send_whatsapp(plan.phone, content_sid=escalation_settings().alert_content_sid,
                                 content_variables=plan.variables)
        return send_whatsapp(plan.phone, plan.body)
    except TemporaryTwilioError as exc:  # the next step at once; this one is retried later
        log.warning("alert to staff %s not sent: %s", plan.staff_id, exc)
        return SendResult(sid=None, status="failed", error_code="temporary")


def _step(escalation_id: int, now: datetime) -> tuple[int, bool]:
    """One step of the ladder (the lease is held). Returns (alerts that reached someone, whether
    the next step should be taken at once)."""
    settings = escalation_settings()
    with session_scope() as session:
        escalation = session.get(Escalation, escalation_id)
        rung, level = _next_rung(session, escalation, now)
        plans = [_plan(s, escalation, now) for s in rung]
        step = escalation.alert_step + 1
    reached, temporary = 0, False
    for plan in plans:
        result = _send(plan)
        failed = result.error_code is not None or result.status in ("failed", "undelivered")
        temporary |= result.error_code == "temporary"
        with session_scope() as session:
            session.add(StaffAlert(escalation_id=escalation_id, staff_id=plan.staff_id, kind=plan.kind,
                                   body=plan.body, status=result.status, twilio_sid=result.sid,
                                   error_code=result.error_code, sent_at=now, created_at=now, step=step))
            session.add(CaseEvent(escalation_id=escalation_id, staff_id=plan.staff_id, at=now,
                                  kind="alert_failed" if failed else "alert",
                                  body=f"{step}:{result.error_code or result.status}"))
        if failed:
            log.warning("escalation %s step %s: alert to staff %s failed: %s", escalation_id, step,
                        plan.staff_id, result.error_code or result.status)
        else:
            reached += 1
    with session_scope() as session:
        escalation = session.get(Escalation, escalation_id)
        escalation.alert_step, escalation.alert_level = step, level
        again = False
        if reached:
            escalation.alerted_at = escalation.alerted_at or now
            escalation.next_alert_at = None if level == "done" else now + timedelta(minutes=settings.ack_minutes)
        elif level != "done":
            again = True  # nobody reached at this step: the next one now
            escalation.next_alert_at = now
        else:
            if escalation.alerted_at is None:
                last = session.scalar(select(CaseEvent.kind).where(CaseEvent.escalation_id == escalation_id)
                                      .order_by(CaseEvent.id.desc()).limit(1))
                if not plans and last != "nobody":
                    session.add(CaseEvent(escalation_id=escalation_id, kind="nobody", body=str(step), at=now))
                log.warning("escalation %s: no on-duty midwife (nor anyone else) reached, nobody alerted yet",
                            escalation_id)
                wait = RETRY_WHEN_TWILIO_DOWN if temporary or not plans else timedelta(minutes=settings.ack_minutes)
                escalation.next_alert_at = now + wait
            else:
                escalation.next_alert_at = None
        escalation.alert_lease_until = None
    return reached, again


def alert_escalation(escalation_id: int, now: datetime | None = None) -> int:
    """Take the ladder's due step(s) for one urgent escalation; a step whose every send failed is
    followed at once by the next. Returns how many alerts reached someone (0 when nothing was due)."""
    now = now or utcnow()
    reached = 0
    for _ in range(MAX_STEPS_AT_ONCE):
        if not _claim(escalation_id, now):
            break
        count, again = _step(escalation_id, now)
        reached += count
        if not again:
            break
    if reached:
        log.info("escalation %s: %s alert(s) reached staff", escalation_id, reached)
    return reached


def due_alerts(session: Session, now: datetime, first_after: timedelta = timedelta(seconds=30),
               give_up_after: timedelta = WINDOW) -> list[int]:
    """Urgent escalations whose ladder has a step due: never started (the worker's inline step
    failed or crashed) for more than ``first_after``, or not acknowledged when the next step came.
    After a day an alert is no help any more (the staff pages list the case)."""
    return list(session.scalars(
        select(Escalation.id).where(
            Escalation.urgency == "urgent", Escalation.status != "resolved",
            Escalation.acknowledged_at.is_(None), Escalation.created_at > now - give_up_after,
            or_((Escalation.alert_step == 0) & (Escalation.created_at < now - first_after),
                Escalation.next_alert_at <= now))
        .order_by(Escalation.id)))


def restart_unreached(session: Session, cscom_id: int | None, now: datetime) -> list[int]:
    """A midwife has just come on duty: the urgent cases (of her CSCom, or of every CSCom for
    ``cscom_id`` None, and those with no CSCom) whose alert reached nobody in the last day take
    their ladder's next step now. Returns their ids (the caller queues ``alert_midwives``)."""
    ids = unalerted_urgent(session, older_than=timedelta(0), now=now)
    if cscom_id is not None:
        ids = [i for i in ids if session.get(Escalation, i).cscom_id in (None, cscom_id)]
    if ids:
        session.execute(update(Escalation).where(Escalation.id.in_(ids)).values(next_alert_at=now)
                        .execution_options(synchronize_session=False))
    return ids


def unalerted_urgent(session: Session, older_than: timedelta = timedelta(seconds=30),
                     give_up_after: timedelta = WINDOW, now: datetime | None = None) -> list[int]:
    """Open urgent escalations whose alert reached nobody yet."""
    now = now or utcnow()
    return list(session.scalars(
        select(Escalation.id).where(Escalation.urgency == "urgent", Escalation.alerted_at.is_(None),
                                    Escalation.status != "resolved", Escalation.created_at < now - older_than,
                                    Escalation.created_at > now - give_up_after)))


__all__ = ["acknowledge", "alert_escalation", "due_alerts", "latest_unacknowledged", "on_duty_midwives",
           "unalerted_urgent"]
