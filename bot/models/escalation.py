from __future__ import annotations

from datetime import datetime

from sqlalchemy import JSON, ForeignKey, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from bot.db import Base
from bot.models.base import UTCDateTime, utcnow
from bot.models.cscom import Cscom, StaffMember
from bot.models.woman import Woman

URGENCIES = ("urgent", "normal")
# open → claimed (a midwife took it) → answered (her reply was queued to the woman) → resolved
STATUSES = ("open", "claimed", "answered", "resolved")


class Escalation(Base):
    """A question handed to the midwives: a danger sign (urgent), or what the bot must not or
    cannot answer alone (normal). ``context`` keeps the last messages so she need not scroll."""

    __tablename__ = "escalations"

    id: Mapped[int] = mapped_column(primary_key=True)
    woman_id: Mapped[int] = mapped_column(ForeignKey("women.id"), index=True)
    inbound_id: Mapped[int | None] = mapped_column(ForeignKey("inbound_messages.id"), index=True)
    cscom_id: Mapped[int | None] = mapped_column(ForeignKey("cscoms.id"), index=True)
    urgency: Mapped[str] = mapped_column(String(8))
    # danger_sign | ask_midwife | low_confidence | long_message
    reason: Mapped[str] = mapped_column(String(32))
    status: Mapped[str] = mapped_column(String(12), default="open", index=True)
    message: Mapped[str] = mapped_column(Text)
    context: Mapped[list] = mapped_column(JSON, default=list)  # [{"from": "woman"|"bot", "text", "at"}]
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow, index=True)
    # Urgent ones: when an alert first reached someone (None = not yet: nobody on duty, or every send
    # failed; the ladder retries).
    alerted_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    # The alert ladder (bot.escalation.alerts): how many steps were taken, the level reached
    # (duty: one on-duty midwife at a time | all: every midwife of the CSCom and the admins | done),
    # when the next step is due if nobody acknowledges, and a short lease so two workers never
    # take the same step.
    alert_step: Mapped[int] = mapped_column(Integer, default=0)
    alert_level: Mapped[str] = mapped_column(String(8), default="duty")
    next_alert_at: Mapped[datetime | None] = mapped_column(UTCDateTime, index=True)
    alert_lease_until: Mapped[datetime | None] = mapped_column(UTCDateTime)
    acknowledged_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    acknowledged_by_id: Mapped[int | None] = mapped_column(ForeignKey("staff_members.id"))
    claimed_by_id: Mapped[int | None] = mapped_column(ForeignKey("staff_members.id"))
    claimed_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    answered_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    resolved_at: Mapped[datetime | None] = mapped_column(UTCDateTime)

    woman: Mapped[Woman] = relationship()
    cscom: Mapped[Cscom | None] = relationship()
    claimed_by: Mapped[StaffMember | None] = relationship(foreign_keys=[claimed_by_id])
    acknowledged_by: Mapped[StaffMember | None] = relationship(foreign_keys=[acknowledged_by_id])


class StaffAlert(Base):
    """One WhatsApp alert to one staff member about one escalation (text or template)."""

    __tablename__ = "staff_alerts"

    id: Mapped[int] = mapped_column(primary_key=True)
    escalation_id: Mapped[int] = mapped_column(ForeignKey("escalations.id"), index=True)
    staff_id: Mapped[int] = mapped_column(ForeignKey("staff_members.id"), index=True)
    kind: Mapped[str] = mapped_column(String(8))  # text | template
    body: Mapped[str] = mapped_column(Text)  # the text, or the template's variables as sent
    status: Mapped[str] = mapped_column(String(16), default="pending")
    twilio_sid: Mapped[str | None] = mapped_column(String(64), unique=True)
    error_code: Mapped[str | None] = mapped_column(String(16))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    sent_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    step: Mapped[int] = mapped_column(Integer, default=1)  # the ladder step that sent it
    updated_at: Mapped[datetime | None] = mapped_column(UTCDateTime)  # last delivery receipt

    staff: Mapped[StaffMember] = relationship()
