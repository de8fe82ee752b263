"""The midwives' inbox and case page: read, claim, reply (to the woman's WhatsApp), note, resolve."""
from __future__ import annotations

import logging

from flask import abort, flash, redirect, render_template, url_for
from flask_babel import gettext as _
from flask_login import current_user, login_required
from sqlalchemy import case, select, update
from werkzeug.exceptions import RequestEntityTooLarge

from bot.config import get_settings
from bot.db import session_scope
from bot.escalation.alerts import WINDOW, acknowledge
from bot.escalation.service import (CannotReply, DuplicateReply, answer_deliveries, recent_context,
                                    reply_to_escalation)
from bot.extensions import csrf
from bot.media import store as media_store
from bot.media.convert import to_whatsapp_voice
from bot.media.store import MediaRejected
from bot.models import CaseEvent, Cscom, Escalation, MediaFile, OutboundMessage, ShareGroup, StaffAlert, Woman
from bot.models.base import utcnow
from bot.postnatal.stage import staff_stage
from bot.share.calendar import local
from bot.share.pregnancy import gestational_weeks, pregnancy_month
from bot.staff import bp
from bot.staff.access import case_or_404, reads_cases, scoped
from bot.staff.forms import MAX_TEXT, AttachCscomForm, NoteForm, ReplyForm, audio_upload_form
from bot.staff.timers import timer
from bot.twilio.templates import template_sid, within_window

log = logging.getLogger(__name__)
CONVERSATION_MESSAGES = 12


@bp.get("/cases")
@login_required
def inbox():
    """Urgent first, then voice notes and photos (nobody else can hear or see them), then the
    oldest: the case most at risk is always at the top."""
    from bot.conversation.media_message import MEDIA_REASONS

    with session_scope() as session:
        query = scoped(select(Escalation).where(Escalation.status != "resolved"), current_user)
        rows = session.scalars(query.order_by(
            case((Escalation.urgency == "urgent", 0), (Escalation.reason.in_(MEDIA_REASONS), 1), else_=2),
            Escalation.created_at, Escalation.id
        )).all()
        now = utcnow()
        cases = [{"escalation": e, "timer": timer(e, now),
                  "cscom": e.cscom.name if e.cscom else None,
                  "claimed_by": e.claimed_by.name if e.claimed_by else None} for e in rows]
        return render_template("staff/cases.html", cases=cases)


@bp.get("/cases/<int:escalation_id>")
@login_required
def case_page(escalation_id: int):
    with session_scope() as session:
        escalation = case_or_404(session, escalation_id)
        if escalation.urgency == "urgent" and escalation.status != "resolved" and current_user.role == "midwife":
            # A midwife has it in front of her: acknowledged. An admin browsing presses the button.
            acknowledge(session, escalation, current_user.id, "opened", utcnow())
            session.flush()
        woman = escalation.woman
        events = session.scalars(select(CaseEvent).where(CaseEvent.escalation_id == escalation_id)
                                 .order_by(CaseEvent.id)).all()
        delivery = answer_deliveries(session, woman.id, [e.outbound_id for e in events if e.outbound_id])
        outside_window = woman.last_inbound_at is None or utcnow() - woman.last_inbound_at > WINDOW
        return render_template(
            "staff/case.html", escalation=escalation, woman=woman, timer=timer(escalation),
            conversation=recent_context(session, woman.id, CONVERSATION_MESSAGES),
            events=events, delivery=delivery, outside_window=outside_window, max_text=MAX_TEXT,
            has_template=template_sid("midwife_reply", woman.reply_language) is not None,
            pregnancy=_pregnancy(woman) if woman.stage == "pregnant" else None,
            stage=staff_stage(woman, local(utcnow()).date()), group=session.get(ShareGroup, woman.group_id) if woman.group_id else None,
            alerts=session.scalars(select(StaffAlert).where(StaffAlert.escalation_id == escalation_id)
                                   .order_by(StaffAlert.id)).all(),
            cscoms=session.scalars(select(Cscom).order_by(Cscom.name)).all() if escalation.cscom_id is None else [])


def _pregnancy(woman: Woman) -> dict | None:
    today = utcnow().date()
    month = pregnancy_month(woman.due_date, today)
    if month is None:
        return None
    return {"month": month, "weeks": gestational_weeks(woman.due_date, today),
            "due_date": woman.due_date, "estimated": woman.due_date_estimated}


@bp.get("/escalations/<int:escalation_id>")
@login_required
def alert_link(escalation_id: int):
    """The link in the midwife's WhatsApp alert (bot.escalation.alerts.case_url)."""
    return redirect(url_for("staff.case_page", escalation_id=escalation_id))


def _back(escalation_id: int):
    return redirect(url_for("staff.case_page", escalation_id=escalation_id))


@bp.post("/cases/<int:escalation_id>/claim")
@login_required
@reads_cases
def claim(escalation_id: int):
    with session_scope() as session:
        escalation = case_or_404(session, escalation_id)
        if escalation.claimed_by_id not in (None, current_user.id):
            flash(_("Ce cas est déjà pris par %(name)s.", name=escalation.claimed_by.name))
            return _back(escalation_id)
        if escalation.claimed_by_id is None:
            # Only the tap that finds the case unclaimed, in the database, claims it (two tabs or a
            # double tap at once: one claim, one event).
            now = utcnow()
            won = session.execute(update(Escalation).where(
                Escalation.id == escalation_id, Escalation.claimed_by_id.is_(None)).values(
                claimed_by_id=current_user.id, claimed_at=now,
                status=case((Escalation.status == "open", "claimed"), else_=Escalation.status))).rowcount == 1
            session.refresh(escalation)
            if won:
                session.add(CaseEvent(escalation_id=escalation_id, staff_id=current_user.id, kind="claim", at=now))
                acknowledge(session, escalation, current_user.id, "claim", now)
    log.info("escalation %s claimed by staff %s", escalation_id, current_user.id)
    return _back(escalation_id)


@bp.post("/cases/<int:escalation_id>/reply")
@login_required
@reads_cases
def reply(escalation_id: int):
    form = ReplyForm()
    with session_scope() as session:
        case_or_404(session, escalation_id)
    if not form.validate():
        flash(form.first_error())
        return _back(escalation_id)
    text = form.text.data
    try:  # the reply, its case event and the acknowledgement: one transaction
        reply_to_escalation(escalation_id, text, current_user.id)
    except DuplicateReply:
        flash(_("Cette réponse est déjà partie : elle n'est pas envoyée une deuxième fois."))
        return _back(escalation_id)
    except CannotReply:
        flash(_("Réponse impossible : le cas est clos ou la femme a demandé à ne plus recevoir de messages."))
        return _back(escalation_id)
    _flash_sent(escalation_id)
    return _back(escalation_id)


def _flash_sent(escalation_id: int) -> None:
    with session_scope() as session:
        escalation = session.get(Escalation, escalation_id)
        woman = escalation.woman
        in_window = within_window(woman.last_inbound_at)
    if in_window:
        flash(_("Réponse envoyée dans sa conversation WhatsApp."))
    else:
        flash(_("Réponse enregistrée. Son dernier message date de plus de 24 h : elle lira votre réponse "
                "quand elle écrira (voir le suivi ci-dessous)."))


# --- "Répondre par un message vocal": recorded in the page (bot/static/recorder.js) or a file ---

@bp.post("/cases/<int:escalation_id>/reply/voice")
@csrf.exempt  # AudioUploadForm checks the token itself, after raising the request's size limit
@login_required
@reads_cases
def voice_reply(escalation_id: int):
    """Convert the recording into a WhatsApp voice note and send it as her midwife's answer, with
    the text reply's rules (bot.escalation.service.reply_to_escalation): a double tap sends once,
    a closed case or a STOP refuses. A bad file: 4xx with the reason (the recorder shows it)."""
    with session_scope() as session:
        case_or_404(session, escalation_id)
    try:
        form = audio_upload_form()
        valid = form.validate_on_submit()
    except RequestEntityTooLarge:
        abort(413, _("Fichier trop lourd (%(mb)d Mo au plus).", mb=get_settings().media_max_bytes // (1024 * 1024)))
    if not valid:
        abort(400, form.first_error())
    data, content_type = form.audio_bytes()
    try:
        voice, seconds = to_whatsapp_voice(data, content_type)
    except MediaRejected as exc:
        abort(422, _("Message vocal refusé : %(reason)s", reason=str(exc)))
    label = _("Message vocal (%(duration)s)", duration=f"{seconds // 60}:{seconds % 60:02d}")
    try:
        reply_to_escalation(escalation_id, label, current_user.id, voice=(voice, seconds))
    except DuplicateReply:
        flash(_("Ce message vocal est déjà parti : il n'est pas envoyé une deuxième fois."))
        return redirect(url_for("staff.case_page", escalation_id=escalation_id), 303)
    except CannotReply:
        flash(_("Réponse impossible : le cas est clos ou la femme a demandé à ne plus recevoir de messages."))
        return redirect(url_for("staff.case_page", escalation_id=escalation_id), 303)
    log.info("escalation %s: voice reply of %s s by staff %s", escalation_id, seconds, current_user.id)
    _flash_sent(escalation_id)
    return redirect(url_for("staff.case_page", escalation_id=escalation_id), 303)


@bp.get("/cases/<int:escalation_id>/replies/<int:media_id>")
@login_required
def reply_audio(escalation_id: int, media_id: int):
    """A midwife's recorded answer on this case, for the case page's player (staff who may open
    the case only; the link sent to Twilio is bot.media.urls's signed one)."""
    with session_scope() as session:
        case_or_404(session, escalation_id)
        media = session.get(MediaFile, media_id)
        if media is None or media.escalation_id != escalation_id or media.kind != "reply":
            abort(404)
        target, content_type = media_store.path_of(media), media.content_type
    return media_store.send(target, content_type)


@bp.app_template_global("voice_replies")
def _voice_replies(escalation_id: int) -> dict[int, dict]:
    """For the case page's history: each voice answer's outbound id → its player URL and length."""
    with session_scope() as session:
        rows = session.execute(select(OutboundMessage.id, MediaFile.id, MediaFile.duration_seconds, MediaFile.path)
                               .join(MediaFile, MediaFile.id == OutboundMessage.media_id)
                               .where(MediaFile.escalation_id == escalation_id, MediaFile.kind == "reply")).all()
    return {outbound_id: {"url": url_for("staff.reply_audio", escalation_id=escalation_id, media_id=media_id)
                          if path else None, "seconds": seconds}
            for outbound_id, media_id, seconds, path in rows}


@bp.post("/cases/<int:escalation_id>/acknowledge")
@login_required
@reads_cases
def acknowledge_case(escalation_id: int):
    """"J'ai vu l'alerte": the ladder stops (opening the page does it too; the button says it)."""
    with session_scope() as session:
        escalation = case_or_404(session, escalation_id)
        acknowledge(session, escalation, current_user.id, "button", utcnow())
    return _back(escalation_id)


@bp.post("/cases/<int:escalation_id>/cscom")
@login_required
@reads_cases
def attach_cscom(escalation_id: int):
    """A case whose CSCom was not known goes to the CSCom a midwife chooses (and so does the woman)."""
    form = AttachCscomForm()
    with session_scope() as session:
        escalation = case_or_404(session, escalation_id)
        if not form.validate():
            abort(400, form.first_error())
        cscom_id = form.cscom_id.data
        cscom = session.get(Cscom, cscom_id)
        if cscom is None or escalation.cscom_id is not None:
            abort(400, _("Choisissez un CSCom."))
        escalation.cscom_id = cscom.id
        if escalation.woman.cscom_id is None:
            escalation.woman.cscom_id = cscom.id
        session.add(CaseEvent(escalation_id=escalation_id, staff_id=current_user.id, kind="attach", body=cscom.name))
    log.info("escalation %s attached to CSCom %s by staff %s", escalation_id, cscom_id, current_user.id)
    flash(_("Cas rattaché au CSCom %(name)s.", name=cscom.name))
    return _back(escalation_id)


@bp.post("/cases/<int:escalation_id>/note")
@login_required
@reads_cases
def note(escalation_id: int):
    form = NoteForm()
    with session_scope() as session:
        case_or_404(session, escalation_id)
        if not form.validate():
            flash(form.first_error())
            return _back(escalation_id)
        session.add(CaseEvent(escalation_id=escalation_id, staff_id=current_user.id, kind="note",
                              body=form.text.data))
    return _back(escalation_id)


@bp.post("/cases/<int:escalation_id>/resolve")
@login_required
@reads_cases
def resolve(escalation_id: int):
    with session_scope() as session:
        escalation = case_or_404(session, escalation_id)
        if escalation.status == "resolved":
            abort(409, _("Ce cas est déjà résolu."))
        escalation.status, escalation.resolved_at = "resolved", utcnow()
        escalation.next_alert_at = None
        if escalation.claimed_by_id is None:
            escalation.claimed_by_id, escalation.claimed_at = current_user.id, utcnow()
        session.add(CaseEvent(escalation_id=escalation_id, staff_id=current_user.id, kind="resolve"))
    log.info("escalation %s resolved by staff %s", escalation_id, current_user.id)
    flash(_("Cas résolu."))
    return redirect(url_for("staff.inbox"))


@bp.app_template_global("duration")
def _duration(minutes: int) -> str:
    from bot.staff.timers import duration

    return duration(minutes)


@bp.app_template_filter("hm")
def _hour_minute(moment) -> str:
    # Bamako is on UTC all year (no daylight saving): stored UTC is local time.
    return moment.strftime("%d/%m %H:%M") if moment else ""
