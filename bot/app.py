"""The application factory: ``create_app()`` builds the Flask app for the webhook and staff pages."""
from __future__ import annotations

import os

from flask import Flask, Response
from flask_babel import get_locale
from werkzeug.exceptions import HTTPException

from bot.config import get_settings
from bot.content.i18n import TRANSLATIONS_DIR
from bot.extensions import babel, csrf, limiter, login_manager
from bot.logs import configure_logging

MAX_REQUEST_BYTES = 64 * 1024  # Twilio's posts are a few KB; anything bigger is refused early


def create_app(test_config: dict | None = None) -> Flask:
    settings = get_settings()
    configure_logging()
    app = Flask(__name__, instance_path=str(settings.instance_dir))
    app.config.from_mapping(
        SECRET_KEY=settings.secret_key,
        MAX_CONTENT_LENGTH=MAX_REQUEST_BYTES,
        BABEL_DEFAULT_LOCALE="fr",
        BABEL_TRANSLATION_DIRECTORIES=str(TRANSLATIONS_DIR),
        SESSION_COOKIE_HTTPONLY=True,
        SESSION_COOKIE_SAMESITE="Lax",
        SESSION_COOKIE_SECURE=settings.public_base_url.startswith("https://"),
        SIMULATOR_ENABLED=settings.simulator_enabled,
        SIMULATOR_OPEN=settings.simulator_open,  # False: staff sign-in required
        SIMULATOR_RATE_LIMIT=settings.simulator_rate_limit,
    )
    app.config["TRUSTED_PROXIES"] = settings.trusted_proxies
    if test_config:
        app.config.update(test_config)
    if app.config["TRUSTED_PROXIES"]:
        # Behind nginx/Caddy every request comes from the proxy: take the client's address (the
        # sign-in and simulator limits count per client) and scheme from the last N proxies only.
        from werkzeug.middleware.proxy_fix import ProxyFix

        hops = int(app.config["TRUSTED_PROXIES"])
        app.wsgi_app = ProxyFix(app.wsgi_app, x_for=hops, x_proto=hops)

    babel.init_app(app, locale_selector=lambda: "fr")  # the staff interface is French
    app.jinja_env.globals["get_locale"] = get_locale
    csrf.init_app(app)
    from bot import security

    security.init_app(app)  # CSP and other headers; a staff form with an expired token shown again
    # Failed staff sign-ins are counted in Redis when there is one (shared by gunicorn's workers).
    app.config.setdefault("RATELIMIT_STORAGE_URI", os.environ.get("RATELIMIT_STORAGE_URI", "").strip()
                          or settings.redis_url or "memory://")
    limiter.init_app(app)
    _init_login(app)

    from bot import health
    from bot.twilio import webhook

    app.register_blueprint(health.bp)
    app.register_blueprint(webhook.bp)
    csrf.exempt(webhook.bp)  # Twilio signs its posts; it cannot carry our CSRF token
    from bot import staff

    app.register_blueprint(staff.bp)
    from bot.broadcast.views import bp as broadcast_bp

    app.register_blueprint(broadcast_bp)
    from bot.share import views as share_views

    app.register_blueprint(share_views.bp)
    from bot.media import urls as media_urls

    app.register_blueprint(media_urls.bp)  # public, signed links: Twilio fetches a voice reply here
    if app.config["SIMULATOR_ENABLED"]:
        from bot.simulator import views as simulator

        app.register_blueprint(simulator.bp)

    from bot.cli import register_cli

    register_cli(app)

    @app.errorhandler(HTTPException)
    def plain_error(exc: HTTPException) -> Response:
        # A client (Twilio, a script, the simulator) gets the reason in one readable line.
        return Response(f"{exc.code} {exc.name}: {exc.description}\n", status=exc.code,
                        mimetype="text/plain")

    @app.get("/")
    def index():
        from flask import redirect, url_for

        return redirect(url_for("simulator.page" if app.config["SIMULATOR_ENABLED"] else "health.healthz"))

    return app


def _init_login(app: Flask) -> None:
    from flask_babel import lazy_gettext

    from bot.staff.users import load_user

    login_manager.init_app(app)
    login_manager.login_view = "staff.login"
    login_manager.login_message = lazy_gettext("Connectez-vous pour voir cette page.")
    login_manager.user_loader(load_user)
