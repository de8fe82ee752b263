"""Readiness: 200 only when a message could be taken now, 503 naming what is not ready."""
from __future__ import annotations

from flask import Blueprint, jsonify
from sqlalchemy import text

from bot.conversation.rasa import rasa_ready
from bot.db import get_engine
from bot.queue import huey

bp = Blueprint("health", __name__)


def _database() -> tuple[bool, str]:
    try:
        with get_engine().connect() as connection:
            connection.execute(text("SELECT 1"))
    except Exception as exc:  # any driver error means "not ready"
        return False, f"database unreachable ({type(exc).__name__})"
    return True, "ok"


def _queue() -> tuple[bool, str]:
    try:
        huey.pending_count()
    except Exception as exc:
        return False, f"queue unreachable ({type(exc).__name__})"
    return True, "ok"


@bp.get("/healthz")
def healthz():
    checks = {"database": _database(), "queue": _queue(), "rasa": rasa_ready()}
    ok = all(passed for passed, _ in checks.values())
    body = {"status": "ok" if ok else "unavailable", "checks": {k: v[1] for k, v in checks.items()}}
    return jsonify(body), 200 if ok else 503
