from __future__ import annotations

from datetime import datetime

from sqlalchemy import ForeignKey, String
from sqlalchemy.orm import Mapped, mapped_column

from bot.db import Base
from bot.models.base import UTCDateTime, utcnow


class ConsentEvent(Base):
    """Every change of a woman's consent, kept for as long as her record: what, when, how."""

    __tablename__ = "consent_events"

    id: Mapped[int] = mapped_column(primary_key=True)
    woman_id: Mapped[int] = mapped_column(ForeignKey("women.id"), index=True)
    kind: Mapped[str] = mapped_column(String(16))  # consent | opt_out | opt_in
    # keyword (deterministic match in the app) | model (Rasa intent) | language_choice | continued
    source: Mapped[str] = mapped_column(String(24))
    inbound_id: Mapped[int | None] = mapped_column(ForeignKey("inbound_messages.id"))
    at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
