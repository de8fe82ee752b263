"""`make bench-broadcast`: one broadcast to a 10,000-woman group against the local Twilio mock.

Two queue workers (the Procfile's command, twice) share BROADCAST_MPS. Measured twice: undisturbed,
and with one worker SIGKILLed when half the messages are out (the other carries on; the dead one's
in-flight claims are settled after BROADCAST_LEASE_SECONDS). Reported per run:

- time from the first message reaching the mock to the last, against N / BROADCAST_MPS;
- the busiest one-second window seen by the mock (the limiter holds if it is <= BROADCAST_MPS);
- duplicates (a number that received more than one) and losses (a member who received none).

Settings: BENCH_RECIPIENTS (10000), BROADCAST_MPS (20), BENCH_KILL (both | no | only).
Writes results/bench-broadcast.json and prints Markdown rows for docs/benchmarks.md.
"""
from __future__ import annotations

import bisect
import json
import os
import signal
import subprocess
import sys
import tempfile
import time
from collections import Counter
from datetime import date, timedelta
from pathlib import Path

from tests.support.twilio_mock import RunningTwilioMock

ROOT = Path(__file__).resolve().parent.parent
BIN = Path(sys.executable).parent
RECIPIENTS = int(os.environ.get("BENCH_RECIPIENTS", "10000"))
MPS = float(os.environ.get("BROADCAST_MPS", "20"))
KILL = os.environ.get("BENCH_KILL", "both")


def seed(env: dict, recipients: int, code: str) -> list[str]:
    """A CSCom, a group and its members (70% wrote today, 30% did not: they get the template)."""
    os.environ.update(env)
    from sqlalchemy import insert

    from bot.config import reset_settings
    from bot import db
    from bot.models import Cscom, ShareGroup, Woman
    from bot.models.base import utcnow

    reset_settings()
    db.dispose_engine()
    phones = [f"whatsapp:+2237{code[-1]}{i:07d}" for i in range(recipients)]
    with db.session_scope() as session:
        cscom = Cscom(name=f"CSCom {code}")
        session.add(cscom)
        session.flush()
        group = ShareGroup(name=code.title(), code=code, cscom_id=cscom.id, meeting_place="École",
                           curriculum_start=date(2026, 9, 1))
        session.add(group)
        session.flush()
        now = utcnow()
        session.execute(insert(Woman), [
            {"phone": phone, "language": "bm" if i % 3 == 0 else "fr", "group_id": group.id,
             "consent_at": now - timedelta(days=10),
             "last_inbound_at": now - (timedelta(hours=1) if i % 10 < 7 else timedelta(days=3))}
            for i, phone in enumerate(phones)])
    db.dispose_engine()
    return phones


def start_worker(env: dict, log: Path) -> subprocess.Popen:
    return subprocess.Popen([str(BIN / "huey_consumer"), "bot.worker.huey", "-k", "thread", "-w", "4"],
                            cwd=ROOT, env=env, stdout=open(log, "ab"), stderr=subprocess.STDOUT,
                            start_new_session=True)


def busiest(times: list[float], window: float = 1.0) -> int:
    """The most arrivals in any ``window`` seconds."""
    times = sorted(times)
    return max((bisect.bisect_left(times, t + window) - i for i, t in enumerate(times)), default=0)


def run(mock, env: dict, instance: Path, label: str, kill: bool) -> dict:
    code = f"SHARE BENCH{label[0].upper()}"
    phones = seed(env, RECIPIENTS, code)
    workers = [start_worker(env, instance / f"worker-{label}-{i}.log") for i in range(2)]
    time.sleep(25)  # both consumers up (the language identifier warms up at start)
    mock.clear()
    started = time.monotonic()
    out = subprocess.run([str(BIN / "flask"), "--app", "webhook", "broadcast", "send", "--group", code,
                          "--message-key", "meeting_reminder", "--no-wait"],
                         cwd=ROOT, env=env, capture_output=True, text=True, check=True)
    broadcast_id = int(out.stdout.split()[1].rstrip(":"))
    killed_at = None
    expected = set(phones)
    try:
        while True:
            received = len(mock.messages())
            if kill and killed_at is None and received >= RECIPIENTS // 2:
                os.killpg(workers[0].pid, signal.SIGKILL)
                workers[0].wait(10)
                killed_at = received
            if received >= len(expected) and _status(env, broadcast_id) == "done":
                break
            if time.monotonic() - started > 4 * RECIPIENTS / MPS + 300:
                raise RuntimeError(f"{label}: not done ({received} of {len(expected)})")
            time.sleep(0.5)
        time.sleep(3)  # anything late (a duplicate would show here)
    finally:
        for worker in workers:
            if worker.poll() is None:
                os.killpg(worker.pid, signal.SIGTERM)
                worker.wait(30)
    accepted = mock.messages()
    counts = Counter(m.form["To"] for m in accepted)
    times = [m.arrived for m in accepted]
    span = max(times) - min(times)
    ideal = (len(expected) - 1) / MPS
    return {
        "run": label, "recipients": len(expected), "mps": MPS,
        "seconds_first_to_last": round(span, 1), "ideal_seconds": round(ideal, 1),
        "over_ideal_pct": round(100 * (span - ideal) / ideal, 2),
        "busiest_second": busiest(times),
        "busiest_10s_per_second": round(busiest(times, 10.0) / 10, 1),
        "templates": sum(1 for m in accepted if "ContentSid" in m.form),
        "duplicates": sum(1 for n in counts.values() if n > 1),
        "losses": len(expected - set(counts)),
        "killed_after": killed_at,
        "retries_429_503": sum(1 for r in mock.requests if r.status in (429, 503)),
    }


def _status(env: dict, broadcast_id: int) -> str | None:
    from sqlalchemy import select

    from bot import db
    from bot.models import Broadcast

    with db.session_scope() as session:
        return session.scalar(select(Broadcast.status).where(Broadcast.id == broadcast_id))


def main() -> None:
    running = RunningTwilioMock()
    instance = Path(tempfile.mkdtemp(prefix="jigiya-bench-broadcast-"))
    env = {
        **{k: v for k, v in os.environ.items() if k not in ("REDIS_URL",)},
        "JIGIYA_INSTANCE_DIR": str(instance), "PYTHONPATH": str(ROOT), "SECRET_KEY": "bench",
        "DATABASE_URL": os.environ.get("BENCH_DATABASE_URL") or f"sqlite:///{instance / 'jigiya.db'}",
        "TWILIO_ACCOUNT_SID": "AC" + "0" * 32, "TWILIO_AUTH_TOKEN": "bench-token",
        "TWILIO_WHATSAPP_FROM": "whatsapp:+14155238886", "TWILIO_API_URL": running.mock.url,
        "TWILIO_STATUS_CALLBACK": "0", "PUBLIC_BASE_URL": "https://jigiya.example.org",
        "CONTENT_SID_MEETING_REMINDER_FR": "HX" + "1" * 32, "CONTENT_SID_MEETING_REMINDER_BM": "HX" + "2" * 32,
        "BROADCAST_MPS": str(MPS),
    }
    subprocess.run([str(BIN / "flask"), "--app", "webhook", "db", "upgrade"], cwd=ROOT, env=env, check=True,
                   capture_output=True)
    results = []
    try:
        if KILL in ("both", "no"):
            results.append(run(running.mock, env, instance, "steady", kill=False))
        if KILL in ("both", "only"):
            results.append(run(running.mock, env, instance, "killed", kill=True))
    finally:
        running.stop()
    Path("results").mkdir(exist_ok=True)
    Path("results/bench-broadcast.json").write_text(json.dumps(results, indent=2))
    print("| run | recipients | MPS | first→last | (N-1)/MPS | over | busiest 1 s | busiest 10 s, per s | duplicates | losses |")
    print("| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |")
    for r in results:
        killed = f" (worker killed at {r['killed_after']})" if r["killed_after"] else ""
        print(f"| {r['run']}{killed} | {r['recipients']} | {r['mps']:g} | {r['seconds_first_to_last']} s | "
              f"{r['ideal_seconds']} s | {r['over_ideal_pct']} % | {r['busiest_second']} | "
              f"{r['busiest_10s_per_second']} | {r['duplicates']} | "
              f"{r['losses']} |")


if __name__ == "__main__":
    main()
