"""Her stage: ``pregnant`` (default), ``postnatal`` (the birth is recorded, ``birth_date``) or
``loss``. A loss stops every pregnancy and baby push at once: those still queued are cancelled in
the same transaction, and the schedulers read her stage under a lock before queueing anything."""
from __future__ import annotations

import logging
from datetime import date, datetime

from babel.dates import format_date
from sqlalchemy import select, update
from sqlalchemy.orm import Session

from bot.content import postnatal as texts
from bot.content.i18n import translate
from bot.escalation.service import open_escalation
from bot.models import OutboundMessage, Woman
from bot.share.pregnancy import gestational_weeks

log = logging.getLogger(__name__)

STAGES = ("pregnant", "postnatal", "loss")
#: Scheduled messages about the pregnancy or the baby: none goes to a woman after a loss.
JOURNEY_KINDS = ("checklist_reminder", "cpn_reminder", "postnatal", "monthly_topic", "meeting_reminder")


def day_text(day: date, language: str) -> str:
    return format_date(day, "EEEE d MMMM", locale=language)


def baby_age_days(woman: Woman, today: date) -> int | None:
    if woman.stage != "postnatal" or woman.birth_date is None:
        return None
    return max((today - woman.birth_date).days, 0)


def next_visit(birth: date, today: date) -> tuple[str, date] | None:
    """The next postnatal contact (WHO: day 3, days 7-14, week 6) from ``today``."""
    from datetime import timedelta

    age = (today - birth).days
    if age <= 3:
        return texts.VISIT_D3, birth + timedelta(days=3)
    if age <= 14:
        return texts.VISIT_D7, max(birth + timedelta(days=7), today)
    if age <= 42:
        return texts.VISIT_W6, birth + timedelta(days=42)
    return None


def record_birth(session: Session, woman: Woman, birth: date, now: datetime, today: date,
                 language: str | None = None) -> list[str]:
    """Record the birth (the first one reported stays) and say what to say to her (in ``language``,
    default hers): congratulations, the next visit, the postnatal contacts, the baby's danger signs."""
    language = language or woman.reply_language
    if woman.stage == "postnatal" and woman.birth_date is not None:
        return [translate(language, texts.BIRTH_ALREADY, date=day_text(woman.birth_date, language))]
    woman.stage, woman.birth_date, woman.stage_changed_at = "postnatal", birth, now
    if woman.awaiting == "checklist":
        woman.awaiting, woman.checklist_item = None, None
    _cancel_pending(session, woman, ("checklist_reminder", "cpn_reminder"))
    log.info("birth recorded for woman %s", woman.public_id)
    first = translate(language, texts.BIRTH_RECORDED, date=day_text(birth, language))
    visit = next_visit(birth, today)
    if visit is not None:
        first += " " + translate(language, texts.NEXT_VISIT, visit=translate(language, visit[0]),
                                 date=day_text(visit[1], language))
    return [first, translate(language, texts.POSTNATAL_VISITS), translate(language, texts.BABY_DANGER)]


def record_loss(session: Session, woman: Woman, text: str, now: datetime, inbound_id: int | None,
                language: str | None = None) -> str:
    """A loss: her stage, every queued journey push cancelled, a normal escalation so a midwife
    calls her. Returns the short, kind reply."""
    woman.stage, woman.stage_changed_at = "loss", now
    if woman.awaiting == "checklist":
        woman.awaiting, woman.checklist_item = None, None
    _cancel_pending(session, woman, JOURNEY_KINDS)
    open_escalation(session, woman, text, urgency="normal", reason="pregnancy_loss", inbound_id=inbound_id)
    log.info("loss recorded for woman %s", woman.public_id)
    return translate(language or woman.reply_language, texts.LOSS_REPLY)


def _cancel_pending(session: Session, woman: Woman, kinds: tuple[str, ...]) -> None:
    session.execute(update(OutboundMessage).where(
        OutboundMessage.woman_id == woman.id, OutboundMessage.status == "pending",
        OutboundMessage.kind.in_(kinds)).values(status="cancelled", error_code="stage"))


def staff_stage(woman: Woman, today: date) -> dict | None:
    """What the staff pages show: {"kind": "pregnant", "n": weeks} ("semaine N de grossesse"),
    {"kind": "postnatal", "n": days} ("bébé de N jours") or {"kind": "loss"} ("n'est plus
    enceinte", without details)."""
    if woman.stage == "loss":
        return {"kind": "loss", "n": None}
    days = baby_age_days(woman, today)
    if days is not None:
        return {"kind": "postnatal", "n": days}
    weeks = gestational_weeks(woman.due_date, today)
    if weeks is not None:
        return {"kind": "pregnant", "n": weeks}
    return None


def lock(session: Session, woman_id: int) -> Woman | None:
    """Her row, locked until the transaction ends (PostgreSQL; SQLite serialises writers)."""
    return session.scalar(select(Woman).where(Woman.id == woman_id).with_for_update())
