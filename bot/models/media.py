"""Audio and pictures: what women send (voice notes, photos), what midwives record as answers,
and recorded versions of the bot's own content. The bytes live on disk under MEDIA_DIR
(bot.media.store); a row says whose they are, so retention and `flask woman forget` find them."""
from __future__ import annotations

from datetime import datetime

from sqlalchemy import Boolean, ForeignKey, Integer, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from bot.db import Base
from bot.models.base import UTCDateTime, utcnow
from bot.models.cscom import StaffMember

# inbound (a woman's voice note or photo) | reply (a midwife's recorded answer) |
# recording (a recorded version of the bot's own content)
MEDIA_KINDS = ("inbound", "reply", "recording")


class MediaFile(Base):
    __tablename__ = "media_files"

    id: Mapped[int] = mapped_column(primary_key=True)
    kind: Mapped[str] = mapped_column(String(16))
    woman_id: Mapped[int | None] = mapped_column(ForeignKey("women.id"), index=True)
    inbound_id: Mapped[int | None] = mapped_column(ForeignKey("inbound_messages.id"), index=True)
    escalation_id: Mapped[int | None] = mapped_column(ForeignKey("escalations.id"), index=True)
    content_type: Mapped[str] = mapped_column(String(64))
    # Relative to MEDIA_DIR; None while an inbound file is not downloaded yet (or was erased).
    path: Mapped[str | None] = mapped_column(String(255))
    size: Mapped[int] = mapped_column(Integer, default=0)
    sha256: Mapped[str | None] = mapped_column(String(64))
    # Where Twilio keeps an inbound file (downloaded by the worker, with the account's credentials).
    source_url: Mapped[str | None] = mapped_column(String(1024))
    # Why an inbound file could not be fetched (shown on the case page; the case opens anyway).
    failure: Mapped[str | None] = mapped_column(String(200))
    duration_seconds: Mapped[int | None] = mapped_column(Integer)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow, index=True)
    created_by_id: Mapped[int | None] = mapped_column(ForeignKey("staff_members.id"))

    created_by: Mapped[StaffMember | None] = relationship()

    @property
    def is_audio(self) -> bool:
        return self.content_type.startswith("audio/")

    @property
    def is_image(self) -> bool:
        return self.content_type.startswith("image/")


class ContentRecording(Base):
    """A recorded version of one piece of the bot's content in one language ("faq:<key>",
    "topic:<month>", "checklist:<item>", "danger"...), reviewed like the text: only an approved
    recording is sent. The newest approved row for (content_key, language) counts."""

    __tablename__ = "content_recordings"

    id: Mapped[int] = mapped_column(primary_key=True)
    content_key: Mapped[str] = mapped_column(String(64), index=True)
    language: Mapped[str] = mapped_column(String(5))
    media_id: Mapped[int] = mapped_column(ForeignKey("media_files.id"))
    status: Mapped[str] = mapped_column(String(16), default="draft")  # draft | approved | rejected
    recorded_by_id: Mapped[int | None] = mapped_column(ForeignKey("staff_members.id"))
    reviewed_by_id: Mapped[int | None] = mapped_column(ForeignKey("staff_members.id"))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    reviewed_at: Mapped[datetime | None] = mapped_column(UTCDateTime)

    media: Mapped[MediaFile] = relationship()
    recorded_by: Mapped[StaffMember | None] = relationship(foreign_keys=[recorded_by_id])
    reviewed_by: Mapped[StaffMember | None] = relationship(foreign_keys=[reviewed_by_id])


class TwilioContent(Base):
    """A Content API template the app created (quick replies, list pickers): its SID per
    (name, language), and a hash of what was sent so `flask twilio content sync` knows when to
    recreate it."""

    __tablename__ = "twilio_contents"
    __table_args__ = (UniqueConstraint("name", "language"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(64))
    language: Mapped[str] = mapped_column(String(5))
    sid: Mapped[str] = mapped_column(String(64))
    digest: Mapped[str] = mapped_column(String(64))
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    synced_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
