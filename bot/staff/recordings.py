"""Recordings of the bot's content on the review page (issue 14): each FAQ answer, each SHARE topic,
each checklist question and the danger reply may get a recording per language, recorded in the
browser (bot/static/recorder.js) or uploaded, converted to a WhatsApp voice note
(``bot.media.convert``), then approved or rejected like the text. Only the newest approved one is
sent (``bot.content.recordings``), to the women who asked for voice messages.

The rules mirror the text review (``bot.staff.review``): midwives and admins only (a facilitator
gets 403); content is shared by every CSCom, so any midwife may review it; a recording is new
content, like a correction: a midwife's recording is approved by someone else (another midwife or an
admin), an admin's needs no second reader; Bambara is recorded and approved only by staff marked as
native speakers (``StaffMember.reads_bambara``, ``flask staff reads-bambara``)."""
from __future__ import annotations

import logging
from dataclasses import dataclass

from flask import abort, flash, redirect, render_template, url_for
from flask_babel import gettext as _
from flask_login import current_user, login_required
from sqlalchemy import select

from bot.content import checklist
from bot.content.danger import DANGER_REPLY
from bot.content.faq import FAQ, NATIVE_SPEAKER_LANGUAGES, faq_answer
from bot.content.i18n import LANGUAGES, translate
from bot.content.recordings import DANGER, checklist_key, faq_key, topic_key
from bot.content.topics import CURRICULUM
from bot.db import session_scope
from bot.extensions import csrf
from bot.media.convert import to_whatsapp_voice
from bot.media.store import MediaRejected, path_of, send as send_media, save
from bot.models import ContentRecording
from bot.models.base import utcnow
from bot.staff import bp
from bot.staff.access import reads_cases
from bot.staff.forms import RecordingDecisionForm, audio_upload_form
from bot.staff.topics import topic_label

log = logging.getLogger(__name__)

@dataclass(frozen=True)
class Content:
    key: str
    label: str
    texts: dict[str, str]  # what to read aloud, per language


def contents(session) -> list[Content]:
    """Everything that may be recorded, in page order: the danger reply first."""
    items = [Content(DANGER, _("Réponse à un signe de danger"),
                     {language: translate(language, DANGER_REPLY) for language in LANGUAGES})]
    items += [Content(checklist_key(item.key), _("Liste d'accouchement : %(q)s", q=item.ask("fr")),
                      {language: item.ask(language) for language in LANGUAGES}) for item in checklist.ITEMS]
    items += [Content(topic_key(topic.key), _("Thème SHARE : %(t)s", t=translate("fr", topic.title)),
                      {language: topic.render(language) for language in LANGUAGES}) for topic in CURRICULUM]
    items += [Content(faq_key(key), _("Réponse : %(t)s", t=topic_label(key)),
                      {language: faq_answer(key, language, session) for language in LANGUAGES}) for key in FAQ]
    return items


def _content_or_404(session, content_key: str) -> Content:
    for content in contents(session):
        if content.key == content_key:
            return content
    abort(404)


def _reads(language: str) -> bool:
    """Bambara is recorded and approved only by a native speaker, as its text is reviewed."""
    return language not in NATIVE_SPEAKER_LANGUAGES or current_user.reads_bambara


def _back(content_key: str):
    return redirect(url_for("staff.review_page", _anchor=_anchor(content_key)))


def _anchor(content_key: str) -> str:
    return "rec-" + content_key.replace(":", "-")


@bp.post("/recordings/<content_key>/<language>")
@csrf.exempt  # the form checks its token itself, after the request's size limit is raised
@login_required
@reads_cases
def upload_recording(content_key: str, language: str):
    """A recording (browser or file) becomes a draft of ``content_key`` in ``language``."""
    if language not in LANGUAGES:
        abort(404)
    if not _reads(language):
        abort(403, _("Seule une personne dont le bambara est la langue maternelle peut enregistrer le bambara."))
    with session_scope() as session:
        _content_or_404(session, content_key)
    form = audio_upload_form()  # the same upload as a voice answer on the case page
    if not form.validate_on_submit():  # the reason in one line (the recorder shows it as it is)
        abort(400, form.first_error())
    try:
        voice, seconds = to_whatsapp_voice(*form.audio_bytes())
    except MediaRejected as exc:
        abort(400, _("Enregistrement refusé : %(reason)s", reason=str(exc)))
    with session_scope() as session:
        media = save(session, voice, "audio/ogg", kind="recording", created_by_id=current_user.id,
                     duration_seconds=seconds)
        recording = ContentRecording(content_key=content_key, language=language, media_id=media.id,
                                     status="draft", recorded_by_id=current_user.id, created_at=utcnow())
        session.add(recording)
        session.flush()
        recording_id = recording.id
    log.info("recording %s of %s [%s] by staff %s (%s s)", recording_id, content_key, language,
             current_user.id, seconds)
    flash(_("Enregistrement reçu (%(s)d s) : il attend d'être approuvé.", s=seconds))
    return _back(content_key), 303


@bp.post("/recordings/<int:recording_id>/decision")
@login_required
@reads_cases
def decide_recording(recording_id: int):
    form = RecordingDecisionForm()
    if not form.validate():
        abort(400, form.first_error())
    action = form.action.data
    with session_scope() as session:
        recording = session.get(ContentRecording, recording_id)
        if recording is None:
            abort(404)
        content_key = recording.content_key
        if not _reads(recording.language):
            abort(403, _("Seule une personne dont le bambara est la langue maternelle peut approuver le bambara."))
        if recording.status != "draft":
            flash(_("Cet enregistrement a déjà été relu."))
            return _back(content_key), 303
        if action == "approve" and recording.recorded_by_id == current_user.id and not current_user.is_admin:
            abort(403, _("Une autre sage-femme ou un administrateur doit écouter votre enregistrement avant "
                         "qu'il soit envoyé."))
        recording.status = "approved" if action == "approve" else "rejected"
        recording.reviewed_by_id, recording.reviewed_at = current_user.id, utcnow()
    log.info("recording %s %s by staff %s", recording_id, action, current_user.id)
    flash(_("Enregistrement approuvé : il est envoyé aux femmes qui préfèrent les messages vocaux.")
          if action == "approve" else _("Enregistrement refusé : il ne sera pas envoyé."))
    return _back(content_key), 303


@bp.get("/recordings/<int:recording_id>/audio")
@login_required
@reads_cases
def recording_audio(recording_id: int):
    with session_scope() as session:
        recording = session.get(ContentRecording, recording_id)
        if recording is None:
            abort(404)
        target, content_type = path_of(recording.media), recording.media.content_type
    return send_media(target, content_type)


@bp.app_template_global("content_recordings")
def _content_recordings() -> list[dict]:
    """For the review page: each recordable content, per language its text, the recording sent
    now, the drafts waiting and the last rejected ones."""
    with session_scope() as session:
        rows: dict[tuple[str, str], list[ContentRecording]] = {}
        for row in session.scalars(select(ContentRecording).order_by(ContentRecording.id.desc())):
            rows.setdefault((row.content_key, row.language), []).append(row)

        def view(row: ContentRecording) -> dict:
            return {"id": row.id, "status": row.status, "seconds": row.media.duration_seconds,
                    "by": row.recorded_by.name if row.recorded_by else "", "at": row.created_at,
                    "reviewer": row.reviewed_by.name if row.reviewed_by else "", "reviewed_at": row.reviewed_at,
                    "own": row.recorded_by_id == current_user.id and not current_user.is_admin}

        items = []
        for content in contents(session):
            languages = []
            for language in LANGUAGES:
                mine = rows.get((content.key, language), [])
                approved = sorted((r for r in mine if r.status == "approved"),
                                  key=lambda r: (r.reviewed_at, r.id), reverse=True)
                languages.append({
                    "code": language, "text": content.texts[language],
                    "current": view(approved[0]) if approved else None,
                    "drafts": [view(r) for r in mine if r.status == "draft"],
                    "rejected": [view(r) for r in mine if r.status == "rejected"][:3],
                    "may": _reads(language),
                })
            items.append({"key": content.key, "anchor": _anchor(content.key), "label": content.label,
                          "languages": languages})
        return items


@bp.get("/recordings")
@login_required
@reads_cases
def recordings_page():
    """The recordings section alone (the review page includes it too): lighter on a phone."""
    return render_template("staff/recordings.html")
