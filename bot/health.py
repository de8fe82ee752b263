"""Readiness: 200 only when a message could be taken now, 503 naming what is not ready.

A CSCom with nobody on duty now does not stop messages: the status is then "degraded" (still 200)
and ``degraded.duty`` names the CSComs; ``checks`` keeps its three keys."""
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


def _duty() -> dict[str, str]:
    """CSComs where no on-duty midwife can receive an urgent alert now (by name). Messages are still
    taken and answered, so this degrades the status without making the app unavailable."""
    from bot.db import session_scope
    from bot.escalation.duty import uncovered
    from bot.models.base import utcnow

    with session_scope() as session:
        return {c.cscom_name: "nobody on duty now" for c in uncovered(session, utcnow())}


@bp.get("/healthz")
def healthz():
    checks = {"database": _database(), "queue": _queue(), "rasa": rasa_ready()}
    ok = all(passed for passed, _ in checks.values())
    body = {"status": "ok" if ok else "unavailable", "checks": {k: v[1] for k, v in checks.items()}}
    if checks["database"][0]:
        try:
            gaps = _duty()
        except Exception as exc:  # a readiness probe never fails on its own report
            gaps = {"*": f"duty rota unreadable ({type(exc).__name__})"}
        if gaps:
            # 200 still (the app takes messages); "degraded" and which CSComs have nobody on duty.
            body["degraded"] = {"duty": gaps}
            if ok:
                body["status"] = "degraded"
    return jsonify(body), 200 if ok else 503
