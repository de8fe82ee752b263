"""The duty page (``/staff/duty``): who is on duty now per CSCom, "je prends / je quitte la garde",
the weekly rota (Bamako time) and each midwife's WhatsApp number for the alerts; and the red banner
every staff page shows when a CSCom has nobody on duty now.

Midwives change their CSCom's rota and their own duty and number; admins change everyone's."""
from __future__ import annotations

import logging

from flask import abort, flash, redirect, render_template, url_for
from flask_babel import gettext as _
from flask_login import current_user, login_required
from sqlalchemy import or_, select
from sqlalchemy.exc import IntegrityError

from bot.db import session_scope
from bot.escalation import duty
from bot.escalation.alerts import restart_unreached
from bot.escalation.tasks import alert_midwives
from bot.models import DutyShift, StaffMember
from bot.models.base import utcnow
from bot.staff import bp
from bot.staff.forms import SHIFT_INVALID, PhoneForm, ShiftForm

log = logging.getLogger(__name__)


def _may_manage(user, staff: StaffMember) -> bool:
    """Admins: everyone. A midwife: herself, and the midwives of her CSCom (the rota is shared work)."""
    if user.is_admin:
        return True
    if user.role != "midwife":
        return False
    return staff.id == user.id or (user.cscom_id is not None and staff.cscom_id == user.cscom_id)


def _midwives(session, user) -> list[StaffMember]:
    query = select(StaffMember).where(StaffMember.role == "midwife", StaffMember.active.is_(True))
    if not user.is_admin and user.cscom_id is not None:
        query = query.where(or_(StaffMember.cscom_id == user.cscom_id, StaffMember.cscom_id.is_(None)))
    return list(session.scalars(query.order_by(StaffMember.name)))


@bp.app_context_processor
def duty_banner():
    """CSComs (in her scope) where no on-duty midwife can be alerted now: the red banner."""
    if not current_user or not current_user.is_authenticated:
        return {"uncovered": []}
    try:
        with session_scope() as session:
            gaps = duty.uncovered(session, utcnow())
    except Exception:  # the banner must never break a page
        log.exception("duty banner")
        return {"uncovered": []}
    if not current_user.is_admin and current_user.cscom_id is not None:
        gaps = [g for g in gaps if g.cscom_id == current_user.cscom_id]
    return {"uncovered": [g.cscom_name for g in gaps]}


@bp.get("/duty")
@login_required
def duty_page():
    now = utcnow()
    with session_scope() as session:
        cscom_id = None if current_user.is_admin else current_user.cscom_id
        midwives = _midwives(session, current_user)
        coverage = [c for c in duty.coverage(session, now) if cscom_id is None or c.cscom_id == cscom_id]
        me = session.get(StaffMember, current_user.id)
        shifts = duty.rota(session, cscom_id)
        rows = [{"shift": s, "name": s.staff.name, "day": duty.WEEKDAYS_FR[s.weekday],
                 "may_edit": _may_manage(current_user, s.staff)} for s in shifts]
        people = [{"staff": m, "on_duty": duty.is_on_duty(session, m, now), "may_edit": _may_manage(current_user, m),
                   "cscom": m.cscom.name if m.cscom else None} for m in midwives]
        return render_template("staff/duty.html", coverage=coverage, rows=rows, people=people,
                               me_on_duty=me.role == "midwife" and duty.is_on_duty(session, me, now),
                               is_midwife=me.role == "midwife", weekdays=duty.WEEKDAYS_FR,
                               editable=[p["staff"] for p in people if p["may_edit"]])


def _back():
    return redirect(url_for("staff.duty_page"))


def _staff_to_manage(session, staff_id: int) -> StaffMember:
    staff = session.get(StaffMember, staff_id)
    if staff is None or not _may_manage(current_user, staff):
        abort(404)
    return staff


@bp.post("/duty/take")
@login_required
def take_duty():
    now = utcnow()
    with session_scope() as session:
        me = session.get(StaffMember, current_user.id)
        if me.role != "midwife":
            abort(403)
        duty.take_duty(session, me, now)
        waiting = restart_unreached(session, me.cscom_id, now)  # cases that reached nobody: with her now
        phone = me.phone
    for escalation_id in waiting:
        alert_midwives(escalation_id)
    flash(_("Vous êtes de garde : les alertes urgentes vous arrivent sur WhatsApp.") if phone else
          _("Vous êtes de garde, mais sans numéro WhatsApp vous ne recevrez pas les alertes : ajoutez-le ci-dessous."))
    return _back()


@bp.post("/duty/leave")
@login_required
def leave_duty():
    with session_scope() as session:
        me = session.get(StaffMember, current_user.id)
        if me.role != "midwife":
            abort(403)
        duty.leave_duty(session, me, utcnow())
    flash(_("Vous n'êtes plus de garde."))
    return _back()


@bp.post("/duty/shifts")
@login_required
def add_shift():
    form = ShiftForm()
    valid = form.validate()
    with session_scope() as session:
        staff = _staff_to_manage(session, 0 if form.staff_id.errors else form.staff_id.data or 0)
        if not valid:
            flash(form.first_error())
            return _back()
        try:  # a shift for someone who is not a midwife
            duty.add_shift(session, staff, form.weekday.data, form.starts.data, form.ends.data,
                           created_by_id=current_user.id)
        except ValueError:
            flash(str(SHIFT_INVALID))
            return _back()
    flash(_("Garde ajoutée au tableau."))
    return _back()


@bp.post("/duty/shifts/<int:shift_id>/delete")
@login_required
def delete_shift(shift_id: int):
    with session_scope() as session:
        shift = session.get(DutyShift, shift_id)
        if shift is None:
            abort(404)
        _staff_to_manage(session, shift.staff_id)
        session.delete(shift)
    flash(_("Garde retirée du tableau."))
    return _back()


@bp.post("/duty/staff/<int:staff_id>/phone")
@login_required
def set_phone(staff_id: int):
    form = PhoneForm()
    if not form.validate():
        flash(form.first_error())
        return _back()
    phone = form.phone.data  # "whatsapp:+223…", or None: no number
    try:
        with session_scope() as session:
            staff = _staff_to_manage(session, staff_id)
            staff.phone = phone
    except IntegrityError:
        flash(_("Ce numéro est déjà celui d'un autre membre du personnel."))
        return _back()
    log.info("staff %s: WhatsApp number changed by staff %s", staff_id, current_user.id)
    flash(_("Numéro WhatsApp enregistré."))
    return _back()


__all__ = ["duty_banner", "duty_page"]
