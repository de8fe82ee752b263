"""Queue tasks of the escalation path.

The first alert is sent inline by the worker that handled her message (right after her reply:
no queue latency between her message and the midwife's phone). These tasks are the retries:
Twilio down at that moment, an escalation opened by the action server, a midwife's reply.
"""
from __future__ import annotations

import logging
from datetime import datetime, timedelta

from huey import crontab
from huey.exceptions import RetryTask

from bot import leases
from bot.conversation.service import deliver_pending
from bot.db import session_scope
from bot.escalation.alerts import alert_escalation, due_alerts
from bot.models.base import utcnow
from bot.queue import huey

log = logging.getLogger(__name__)


@huey.task(retries=5, retry_delay=5)
def alert_midwives(escalation_id: int) -> None:
    alert_escalation(escalation_id, utcnow())  # a failed send moves up the ladder; the sweep retries


@huey.task(retries=30, retry_delay=2)
def deliver_to_woman(woman_id: int) -> None:
    """Send what is pending for her (a midwife's reply), under the same lease as her conversation
    so it never overtakes a bot reply being sent."""
    from bot.conversation.tasks import TURN_SECONDS, turn_name

    try:
        with leases.held(turn_name(woman_id), TURN_SECONDS):
            deliver_pending(woman_id)
    except leases.Busy:
        raise RetryTask(delay=1) from None  # her conversation is being answered: right after it


@huey.task(retries=10, retry_delay=3)
def deliver_staff_message(message_id: int) -> None:
    """The bot's answer to a staff member's WhatsApp message (OK, duty keywords)."""
    from bot.escalation.staff_messages import send_staff_message

    send_staff_message(message_id)


def climb_ladders(now: datetime) -> int:
    """Every urgent case whose next ladder step is due at ``now`` takes it. Returns how many
    alerts reached someone."""
    with session_scope() as session:
        waiting = due_alerts(session, now, first_after=timedelta(seconds=30))
    reached = 0
    for escalation_id in waiting:
        try:
            reached += alert_escalation(escalation_id, now)
        except Exception:  # one case's trouble must not stop the others' ladders
            log.exception("escalation %s: ladder step failed", escalation_id)
    return reached


@huey.periodic_task(crontab(minute="*"))
def sweep_alerts() -> None:
    """The alert ladder's clock: each minute, the steps that have come due."""
    climb_ladders(utcnow())
