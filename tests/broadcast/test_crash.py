"""A worker dying mid-broadcast: no woman gets the message twice, none is left out.

The SIGKILL test runs the real queue consumer (as the Procfile does) against the Twilio mock, kills it
half-way and starts it again. The two tests before it put a claim in each state a kill can leave —
Twilio accepted the message but the worker died before recording it, or died before calling — and
check what the next sender does with each."""
from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from datetime import timedelta
from pathlib import Path

import pytest
from sqlalchemy import select

from bot.broadcast import service
from bot.broadcast.sender import claim_next, load_job
from bot.broadcast.tasks import launch
from bot.db import session_scope
from bot.models import Broadcast, BroadcastRecipient, OutboundMessage
from bot.twilio.client import send_whatsapp
from tests.broadcast.conftest import _woman, drain

ROOT = Path(__file__).resolve().parent.parent.parent
BIN = Path(sys.executable).parent


def _age_claims(broadcast_id: int, seconds: float) -> None:
    """As if the claims were made ``seconds`` ago (past the lease)."""
    with session_scope() as session:
        for row in session.scalars(select(BroadcastRecipient).where(
                BroadcastRecipient.broadcast_id == broadcast_id, BroadcastRecipient.status == "sending")):
            row.claimed_at = row.claimed_at - timedelta(seconds=seconds)


def _started(seeded) -> tuple[int, object]:
    broadcast_id = service.create_broadcast(seeded.group, message_key="meeting_reminder")
    assert service.start(broadcast_id)
    return broadcast_id, load_job(broadcast_id)


def test_accepted_by_twilio_but_never_recorded_is_adopted_not_sent_again(seeded, mock_twilio, queue):
    broadcast_id, job = _started(seeded)
    claim = claim_next(job)  # (those settled without a send, e.g. no template, are passed over)
    send_whatsapp(claim.phone, claim.body, content_sid=claim.content_sid,
                  content_variables=claim.variables)  # Twilio accepts it… and the worker dies here
    _age_claims(broadcast_id, 25)
    launch(broadcast_id)
    drain(queue, broadcast_id)
    assert len(mock_twilio.sent_to(claim.phone)) == 1  # not sent twice
    with session_scope() as session:
        row = session.get(BroadcastRecipient, claim.recipient_id)
        assert row.status == "queued" and row.twilio_sid == mock_twilio.sent_to(claim.phone)[0].sid


def test_claimed_but_never_sent_is_sent_after_the_lease(seeded, mock_twilio, queue):
    broadcast_id, job = _started(seeded)
    claim = claim_next(job)
    # the worker dies before calling Twilio
    launch(broadcast_id)
    time.sleep(1)
    for _ in range(3):  # the others go out; hers waits: her claim is still within its lease
        task = queue.dequeue()
        if task:
            queue.execute(task)
    assert mock_twilio.sent_to(claim.phone) == []
    _age_claims(broadcast_id, 25)
    drain(queue, broadcast_id)
    assert len(mock_twilio.sent_to(claim.phone)) == 1  # not lost
    with session_scope() as session:
        row = session.get(BroadcastRecipient, claim.recipient_id)
        assert (row.status, row.attempts) == ("queued", 2)


def _worker(env: dict, log: Path) -> subprocess.Popen:
    return subprocess.Popen([str(BIN / "huey_consumer"), "bot.worker.huey", "-k", "thread", "-w", "4"],
                            cwd=ROOT, env=env, stdout=open(log, "ab"), stderr=subprocess.STDOUT,
                            start_new_session=True)


@pytest.mark.chaos
def test_a_worker_killed_mid_broadcast_and_restarted_sends_each_message_once(
        database, seeded, mock_twilio, tmp_path):
    with session_scope() as session:
        for _ in range(60):
            _woman(session, seeded.group, "fr", window=True)
    env = {**os.environ, "DATABASE_URL": database, "QUEUE_PATH": str(tmp_path / "queue.db"),
           "PYTHONPATH": str(ROOT), "BROADCAST_MPS": "20", "BROADCAST_SLICE_SECONDS": "0.5",
           "BROADCAST_LEASE_SECONDS": "20"}
    worker = _worker(env, tmp_path / "worker.log")
    try:
        sent = subprocess.run([str(BIN / "flask"), "--app", "webhook", "broadcast", "send", "--group", "SHARE SOTUBA",
                               "--message-key", "meeting_reminder", "--no-wait"],
                              cwd=ROOT, env=env, capture_output=True, text=True, timeout=60)
        assert sent.returncode == 0, sent.stderr
        broadcast_id = int(sent.stdout.split()[1].rstrip(":"))
        deadline = time.monotonic() + 60
        while len(mock_twilio.messages()) < 25 and time.monotonic() < deadline:
            time.sleep(0.05)
        os.killpg(worker.pid, signal.SIGKILL)  # mid-broadcast, no warning
        worker.wait(10)
        killed_at = time.monotonic()
        at_kill = len(mock_twilio.messages())
        assert 25 <= at_kill < 64
        time.sleep(1.5)  # a window to watch, not a condition to wait for
        # Nothing sends while no worker runs: a request already on the wire at the kill may land
        # just after it on a loaded machine, but none reaches the mock later than that.
        late = [m for m in mock_twilio.messages() if m.arrived > killed_at + 0.5]
        assert late == []
        worker = _worker(env, tmp_path / "worker.log")
        # The restarted worker takes it up; an operator's terminal follows it to the end.
        follow = subprocess.run([str(BIN / "flask"), "--app", "webhook", "broadcast", "send", "--group",
                                 "SHARE SOTUBA", "--text", "Merci à toutes.", "--wait"],
                                cwd=ROOT, env=env, capture_output=True, text=True, timeout=120)
        assert follow.returncode == 0 and "sending" in follow.stdout, follow.stderr
        deadline = time.monotonic() + 120
        while time.monotonic() < deadline:
            with session_scope() as session:
                if session.get(Broadcast, broadcast_id).status == "done":
                    break
            time.sleep(0.5)
        # A SHARE message the worker's schedule is sending (below) gets its SID recorded before it stops.
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline:
            with session_scope() as session:
                if not session.scalar(select(OutboundMessage.id).where(OutboundMessage.status == "pending").limit(1)):
                    break
            time.sleep(0.2)
    finally:
        if worker.poll() is None:
            os.killpg(worker.pid, signal.SIGTERM)
            worker.wait(20)
    log = (tmp_path / "worker.log").read_text(errors="replace")
    with session_scope() as session:
        assert session.get(Broadcast, broadcast_id).status == "done", log[-3000:]
        rows = session.scalars(select(BroadcastRecipient).where(BroadcastRecipient.broadcast_id == broadcast_id)).all()
        # The worker is real, so its every-ten-minutes SHARE schedule may send this group's monthly topic
        # while the test runs (it did at 18:50): those messages are the conversation's, recorded with
        # their SID, and are not the broadcast's.
        conversation_sids = set(session.scalars(select(OutboundMessage.twilio_sid).where(
            OutboundMessage.twilio_sid.is_not(None))))
    phones = [m.form["To"] for m in mock_twilio.messages()
              if m.form.get("Body") != "Merci à toutes." and m.sid not in conversation_sids]
    assert len(phones) == len(set(phones))  # nobody twice
    statuses = {}
    for row in rows:
        statuses[row.status] = statuses.get(row.status, 0) + 1
    assert statuses == {"queued": 64, "no_template": 1}  # 60 + the four seeded in reach; nobody lost
    assert len(phones) == 64
    assert "whatsapp:+" not in log  # numbers never in the worker's log
