from __future__ import annotations

from datetime import datetime

from sqlalchemy import String
from sqlalchemy.orm import Mapped, mapped_column

from bot.db import Base
from bot.models.base import UTCDateTime


class Lease(Base):
    """Who may work on one thing (a woman's conversation) and until when. A worker that dies
    holding it lets go when the lease runs out, or at once when a worker starts on its host."""

    __tablename__ = "leases"

    name: Mapped[str] = mapped_column(String(64), primary_key=True)  # "woman-12", "queued-woman-12"
    holder: Mapped[str] = mapped_column(String(128))  # "host:pid:random" of the worker thread
    expires_at: Mapped[datetime] = mapped_column(UTCDateTime, index=True)
