"""A staff member writing from her WhatsApp number to the bot's number is not a pregnant woman.

Her message is recorded (StaffMessage) and opens her 24-hour window (``last_inbound_at``: the alert
then goes as free text, not a template). Whole-message keywords, read before anything else:

- "OK" (vu, reçu, d'accord, j'arrive…; "OK 12" names case 12) acknowledges her latest alert;
- "je prends la garde" / "je quitte la garde" (fin de garde…) change her duty;
- anything else: a short help.

The answer goes back to her number (a simulator number: recorded, shown in the simulator).
Her number is never logged: staff are named by id."""
from __future__ import annotations

import logging
import re
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from bot.content.i18n import N_, translate
from bot.db import session_scope
from bot.escalation import duty
from bot.escalation.alerts import acknowledge, case_url, latest_unacknowledged, restart_unreached
from bot.models import Cscom, Escalation, StaffAlert, StaffMember, StaffMessage
from bot.models.base import utcnow
from bot.nlu.normalise import normalise
from bot.twilio.client import send_whatsapp

log = logging.getLogger(__name__)

ACK_WORDS = {"ok", "okay", "oki", "okk", "okey", "o k", "vu", "bien vu", "recu", "bien recu", "ok recu",
             "ok merci", "merci ok", "d accord", "daccord", "dac", "ok d accord", "c est note", "ok c est note",
             "je m en occupe", "ok je m en occupe", "j arrive", "ok j arrive", "oui", "ok vu", "ack"}
DUTY_ON_WORDS = {"je prends la garde", "prendre la garde", "je prends", "garde", "de garde", "je suis de garde",
                 "debut de garde", "prise de garde", "je prend la garde", "garde on"}
DUTY_OFF_WORDS = {"je quitte la garde", "quitter la garde", "je quitte", "fin de garde", "fin garde",
                  "je ne suis plus de garde", "garde off", "je laisse la garde"}
_ACK_CASE = re.compile(r"^(?:ok|vu|recu)\s*(?:cas\s*)?(?:n\s*o?\s*)?(\d{1,9})$")
_PUNCT = re.compile(r"[^\w\s]")

ACK_DONE = N_("Merci %(name)s : cas n° %(id)d pris en compte à %(time)s. Dossier : %(url)s")
ACK_ALREADY = N_("Le cas n° %(id)d a déjà été pris en compte par %(who)s. Dossier : %(url)s")
ACK_NONE = N_("Aucune alerte en attente pour vous.")
DUTY_ON_DONE = N_("Vous êtes de garde à partir de maintenant : les alertes urgentes vous arrivent ici. "
                  "Écrivez « je quitte la garde » à la fin.")
DUTY_MIDWIVES_ONLY = N_("Seules les sages-femmes prennent la garde.")
DUTY_OFF_DONE = N_("Vous n'êtes plus de garde.")
NOBODY_LEFT = N_("Attention : plus personne n'est de garde maintenant au CSCom %(cscom)s.")
STAFF_HELP = N_("Jigiya (personnel) : répondez OK pour confirmer une alerte ; « je prends la garde » ou "
                "« je quitte la garde » pour votre garde.")


def _key(text: str) -> str:
    return " ".join(_PUNCT.sub(" ", normalise(text)).split())


def read_command(text: str) -> tuple[str, int | None]:
    """(ack | duty_on | duty_off | other, case number named in "OK 12")."""
    key = _key(text)
    if key in ACK_WORDS:
        return "ack", None
    match = _ACK_CASE.match(key)
    if match:
        return "ack", int(match.group(1))
    if key in DUTY_ON_WORDS:
        return "duty_on", None
    if key in DUTY_OFF_WORDS:
        return "duty_off", None
    return "other", None


def staff_with_phone(session: Session, phone: str) -> StaffMember | None:
    return session.scalar(select(StaffMember).where(StaffMember.phone == phone, StaffMember.active.is_(True)))


def _ack(session: Session, staff: StaffMember, case_id: int | None, now: datetime) -> tuple[str, int | None]:
    if case_id is not None:
        escalation = session.get(Escalation, case_id)
        alerted = escalation is not None and session.scalar(select(StaffAlert.id).where(
            StaffAlert.escalation_id == case_id, StaffAlert.staff_id == staff.id).limit(1)) is not None
        visible = escalation is not None and (staff.role == "admin" or staff.cscom_id is None
                                              or escalation.cscom_id in (None, staff.cscom_id))
        if not (alerted or visible):
            escalation = None
    else:
        escalation = latest_unacknowledged(session, staff.id)
    if escalation is None:
        return translate("fr", ACK_NONE), None
    url = case_url(escalation.id)
    if not acknowledge(session, escalation, staff.id, "whatsapp", now):
        who = escalation.acknowledged_by.name if escalation.acknowledged_by else "?"
        return translate("fr", ACK_ALREADY, id=escalation.id, who=who, url=url), escalation.id
    return translate("fr", ACK_DONE, name=staff.name, id=escalation.id, url=url,
                     time=now.astimezone(duty.BAMAKO).strftime("%H:%M")), escalation.id


def handle(staff: StaffMember, session: Session, text: str, now: datetime) -> tuple[str, str, int | None, list[int]]:
    """(kind, answer, case id, cases to alert now) for one message of hers."""
    kind, case_id = read_command(text)
    if kind == "ack":
        answer, escalation_id = _ack(session, staff, case_id, now)
        return kind, answer, escalation_id, []
    if kind in ("duty_on", "duty_off") and staff.role != "midwife":
        return kind, translate("fr", DUTY_MIDWIVES_ONLY), None, []
    if kind == "duty_on":
        duty.take_duty(session, staff, now)
        return kind, translate("fr", DUTY_ON_DONE), None, restart_unreached(session, staff.cscom_id, now)
    if kind == "duty_off":
        duty.leave_duty(session, staff, now)
        session.flush()
        answer = translate("fr", DUTY_OFF_DONE)
        if staff.cscom_id is not None and not duty.reachable(duty.on_duty_now(session, staff.cscom_id, now)):
            answer += " " + translate("fr", NOBODY_LEFT, cscom=session.get(Cscom, staff.cscom_id).name)
        return kind, answer, None, []
    return kind, translate("fr", STAFF_HELP), None, []


def from_staff(message_sid: str, phone: str, body: str, channel: str, now: datetime | None = None) -> bool:
    """If ``phone`` is an active staff member's, handle her message here and return True (it is
    not a woman's). A retried MessageSid is recognised and not handled twice."""
    now = now or utcnow()
    with session_scope() as session:
        staff = staff_with_phone(session, phone)
        if staff is None:
            return False
        staff_id = staff.id
    try:
        with session_scope() as session:
            staff = session.get(StaffMember, staff_id)
            if session.scalar(select(StaffMessage.id).where(StaffMessage.message_sid == message_sid)):
                return True
            staff.last_inbound_at = now  # her 24-hour window is open: alerts go as free text
            kind, answer, escalation_id, to_alert = handle(staff, session, body, now)
            session.add(StaffMessage(staff_id=staff_id, direction="in", message_sid=message_sid, kind=kind,
                                     body=body, escalation_id=escalation_id, channel=channel, created_at=now))
            reply = StaffMessage(staff_id=staff_id, direction="out", kind=kind, body=answer,
                                 escalation_id=escalation_id, channel=channel, created_at=now,
                                 status="pending" if phone.startswith("whatsapp:") else "simulated")
            session.add(reply)
            session.flush()
            reply_id = reply.id
    except IntegrityError:  # the same MessageSid stored by a concurrent retry
        return True
    log.info("staff %s wrote to the bot: %s", staff_id, kind)
    from bot.escalation.tasks import alert_midwives, deliver_staff_message

    try:
        if phone.startswith("whatsapp:"):
            deliver_staff_message(reply_id)
        for escalation_id in to_alert:
            alert_midwives(escalation_id)
    except Exception:  # the queue is down: her command is recorded; the sweeps catch up
        log.exception("staff %s: could not queue the answer", staff_id)
    return True


def send_staff_message(message_id: int) -> None:
    """Send one answer to a staff member (she has just written: free text is allowed)."""
    with session_scope() as session:
        message = session.get(StaffMessage, message_id)
        if message is None or message.status != "pending":
            return
        phone, body = message.staff.phone, message.body
    result = send_whatsapp(phone, body)  # TemporaryTwilioError: the task retries
    with session_scope() as session:
        message = session.get(StaffMessage, message_id)
        message.status, message.twilio_sid, message.error_code = result.status, result.sid, result.error_code
        message.updated_at = utcnow()
