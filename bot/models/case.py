from __future__ import annotations

from datetime import datetime

from sqlalchemy import ForeignKey, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from bot.db import Base
from bot.models.base import UTCDateTime, utcnow
from bot.models.cscom import StaffMember

# claim | reply (its outbound message carries the delivery status) | note (staff only) | resolve;
# the alert ladder (bot.escalation.alerts), with or without a staff member:
# alert (sent to ``staff``) | alert_failed (refused, ``body`` = why) | ack (``staff`` acknowledged,
# ``body`` = how: whatsapp | button | opened) | nobody (no one could be alerted) | attach (CSCom set)
CASE_EVENT_KINDS = ("claim", "reply", "note", "resolve", "alert", "alert_failed", "ack", "nobody", "attach")


class CaseEvent(Base):
    """What a staff member did on an escalation, in order: the case page's history.

    A private note is never sent to the woman; a reply points at the outbound message that
    carries it, so the page can show whether WhatsApp delivered it."""

    __tablename__ = "case_events"

    id: Mapped[int] = mapped_column(primary_key=True)
    escalation_id: Mapped[int] = mapped_column(ForeignKey("escalations.id"), index=True)
    staff_id: Mapped[int | None] = mapped_column(ForeignKey("staff_members.id"), index=True)
    kind: Mapped[str] = mapped_column(String(16))
    body: Mapped[str] = mapped_column(Text, default="")
    outbound_id: Mapped[int | None] = mapped_column(ForeignKey("outbound_messages.id"))
    at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)

    staff: Mapped[StaffMember | None] = relationship()
