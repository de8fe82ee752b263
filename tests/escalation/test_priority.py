"""Danger first under load: a danger sign is recognised on arrival and its task jumps the queue's
backlog (Huey priority on the SQLite queue)."""
from __future__ import annotations

import uuid

from sqlalchemy import select

from bot.conversation.inbound import Incoming, store_and_enqueue
from bot.db import session_scope
from bot.models import Woman
from tests.escalation.conftest import new_phone


def _post(phone: str, body: str) -> None:
    store_and_enqueue(Incoming(message_sid="SM" + uuid.uuid4().hex, phone=phone, body=body))


def test_a_danger_sign_is_taken_before_the_backlog(database, queue):
    waiting = [new_phone() for _ in range(20)]
    for phone in waiting:
        _post(phone, "c'est quand la prochaine réunion ?")
    urgent = new_phone()
    _post(urgent, "je saigne beaucoup")
    _post(new_phone(), "merci")
    assert queue.pending_count() == 22
    first = queue.dequeue()
    with session_scope() as session:
        woman_id = session.scalar(select(Woman.id).where(Woman.phone == urgent))
    assert first.args[0] == woman_id and first.priority == 100
    second = queue.dequeue()
    with session_scope() as session:
        assert session.get(Woman, second.args[0]).phone == waiting[0]  # then arrival order again
