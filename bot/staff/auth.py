"""Sign-in and sign-out. Failed sign-ins are throttled per client address: ten in 15 minutes,
then 429 until the window passes (a correct password does not count against it)."""
from __future__ import annotations

import logging

from flask import flash, redirect, render_template, request, session, url_for
from flask_babel import gettext as _
from flask_login import current_user, login_required, login_user, logout_user

from bot.extensions import limiter
from bot.staff import bp
from bot.staff.forms import LoginForm
from bot.staff.users import authenticate

log = logging.getLogger(__name__)
LOGIN_LIMIT = "10 per 15 minutes"


def _failed(response) -> bool:
    return response.status_code == 401


def _safe_next(target: str | None) -> str:
    # Only a path inside the staff pages: never an open redirect to another site.
    if target and target.startswith(("/staff/", "/simulator/")) and not target.startswith("//"):
        return target
    return url_for("staff.inbox")


@bp.route("/login", methods=["GET", "POST"])
@limiter.limit(LOGIN_LIMIT, methods=["POST"], deduct_when=_failed)
def login():
    if current_user.is_authenticated:
        return redirect(url_for("staff.inbox"))
    form = LoginForm()
    if request.method == "POST":
        # A name or password missing or absurdly long is a failed sign-in like any other (same
        # message, same 401, counted by the limiter).
        user = authenticate(form.username.data, form.password.data) if form.validate() else None
        if user is not None:
            session.clear()  # a fresh session on sign-in (no fixation)
            login_user(user)
            log.info("staff %s signed in", user.id)
            return redirect(_safe_next(request.args.get("next")))
        log.info("failed staff sign-in")  # neither the name typed nor the address: not needed
        return render_template("staff/login.html", error=_("Identifiant ou mot de passe incorrect.")), 401
    return render_template("staff/login.html", error=None)


@bp.post("/logout")
@login_required
def logout():
    logout_user()
    session.clear()
    flash(_("Déconnexion effectuée."))
    return redirect(url_for("staff.login"))


@bp.get("/")
@login_required
def home():
    return redirect(url_for("staff.inbox"))
