"""The duty rota (who is on duty when, per CSCom) and the WhatsApp messages between the bot and staff.

A shift is a weekly slot in Bamako local time (Africa/Bamako): ``weekday`` 0 = Monday, ``starts`` and
``ends`` "HH:MM"; ``ends`` at or before ``starts`` runs into the next day ("20:00"–"08:00"), and
"00:00"–"00:00" is the whole day. Who is on duty now: bot.escalation.duty.on_duty_now."""
from __future__ import annotations

from datetime import datetime

from sqlalchemy import ForeignKey, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from bot.db import Base
from bot.models.base import UTCDateTime, utcnow
from bot.models.cscom import StaffMember


class DutyShift(Base):
    __tablename__ = "duty_shifts"

    id: Mapped[int] = mapped_column(primary_key=True)
    staff_id: Mapped[int] = mapped_column(ForeignKey("staff_members.id"), index=True)
    weekday: Mapped[int] = mapped_column(Integer)  # 0 = Monday … 6 = Sunday (Bamako)
    starts: Mapped[str] = mapped_column(String(5))  # "HH:MM", Bamako
    ends: Mapped[str] = mapped_column(String(5))  # "HH:MM", Bamako; <= starts: the next day
    created_by_id: Mapped[int | None] = mapped_column(ForeignKey("staff_members.id"))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)

    staff: Mapped[StaffMember] = relationship(foreign_keys=[staff_id])


class StaffMessage(Base):
    """A WhatsApp message from a staff member's number to the bot's, or the bot's answer to it
    (alerts themselves are StaffAlert rows). Her number is never stored here: ``staff_id`` is."""

    __tablename__ = "staff_messages"

    id: Mapped[int] = mapped_column(primary_key=True)
    staff_id: Mapped[int] = mapped_column(ForeignKey("staff_members.id"), index=True)
    direction: Mapped[str] = mapped_column(String(3))  # in | out
    message_sid: Mapped[str | None] = mapped_column(String(64), unique=True)  # inbound (Twilio retries)
    # in: ack | duty_on | duty_off | other;  out: the answer's kind, same words
    kind: Mapped[str] = mapped_column(String(16))
    body: Mapped[str] = mapped_column(Text, default="")
    escalation_id: Mapped[int | None] = mapped_column(ForeignKey("escalations.id"), index=True)
    channel: Mapped[str] = mapped_column(String(16), default="whatsapp")  # whatsapp | simulator
    status: Mapped[str] = mapped_column(String(16), default="received")  # out: pending → Twilio's / simulated
    twilio_sid: Mapped[str | None] = mapped_column(String(64), unique=True)
    error_code: Mapped[str | None] = mapped_column(String(16))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    updated_at: Mapped[datetime | None] = mapped_column(UTCDateTime)

    staff: Mapped[StaffMember] = relationship()
