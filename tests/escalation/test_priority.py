"""Danger first under load: a danger sign is recognised on arrival and gets its own task in the
urgent lane (bot.queue.urgent_huey), served by threads no ordinary task can hold, ahead of the
backlog and ahead of her own older messages."""
from __future__ import annotations

import threading
import time
import uuid

import pytest
from huey.exceptions import RetryTask
from sqlalchemy import select

from bot import leases
from bot.content.danger import danger_reply
from bot.conversation import tasks
from bot.conversation.inbound import Incoming, store_and_enqueue
from bot.db import session_scope
from bot.models import Cscom, Escalation, InboundMessage, Woman
from tests.broadcast.test_pacer import redis_url  # noqa: F401  (a throwaway redis-server)
from tests.conversation.test_service import known_woman
from tests.escalation.conftest import new_phone
from tests.escalation.test_ladder import AWA, _woman_of, clock, sotuba  # noqa: F401


def _post(phone: str, body: str) -> int:
    return store_and_enqueue(Incoming(message_sid="SM" + uuid.uuid4().hex, phone=phone, body=body)).message_id


def _urgent_reply(phone: str) -> str:
    with session_scope() as session:
        woman = session.scalar(select(Woman).where(Woman.phone == phone))
        cscom = session.get(Cscom, woman.cscom_id)
        return danger_reply(woman.reply_language, cscom.name, cscom.phone)


def test_a_danger_sign_gets_the_urgent_lane_ahead_of_the_backlog(database, queue, urgent_queue):
    waiting = [new_phone() for _ in range(20)]
    for phone in waiting:
        _post(phone, "c'est quand la prochaine réunion ?")
    urgent = new_phone()
    message_id = _post(urgent, "je saigne beaucoup")
    _post(new_phone(), "merci")
    with session_scope() as session:
        woman_id = session.scalar(select(Woman.id).where(Woman.phone == urgent))
    [task] = [urgent_queue.dequeue()]
    assert task.args == (woman_id, message_id) and urgent_queue.dequeue() is None
    assert queue.pending_count() == 22  # every woman's ordinary turn, hers too (her older messages)


def test_an_ordinary_message_stays_in_the_ordinary_lane(database, queue, urgent_queue):
    for body in ("Bonjour", "le saignement des gencives est normal ?", "SHARE SOTUBA", ""):
        _post(new_phone(), body)
    assert urgent_queue.pending_count() == 0 and queue.pending_count() == 4


def test_the_urgent_task_answers_before_her_older_question_and_never_asks_rasa(sotuba, fake_io, queue,
                                                                            urgent_queue):
    phone = _woman_of(sotuba["cscom"])
    fake_io.rasa_replies = ["la réponse à sa question"]
    _post(phone, "est-ce que je peux manger du poisson ?")
    _post(phone, "je saigne beaucoup et j'ai mal au ventre")
    urgent_queue.execute(urgent_queue.dequeue())
    to_her = [m["body"] for m in fake_io.sent if m["to"] == phone]
    assert to_her == [_urgent_reply(phone)]
    assert any(m["to"] == AWA and "saigne" in (m["body"] or "") for m in fake_io.sent)  # the alert
    assert fake_io.rasa_calls == []
    with session_scope() as session:
        assert session.scalars(select(Escalation.urgency)).all() == ["urgent"]
        question = session.scalars(select(InboundMessage).where(InboundMessage.body.like("%poisson%"))).one()
        assert question.status == "pending"  # her ordinary turn answers it next
    while (task := queue.dequeue()) is not None:
        queue.execute(task)
    to_her = [m["body"] for m in fake_io.sent if m["to"] == phone]
    assert to_her == [_urgent_reply(phone), "la réponse à sa question"]
    assert len(fake_io.rasa_calls) == 1


def test_while_her_ordinary_turn_holds_her_the_urgent_task_waits_and_never_answers_twice(fake_io):
    phone = new_phone()
    woman_id = known_woman(phone)
    message_id = store_and_enqueue(Incoming(message_sid="SM" + uuid.uuid4().hex, phone=phone,
                                            body="le bébé ne respire pas bien")).message_id
    assert leases.acquire(tasks.turn_name(woman_id), "ordinary-worker", tasks.TURN_SECONDS)
    with pytest.raises(RetryTask):
        tasks.answer_danger.call_local(woman_id, message_id)
    assert fake_io.sent == []
    # Her ordinary turn reaches the message itself and answers it …
    leases.release(tasks.turn_name(woman_id), "ordinary-worker")
    from bot.conversation.service import answer_pending

    answer_pending(woman_id)
    answered = len([m for m in fake_io.sent if m["to"] == phone])
    assert answered >= 1
    # … and the urgent task, run again, has nothing left to do.
    tasks.answer_danger.call_local(woman_id, message_id)
    assert len([m for m in fake_io.sent if m["to"] == phone]) == answered


def test_the_consumer_keeps_threads_for_the_urgent_lane(sotuba, fake_io, queue, urgent_queue, monkeypatch):
    """Every ordinary thread held (as by Rasa calls at 50 msg/s): the danger reply still goes."""
    monkeypatch.setenv("URGENT_THREADS", "1")
    held, release = threading.Event(), threading.Event()

    @queue.task(name=f"hold-{uuid.uuid4().hex}")
    def hold_the_thread():
        held.set()
        release.wait(30)

    hold_the_thread()
    consumer = queue.create_consumer(workers=1, worker_type="thread", initial_delay=0.05)
    assert consumer.urgent.workers == 1
    monkeypatch.setattr(consumer, "_set_signal_handlers", lambda: None)  # pytest keeps its Ctrl-C
    consumer.start()
    try:
        assert held.wait(10)
        phone = _woman_of(sotuba["cscom"])
        _post(phone, "j'ai des convulsions")
        deadline = time.monotonic() + 10
        while time.monotonic() < deadline and not any(m["to"] == phone for m in fake_io.sent):
            time.sleep(0.05)
        assert [m["body"] for m in fake_io.sent if m["to"] == phone][:1] == [_urgent_reply(phone)]
        assert not release.is_set()  # the ordinary thread was held all along
    finally:
        release.set()
        consumer.stop(graceful=True)


def test_on_redis_the_urgent_lane_is_a_queue_of_its_own(redis_url, monkeypatch):
    """Production's queues (REDIS_URL): the urgent lane is its own Redis queue, so a consumer's
    urgent threads never take an ordinary task (nor the reverse)."""
    from bot.config import reset_settings
    from bot.queue import make_huey

    monkeypatch.setenv("REDIS_URL", redis_url)
    reset_settings()
    try:
        ordinary, urgent = make_huey(), make_huey("jigiya-urgent")
    finally:
        monkeypatch.delenv("REDIS_URL")
        reset_settings()
    turn = ordinary.task(name="turn")(lambda woman_id: woman_id)
    danger = urgent.task(name="danger")(lambda woman_id: woman_id)
    for woman_id in range(5):
        turn(woman_id)
    danger(99)
    assert urgent.pending_count() == 1 and urgent.dequeue().args == (99,)
    assert [ordinary.dequeue().args[0] for _ in range(5)] == [0, 1, 2, 3, 4]
