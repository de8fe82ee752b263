"""Queue tasks of the escalation path.

The first alert is sent inline by the worker that handled her message (right after her reply:
no queue latency between her message and the midwife's phone). These tasks are the retries:
Twilio down at that moment, an escalation opened by the action server, a midwife's reply.
"""
from __future__ import annotations

import logging
from datetime import timedelta

from huey import crontab

from bot.conversation.service import deliver_pending
from bot.db import session_scope
from bot.escalation.alerts import alert_escalation, unalerted_urgent
from bot.queue import huey
from bot.twilio.client import TemporaryTwilioError

log = logging.getLogger(__name__)


@huey.task(retries=5, retry_delay=5)
def alert_midwives(escalation_id: int) -> None:
    alert_escalation(escalation_id)  # TemporaryTwilioError → Huey retries


@huey.task(retries=30, retry_delay=2)
def deliver_to_woman(woman_id: int) -> None:
    """Send what is pending for her (a midwife's reply), under the same lock as her conversation
    so it never overtakes a bot reply being sent."""
    with huey.lock_task(f"woman-{woman_id}"):
        deliver_pending(woman_id)


@huey.periodic_task(crontab(minute="*"))
def sweep_alerts() -> None:
    with session_scope() as session:
        waiting = unalerted_urgent(session, older_than=timedelta(seconds=30))
    for escalation_id in waiting:
        try:
            alert_escalation(escalation_id)
        except TemporaryTwilioError as exc:
            log.warning("escalation %s alert waits: %s", escalation_id, exc)
