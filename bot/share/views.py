"""Group pages for facilitators (``/staff/groups``): her groups, members and join requests, register
a woman (or a CSV list), and the meeting calendar. French interface; one column for phones."""
from __future__ import annotations

import logging

from flask import Blueprint, abort, flash, redirect, render_template, request, url_for
from flask_babel import gettext as _
from flask_login import current_user, login_required
from sqlalchemy import func, select

from bot.content.i18n import translate
from bot.content.topics import CURRICULUM, TOPICS
from bot.conversation import voice_preference
from bot.db import session_scope
from bot.models import GroupMeeting, Membership, ShareGroup, Woman
from bot.models.base import utcnow
from bot.postnatal import stage as journey
from bot.share import membership as memberships
from bot.share.access import can_manage, group_or_404, scoped_groups
from bot.share.calendar import ensure_meetings, local, month_start
from bot.share.forms import BirthForm, DecisionForm, MeetingForm, RegistrationForm, VoiceForm
from bot.share.importer import import_women
from bot.share.pregnancy import pregnancy_month

bp = Blueprint("groups", __name__, url_prefix="/staff/groups", template_folder="templates")
log = logging.getLogger(__name__)
MAX_CSV_BYTES = 60_000  # the app refuses bodies over 64 KB; a group's list is a few hundred lines


@bp.get("")
@login_required
def groups_page():
    with session_scope() as session:
        groups = session.scalars(scoped_groups(current_user).order_by(ShareGroup.name)).all()
        ids = [g.id for g in groups]
        members = dict(session.execute(select(Woman.group_id, func.count()).where(
            Woman.group_id.in_(ids)).group_by(Woman.group_id)).all())
        pending = dict(session.execute(select(Membership.group_id, func.count()).where(
            Membership.group_id.in_(ids), Membership.status == "pending").group_by(Membership.group_id)).all())
        return render_template("groups/groups.html", groups=groups, pending=pending, members=members)


@bp.get("/<int:group_id>")
@login_required
def group_page(group_id: int):
    with session_scope() as session:
        group = group_or_404(session, group_id, current_user)
        today = local(utcnow()).date()
        ensure_meetings(session, group, today)
        women = session.scalars(select(Woman).where(Woman.group_id == group_id).order_by(Woman.name)).all()
        requests = session.scalars(select(Membership).where(
            Membership.group_id == group_id, Membership.status == "pending").order_by(Membership.requested_at)).all()
        meetings = session.scalars(select(GroupMeeting).where(
            GroupMeeting.group_id == group_id, GroupMeeting.month >= month_start(today)).order_by(GroupMeeting.month)).all()
        return render_template(
            "groups/group.html", group=group, women=women, requests=requests, meetings=meetings,
            month_of=lambda w: pregnancy_month(w.due_date, today) if w.stage == "pregnant" else None,
            stage_of=lambda w: journey.staff_stage(w, today), topics=CURRICULUM,
            topic_title=lambda key: translate("fr", TOPICS[key].title) if key in TOPICS else key,
            local=local, manage=can_manage(group, current_user))


def _back(group_id: int, anchor: str = ""):
    return redirect(url_for("groups.group_page", group_id=group_id) + anchor)


@bp.post("/<int:group_id>/requests/<int:membership_id>")
@login_required
def decide_request(group_id: int, membership_id: int):
    form = DecisionForm()
    with session_scope() as session:
        group_or_404(session, group_id, current_user, manage=True)
        if not form.validate():
            abort(400, form.first_error())
        accept = form.decision.data == "accept"
        membership = session.get(Membership, membership_id)
        if membership is None or membership.group_id != group_id:
            return _back(group_id)
        memberships.decide(session, membership, current_user.id, accept)
        woman_id = membership.woman_id
    _deliver(woman_id)
    flash(_("Demande acceptée : elle reçoit les messages du groupe.") if accept else _("Demande refusée."))
    return _back(group_id, "#demandes")


@bp.post("/<int:group_id>/members/<int:woman_id>/remove")
@login_required
def remove_member(group_id: int, woman_id: int):
    with session_scope() as session:
        group_or_404(session, group_id, current_user, manage=True)
        woman = session.get(Woman, woman_id)
        if woman is not None and woman.group_id == group_id:
            memberships.remove(session, woman, current_user.id)
            flash(_("%(name)s ne fait plus partie du groupe.", name=woman.name or _("Cette femme")))
    return _back(group_id, "#membres")


@bp.post("/<int:group_id>/members/<int:woman_id>/voice")
@login_required
def set_voice(group_id: int, woman_id: int):
    """The facilitator ticks "messages vocaux" for a member who asked for them (issue 14): recorded
    content reaches her instead of the text. No WhatsApp message: she asked her facilitator in person."""
    form = VoiceForm()
    if not form.validate():
        abort(400, form.first_error())
    choice = form.prefers_voice.data
    with session_scope() as session:
        group_or_404(session, group_id, current_user, manage=True)
        woman = session.get(Woman, woman_id)
        if woman is None or woman.group_id != group_id:
            abort(404)
        voice_preference.set_preference(woman, choice == "yes", "facilitator")
        flash(_("%(name)s reçoit des messages vocaux quand il y en a.", name=woman.name or _("Cette femme"))
              if woman.prefers_voice else
              _("%(name)s reçoit des messages écrits.", name=woman.name or _("Cette femme")))
    return _back(group_id, "#membres")


@bp.post("/<int:group_id>/members/<int:woman_id>/birth")
@login_required
def record_birth(group_id: int, woman_id: int):
    """The facilitator notes a member's birth (issue 15): her stage becomes postnatal and the
    baby's messages start; the date cannot be in the future nor more than a year back."""
    today = local(utcnow()).date()
    form = BirthForm(today)
    if not form.validate():
        flash(form.first_error())
        return _back(group_id, "#membres")
    born = form.birth_date.data
    with session_scope() as session:
        group_or_404(session, group_id, current_user, manage=True)
        woman = session.get(Woman, woman_id)
        if woman is not None and woman.group_id == group_id and woman.stage == "pregnant":
            journey.record_birth(session, woman, born, utcnow(), today)
            flash(_("Naissance notée pour %(name)s : %(date)s.", name=woman.name or _("Cette femme"),
                    date=born.strftime("%d/%m/%Y")))
    return _back(group_id, "#membres")


@bp.post("/<int:group_id>/members")
@login_required
def register_member(group_id: int):
    form = RegistrationForm()
    if not form.validate():
        flash(form.first_error())
        return _back(group_id, "#inscrire")
    try:
        registration = form.registration()
        with session_scope() as session:
            group = group_or_404(session, group_id, current_user, manage=True)
            memberships.register(session, group, registration, current_user.id, "staff", local(utcnow()).date(),
                                 may_move=current_user.is_admin)
    except memberships.InvalidRegistration as error:
        flash(_("Inscription refusée : %(reason)s.", reason=str(error)))
        return _back(group_id, "#inscrire")
    flash(_("%(name)s est inscrite dans le groupe.", name=registration.name.strip()))
    return _back(group_id, "#membres")


@bp.post("/<int:group_id>/import")
@login_required
def import_members(group_id: int):
    with session_scope() as session:
        group_or_404(session, group_id, current_user, manage=True)
    upload = request.files.get("file")
    data = upload.read(MAX_CSV_BYTES + 1) if upload else b""
    if not data or len(data) > MAX_CSV_BYTES:
        flash(_("Choisissez un fichier CSV de moins de 60 Ko."))
        return _back(group_id, "#inscrire")
    report = import_women(data, local(utcnow()).date(), current_user.id, group_id=group_id,
                          may_move=current_user.is_admin)
    return render_template("groups/import.html", group_id=group_id, report=report)


@bp.post("/<int:group_id>/meetings/<int:meeting_id>")
@login_required
def edit_meeting(group_id: int, meeting_id: int):
    form = MeetingForm()
    form.validate()
    with session_scope() as session:
        group_or_404(session, group_id, current_user, manage=True)
        meeting = session.get(GroupMeeting, meeting_id)
        if meeting is None or meeting.group_id != group_id:
            return _back(group_id)
        if form.time.errors:
            flash(str(form.time.errors[0]))
            return _back(group_id, "#calendrier")
        if month_start(form.starts.date()) != meeting.month:
            flash(_("La réunion de ce mois doit rester dans ce mois."))
            return _back(group_id, "#calendrier")
        if form.topic.errors:
            flash(str(form.topic.errors[0]))
            return _back(group_id, "#calendrier")
        meeting.starts_at, meeting.place = form.starts, form.place.data
        meeting.topic_key, meeting.cancelled = form.topic.data, form.cancelled.data == "yes"
        meeting.changed_by_id, meeting.updated_at = current_user.id, utcnow()
    flash(_("Réunion enregistrée."))
    return _back(group_id, "#calendrier")


def _deliver(woman_id: int) -> None:
    from bot.conversation.tasks import enqueue_woman

    enqueue_woman(woman_id)  # the welcome (or the refusal) goes out through the worker
