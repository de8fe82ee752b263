"""Queue tasks for conversations.

One turn per woman at a time, under a lease in the app database (``bot.leases``): two workers never
answer the same woman at once, so her messages are answered in the order they arrived, and a
worker killed mid-turn holds her for at most ``TURN_SECONDS`` (at once freed when a worker starts).

At most one task per woman waits in the queue: a "queued" lease marks it. An outage (Rasa down,
Twilio 5xx) is retried by Huey with back-off, and that one task stays her live task meanwhile; the
periodic sweep only re-queues women with pending messages and no live task (queue down at
arrival, a task lost with its worker), so retries never multiply.
"""
from __future__ import annotations

import logging
import uuid
from datetime import datetime, timedelta

from huey import crontab
from huey.exceptions import RetryTask
from sqlalchemy import select

from bot import leases
from bot.conversation.rasa import RasaUnavailable
from bot.conversation.service import answer_pending, awaiting_triage, deliver_pending, set_aside_if_failing
from bot.db import session_scope
from bot.models import InboundMessage, OutboundMessage
from bot.models.base import utcnow
from bot.queue import huey, urgent_huey
from bot.twilio.client import TemporaryTwilioError

log = logging.getLogger(__name__)

#: Longer than one turn (Rasa's timeout, her sends); renewed before each of her messages.
TURN_SECONDS = 120
#: How long a queued task counts as her live task without starting; each retry extends it past
#: its own delay. A worker that starts drops every marker (a task its dead predecessor held is
#: lost, and a duplicate task is harmless: the turn lease serialises them).
QUEUED_SECONDS = 120


def turn_name(woman_id: int) -> str:
    return f"woman-{woman_id}"


def queued_name(woman_id: int) -> str:
    return f"queued-woman-{woman_id}"


def enqueue_woman(woman_id: int, urgent_message: int | None = None) -> bool:
    """Queue her turn unless one is already waiting. A danger sign (``urgent_message``, read on
    arrival) also gets its own task in the urgent lane: her reply and the midwife's alert must not
    wait behind the backlog, nor behind her own older messages."""
    if urgent_message is not None:
        answer_danger(woman_id, urgent_message)
    fresh = leases.acquire(queued_name(woman_id), f"queue:{uuid.uuid4().hex}", QUEUED_SECONDS)
    try:
        if fresh:
            answer_woman(woman_id)
    except Exception:
        leases.release_name(queued_name(woman_id))  # nothing was queued: the sweep must take her
        raise
    return fresh or urgent_message is not None


def _keep_queued(woman_id: int, delay: float) -> None:
    leases.extend(queued_name(woman_id), delay + QUEUED_SECONDS)


def forget_queued_tasks() -> int:
    """At a worker's start: tasks a killed worker had taken are gone with it; their markers must
    not keep her next message from being queued."""
    return leases.release_prefix("queued-woman-")


# Outages use Huey's retries with back-off (1, 2, 4 … 32 s, ~1 min); then the sweep, each minute,
# gives her one new task: never more than a minute between tries once Rasa is back.
@huey.task(retries=6, retry_delay=1, retry_backoff=2, context=True)
def answer_woman(woman_id: int, task=None) -> None:
    holder = leases.holder_id()
    name = turn_name(woman_id)
    if not leases.acquire(name, holder, TURN_SECONDS):
        _keep_queued(woman_id, 1)
        raise RetryTask(delay=1)  # another worker is with her: try again shortly (costs no retry)
    # From here on, a message stored now queues its own task (read after her last message).
    leases.release_name(queued_name(woman_id))
    try:
        answer_pending(woman_id, renew=lambda: leases.acquire(name, holder, TURN_SECONDS))
        deliver_pending(woman_id)  # pushes (topic, reminders) queued with no message of hers
    except (RasaUnavailable, TemporaryTwilioError) as exc:
        retrying = task is not None and task.retries > 0
        if retrying:
            _keep_queued(woman_id, task.retry_delay)  # this task, retried, is still her live task
        else:
            leases.release_name(queued_name(woman_id))  # Huey gives up: the sweep takes her next
        log.warning("woman %s waits (%s): %s", woman_id, "retry" if retrying else "sweep", exc)
        raise
    except Exception as exc:
        # A bug or bad data, not an outage: after a few crashes her message is set aside and
        # goes to a midwife, so the ones after it are answered.
        if set_aside_if_failing(woman_id, f"{type(exc).__name__}: {exc}"[:200]):
            raise RetryTask(delay=0) from exc
        if task is not None and task.retries > 0:
            _keep_queued(woman_id, task.retry_delay)
        else:
            leases.release_name(queued_name(woman_id))
        raise
    finally:
        leases.release(name, holder)


#: How often the urgent task looks again while her ordinary turn holds her (a Rasa call): that
#: turn reaches the danger message itself at its next message, or frees her for this task.
URGENT_RETRY_SECONDS = 0.2


@urgent_huey.task(retries=6, retry_delay=1, retry_backoff=2, context=True)
def answer_danger(woman_id: int, message_id: int, task=None) -> None:
    """The urgent lane (its own threads, bot.queue): the danger reply, then the midwife's alert,
    for one message, before the rest of her messages and everyone else's backlog."""
    holder = leases.holder_id()
    name = turn_name(woman_id)
    if not leases.acquire(name, holder, TURN_SECONDS):
        if _untriaged(message_id):
            raise RetryTask(delay=URGENT_RETRY_SECONDS)
        return  # her ordinary turn answered it
    try:
        answer_pending(woman_id, only=message_id)
    finally:
        leases.release(name, holder)


def _untriaged(message_id: int) -> bool:
    with session_scope() as session:
        return awaiting_triage(session.get(InboundMessage, message_id))


def sweep(now: datetime) -> list[int]:
    """Queue a turn for each woman whose messages wait for more than a minute with no live task.
    Returns who was queued."""
    cutoff = now - timedelta(minutes=1)
    with session_scope() as session:
        waiting = set(session.scalars(select(InboundMessage.woman_id).where(
            InboundMessage.status == "pending", InboundMessage.received_at < cutoff)))
        waiting |= set(session.scalars(select(OutboundMessage.woman_id).where(
            OutboundMessage.status == "pending", OutboundMessage.created_at < cutoff)))
    names = [name for woman_id in waiting for name in (turn_name(woman_id), queued_name(woman_id))]
    busy = leases.live(names, now)
    queued = []
    for woman_id in sorted(waiting):
        if turn_name(woman_id) in busy or queued_name(woman_id) in busy:
            continue
        if enqueue_woman(woman_id):
            queued.append(woman_id)
    return queued


@huey.periodic_task(crontab(minute="*"))
def sweep_pending() -> None:
    queued = sweep(utcnow())
    if queued:
        log.info("sweep: %s women re-queued", len(queued))


__all__ = ["answer_danger", "answer_woman", "enqueue_woman", "sweep", "sweep_pending", "deliver_pending"]
