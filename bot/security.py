"""HTTP hardening shared by every page: security headers (a strict CSP, no framing) and a staff
form posted after its CSRF token expired (a page left open for hours) shown again with what she
typed, instead of a bare "400 Bad Request" that loses her reply."""
from __future__ import annotations

import secrets
from urllib.parse import urlsplit

from flask import Flask, Response, g, render_template, request
from flask_babel import gettext as _
from flask_wtf.csrf import CSRFError

# The pages load only their own stylesheet and scripts; the two inline scripts carry the nonce.
# style-src allows inline styles: the broadcast pages inline their small stylesheet and a few
# elements carry style="" (no script can run from a style). media-src blob: lets a midwife listen
# to what she just recorded (bot/static/recorder.js) before she sends it.
CSP = ("default-src 'self'; script-src 'self' 'nonce-{nonce}'; style-src 'self' 'unsafe-inline'; "
       "img-src 'self' data:; media-src 'self' blob:; connect-src 'self'; font-src 'self'; "
       "object-src 'none'; base-uri 'none'; "
       "form-action 'self'; frame-ancestors 'none'")
HEADERS = {
    "X-Frame-Options": "DENY",
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "same-origin",
    # The microphone for our own pages only: the simulator's and the case page's voice recorders.
    "Permissions-Policy": "camera=(), microphone=(self), geolocation=()",
}


def csp_nonce() -> str:
    if "csp_nonce" not in g:
        g.csp_nonce = secrets.token_urlsafe(16)
    return g.csp_nonce


def _headers(response: Response) -> Response:
    response.headers.setdefault("Content-Security-Policy", CSP.format(nonce=csp_nonce()))
    for name, value in HEADERS.items():
        response.headers.setdefault(name, value)
    if request.is_secure:
        response.headers.setdefault("Strict-Transport-Security", "max-age=31536000")
    return response


def _same_origin() -> bool:
    source = request.headers.get("Origin") or request.headers.get("Referer")
    return bool(source) and urlsplit(source).netloc == request.host


def _kept_form(error: CSRFError):
    """Only for a signed-in staff member's own form (it carried a token: an old one), posted from
    one of our pages. A cross-site post carries no session (SameSite=Lax) and gets the plain 400;
    here she sees every field again and sends it herself."""
    from flask_login import current_user

    if not (request.path.startswith("/staff/") and current_user.is_authenticated
            and request.form.get("csrf_token") and _same_origin()):
        return None
    fields = [(name, value) for name, value in request.form.items(multi=True) if name != "csrf_token"]
    return render_template("security/csrf_expired.html", fields=fields, action=request.path,
                           message=_("La page était ouverte depuis trop longtemps : rien n'a été envoyé. "
                                     "Votre texte est conservé ci-dessous ; vérifiez-le puis envoyez-le à nouveau.")), 400


def init_app(app: Flask) -> None:
    app.jinja_env.globals["csp_nonce"] = csp_nonce
    app.after_request(_headers)

    @app.errorhandler(CSRFError)
    def csrf_error(error: CSRFError):
        kept = _kept_form(error)
        if kept is not None:
            return kept
        return Response(f"{error.code} {error.name}: {error.description}\n", status=error.code,
                        mimetype="text/plain")
