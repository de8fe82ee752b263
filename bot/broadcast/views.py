"""Facilitator pages (/staff/broadcasts): her groups and their members, compose, preview in each
recipient language, send now or at a time, and watch each woman's copy go out.

Every group URL goes through bot.share.access (the one rule for which groups a staff member sees):
another CSCom's group answers 404. Facilitators and admins send; a midwife may look."""
from __future__ import annotations

from functools import wraps

from flask import Blueprint, abort, flash, redirect, render_template, request, url_for
from flask_babel import gettext as _
from flask_login import current_user, login_required
from sqlalchemy import func, select

from bot.broadcast import service
from bot.broadcast.errors import explain
from bot.broadcast.forms import ComposeForm
from bot.broadcast.messages import MAX_TEXT, MESSAGE_KEYS, NothingToSend, kind_of, render
from bot.broadcast.tasks import send_or_schedule
from bot.db import session_scope
from bot.models import Broadcast, BroadcastRecipient, ShareGroup, Woman
from bot.share.access import group_or_404, scoped_groups

# No static folder: its URL would sit under /staff, where every page needs a login; the small
# stylesheet is inlined (templates/broadcast/style.css).
bp = Blueprint("broadcast", __name__, url_prefix="/staff/broadcasts", template_folder="templates")
POLL_SECONDS = 2
LANGUAGES = ("fr", "bm")


def sends(view):
    @wraps(view)
    def wrapped(*args, **kwargs):
        if current_user.role not in ("facilitator", "admin"):
            abort(403, _("Seules les animatrices envoient des messages aux groupes."))
        return view(*args, **kwargs)

    return wrapped


@bp.app_template_filter("masked")
def masked(phone: str) -> str:
    """A number is personal data: the pages show its last two digits only."""
    digits = "".join(c for c in phone if c.isdigit())
    return "•• " + digits[-2:] if digits else "—"


@bp.app_template_global("explain_error")
def _explain(code):
    return explain(code)


@bp.get("")
@login_required
def index():
    with session_scope() as session:
        groups = session.scalars(scoped_groups(current_user).where(ShareGroup.active.is_(True))
                                 .order_by(ShareGroup.name)).all()
        ids = [g.id for g in groups]
        sizes = dict(session.execute(select(Woman.group_id, func.count()).where(Woman.group_id.in_(ids))
                                     .group_by(Woman.group_id)).all())
        recent = session.scalars(select(Broadcast).where(Broadcast.group_id.in_(ids))
                                 .order_by(Broadcast.id.desc()).limit(20)).all()
        return render_template("broadcast/index.html", groups=groups, sizes=sizes, recent=recent)


@bp.get("/groups/<int:group_id>")
@login_required
def group_page(group_id: int):
    with session_scope() as session:
        group = group_or_404(session, group_id, current_user)
        return render_template("broadcast/group.html", group=group, members=service.plan(session, group_id, "meeting_reminder"),
                               keys=MESSAGE_KEYS, max_text=MAX_TEXT, form=request.args)


def _compose():
    """The form's message and time, or NothingToSend with a French reason why not."""
    return ComposeForm().compose()


@bp.post("/groups/<int:group_id>/preview")
@login_required
@sends
def preview(group_id: int):
    with session_scope() as session:
        group = group_or_404(session, group_id, current_user, manage=True)
        form = ComposeForm()
        try:
            key, text, at = form.compose()
            previews = {lang: render(session, group, key, text, lang) for lang in LANGUAGES}
        except NothingToSend as exc:
            flash(str(exc))
            return redirect(url_for("broadcast.group_page", group_id=group_id))
        members = service.plan(session, group_id, kind_of(key))
        routes: dict[str, int] = {}
        for planned in members:
            routes[planned.route] = routes.get(planned.route, 0) + 1
        return render_template("broadcast/preview.html", group=group, key=key, text=text, at=at,
                               raw_at=(form.at.raw_data or [""])[0], previews=previews, members=members,
                               routes=routes, label=MESSAGE_KEYS[key].label if key else None)


@bp.post("/groups/<int:group_id>/send")
@login_required
@sends
def send(group_id: int):
    with session_scope() as session:
        group_or_404(session, group_id, current_user, manage=True)
    try:
        key, text, at = _compose()
        broadcast_id = service.create_broadcast(group_id, message_key=key, text=text, at=at,
                                                created_by_id=current_user.id, origin="page")
    except NothingToSend as exc:
        flash(str(exc))
        return redirect(url_for("broadcast.group_page", group_id=group_id))
    except service.DuplicateBroadcast as exc:  # a double tap or a second tab: sent once
        flash(_("Ce message est déjà demandé : il n'est pas envoyé une deuxième fois."))
        return redirect(url_for("broadcast.broadcast_page", broadcast_id=exc.broadcast_id))
    send_or_schedule(broadcast_id)
    flash(_("Message programmé.") if at else _("Envoi en cours."))
    return redirect(url_for("broadcast.broadcast_page", broadcast_id=broadcast_id))


def _broadcast_or_404(session, broadcast_id: int) -> Broadcast:
    broadcast = session.get(Broadcast, broadcast_id)
    if broadcast is None:
        abort(404)
    group_or_404(session, broadcast.group_id, current_user)
    return broadcast


@bp.get("/<int:broadcast_id>")
@login_required
def broadcast_page(broadcast_id: int):
    with session_scope() as session:
        broadcast = _broadcast_or_404(session, broadcast_id)
        rows = session.execute(select(BroadcastRecipient, Woman).join(Woman)
                               .where(BroadcastRecipient.broadcast_id == broadcast_id)
                               .order_by(Woman.name, Woman.id)).all()
        context = dict(broadcast=broadcast, rows=rows, progress=service.progress(broadcast_id),
                       poll=POLL_SECONDS, label=MESSAGE_KEYS[broadcast.message_key].label
                       if broadcast.message_key else None)
        template = "broadcast/progress.html" if request.args.get("part") == "progress" else "broadcast/broadcast.html"
        return render_template(template, **context)


@bp.post("/<int:broadcast_id>/cancel")
@login_required
@sends
def cancel(broadcast_id: int):
    with session_scope() as session:
        _broadcast_or_404(session, broadcast_id)
    if service.cancel(broadcast_id):
        flash(_("Envoi programmé annulé."))
    else:
        flash(_("Trop tard : l'envoi a déjà commencé."))
    return redirect(url_for("broadcast.broadcast_page", broadcast_id=broadcast_id))
