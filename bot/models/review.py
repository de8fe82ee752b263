"""A midwife's review of a piece of content (an FAQ answer in one language): approved as it is,
or corrected. The newest row for a (kind, key, language) is the one that counts; older rows stay
as the history of who reviewed what and when."""
from __future__ import annotations

from datetime import datetime

from sqlalchemy import ForeignKey, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from bot.db import Base
from bot.models.base import UTCDateTime, utcnow
from bot.models.cscom import StaffMember


class ContentReview(Base):
    __tablename__ = "content_reviews"

    id: Mapped[int] = mapped_column(primary_key=True)
    content_kind: Mapped[str] = mapped_column(String(16), default="faq")
    content_key: Mapped[str] = mapped_column(String(64), index=True)
    language: Mapped[str] = mapped_column(String(5))
    status: Mapped[str] = mapped_column(String(16))  # approved | corrected
    # The corrected text, or the catalog text she approved: an approval counts only while the
    # catalog still says what she read (None: approved, text not recorded).
    text: Mapped[str | None] = mapped_column(Text)
    reviewer_id: Mapped[int] = mapped_column(ForeignKey("staff_members.id"))
    reviewed_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)

    reviewer: Mapped[StaffMember] = relationship()
