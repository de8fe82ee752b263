"""No woman silenced by a crash: her turn is a lease that runs out (or is freed when a worker
starts), one live task per woman (retries never multiply), a message that keeps crashing is set
aside for a midwife, a number Twilio says is unreachable is not retried."""
from __future__ import annotations

import os
import subprocess
import sys
from datetime import datetime, timedelta, timezone

import pytest
from huey.exceptions import RetryTask
from sqlalchemy import select

from bot import leases
from bot.content import dialogue
from bot.content.i18n import translate
from bot.conversation import tasks
from bot.conversation.rasa import RasaUnavailable
from bot.db import session_scope
from bot.models import Escalation, InboundMessage, Lease, OutboundMessage, Woman
from bot.twilio.client import SendResult
from tests.conversation.test_service import rasa_down, receive
from tests.escalation.conftest import fake_io, new_phone  # noqa: F401  (fixture reused here)

T0 = datetime(2027, 3, 1, 8, 0, tzinfo=timezone.utc)


def run_queue(queue, limit: int = 50) -> int:
    """Be the consumer: run what is queued now (scheduled retries included once due)."""
    ran = 0
    for _ in range(limit):
        task = queue.dequeue()
        if task is None:
            break
        queue.execute(task)
        ran += 1
    return ran


def test_a_lease_is_exclusive_and_runs_out(database):
    assert leases.acquire("woman-1", "a", 60, now=T0)
    assert not leases.acquire("woman-1", "b", 60, now=T0 + timedelta(seconds=59))
    assert leases.acquire("woman-1", "a", 60, now=T0 + timedelta(seconds=30))  # its holder renews
    assert leases.acquire("woman-1", "b", 60, now=T0 + timedelta(seconds=91))  # ran out: taken over
    assert leases.live(["woman-1", "woman-2"], now=T0 + timedelta(seconds=100)) == {"woman-1"}


def test_two_workers_racing_for_a_free_lease_one_wins(database):
    from concurrent.futures import ThreadPoolExecutor

    with ThreadPoolExecutor(8) as pool:
        wins = list(pool.map(lambda n: leases.acquire("woman-7", f"w{n}", 60, now=T0), range(8)))
    assert wins.count(True) == 1


def test_a_dead_workers_leases_are_freed_when_a_worker_starts(database):
    dead = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"], capture_output=True, text=True)
    host = leases.holder_id().split(":")[0]
    leases.acquire("woman-3", f"{host}:{dead.stdout.strip()}:deadbeef:1", 600)
    with leases.held("woman-4", 600):  # a live worker of this process keeps hers
        assert leases.release_dead_holders() == 1
        assert leases.live(["woman-3", "woman-4"]) == {"woman-4"}


def test_a_killed_turn_does_not_silence_her_next_message(fake_io, queue):
    """Her turn leased by a worker that died; the lease runs out and both messages are answered."""
    phone = new_phone()
    fake_io.rasa_replies = ["réponse"]
    woman_id = receive(phone, "Bonjour")
    with session_scope() as session:
        session.add(Lease(name=tasks.turn_name(woman_id), holder="elsewhere:1:dead:1",
                          expires_at=datetime.now(timezone.utc) + timedelta(seconds=2)))
    tasks.enqueue_woman(woman_id)
    receive(phone, "ça va ?")
    assert not tasks.enqueue_woman(woman_id)  # one task waits for her already
    run_queue(queue)
    assert fake_io.sent == []  # held by the dead worker: nothing yet, nothing lost
    with session_scope() as session:
        session.get(Lease, tasks.turn_name(woman_id)).expires_at = datetime.now(timezone.utc) - timedelta(seconds=1)
    # The retry was scheduled (1 s); run it as the consumer's scheduler would once it is due.
    due = datetime.now(timezone.utc).replace(tzinfo=None) + timedelta(seconds=5)
    for scheduled in queue.read_schedule(due):
        queue.execute(scheduled, timestamp=due)
    bodies = [m["body"] for m in fake_io.sent]
    assert bodies[:2] == [translate("fr", dialogue.WELCOME), translate("fr", dialogue.LANGUAGE_CHOICE)]
    with session_scope() as session:
        statuses = session.scalars(select(InboundMessage.status).where(InboundMessage.woman_id == woman_id)).all()
    assert statuses == ["answered", "answered"]


def test_during_a_rasa_outage_the_sweep_adds_no_second_task(fake_io, queue, monkeypatch, time_machine):
    time_machine.move_to(T0, tick=False)
    phone = new_phone()

    monkeypatch.setattr("bot.conversation.service.ask_rasa", rasa_down)
    woman_id = receive(phone, "Bonjour")
    tasks.enqueue_woman(woman_id)
    run_queue(queue)  # fails on Rasa, retried by Huey later: still her live task
    assert queue.pending_count() == 0 and queue.scheduled_count() == 1
    time_machine.move_to(T0 + timedelta(seconds=90), tick=False)
    assert tasks.sweep(T0 + timedelta(seconds=90)) == []  # she has a live task: not queued again
    assert queue.pending_count() == 0
    # Once Huey has no retry left, her mark goes and the next sweep gives her one new task.
    with pytest.raises(RasaUnavailable):
        tasks.answer_woman.call_local(woman_id)  # as the last retry runs: no task, no retries left
    assert tasks.sweep(T0 + timedelta(seconds=90)) == [woman_id]
    assert queue.pending_count() == 1


def test_a_task_lost_with_a_killed_worker_does_not_keep_her_next_message_waiting(fake_io, queue):
    phone = new_phone()
    fake_io.rasa_replies = ["réponse"]
    woman_id = receive(phone, "Bonjour")
    tasks.enqueue_woman(woman_id)
    queue.flush()  # the worker that had taken her task was killed: the task is gone, its mark is not
    receive(phone, "ça va ?")
    assert not tasks.enqueue_woman(woman_id)
    assert tasks.forget_queued_tasks() == 1  # what a starting worker does
    assert tasks.enqueue_woman(woman_id)
    run_queue(queue)
    with session_scope() as session:
        statuses = session.scalars(select(InboundMessage.status).where(InboundMessage.woman_id == woman_id)).all()
    assert statuses == ["answered", "answered"]


def test_the_sweep_queues_a_woman_whose_task_was_lost(fake_io, queue):
    phone = new_phone()
    fake_io.rasa_replies = ["réponse"]
    woman_id = receive(phone, "Bonjour")  # stored, but the queue was down: no task, no marker
    later = datetime.now(timezone.utc) + timedelta(minutes=2)
    assert tasks.sweep(later) == [woman_id]
    assert tasks.sweep(later) == []  # once
    run_queue(queue)
    assert len(fake_io.sent) >= 2


def test_a_message_that_keeps_crashing_is_set_aside_for_a_midwife(fake_io, queue, monkeypatch):
    phone = new_phone()
    woman_id = receive(phone, "Bonjour")
    with session_scope() as session:
        woman = session.get(Woman, woman_id)
        woman.language, woman.consent_at = "fr", datetime.now(timezone.utc)
        session.get(InboundMessage, session.scalar(select(InboundMessage.id).where(
            InboundMessage.woman_id == woman_id))).status = "answered"
    calls = []

    def crash_on_one(sender_id, text, metadata):
        calls.append(text)
        if text == "message piégé":
            raise ValueError("bad data")
        return ["réponse normale"]

    monkeypatch.setattr("bot.conversation.service.ask_rasa", crash_on_one)
    receive(phone, "message piégé")
    receive(phone, "question suivante")
    for _ in range(2):  # Huey retries the crashing task; each crash is counted on her message
        with pytest.raises(ValueError):
            tasks.answer_woman.call_local(woman_id)
    with pytest.raises(RetryTask):  # the third sets it aside and asks Huey to go on at once
        tasks.answer_woman.call_local(woman_id)
    with session_scope() as session:
        rows = session.scalars(select(InboundMessage).where(InboundMessage.woman_id == woman_id)
                               .order_by(InboundMessage.id)).all()
        assert [(r.body, r.status) for r in rows[1:]] == [("message piégé", "failed"), ("question suivante", "pending")]
        assert rows[1].failures == 3 and rows[1].failure_reason.startswith("ValueError")
        [case] = session.scalars(select(Escalation).where(Escalation.woman_id == woman_id)).all()
        assert (case.reason, case.urgency, case.message) == ("message_failed", "normal", "message piégé")
    tasks.answer_woman.call_local(woman_id)  # the next turn answers what came after
    bodies = [m["body"] for m in fake_io.sent]
    assert bodies == [translate("fr", dialogue.ESCALATED), "réponse normale"]


@pytest.mark.parametrize("code", ["21610", "63024"])
def test_a_woman_twilio_cannot_reach_is_not_retried_until_she_writes(fake_io, monkeypatch, code):
    phone = new_phone()
    woman_id = receive(phone, "Bonjour")
    monkeypatch.setenv("TWILIO_ACCOUNT_SID", "AC" + "1" * 32)
    attempts = []

    def refused(to, body=None, **kwargs):
        attempts.append(body)
        return SendResult(sid=None, status="failed", error_code=code)

    monkeypatch.setattr("bot.conversation.service.send_whatsapp", refused)
    with session_scope() as session:
        for text in ("un", "deux", "trois"):
            session.add(OutboundMessage(woman_id=woman_id, body=text))
    from bot.conversation.service import deliver_pending

    deliver_pending(woman_id)
    assert attempts == ["un"]  # the first refusal says it all
    with session_scope() as session:
        assert session.get(Woman, woman_id).unreachable_at is not None
        statuses = session.scalars(select(OutboundMessage.status).where(OutboundMessage.woman_id == woman_id)
                                   .order_by(OutboundMessage.id)).all()
        assert statuses == ["failed", "unreachable", "unreachable"]
    receive(phone, "je suis revenue")
    with session_scope() as session:
        assert session.get(Woman, woman_id).unreachable_at is None
