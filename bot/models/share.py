"""SHARE savings groups: the group, its monthly meetings (the calendar), who belongs to it, and
each woman's delivery-checklist answers."""
from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import Boolean, Date, ForeignKey, Integer, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from bot.db import Base
from bot.models.base import UTCDateTime, utcnow
from bot.models.cscom import Cscom, StaffMember
from bot.models.woman import Woman


class ShareGroup(Base):
    """A SHARE group meets once a month: the ``meeting_week``-th ``meeting_weekday`` (0 = Monday)
    at ``meeting_time`` (Bamako time, "HH:MM") at ``meeting_place``. ``code`` is what a woman sends
    to join ("SHARE SOTUBA"), stored normalised (upper case, single spaces)."""

    __tablename__ = "share_groups"

    id: Mapped[int] = mapped_column(primary_key=True)
    cscom_id: Mapped[int] = mapped_column(ForeignKey("cscoms.id"), index=True)
    name: Mapped[str] = mapped_column(String(120))
    code: Mapped[str] = mapped_column(String(64), unique=True)
    facilitator_id: Mapped[int | None] = mapped_column(ForeignKey("staff_members.id"), index=True)
    meeting_weekday: Mapped[int] = mapped_column(Integer, default=1)
    meeting_week: Mapped[int] = mapped_column(Integer, default=1)  # 1..4: the n-th weekday of the month
    meeting_time: Mapped[str] = mapped_column(String(5), default="15:00")
    meeting_place: Mapped[str] = mapped_column(String(200), default="")
    # The month the group met on the curriculum's first topic (first day of that month).
    curriculum_start: Mapped[date] = mapped_column(Date)
    # Demo group (flask seed-demo): a woman sending the code joins at once, without confirmation.
    demo: Mapped[bool] = mapped_column(Boolean, default=False)
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)

    cscom: Mapped[Cscom] = relationship()
    facilitator: Mapped[StaffMember | None] = relationship()


class GroupMeeting(Base):
    """One month's meeting: generated from the group's rule, then the facilitator's to change
    (date, time, place, topic). One per group and month."""

    __tablename__ = "group_meetings"
    __table_args__ = (UniqueConstraint("group_id", "month", name="uq_group_meetings_group_month"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    group_id: Mapped[int] = mapped_column(ForeignKey("share_groups.id"), index=True)
    month: Mapped[date] = mapped_column(Date)  # first day of the month
    starts_at: Mapped[datetime] = mapped_column(UTCDateTime, index=True)
    place: Mapped[str] = mapped_column(String(200), default="")
    topic_key: Mapped[str] = mapped_column(String(40))
    cancelled: Mapped[bool] = mapped_column(Boolean, default=False)
    changed_by_id: Mapped[int | None] = mapped_column(ForeignKey("staff_members.id"))
    updated_at: Mapped[datetime | None] = mapped_column(UTCDateTime)

    group: Mapped[ShareGroup] = relationship()


MEMBERSHIP_STATUSES = ("pending", "active", "rejected", "left")


class Membership(Base):
    """Her history with groups. ``pending`` (she sent the code) until the facilitator confirms;
    only ``active`` members receive group messages. ``Woman.group_id`` mirrors the active one."""

    __tablename__ = "memberships"

    id: Mapped[int] = mapped_column(primary_key=True)
    woman_id: Mapped[int] = mapped_column(ForeignKey("women.id"), index=True)
    group_id: Mapped[int] = mapped_column(ForeignKey("share_groups.id"), index=True)
    status: Mapped[str] = mapped_column(String(16), default="pending", index=True)
    source: Mapped[str] = mapped_column(String(16))  # code | import | staff | demo
    requested_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    decided_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    decided_by_id: Mapped[int | None] = mapped_column(ForeignKey("staff_members.id"))
    ended_at: Mapped[datetime | None] = mapped_column(UTCDateTime)

    woman: Mapped[Woman] = relationship()
    group: Mapped[ShareGroup] = relationship()
    decided_by: Mapped[StaffMember | None] = relationship()


CHECKLIST_ANSWERS = ("ready", "not_ready", "later")


class ChecklistAnswer(Base):
    """Her latest answer for one checklist item (``bot.content.checklist`` keys)."""

    __tablename__ = "checklist_answers"
    __table_args__ = (UniqueConstraint("woman_id", "item_key", name="uq_checklist_answers_woman_item"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    woman_id: Mapped[int] = mapped_column(ForeignKey("women.id"), index=True)
    item_key: Mapped[str] = mapped_column(String(32))
    status: Mapped[str] = mapped_column(String(16))
    answered_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)


class Notice(Base):
    """The ledger of scheduled messages: one row per (woman, kind, period), written in the same
    transaction as the message. The unique constraint is what makes a push idempotent — a second
    worker, or the same one after a restart, fails to insert and sends nothing."""

    __tablename__ = "notices"
    __table_args__ = (UniqueConstraint("woman_id", "kind", "period", name="uq_notices_woman_kind_period"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    woman_id: Mapped[int] = mapped_column(ForeignKey("women.id"), index=True)
    kind: Mapped[str] = mapped_column(String(32))  # monthly_topic | meeting_reminder | checklist_reminder
    period: Mapped[str] = mapped_column(String(32))  # "2026-12", a meeting id, "36w"
    outbound_id: Mapped[int | None] = mapped_column(ForeignKey("outbound_messages.id"))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
