"""Content review: a midwife reads each FAQ answer in French and Bambara and approves it as it is
or corrects it. Every decision is a new ``content_reviews`` row (name and date); the newest counts,
and a correction is what the bot sends from then on (``bot.content.faq.faq_answer``)."""
from __future__ import annotations

import logging

from flask import abort, flash, redirect, render_template, url_for
from flask_babel import gettext as _
from flask_login import current_user, login_required
from sqlalchemy import select

from bot.content.faq import (FAQ, MIDWIFE_SENTENCE, NATIVE_SPEAKER_LANGUAGES, all_reviews, current_review,
                             max_body_chars)
from bot.staff.forms import ReviewForm
from bot.config import get_settings
from bot.content.i18n import LANGUAGES, translate
from bot.db import session_scope
from bot.models import ContentReview
from bot.models.base import utcnow
from bot.staff import bp
from bot.staff.access import reads_cases
from bot.staff.topics import topic_label

log = logging.getLogger(__name__)


def _page(session, errors: dict | None = None, typed: dict | None = None, status: int = 200):
    reviews = all_reviews(session)
    history: dict[str, list[ContentReview]] = {key: [] for key in FAQ}
    for row in session.scalars(select(ContentReview).where(ContentReview.content_kind == "faq")
                               .order_by(ContentReview.reviewed_at.desc(), ContentReview.id.desc())):
        if row.content_key in history:
            history[row.content_key].append(row)
    answers = [{
        "key": key, "label": topic_label(key), "source": answer.source,
        "languages": [{
            "code": language, "review": reviews[(key, language)],
            "catalog": answer.catalog_text(language),
            "closing": translate(language, MIDWIFE_SENTENCE),
            "max": max_body_chars(language),
        } for language in LANGUAGES],
        "history": history[key],
        # French corrected after the Bambara was last read: the two may no longer say the same.
        "bm_behind": _bm_behind(reviews[(key, "fr")], reviews[(key, "bm")]),
    } for key, answer in FAQ.items()]
    done = {language: sum(reviews[(key, language)].status != "draft" for key in FAQ) for language in LANGUAGES}
    return render_template("staff/review.html", answers=answers, done=done, total=len(FAQ),
                           errors=errors or {}, typed=typed or {},
                           send_drafts=get_settings().content_send_drafts), status


def _bm_behind(fr, bm) -> bool:
    if fr.status != "corrected":
        return False
    return bm.reviewed_at is None or bm.reviewed_at < fr.reviewed_at


@bp.get("/review")
@login_required
@reads_cases
def review_page():
    with session_scope() as session:
        return _page(session)


@bp.post("/review/<key>/<language>")
@login_required
@reads_cases
def review_answer(key: str, language: str):
    if key not in FAQ or language not in LANGUAGES:
        abort(404)
    form = ReviewForm(language)
    form.validate()
    if form.action.errors:
        abort(400, str(form.action.errors[0]))
    action = form.action.data
    if language in NATIVE_SPEAKER_LANGUAGES and not current_user.reads_bambara:
        abort(403, _("Seule une personne dont le bambara est la langue maternelle peut approuver ou corriger "
                     "le bambara (un administrateur l'indique avec « flask staff reads-bambara »)."))
    text = form.cleaned_text()
    answer = FAQ[key]
    with session_scope() as session:
        current = current_review(session, key, language)
        catalog = answer.catalog_text(language)
        second_reading = action == "approve" and current.proposal is not None and text == current.proposal
        if second_reading and current.proposed_by_id == current_user.id:
            abort(403, _("Une autre sage-femme ou un administrateur doit relire votre correction avant "
                         "qu'elle soit envoyée."))
        unseen = current.proposal is not None and form.seen_proposal.data != current.proposal
        if action == "approve" and not second_reading and (text != current.body or unseen):
            # Someone corrected (or proposed a correction) meanwhile, or the catalog changed: she must
            # read the new text. Approving the current text with the proposal in view sets it aside.
            flash(_("Le texte a changé depuis l'ouverture de la page : relisez-le avant d'approuver."))
            return redirect(url_for("staff.review_page", _anchor=f"faq-{key}"))
        error = form.text_error()
        if error:
            return _page(session, {(key, language): error}, {(key, language): text}, status=400)
        status = review_status(action, text, catalog, current.body, current_user.is_admin)
        session.add(ContentReview(content_kind="faq", content_key=key, language=language, status=status,
                                  text=text, reviewer_id=current_user.id, reviewed_at=utcnow()))
    log.info("faq %s [%s] %s by staff %s", key, language, status, current_user.id)
    what = {"approved": _("approuvé"), "corrected": _("correction enregistrée ; le bot l'envoie désormais"),
            "proposed": _("correction proposée ; elle sera envoyée quand une autre sage-femme ou un "
                          "administrateur l'aura approuvée")}[status]
    flash(_("« %(topic)s » (%(language)s) : %(what)s.", topic=topic_label(key), language=_language(language),
            what=what))
    return redirect(url_for("staff.review_page", _anchor=f"faq-{key}"))


def review_status(action: str, text: str, catalog: str, current: str, by_admin: bool) -> str:
    """approved (the catalog text), corrected (sent from now on), or proposed: a midwife's new
    correction is sent only once a second reader (an admin or another midwife) approves it;
    an admin's correction, or approving a text already corrected or proposed, needs no second reading."""
    if text == catalog:
        return "approved"
    if action == "correct" and text != current and not by_admin:
        return "proposed"
    return "corrected"


def _language(code: str) -> str:
    return _("français") if code == "fr" else _("bambara")


@bp.app_template_filter("day")
def _day(moment) -> str:
    return moment.strftime("%d/%m/%Y") if moment else ""


@bp.app_template_filter("when")
def _when(moment) -> str:
    return moment.strftime("%d/%m/%Y %H:%M") if moment else ""
