"""Queue tasks for conversations.

One task per woman, under a per-woman lock: two workers never answer the same woman at
once, so her messages are answered in the order they arrived. A periodic sweep re-queues
anything left pending (queue down at arrival, worker killed mid-way), so nothing is lost.
"""
from __future__ import annotations

import logging
from datetime import timedelta

from huey import crontab
from sqlalchemy import select

from bot.conversation.rasa import RasaUnavailable
from bot.conversation.service import answer_pending, deliver_pending
from bot.db import session_scope
from bot.models import InboundMessage, OutboundMessage
from bot.models.base import utcnow
from bot.queue import huey
from bot.twilio.client import TemporaryTwilioError

log = logging.getLogger(__name__)
MAX_BACKOFF = 60


def _backoff(attempt: int) -> int:
    return min(MAX_BACKOFF, 2 ** max(0, attempt - 1))


# retries cover TaskLockedException: another worker is busy with her, try again shortly.
@huey.task(retries=30, retry_delay=1)
def answer_woman(woman_id: int, attempt: int = 1) -> None:
    with huey.lock_task(f"woman-{woman_id}"):
        try:
            answer_pending(woman_id)
            deliver_pending(woman_id)  # pushes (topic, reminders) queued with no message of hers
        except (RasaUnavailable, TemporaryTwilioError) as exc:
            delay = _backoff(attempt)
            log.warning("woman %s waits %ss: %s", woman_id, delay, exc)
            answer_woman.schedule((woman_id, attempt + 1), delay=delay)


@huey.periodic_task(crontab(minute="*"))
def sweep_pending() -> None:
    """Re-queue women whose messages wait for more than a minute without a live task."""
    cutoff = utcnow() - timedelta(minutes=1)
    with session_scope() as session:
        waiting = set(
            session.scalars(
                select(InboundMessage.woman_id).where(
                    InboundMessage.status == "pending", InboundMessage.received_at < cutoff
                )
            )
        ) | set(
            session.scalars(
                select(OutboundMessage.woman_id).where(
                    OutboundMessage.status == "pending", OutboundMessage.created_at < cutoff
                )
            )
        )
    for woman_id in waiting:
        answer_woman(woman_id)


__all__ = ["answer_woman", "sweep_pending", "deliver_pending"]
