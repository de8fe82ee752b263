from __future__ import annotations

from datetime import datetime

from sqlalchemy import JSON, ForeignKey, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from bot.db import Base
from bot.models.base import UTCDateTime, utcnow
from bot.models.woman import Woman


class InboundMessage(Base):
    """What a woman sent, stored before it is acknowledged so nothing is lost."""

    __tablename__ = "inbound_messages"

    id: Mapped[int] = mapped_column(primary_key=True)
    message_sid: Mapped[str] = mapped_column(String(64), unique=True)  # Twilio retries reuse it
    woman_id: Mapped[int] = mapped_column(ForeignKey("women.id"), index=True)
    channel: Mapped[str] = mapped_column(String(16), default="whatsapp")  # whatsapp | simulator
    body: Mapped[str] = mapped_column(Text, default="")
    media: Mapped[list] = mapped_column(JSON, default=list)  # [{"url":…, "content_type":…}]
    latitude: Mapped[str | None] = mapped_column(String(32))
    longitude: Mapped[str | None] = mapped_column(String(32))
    # The id of the WhatsApp button or list item she tapped ("lang:fr", "menu:topic"); ``body``
    # then holds what she could have typed for it (bot.twilio.interactive).
    payload: Mapped[str | None] = mapped_column(String(200))
    # pending → answered; "failed" only after the retry budget is spent (it stays visible).
    status: Mapped[str] = mapped_column(String(16), default="pending", index=True)
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    # Crashes while handling it (not outages): after a few it is set aside ("failed") with the
    # reason and a midwife case, so one bad message never blocks the ones after it.
    failures: Mapped[int] = mapped_column(Integer, default=0, server_default="0")
    failure_reason: Mapped[str | None] = mapped_column(String(200))
    intent: Mapped[str | None] = mapped_column(String(64))
    received_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    handled_at: Mapped[datetime | None] = mapped_column(UTCDateTime)

    woman: Mapped[Woman] = relationship()

    @property
    def is_text(self) -> bool:
        return bool(self.body.strip()) and not self.media


class OutboundMessage(Base):
    """What the bot sent (or, without Twilio credentials, would have sent)."""

    __tablename__ = "outbound_messages"

    id: Mapped[int] = mapped_column(primary_key=True)
    woman_id: Mapped[int] = mapped_column(ForeignKey("women.id"), index=True)
    inbound_id: Mapped[int | None] = mapped_column(ForeignKey("inbound_messages.id"), index=True)
    body: Mapped[str] = mapped_column(Text)
    # "reply" answers her message (inside the 24-hour window by definition); other kinds are pushes
    # (monthly_topic, meeting_reminder, checklist_reminder, midwife_reply, …): outside the window
    # they go as that kind's approved template (bot.twilio.templates) with ``content_variables``.
    kind: Mapped[str] = mapped_column(String(32), default="reply")
    # A voice note or picture sent with the text (bot.media): a midwife's recorded answer or a
    # recorded version of the content; sent as MediaUrl (a signed, expiring URL of the app).
    media_id: Mapped[int | None] = mapped_column(ForeignKey("media_files.id"))
    content_variables: Mapped[dict | None] = mapped_column(JSON)
    # Inside the window, sent as this synced quick reply or list (bot.twilio.interactive) when it
    # exists: "language_choice", "checklist_question", "main_menu"; the plain text otherwise.
    interactive: Mapped[str | None] = mapped_column(String(32))
    # pending → (queued|sent|delivered|read|failed|undelivered) from Twilio, or "simulated";
    # "no_template": outside the window and no template for this kind and language (reported).
    status: Mapped[str] = mapped_column(String(16), default="pending", index=True)
    twilio_sid: Mapped[str | None] = mapped_column(String(64), unique=True)
    error_code: Mapped[str | None] = mapped_column(String(16))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    sent_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    updated_at: Mapped[datetime | None] = mapped_column(UTCDateTime)

    woman: Mapped[Woman] = relationship()
