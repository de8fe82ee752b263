"""`make bench-prod`: production mode (PostgreSQL + Redis, gunicorn, N queue workers, one Rasa) under an
open-loop load of BENCH_RATE inbound messages/s for BENCH_SECONDS, once per worker count in
BENCH_WORKERS. The production layout is the one the fault tests use (tests/chaos/prod_stack.py).

- ack: from the moment a message was due to be posted to the webhook's 200 (client-side queueing
  included, so a slow server cannot hide behind a slow client);
- reply: from the inbound row's arrival to its first reply accepted by the Twilio mock (server clock,
  from the database: inbound.received_at → outbound.sent_at);
- lost: inbound messages not answered when the drain time (BENCH_DRAIN seconds after the load) ends;
  answered twice: more Twilio sends than stored replies, or a reply sent more than once;
- memory: peak resident memory of every process of the stack (Twilio mock excluded), sampled.

Writes results/bench-prod.json and prints Markdown rows for docs/benchmarks.md.
"""
from __future__ import annotations

import json
import os
import threading
import time
import uuid
from collections import Counter
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import requests
from sqlalchemy import create_engine, text
from twilio.request_validator import RequestValidator

from benchmarks.run import percentile, tree_rss_kb
from tests.chaos.prod_stack import start_production_stack
from tests.support.stack import AUTH_TOKEN, PUBLIC_BASE_URL
from tests.support.twilio_mock import RunningTwilioMock

RATE = float(os.environ.get("BENCH_RATE", "50"))
SECONDS = float(os.environ.get("BENCH_SECONDS", "300"))
DRAIN = float(os.environ.get("BENCH_DRAIN", "300"))
WORKERS = [int(n) for n in os.environ.get("BENCH_WORKERS", "1,2,4").split(",")]
WOMEN = int(os.environ.get("BENCH_WOMEN", "500"))
TEXTS = ["Bonjour", "merci", "I ni ce", "au revoir", "comment éviter le paludisme", "i ni ce"]


def post(session: requests.Session, url: str, form: dict) -> int:
    signature = RequestValidator(AUTH_TOKEN).compute_signature(f"{PUBLIC_BASE_URL}/twilio/whatsapp", form)
    return session.post(url, data=form, headers={"X-Twilio-Signature": signature}, timeout=30).status_code


def load(web_url: str, acks: list, errors: Counter) -> int:
    numbers = [f"whatsapp:+2236{i:05d}{uuid.uuid4().int % 100:02d}" for i in range(WOMEN)]
    local = threading.local()
    lock = threading.Lock()

    def one(index: int, due: float) -> None:
        session = getattr(local, "session", None) or requests.Session()
        local.session = session
        form = {"MessageSid": "SM" + uuid.uuid4().hex, "From": numbers[index % WOMEN],
                "Body": TEXTS[(index // WOMEN) % len(TEXTS)], "NumMedia": "0"}
        try:
            status = post(session, f"{web_url}/twilio/whatsapp", form)
        except requests.RequestException as exc:
            status = f"{type(exc).__name__}: {exc}"[:200]
        with lock:
            acks.append(time.monotonic() - due)
            if status != 200:
                errors[str(status)] += 1

    total = int(RATE * SECONDS)
    start = time.monotonic() + 0.5
    with ThreadPoolExecutor(128) as pool:
        for index in range(total):
            due = start + index / RATE
            delay = due - time.monotonic()
            if delay > 0:
                time.sleep(delay)
            pool.submit(one, index, due)
    return total


def stack_rss_mb(stack) -> dict[str, int]:
    return {name: round(tree_rss_kb(p.pid) / 1024) for name, p in stack.processes.items()}


def measure(workers: int, mock) -> dict:
    mock.clear()
    production = start_production_stack(mock, rasa_instances=1, workers=workers, prefix="jigiya_bench",
                                         redis_queue_db=9, redis_lock_db=10)
    stack = production.stack
    peak: dict[str, int] = {}
    stop = threading.Event()

    def sample() -> None:
        while not stop.wait(5):
            for name, mb in stack_rss_mb(stack).items():
                peak[name] = max(peak.get(name, 0), mb)

    sampler = threading.Thread(target=sample, daemon=True)
    sampler.start()
    engine = create_engine(production.database_url.replace("postgresql://", "postgresql+psycopg://"))
    try:
        acks: list[float] = []
        errors: Counter = Counter()
        started = time.monotonic()
        sent = load(stack.web_url, acks, errors)
        load_seconds = time.monotonic() - started
        with engine.connect() as connection:
            answered_at_end = connection.execute(text("SELECT count(*) FROM inbound_messages WHERE status = 'answered'")).scalar()
        deadline = time.monotonic() + DRAIN
        while time.monotonic() < deadline:
            with engine.connect() as connection:
                waiting = connection.execute(text("SELECT count(*) FROM inbound_messages WHERE status = 'pending'")).scalar()
            if waiting == 0:
                break
            time.sleep(2)
        drained_seconds = time.monotonic() - started
        time.sleep(3)
        # Twilio's count first, the database's after: every send counted is recorded by then, so
        # more sends than recorded replies means a reply went out twice (not a race between counts).
        twilio_sends = len(mock.messages())
        with engine.connect() as connection:
            stored = connection.execute(text("SELECT count(*) FROM inbound_messages")).scalar()
            unanswered = connection.execute(text("SELECT count(*) FROM inbound_messages WHERE status <> 'answered'")).scalar()
            latencies = [row[0] for row in connection.execute(text(
                "SELECT extract(epoch FROM min(o.sent_at) - i.received_at) FROM inbound_messages i "
                "JOIN outbound_messages o ON o.inbound_id = i.id WHERE o.twilio_sid IS NOT NULL GROUP BY i.id"))]
            replies_stored = connection.execute(text("SELECT count(*) FROM outbound_messages WHERE twilio_sid IS NOT NULL")).scalar()
        result = {
            "workers": workers, "rate_per_s": RATE, "seconds": SECONDS, "posted": sent, "stored": stored,
            "webhook_errors": dict(errors), "load_seconds": round(load_seconds, 1),
            "ack_p50_ms": round(percentile(acks, 50) * 1000, 1), "ack_p99_ms": round(percentile(acks, 99) * 1000, 1),
            "answered_during_load": answered_at_end,
            "throughput_answered_per_s": round(answered_at_end / load_seconds, 1),
            "reply_p50_s": round(float(percentile(latencies, 50)), 2) if latencies else None,
            "reply_p95_s": round(float(percentile(latencies, 95)), 2) if latencies else None,
            "unanswered_after_drain": unanswered, "drain_seconds": round(drained_seconds, 1),
            "twilio_sends": twilio_sends, "replies_stored": replies_stored,
            "answered_twice": max(0, twilio_sends - replies_stored),
            "peak_rss_mb": peak, "peak_rss_total_mb": sum(peak.values()),
        }
    finally:
        stop.set()
        engine.dispose()
        production.shutdown()
    return result


def main() -> None:
    running = RunningTwilioMock()
    results = []
    try:
        for workers in WORKERS:
            result = measure(workers, running.mock)
            print(json.dumps(result), flush=True)
            results.append(result)
    finally:
        running.stop()
    Path("results").mkdir(exist_ok=True)
    Path("results/bench-prod.json").write_text(json.dumps(results, indent=2))
    print("| workers | posted | ack p50 | ack p99 | answered/s under load | reply p50 | reply p95 | unanswered after drain | answered twice | peak RSS |")
    print("| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |")
    for r in results:
        print(f"| {r['workers']} | {r['posted']} in {r['load_seconds']} s | {r['ack_p50_ms']} ms | {r['ack_p99_ms']} ms | "
              f"{r['throughput_answered_per_s']} | {r['reply_p50_s']} s | {r['reply_p95_s']} s | "
              f"{r['unanswered_after_drain']} (drain {r['drain_seconds']} s) | {r['answered_twice']} | "
              f"{r['peak_rss_total_mb']} MB {r['peak_rss_mb']} |")


if __name__ == "__main__":
    main()
