"""Who belongs to which group. A woman asks to join by sending her group's code; the facilitator
confirms (demo groups: at once). A facilitator may also register a woman herself (staff page or CSV
import): she attests the woman agreed, in person, to receive the group's messages.

``Woman.group_id`` mirrors her one active membership; the memberships table keeps the history."""
from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from bot import phones
from bot.content import share
from bot.content.i18n import LANGUAGES, translate
from bot.conversation.consent import record_consent
from bot.models import Membership, OutboundMessage, ShareGroup, Woman
from bot.models.base import utcnow
from bot.share.codes import normal_code
from bot.share.pregnancy import due_date_from_month

log = logging.getLogger(__name__)


class InvalidRegistration(ValueError):
    """A registration that cannot be stored; the message says why, in French, for the facilitator."""


def group_by_code(session: Session, code: str) -> ShareGroup | None:
    return session.scalar(select(ShareGroup).where(ShareGroup.code == normal_code(code),
                                                   ShareGroup.active.is_(True)))


def _pending(session: Session, woman: Woman) -> Membership | None:
    return session.scalar(select(Membership).where(Membership.woman_id == woman.id,
                                                   Membership.status == "pending").order_by(Membership.id.desc()))


def pending_group(session: Session, woman: Woman) -> ShareGroup | None:
    pending = _pending(session, woman)
    return pending.group if pending else None


def _activate(session: Session, woman: Woman, membership: Membership, staff_id: int | None) -> None:
    for other in session.scalars(select(Membership).where(
            Membership.woman_id == woman.id, Membership.status.in_(("active", "pending")),
            Membership.id != membership.id)):
        other.status, other.ended_at = ("left" if other.status == "active" else "rejected"), utcnow()
    membership.status, membership.decided_at, membership.decided_by_id = "active", utcnow(), staff_id
    woman.group_id = membership.group_id
    woman.cscom_id = membership.group.cscom_id if membership.group else woman.cscom_id


def join_by_code(session: Session, woman: Woman, code: str) -> str:
    """Her reply to a group code: asked (the facilitator confirms), joined (demo), or unknown."""
    language = woman.reply_language
    group = group_by_code(session, code)
    if group is None:
        return translate(language, share.JOIN_UNKNOWN_CODE, code=normal_code(code))
    if woman.group_id == group.id:
        return translate(language, share.JOIN_ALREADY, group=group.name)
    pending = _pending(session, woman)
    if pending is not None and pending.group_id == group.id:
        return translate(language, share.JOIN_PENDING, group=group.name)
    membership = Membership(woman_id=woman.id, group_id=group.id, status="pending",
                            source="demo" if group.demo else "code")
    membership.group = group
    session.add(membership)
    if pending is not None:  # she asked another group before: the newer request replaces it
        pending.status, pending.ended_at = "rejected", utcnow()
    session.flush()
    log.info("woman=%s asked to join group %s", woman.public_id, group.id)
    if group.demo:
        _activate(session, woman, membership, None)
        return translate(language, share.JOINED, group=group.name)
    return translate(language, share.JOIN_REQUESTED, group=group.name)


def decide(session: Session, membership: Membership, staff_id: int, accept: bool) -> None:
    """The facilitator's answer to a pending request; the woman is told either way."""
    if membership.status != "pending":
        return
    woman, group = membership.woman, membership.group
    if accept:
        _activate(session, woman, membership, staff_id)
        text, kind = translate(woman.reply_language, share.JOINED, group=group.name), "group_welcome"
    else:
        membership.status, membership.decided_at, membership.decided_by_id = "rejected", utcnow(), staff_id
        text, kind = translate(woman.reply_language, share.JOIN_REJECTED, group=group.name), "group_rejected"
    session.add(OutboundMessage(woman_id=woman.id, body=text, kind=kind, content_variables={"1": group.name}))


def remove(session: Session, woman: Woman, staff_id: int) -> None:
    for membership in session.scalars(select(Membership).where(
            Membership.woman_id == woman.id, Membership.status == "active")):
        membership.status, membership.ended_at, membership.decided_by_id = "left", utcnow(), staff_id
    woman.group_id = None


def whatsapp_number(raw: str) -> str:
    """ "76 12 34 56", "+223 76123456", "whatsapp:+22376123456" → "whatsapp:+22376123456"."""
    try:
        return phones.parse((raw or "").strip().removeprefix("whatsapp:"))
    except phones.InvalidNumber as error:
        raise InvalidRegistration("numéro illisible" if str(error) == "unreadable number"
                                  else "numéro invalide") from error


def parse_month(text: str) -> int | None:
    """The month of pregnancy as typed on a form or in a CSV cell ("" = not given)."""
    text = (text or "").strip()
    if not text:
        return None
    if not text.isdigit():
        raise InvalidRegistration(f"mois de grossesse illisible : {text}")
    return int(text)


def parse_due_date(text: str) -> date | None:
    text = (text or "").strip()
    if not text:
        return None
    try:
        return date.fromisoformat(text)
    except ValueError as error:
        raise InvalidRegistration(f"date prévue illisible (AAAA-MM-JJ) : {text}") from error


@dataclass(frozen=True)
class Registration:
    phone: str
    name: str
    language: str
    pregnancy_month: int | None = None
    due_date: date | None = None


def validate(registration: Registration) -> Registration:
    phone = whatsapp_number(registration.phone)
    name = " ".join((registration.name or "").split())
    if not name or len(name) > 120:
        raise InvalidRegistration("nom manquant" if not name else "nom trop long")
    language = (registration.language or "").strip().lower()
    if language not in LANGUAGES:
        raise InvalidRegistration("langue inconnue (fr ou bm)")
    month = registration.pregnancy_month
    if month is not None and not 1 <= month <= 9:
        raise InvalidRegistration("mois de grossesse entre 1 et 9")
    return Registration(phone, name, language, month, registration.due_date)


def register(session: Session, group: ShareGroup, registration: Registration, staff_id: int | None,
             source: str, today: date, may_move: bool = False) -> Woman:
    """Add (or move) a woman to ``group``, confirmed. Raises InvalidRegistration (French reason).

    A woman already tied to another CSCom (her alerts go there) is moved only when ``may_move``
    (an admin, or the operator's command line); the move is logged. Without it she is refused, so
    a facilitator can neither pull another CSCom's women out nor re-enrol them as hers."""
    registration = validate(registration)
    woman = session.scalar(select(Woman).where(Woman.phone == registration.phone))
    if woman is None:
        woman = Woman(phone=registration.phone)
        session.add(woman)
    elif woman.group_id == group.id:
        raise InvalidRegistration("déjà membre de ce groupe")
    elif woman.cscom_id is not None and woman.cscom_id != group.cscom_id:
        if not may_move:
            raise InvalidRegistration("suivie par un autre CSCom : seul un administrateur peut la déplacer")
        log.warning("woman=%s moved from cscom %s (group %s) to cscom %s (group %s) by staff %s (%s)",
                    woman.public_id, woman.cscom_id, woman.group_id, group.cscom_id, group.id,
                    staff_id if staff_id is not None else "-", source)
    woman.name = registration.name
    woman.language = woman.language or registration.language
    if registration.due_date:
        woman.due_date, woman.due_date_estimated = registration.due_date, False
    elif registration.pregnancy_month:
        woman.due_date, woman.due_date_estimated = due_date_from_month(registration.pregnancy_month, today), True
    session.flush()
    record_consent(session, woman, "facilitator")
    membership = Membership(woman_id=woman.id, group_id=group.id, status="pending", source=source)
    membership.group = group
    session.add(membership)
    session.flush()
    _activate(session, woman, membership, staff_id)
    return woman
