"""Danger first under load (issue 13, item 4): an open-loop load of BENCH_RATE ordinary messages/s
for BENCH_SECONDS, more than the stack answers, so a backlog grows; every BENCH_DANGER_EVERY seconds a
new woman writes a danger sign. BENCH_MODE=embedded (default: SQLite database and queue, the
Procfile's processes, one Rasa) or production (PostgreSQL, Redis with PriorityRedisHuey, gunicorn,
BENCH_WORKERS queue workers, one Rasa: the fault tests' layout); the Prism Twilio mock either way. Measured from the moment each danger
message was posted: her reply, and the on-duty midwife's alert, reaching the Twilio mock; and for
comparison the ordinary replies' latency (inbound arrival → first reply sent, from the database).

    .venv/bin/python -m benchmarks.danger        # 20/s for 120 s, a danger sign every 10 s
    BENCH_MODE=production BENCH_RATE=50 BENCH_WORKERS=2 .venv/bin/python -m benchmarks.danger

Writes results/bench-danger-<mode>.json and prints a Markdown row for docs/benchmarks.md."""
from __future__ import annotations

import json
import os
import threading
import time
import uuid
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import requests
from sqlalchemy import create_engine, text

from benchmarks.run import percentile
from tests.support.stack import start_stack
from tests.support.twilio_mock import RunningTwilioMock

RATE = float(os.environ.get("BENCH_RATE", "20"))
SECONDS = float(os.environ.get("BENCH_SECONDS", "120"))
DANGER_EVERY = float(os.environ.get("BENCH_DANGER_EVERY", "10"))
WOMEN = int(os.environ.get("BENCH_WOMEN", "300"))
MODE = os.environ.get("BENCH_MODE", "embedded")
WORKERS = int(os.environ.get("BENCH_WORKERS", "2"))
TEXTS = ["Bonjour", "merci", "I ni ce", "au revoir", "comment éviter le paludisme", "i ni ce"]
MIDWIFE = "whatsapp:+22369999999"


def main() -> None:
    running = RunningTwilioMock()
    mock = running.mock
    if MODE == "production":
        from tests.chaos.prod_stack import start_production_stack

        production = start_production_stack(mock, rasa_instances=1, workers=WORKERS, prefix="jigiya_bench",
                                             redis_queue_db=9, redis_lock_db=10)
        stack = production.stack
        engine = create_engine(production.database_url.replace("postgresql://", "postgresql+psycopg://"))
        seconds_between = "extract(epoch FROM min(o.sent_at) - i.received_at)"
    else:
        production, stack = None, start_stack(mock)
        engine = create_engine(f"sqlite:///{stack.instance / 'jigiya.db'}")
        seconds_between = "(julianday(min(o.sent_at)) - julianday(i.received_at)) * 86400"
    try:
        with engine.begin() as connection:
            connection.execute(text("UPDATE staff_members SET on_duty = :no"), {"no": False})
            connection.execute(text(
                "INSERT INTO staff_members (name, phone, role, on_duty, active, reads_bambara, created_at) "
                "VALUES ('Awa', :phone, 'midwife', :yes, :yes, :no, CURRENT_TIMESTAMP)"),
                {"phone": MIDWIFE, "yes": True, "no": False})
        mock.clear()
        numbers = [f"whatsapp:+2236{i:05d}{uuid.uuid4().int % 100:02d}" for i in range(WOMEN)]
        dangers: dict[str, tuple[str, float]] = {}  # her number → (text, posted at, monotonic)
        local = threading.local()
        lock = threading.Lock()

        acks: list[float] = []  # the webhook's answer to each danger POST (what Twilio waits for)

        def post(form: dict) -> float:
            session = getattr(local, "session", None) or requests.Session()
            local.session = session
            started = time.monotonic()
            stack.post_whatsapp(form)
            return started

        def ordinary(index: int) -> None:
            post({"MessageSid": "SM" + uuid.uuid4().hex, "From": numbers[index % WOMEN],
                  "Body": TEXTS[(index // WOMEN) % len(TEXTS)], "NumMedia": "0"})

        def danger(index: int) -> None:
            number, body = f"whatsapp:+2238{index:07d}", f"Je saigne beaucoup depuis ce matin ({index})"
            started = post({"MessageSid": "SM" + uuid.uuid4().hex, "From": number, "Body": body, "NumMedia": "0"})
            with lock:
                dangers[number] = (body, started)
                acks.append(time.monotonic() - started)

        start = time.monotonic() + 0.5
        total, next_danger, index, dindex = int(RATE * SECONDS), start + DANGER_EVERY, 0, 0
        with ThreadPoolExecutor(64) as pool:
            while index < total:
                due = start + index / RATE
                if next_danger <= due:
                    time.sleep(max(0.0, next_danger - time.monotonic()))
                    pool.submit(danger, dindex)
                    dindex, next_danger = dindex + 1, next_danger + DANGER_EVERY
                    continue
                time.sleep(max(0.0, due - time.monotonic()))
                pool.submit(ordinary, index)
                index += 1
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline and len([m for m in mock.messages() if m.form.get("To") == MIDWIFE]) < len(dangers):
            time.sleep(0.5)
        with engine.connect() as connection:
            backlog = connection.execute(text("SELECT count(*) FROM inbound_messages WHERE status = 'pending'")).scalar()
            ordinary_latency = [float(row[0]) for row in connection.execute(text(
                f"SELECT {seconds_between} FROM inbound_messages i "
                "JOIN outbound_messages o ON o.inbound_id = i.id WHERE o.twilio_sid IS NOT NULL "
                "AND i.body NOT LIKE 'Je saigne%' GROUP BY i.id"))]
        alerts = [m for m in mock.messages() if m.form.get("To") == MIDWIFE]
        to_her, to_midwife, missing = [], [], 0
        for number, (body, started) in dangers.items():
            sent = mock.sent_to(number)
            alert = next((a for a in alerts if body in a.form.get("Body", "")), None)
            if not sent or alert is None:
                missing += 1
                continue
            to_her.append(sent[0].at - started)
            to_midwife.append(alert.at - started)
        result = {
            "mode": MODE, "workers": WORKERS if MODE == "production" else 1, "rate_per_s": RATE, "seconds": SECONDS, "danger_messages": len(dangers), "danger_unanswered": missing,
            "danger_reply_p50_s": round(percentile(to_her, 50), 2) if to_her else None,
            "danger_reply_p95_s": round(percentile(to_her, 95), 2) if to_her else None,
            "alert_p50_s": round(percentile(to_midwife, 50), 2) if to_midwife else None,
            "alert_p95_s": round(percentile(to_midwife, 95), 2) if to_midwife else None,
            "danger_webhook_ack_p95_s": round(percentile(acks, 95), 2) if acks else None,
            "ordinary_reply_p50_s": round(percentile(ordinary_latency, 50), 2) if ordinary_latency else None,
            "ordinary_reply_p95_s": round(percentile(ordinary_latency, 95), 2) if ordinary_latency else None,
            "backlog_at_end": backlog,
        }
    finally:
        engine.dispose()
        (production or stack).shutdown()
        running.stop()
    print(json.dumps(result), flush=True)
    Path("results").mkdir(exist_ok=True)
    Path(f"results/bench-danger-{MODE}.json").write_text(json.dumps(result, indent=2))
    print("| mode | rate | danger signs | her reply p50 / p95 | midwife alert p50 / p95 | ordinary reply p50 / p95 | backlog at the end |")
    print("| --- | --- | --- | --- | --- | --- | --- |")
    print(f"| {MODE} ({result['workers']} worker(s)) | {RATE:g}/s for {SECONDS:g} s | {result['danger_messages']} ({missing} unanswered) | "
          f"{result['danger_reply_p50_s']} / {result['danger_reply_p95_s']} s | {result['alert_p50_s']} / "
          f"{result['alert_p95_s']} s | {result['ordinary_reply_p50_s']} / {result['ordinary_reply_p95_s']} s | {backlog} |")


if __name__ == "__main__":
    main()
