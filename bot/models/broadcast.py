"""Facilitator broadcasts: one message to a SHARE group, and one row per woman it is for.

The recipient row is the idempotency key (unique per broadcast and woman) and the audit trail:
what she was sent (in her language), how (free text or template), when, Twilio's SID and status.
Rows are never deleted."""
from __future__ import annotations

from datetime import datetime

from sqlalchemy import JSON, Float, ForeignKey, Index, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from bot.db import Base
from bot.models.base import UTCDateTime, utcnow
from bot.models.cscom import StaffMember
from bot.models.share import GroupMeeting, ShareGroup
from bot.models.woman import Woman

BROADCAST_STATUSES = ("scheduled", "sending", "done", "cancelled")
# pending → sending (claimed, Twilio call in flight) → queued|sent|delivered|read|failed|undelivered;
# or never sent: no_template, opted_out, left (no longer in the group when her turn came).
RECIPIENT_FINAL_UNSENT = ("no_template", "opted_out", "left")


class Broadcast(Base):
    __tablename__ = "broadcasts"

    id: Mapped[int] = mapped_column(primary_key=True)
    group_id: Mapped[int] = mapped_column(ForeignKey("share_groups.id"), index=True)
    # The template kind (bot.twilio.templates): meeting_reminder, group_message, …
    kind: Mapped[str] = mapped_column(String(32))
    message_key: Mapped[str | None] = mapped_column(String(40))  # bot.broadcast.messages key
    text: Mapped[str | None] = mapped_column(Text)  # a facilitator's own words
    meeting_id: Mapped[int | None] = mapped_column(ForeignKey("group_meetings.id"))
    status: Mapped[str] = mapped_column(String(16), default="scheduled", index=True)
    scheduled_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow, index=True)
    # Who: the staff member (pages, or CLI --by), and how it was asked ("page" | "cli:<os user>").
    created_by_id: Mapped[int | None] = mapped_column(ForeignKey("staff_members.id"))
    origin: Mapped[str] = mapped_column(String(64), default="page")
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    started_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    finished_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    # Last time a sender made progress: a stale one means its worker died (the sweep resumes it).
    progress_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    # Sender tasks carry the generation they were started for; reviving a stalled broadcast bumps it,
    # so superseded senders stop and the number of live senders stays bounded.
    sender_generation: Mapped[int] = mapped_column(Integer, default=0)

    group: Mapped[ShareGroup] = relationship()
    meeting: Mapped[GroupMeeting | None] = relationship()
    created_by: Mapped[StaffMember | None] = relationship()


class BroadcastRecipient(Base):
    __tablename__ = "broadcast_recipients"
    __table_args__ = (UniqueConstraint("broadcast_id", "woman_id", name="uq_broadcast_recipients_broadcast_woman"),
                      Index("ix_broadcast_recipients_broadcast_status", "broadcast_id", "status"))

    id: Mapped[int] = mapped_column(primary_key=True)
    broadcast_id: Mapped[int] = mapped_column(ForeignKey("broadcasts.id"), index=True)
    woman_id: Mapped[int] = mapped_column(ForeignKey("women.id"), index=True)
    language: Mapped[str] = mapped_column(String(5))
    status: Mapped[str] = mapped_column(String(16), default="pending", index=True)
    mode: Mapped[str | None] = mapped_column(String(16))  # text | template, decided at send time
    body: Mapped[str | None] = mapped_column(Text)  # the free text, or the template's variables as text
    content_sid: Mapped[str | None] = mapped_column(String(64))
    content_variables: Mapped[dict | None] = mapped_column(JSON)
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    # The claim: written and committed before the Twilio call (see bot/broadcast/sender.py).
    claim_token: Mapped[str | None] = mapped_column(String(32))
    claimed_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    not_before: Mapped[datetime | None] = mapped_column(UTCDateTime)  # retry backoff
    twilio_sid: Mapped[str | None] = mapped_column(String(64), unique=True)
    error_code: Mapped[str | None] = mapped_column(String(16))
    sent_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    updated_at: Mapped[datetime | None] = mapped_column(UTCDateTime)

    broadcast: Mapped[Broadcast] = relationship()
    woman: Mapped[Woman] = relationship()


class SendPacer(Base):
    """The shared send rate without Redis: the next free send slot (Unix time, seconds), taken by
    every worker process in one UPDATE (bot.broadcast.pacer)."""

    __tablename__ = "send_pacers"

    name: Mapped[str] = mapped_column(String(32), primary_key=True)
    next_at: Mapped[float] = mapped_column(Float, default=0.0)
    paused_until: Mapped[float] = mapped_column(Float, default=0.0)  # Twilio's Retry-After, for everyone
