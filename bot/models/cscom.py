from __future__ import annotations

from datetime import datetime

from sqlalchemy import Boolean, ForeignKey, String, false
from sqlalchemy.orm import Mapped, mapped_column, relationship

from bot.db import Base
from bot.models.base import UTCDateTime, utcnow


class Cscom(Base):
    """A community health centre (Centre de Santé Communautaire). The danger reply sends a woman
    to *her* CSCom with its phone number; the SHARE-groups work attaches groups to it."""

    __tablename__ = "cscoms"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(120), unique=True)
    phone: Mapped[str | None] = mapped_column(String(32))  # shown to women: "+223 20 00 00 00"
    community: Mapped[str | None] = mapped_column(String(120))  # Sotuba, Sikoro, …
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)


STAFF_ROLES = ("midwife", "facilitator", "admin")


class StaffMember(Base):
    """A midwife (or facilitator, or admin) who receives alerts on WhatsApp, answers escalations
    and signs in to the staff pages.

    On duty now (bot.escalation.duty): ``on_duty`` (she took duty: "je prends la garde", until she
    leaves it), or a rota shift (DutyShift) covering now — unless she left duty ("je quitte la garde")
    and ``off_duty_until`` (the end of the shift she left) has not passed. ``cscom_id`` None means she
    covers every CSCom.
    Her number is personal data like a woman's: never logged. ``username`` + ``password_hash``
    (werkzeug scrypt) let her sign in; no hash means she only receives alerts."""

    __tablename__ = "staff_members"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(120))
    phone: Mapped[str | None] = mapped_column(String(64), unique=True)  # "whatsapp:+223…"
    role: Mapped[str] = mapped_column(String(16), default="midwife")  # midwife | facilitator | admin
    username: Mapped[str | None] = mapped_column(String(64), unique=True)
    password_hash: Mapped[str | None] = mapped_column(String(255))
    cscom_id: Mapped[int | None] = mapped_column(ForeignKey("cscoms.id"), index=True)
    on_duty: Mapped[bool] = mapped_column(Boolean, default=False)
    off_duty_until: Mapped[datetime | None] = mapped_column(UTCDateTime)
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    # Bambara is her mother tongue: only such a reader may approve or correct Bambara content.
    reads_bambara: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())
    # WhatsApp lets us send free text only within 24 h of her last message; else a template.
    last_inbound_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)

    cscom: Mapped[Cscom | None] = relationship()
