"""Alert the on-duty midwife on WhatsApp about an urgent escalation.

Free text inside WhatsApp's 24-hour window (she wrote to the bot's number recently), the approved
template (MIDWIFE_ALERT_CONTENT_SID) outside it. No on-duty midwife: a warning in the log (without
any phone number) — the escalation stays open in the staff pages and the sweep tries again.
"""
from __future__ import annotations

import logging
from datetime import timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from bot.config import get_settings
from bot.content.danger import midwife_alert
from bot.db import session_scope
from bot.escalation.settings import escalation_settings
from bot.models import Escalation, StaffAlert, StaffMember
from bot.models.base import utcnow
from bot.twilio.client import send_whatsapp

log = logging.getLogger(__name__)
WINDOW = timedelta(hours=24)


def case_url(escalation_id: int) -> str:
    return f"{get_settings().public_base_url}/staff/escalations/{escalation_id}"


def on_duty_midwives(session: Session, cscom_id: int | None) -> list[StaffMember]:
    """Her CSCom's on-duty midwives; if none (or her CSCom is unknown), those covering every CSCom;
    if still none, any on-duty midwife — an urgent case must reach someone."""
    base = select(StaffMember).where(StaffMember.role == "midwife", StaffMember.on_duty.is_(True),
                                     StaffMember.active.is_(True), StaffMember.phone.is_not(None))
    for condition in ((StaffMember.cscom_id == cscom_id) if cscom_id else None,
                      StaffMember.cscom_id.is_(None), None):
        query = base if condition is None else base.where(condition)
        found = session.scalars(query.order_by(StaffMember.id)).all()
        if found:
            return list(found)
    return []


def in_window(staff: StaffMember) -> bool:
    return staff.last_inbound_at is not None and utcnow() - staff.last_inbound_at < WINDOW


def alert_escalation(escalation_id: int) -> int:
    """Send the alert for one urgent escalation, once. Returns how many alerts were sent.

    Raises TemporaryTwilioError (nothing recorded as alerted: the sweep or the task retries)."""
    settings = escalation_settings()
    with session_scope() as session:
        escalation = session.get(Escalation, escalation_id)
        if escalation is None or escalation.urgency != "urgent" or escalation.alerted_at is not None:
            return 0
        midwives = on_duty_midwives(session, escalation.cscom_id)
        if not midwives:
            log.warning("escalation %s: no on-duty midwife configured, nobody alerted", escalation_id)
            return 0
        url = case_url(escalation_id)
        text = escalation.message
        plans = []
        for staff in midwives:
            if in_window(staff) or not settings.alert_content_sid:
                if not in_window(staff):
                    log.warning("escalation %s: staff %s is outside the 24-hour window and "
                                "MIDWIFE_ALERT_CONTENT_SID is unset; WhatsApp may refuse free text",
                                escalation_id, staff.id)
                plans.append((staff.id, staff.phone, "text", midwife_alert(text, url), None))
            else:
                variables = {"1": text if len(text) <= 300 else text[:299] + "…", "2": url}
                plans.append((staff.id, staff.phone, "template", str(variables), variables))
    sent = 0
    for staff_id, phone, kind, body, variables in plans:
        # Twilio is called outside any transaction.
        if kind == "template":
            result = send_whatsapp(phone, content_sid=settings.alert_content_sid, content_variables=variables)
        else:
            result = send_whatsapp(phone, body)
        with session_scope() as session:
            session.add(StaffAlert(escalation_id=escalation_id, staff_id=staff_id, kind=kind, body=body,
                                   status=result.status, twilio_sid=result.sid,
                                   error_code=result.error_code, sent_at=utcnow()))
        if result.error_code:
            log.warning("escalation %s: alert to staff %s refused by Twilio: %s", escalation_id,
                        staff_id, result.error_code)
        else:
            sent += 1
    with session_scope() as session:
        session.get(Escalation, escalation_id).alerted_at = utcnow()
    log.info("escalation %s: %s midwife alert(s) sent", escalation_id, sent)
    return sent


def unalerted_urgent(session: Session, older_than: timedelta = timedelta(seconds=30),
                     give_up_after: timedelta = WINDOW) -> list[int]:
    """Urgent escalations still open whose alert failed or found nobody on duty. After a day an
    alert is no help any more (the staff pages list the case); the sweep stops retrying."""
    now = utcnow()
    return list(session.scalars(
        select(Escalation.id).where(Escalation.urgency == "urgent", Escalation.alerted_at.is_(None),
                                    Escalation.status == "open", Escalation.created_at < now - older_than,
                                    Escalation.created_at > now - give_up_after)
    ))


__all__ = ["alert_escalation", "on_duty_midwives", "unalerted_urgent"]
