"""Danger first under load: a danger sign is recognised on arrival and its task jumps the queue's
backlog (Huey priority on the SQLite queue)."""
from __future__ import annotations

import uuid

from sqlalchemy import select

from bot.conversation.inbound import Incoming, store_and_enqueue
from bot.db import session_scope
from bot.models import Woman
from tests.broadcast.test_pacer import redis_url  # noqa: F401  (a throwaway redis-server)
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



def test_on_redis_too_the_queue_has_a_priority_lane(redis_url, monkeypatch):
    """Production's queue (REDIS_URL) is PriorityRedisHuey: the danger lane exists there as well."""
    from bot.config import reset_settings
    from bot.queue import make_huey

    monkeypatch.setenv("REDIS_URL", redis_url)
    reset_settings()
    try:
        redis_queue = make_huey()
    finally:
        monkeypatch.delenv("REDIS_URL")
        reset_settings()
    assert redis_queue.storage.priority

    @redis_queue.task()
    def turn(woman_id):
        return woman_id

    for woman_id in range(5):
        turn(woman_id)
    turn(99, priority=100)
    assert [redis_queue.dequeue().args[0] for _ in range(3)] == [99, 0, 1]
