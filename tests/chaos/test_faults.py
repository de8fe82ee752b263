"""Faults on the production-mode stack: every inbound message answered exactly once, in order.

One woman's conversation is "Bonjour", "merci", "au revoir"; its exact replies (welcome, language
choice, "you are welcome", goodbye) are checked for every woman, so a lost reply, a reply sent
twice or one out of order all fail the test."""
from __future__ import annotations

import signal
import threading
import time
from concurrent.futures import ThreadPoolExecutor

import pytest
import redis
import requests
from sqlalchemy import create_engine, text

from bot.content import dialogue, messages
from bot.content.i18n import translate

from tests.chaos.prod_stack import REDIS
from tests.support.stack import PROCFILE
from tests.support.twilio_mock import new_message_sid, new_whatsapp_number

pytestmark = [pytest.mark.chaos, pytest.mark.rasa]

TEXTS = ("Bonjour", "merci", "au revoir")
EXPECTED = [translate("fr", m) for m in (dialogue.WELCOME, dialogue.LANGUAGE_CHOICE, messages.YOU_ARE_WELCOME,
                                         messages.GOODBYE)]


def converse(prod, number: str, pause: float = 0.3) -> None:
    for body in TEXTS:
        form = {"MessageSid": new_message_sid(), "From": number, "Body": body, "NumMedia": "0"}
        for _ in range(50):  # what Twilio does when we answer 5xx (see docs/deploy.md): try again
            try:
                if prod.stack.post_whatsapp(form).status_code == 200:
                    break
            except requests.RequestException:
                pass
            time.sleep(0.5)
        else:
            raise AssertionError("webhook never accepted the message")
        time.sleep(pause)


def assert_answered_once_in_order(prod, numbers: list[str], timeout: float = 240) -> None:
    deadline = time.monotonic() + timeout
    for number in numbers:
        prod.stack.twilio.wait_for(number, len(EXPECTED), timeout=max(1, deadline - time.monotonic()))
    # Quiet: every message answered and nothing waiting to be sent. A wrongly repeated reply would
    # have to come from one of those rows, so what the mock holds now is all they will ever get.
    engine = create_engine(prod.database_url.replace("postgresql://", "postgresql+psycopg://"))
    try:
        while True:
            with engine.connect() as connection:
                waiting = connection.execute(text(
                    "SELECT (SELECT count(*) FROM inbound_messages WHERE status <> 'answered')"
                    " + (SELECT count(*) FROM outbound_messages WHERE status = 'pending')")).scalar()
            if waiting == 0:
                break
            assert time.monotonic() < deadline, f"{waiting} messages still waiting"
            time.sleep(0.1)
    finally:
        engine.dispose()
    for number in numbers:
        assert [r.form["Body"] for r in prod.stack.twilio.sent_to(number)] == EXPECTED, number[-4:]


def test_rasa_killed_under_load_and_restarted_every_message_answered_once(prod):
    numbers = [new_whatsapp_number() for _ in range(16)]
    with ThreadPoolExecutor(len(numbers)) as pool:
        futures = []
        for number in numbers:
            futures.append(pool.submit(converse, prod, number))
            time.sleep(0.25)  # arrivals spread over ~4 s
            if len(futures) == 6:  # under load: some answered, some in Rasa, some still to come
                for index in range(len(prod.rasa_ports)):
                    prod.stack.stop(f"rasa{index}", signal.SIGKILL)
        for future in futures:
            future.result()
    time.sleep(3)
    for index in range(len(prod.rasa_ports)):
        prod.start_rasa(index)
    assert_answered_once_in_order(prod, numbers)


def test_twilio_429_and_503_bursts_are_retried_and_nothing_is_lost(prod):
    numbers = [new_whatsapp_number() for _ in range(10)]
    with prod.stack.twilio.lock:
        prod.stack.twilio.faults.extend([503] * 8 + [429] * 8 + [503] * 4)
    with ThreadPoolExecutor(len(numbers)) as pool:
        for future in [pool.submit(converse, prod, number) for number in numbers]:
            future.result()
    assert_answered_once_in_order(prod, numbers)
    refused = [r.status for r in prod.stack.twilio.requests if r.status in (429, 503)]
    assert len(refused) == 20  # every injected failure was met, and retried


def test_postgresql_cut_and_restored_the_app_recovers_without_anyone_touching_it(prod):
    before = new_whatsapp_number()
    converse(prod, before)  # stored; some of it still being answered when the database goes
    prod.postgres.cut()
    try:
        health = requests.get(f"{prod.stack.web_url}/healthz", timeout=10)
        assert health.status_code == 503 and "database" in health.json()["checks"]["database"]
        during = new_whatsapp_number()
        form = {"MessageSid": new_message_sid(), "From": during, "Body": "Bonjour", "NumMedia": "0"}
        # Not stored, so not acknowledged: Twilio is told to try again (never a silent 200).
        assert prod.stack.post_whatsapp(form).status_code >= 500
        time.sleep(5)
    finally:
        prod.postgres.restore()
    # No process restarted: the pools reconnect (pre-ping), the queue retries, the sweeper re-queues.
    after = new_whatsapp_number()
    threads = [threading.Thread(target=converse, args=(prod, number)) for number in (during, after)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert requests.get(f"{prod.stack.web_url}/healthz", timeout=10).status_code == 200
    assert_answered_once_in_order(prod, [before, during, after])


def test_two_rasa_instances_behind_one_lock_store_answer_each_woman_in_order(prod):
    served_before = dict(prod.rasa.served)
    numbers = [new_whatsapp_number() for _ in range(8)]
    with ThreadPoolExecutor(len(numbers)) as pool:  # no pause: her messages arrive together
        for future in [pool.submit(converse, prod, number, 0.0) for number in numbers]:
            future.result()
    assert_answered_once_in_order(prod, numbers)
    served = {url: count - served_before.get(url, 0) for url, count in prod.rasa.served.items()}
    assert len(served) == len(prod.rasa_ports) and all(count > 0 for count in served.values()), served
    # Both Rasa instances hold their conversation locks in the same Redis database.
    clients = redis.Redis.from_url(f"{REDIS}/0").client_list()
    assert any(int(c.get("db", -1)) == prod.redis_lock_db for c in clients)


def test_no_phone_number_in_any_log_of_the_production_stack(prod):
    """gunicorn's access log, both workers, the action server and both Rasa instances: her number
    never appears, even when a client puts it in a query string."""
    number = new_whatsapp_number()
    converse(prod, number)
    prod.stack.twilio.wait_for(number, len(EXPECTED), timeout=120)
    requests.get(f"{prod.stack.web_url}/healthz", params={"phone": number}, timeout=10)
    digits = number.removeprefix("whatsapp:+")
    logs = sorted(prod.stack.instance.glob("*.log"))
    assert {p.stem for p in logs} >= {"web", "actions", "worker0", "worker1", "rasa0", "rasa1"}
    for path in logs:
        content = path.read_text(errors="replace")
        assert digits not in content and digits[3:] not in content, path.name
    assert "inbound stored woman=" in (prod.stack.instance / "web.log").read_text()


def test_workers_killed_mid_turn_and_restarted_her_pending_and_next_messages_are_answered(prod):
    """SIGKILL every worker while one is inside her turn (Rasa stalled), restart them on the same
    database: her turn lease does not outlive the dead worker, and both her waiting message and
    her next one are answered, in order, once."""
    number = new_whatsapp_number()

    def post(body: str) -> None:
        form = {"MessageSid": new_message_sid(), "From": number, "Body": body, "NumMedia": "0"}
        assert prod.stack.post_whatsapp(form).status_code == 200

    post("Bonjour")
    prod.stack.twilio.wait_for(number, 2, timeout=60)  # welcome + language choice
    workers = [name for name in prod.stack.processes if name.startswith("worker")]
    prod.rasa.stall()
    try:
        post("merci")
        deadline = time.monotonic() + 30
        while prod.rasa.stalled == 0:  # a worker is inside her turn, waiting on Rasa
            assert time.monotonic() < deadline, "her message never reached Rasa"
            time.sleep(0.05)
        for name in workers:
            prod.stack.stop(name, signal.SIGKILL)
    finally:
        prod.rasa.unstall()
        for name in workers:  # the same command on the same database, as a deploy would
            if name not in prod.stack.processes:
                prod.stack.start(name, ["bash", "-c", "exec " + PROCFILE["worker"]])
    post("au revoir")
    assert_answered_once_in_order(prod, [number], timeout=90)
