"""``python -m bot.action_server``: rasa_sdk's action server (``--actions bot.intents`` by default),
refusing every action call that does not carry ACTION_SERVER_TOKEN.

rasa_sdk has no authentication of its own, and an action reads and writes the app's database (her
group, her checklist, escalations). Rasa sends the token as ``?token=…`` on each call when its
action endpoint says so: ``ACTION_ENDPOINT_URL=http://actions:5055/webhook?token=<the token>``
(docs/deploy.md). ``/health`` stays open (no data). Empty token: no check (the embedded default,
where the server listens on loopback only)."""
from __future__ import annotations

import hmac
import logging
import os
import sys

from rasa_sdk import endpoint

log = logging.getLogger(__name__)
OPEN_PATHS = ("/health",)


def _token() -> str:
    return os.environ.get("ACTION_SERVER_TOKEN", "").strip()


def require_token(app, token: str) -> None:
    from sanic import response

    @app.on_request
    async def check_token(request):
        if request.path in OPEN_PATHS:
            return None
        given = request.args.get("token") or request.headers.get("authorization", "").removeprefix("Bearer ")
        if not hmac.compare_digest(given.encode(), token.encode()):
            log.warning("action call refused: missing or wrong token")
            return response.json({"error": "unauthorized"}, status=401)
        return None


_sdk_create_app = endpoint.create_app


def create_app(*args, **kwargs):
    app = _sdk_create_app(*args, **kwargs)
    token = _token()
    if token:
        require_token(app, token)
    return app


def main() -> None:
    from rasa_sdk.__main__ import main as sdk_main

    endpoint.create_app = create_app  # rasa_sdk's run() builds its app through this name
    if "--actions" not in sys.argv and "--actions-module" not in sys.argv:
        sys.argv += ["--actions", "bot.intents"]
    sdk_main()


if __name__ == "__main__":
    main()
