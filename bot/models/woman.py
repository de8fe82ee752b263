from __future__ import annotations

import secrets
from datetime import date, datetime

from sqlalchemy import Boolean, Date, ForeignKey, String, false as sa_false
from sqlalchemy.orm import Mapped, mapped_column

from bot.db import Base
from bot.models.base import UTCDateTime, utcnow


def _public_id() -> str:
    return secrets.token_hex(8)


class Woman(Base):
    """A woman who writes to the bot. Her number is health data: never logged;
    ``public_id`` is what logs and Rasa (as sender id) see instead."""

    __tablename__ = "women"

    id: Mapped[int] = mapped_column(primary_key=True)
    public_id: Mapped[str] = mapped_column(String(32), unique=True, default=_public_id)
    phone: Mapped[str] = mapped_column(String(64), unique=True)  # "whatsapp:+223…"
    name: Mapped[str | None] = mapped_column(String(120))
    language: Mapped[str | None] = mapped_column(String(5))  # "fr" | "bm", None until known
    opted_out: Mapped[bool] = mapped_column(Boolean, default=False)
    consent_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    last_inbound_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    # Twilio said she cannot be reached (21610: she blocked the number; 63024: not on WhatsApp):
    # nothing is sent to her until she writes again.
    unreachable_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    # Her health centre (set when she joins a SHARE group); None until known.
    cscom_id: Mapped[int | None] = mapped_column(ForeignKey("cscoms.id"), index=True)
    # A question the bot asked and whose bare answer ("1", "2") it must read: "language" or None.
    awaiting: Mapped[str | None] = mapped_column(String(16))
    # Her SHARE group while her membership is active (history in memberships).
    group_id: Mapped[int | None] = mapped_column(ForeignKey("share_groups.id"), index=True)
    # Expected delivery date; estimated from the pregnancy month she or the facilitator gave.
    due_date: Mapped[date | None] = mapped_column(Date)
    due_date_estimated: Mapped[bool] = mapped_column(Boolean, default=False)
    # The checklist item the bot asked last, while ``awaiting == "checklist"``.
    checklist_item: Mapped[str | None] = mapped_column(String(32))
    # Where she is in the journey (bot.postnatal.stage): "pregnant" (default), "postnatal" once the
    # birth is reported (``birth_date``), "loss" after a pregnancy loss: no pregnancy or baby push then.
    stage: Mapped[str] = mapped_column(String(16), default="pregnant", server_default="pregnant")
    birth_date: Mapped[date | None] = mapped_column(Date)
    stage_changed_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    # She asked for voice messages (or her facilitator ticked it): recorded content when there is one.
    prefers_voice: Mapped[bool] = mapped_column(Boolean, default=False, server_default=sa_false())

    @property
    def reply_language(self) -> str:
        return self.language or "fr"
