"""Who is on duty now, per CSCom: the weekly rota (DutyShift, Bamako time) and the midwife's own
"je prends la garde" / "je quitte la garde" (StaffMember.on_duty, off_duty_until).

On duty at ``now`` = an active midwife with a WhatsApp number who took duty and has not left it,
or whose rota shift covers ``now`` — unless she left duty during that shift. Every function here
takes ``now`` (aware UTC): tests freeze it; the zone is named (Africa/Bamako) wherever a time of
day is read."""
from __future__ import annotations

import logging
import re
from dataclasses import dataclass
from datetime import datetime, time, timedelta

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from bot.models import Cscom, DutyShift, StaffMember
from bot.models.base import BAMAKO

log = logging.getLogger(__name__)
WEEKDAYS_FR = ("lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche")
_HHMM = re.compile(r"^([01]?\d|2[0-3])[:hH]([0-5]\d)$")


def parse_hhmm(value: str) -> str | None:
    """"8:00", "08h00", "20H30" → "08:00"; anything else → None."""
    match = _HHMM.match((value or "").strip())
    return f"{int(match.group(1)):02d}:{match.group(2)}" if match else None


def _at(day: datetime, hhmm: str) -> datetime:
    hours, minutes = (int(x) for x in hhmm.split(":"))
    return datetime.combine(day.date(), time(hours, minutes), tzinfo=BAMAKO)


def shift_window(shift: DutyShift, now: datetime) -> tuple[datetime, datetime] | None:
    """The occurrence of this weekly shift that covers ``now`` (start, end, aware), or None."""
    local = now.astimezone(BAMAKO)
    for back in (0, 1):  # today's occurrence, or yesterday's running past midnight
        day = local - timedelta(days=back)
        if day.weekday() != shift.weekday:
            continue
        start = _at(day, shift.starts)
        end = _at(day, shift.ends)
        if end <= start:
            end += timedelta(days=1)
        if start <= local < end:
            return start, end
    return None


def current_shift_end(session: Session, staff_id: int, now: datetime) -> datetime | None:
    ends = [w[1] for s in session.scalars(select(DutyShift).where(DutyShift.staff_id == staff_id))
            if (w := shift_window(s, now))]
    return max(ends) if ends else None


def is_on_duty(session: Session, staff: StaffMember, now: datetime) -> bool:
    if not staff.active or staff.role != "midwife":
        return False
    if staff.on_duty:
        return True
    if current_shift_end(session, staff.id, now) is None:
        return False
    # She left duty during a shift: off until that shift's end, then the rota counts again.
    return staff.off_duty_until is None or staff.off_duty_until <= now


def on_duty_now(session: Session, cscom_id: int | None, now: datetime) -> list[StaffMember]:
    """The midwives on duty now for this CSCom (those tied to it, and those covering every CSCom),
    in the order the alert ladder calls them: her CSCom's own first, then by id. ``cscom_id`` None:
    every on-duty midwife (a case whose CSCom is not known yet)."""
    query = select(StaffMember).where(StaffMember.role == "midwife", StaffMember.active.is_(True))
    if cscom_id is not None:
        query = query.where(or_(StaffMember.cscom_id == cscom_id, StaffMember.cscom_id.is_(None)))
    found = [s for s in session.scalars(query.order_by(StaffMember.id)) if is_on_duty(session, s, now)]
    return sorted(found, key=lambda s: (s.cscom_id is None, s.id))


def reachable(staff: list[StaffMember]) -> list[StaffMember]:
    return [s for s in staff if s.phone]


@dataclass(frozen=True)
class Coverage:
    cscom_id: int
    cscom_name: str
    on_duty: list[str]  # names; empty = nobody on duty now
    reachable: bool  # at least one of them has a WhatsApp number


def coverage(session: Session, now: datetime) -> list[Coverage]:
    """Per CSCom, who is on duty now (for the red banner and /healthz)."""
    result = []
    for cscom in session.scalars(select(Cscom).order_by(Cscom.name)):
        staff = on_duty_now(session, cscom.id, now)
        result.append(Coverage(cscom.id, cscom.name, [s.name for s in staff], bool(reachable(staff))))
    return result


def uncovered(session: Session, now: datetime) -> list[Coverage]:
    """CSComs where no on-duty midwife can receive an alert now."""
    return [c for c in coverage(session, now) if not c.reachable]


def take_duty(session: Session, staff: StaffMember, now: datetime) -> None:
    """"Je prends la garde": on duty from now until she leaves it."""
    staff.on_duty, staff.off_duty_until = True, None
    log.info("staff %s took duty", staff.id)


def leave_duty(session: Session, staff: StaffMember, now: datetime) -> None:
    """"Je quitte la garde": off duty now, including the rest of the rota shift she is in."""
    staff.on_duty = False
    staff.off_duty_until = current_shift_end(session, staff.id, now)
    log.info("staff %s left duty", staff.id)


def add_shift(session: Session, staff: StaffMember, weekday: int, starts: str, ends: str,
              created_by_id: int | None = None) -> DutyShift:
    start, end = parse_hhmm(starts), parse_hhmm(ends)
    if start is None or end is None:
        raise ValueError("heure invalide (HH:MM)")
    if not 0 <= weekday <= 6:
        raise ValueError("jour invalide")
    if staff.role != "midwife":
        raise ValueError("seules les sages-femmes sont de garde")
    shift = DutyShift(staff_id=staff.id, weekday=weekday, starts=start, ends=end, created_by_id=created_by_id)
    session.add(shift)
    session.flush()
    return shift


def rota(session: Session, cscom_id: int | None) -> list[DutyShift]:
    """The week's shifts of a CSCom's midwives (all CSComs for None), Monday first."""
    query = select(DutyShift).join(StaffMember, StaffMember.id == DutyShift.staff_id)
    if cscom_id is not None:
        query = query.where(or_(StaffMember.cscom_id == cscom_id, StaffMember.cscom_id.is_(None)))
    return list(session.scalars(query.order_by(DutyShift.weekday, DutyShift.starts, StaffMember.name)))
