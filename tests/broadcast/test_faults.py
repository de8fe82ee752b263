"""Twilio refusing for a while (429 with Retry-After, 503), and Twilio's delivery receipts."""
from __future__ import annotations

import threading
import time

from bot.broadcast import service
from bot.broadcast.tasks import send_or_schedule
from bot.db import session_scope
from tests.broadcast.conftest import _woman, drain, recipients
from tests.broadcast.test_send import RECEIVERS


def test_a_burst_of_429s_and_503s_still_delivers_each_message_once(seeded, mock_twilio, queue):
    mock_twilio.faults.extend([(429, 1), 503, (429, 1), 503, 503, 429, (503, 1)])
    broadcast_id = service.create_broadcast(seeded.group, message_key="meeting_reminder")
    send_or_schedule(broadcast_id)
    drain(queue, broadcast_id)
    accepted = [m.form["To"] for m in mock_twilio.messages()]
    assert sorted(accepted) == sorted(seeded.phones(*RECEIVERS))  # each once, none lost
    refused = [r for r in mock_twilio.requests if r.status in (429, 503)]
    assert len(refused) == 7
    rows = recipients(broadcast_id)
    assert all(rows[seeded.members[n].id]["status"] == "queued" for n in RECEIVERS)
    assert sum(rows[seeded.members[n].id]["attempts"] for n in RECEIVERS) == len(RECEIVERS) + 7


def test_retry_after_holds_every_sender_back(seeded, mock_twilio, queue):
    """After a 429 saying "retry after 2 s", no send reaches Twilio for 2 s — from any sender (but
    the calls already in flight when the refusal came back)."""
    mock_twilio.faults.append((429, 2))
    broadcast_id = service.create_broadcast(seeded.group, message_key="meeting_reminder")
    send_or_schedule(broadcast_id)
    drain(queue, broadcast_id)
    refusal = next(r for r in mock_twilio.requests if r.status == 429)
    gaps = [r.at - refusal.at for r in mock_twilio.requests if r.at > refusal.at]
    assert gaps and max(gaps) >= 1.9
    assert not [g for g in gaps if 0.3 < g < 1.9]


def test_no_woman_is_held_claimed_while_senders_wait_out_a_retry_after(seeded, mock_twilio, queue):
    """A claim older than the lease is taken for a dead worker's and re-sent: so senders waiting for
    a slot (here a 3 s Retry-After) must not hold claims, or a long enough wait would send twice."""
    with session_scope() as session:
        extra = {_woman(session, seeded.group, "fr", window=True).phone for _ in range(20)}
    mock_twilio.faults.append((429, 3))
    broadcast_id = service.create_broadcast(seeded.group, message_key="meeting_reminder")
    send_or_schedule(broadcast_id)
    worker = threading.Thread(target=drain, args=(queue, broadcast_id))
    worker.start()
    deadline = time.monotonic() + 10
    while not any(r.status == 429 for r in mock_twilio.requests) and time.monotonic() < deadline:
        time.sleep(0.02)
    # The calls in flight when the refusal came back settle; then, well inside the 3 s wait, no
    # claim is held. Were senders holding claims while they wait, this never empties.
    within_wait = time.monotonic() + 2.5
    while (claimed := [row for row in recipients(broadcast_id).values() if row["status"] == "sending"]) \
            and time.monotonic() < within_wait:
        time.sleep(0.05)
    worker.join()
    assert claimed == []
    assert sorted(m.form["To"] for m in mock_twilio.messages()) == sorted(seeded.phones(*RECEIVERS) | extra)


def test_delivery_receipts_update_each_recipient_and_never_go_backwards(seeded, mock_twilio, queue, app,
                                                                        signed_post):
    broadcast_id = service.create_broadcast(seeded.group, message_key="meeting_reminder")
    send_or_schedule(broadcast_id)
    drain(queue, broadcast_id)
    rows = recipients(broadcast_id)
    fr, bm = rows[seeded.members["fr_window"].id], rows[seeded.members["bm_window"].id]
    assert signed_post("/twilio/status", {"MessageSid": fr["sid"], "MessageStatus": "read"}).status_code == 204
    assert signed_post("/twilio/status", {"MessageSid": fr["sid"], "MessageStatus": "delivered"}).status_code == 204
    assert signed_post("/twilio/status", {"MessageSid": bm["sid"], "MessageStatus": "undelivered",
                                          "ErrorCode": "63024"}).status_code == 204
    rows = recipients(broadcast_id)
    assert rows[seeded.members["fr_window"].id]["status"] == "read"  # a late "delivered" does not undo "read"
    assert (rows[seeded.members["bm_window"].id]["status"], rows[seeded.members["bm_window"].id]["error"]) == (
        "undelivered", "63024")
