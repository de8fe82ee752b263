"""`make bench`: the walking skeleton's figures, measured on the real stack (the Procfile's processes).

- webhook acknowledgement latency, 50 concurrent senders posting signed WhatsApp messages;
- end-to-end reply latency: from the POST to the first reply reaching the Twilio mock;
- resident memory of the whole stack (web, worker, actions, Rasa; the Twilio mock excluded).

Prints a Markdown table and writes results/bench.json. Figures are recorded in docs/benchmarks.md.
"""
from __future__ import annotations

import json
import math
import os
import threading
import time
import uuid
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import requests
from twilio.request_validator import RequestValidator

from tests.support.stack import AUTH_TOKEN, PUBLIC_BASE_URL, start_stack
from tests.support.twilio_mock import RunningTwilioMock

SENDERS = int(os.environ.get("BENCH_SENDERS", "50"))
MESSAGES_PER_SENDER = int(os.environ.get("BENCH_MESSAGES", "6"))
TEXTS = ["Bonjour", "merci", "I ni ce", "je veux voir la sage-femme", "au revoir", "i ni ce"]


def percentile(values: list[float], p: float) -> float:
    ordered = sorted(values)
    return ordered[max(0, math.ceil(p / 100 * len(ordered)) - 1)]


def tree_rss_kb(pid: int) -> int:
    """Resident memory of a process and all its descendants, from /proc."""
    children: dict[int, list[int]] = {}
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                ppid = int((entry / "stat").read_text().rsplit(")", 1)[1].split()[1])
            except (OSError, IndexError, ValueError):
                continue
            children.setdefault(ppid, []).append(int(entry.name))
    total, todo = 0, [pid]
    while todo:
        current = todo.pop()
        todo.extend(children.get(current, []))
        try:
            for line in Path(f"/proc/{current}/status").read_text().splitlines():
                if line.startswith("VmRSS:"):
                    total += int(line.split()[1])
        except OSError:
            pass
    return total


def sender(stack, mock, index: int, acks: list, replies: list, lock: threading.Lock) -> None:
    number = f"whatsapp:+2237{index:04d}{uuid.uuid4().int % 1000:03d}"
    session = requests.Session()
    for text in TEXTS[:MESSAGES_PER_SENDER]:
        before = len(mock.sent_to(number))
        started = time.monotonic()
        form = {"MessageSid": "SM" + uuid.uuid4().hex, "From": number, "Body": text, "NumMedia": "0"}
        signature = RequestValidator(AUTH_TOKEN).compute_signature(f"{PUBLIC_BASE_URL}/twilio/whatsapp", form)
        response = session.post(f"{stack.web_url}/twilio/whatsapp", data=form,
                                headers={"X-Twilio-Signature": signature}, timeout=30)
        ack = time.monotonic() - started
        assert response.status_code == 200, response.text
        deadline = started + 60
        first = None
        while time.monotonic() < deadline:
            sent = mock.sent_to(number)
            if len(sent) > before:
                first = sent[before].at - started
                break
            time.sleep(0.01)
        time.sleep(0.3)  # let the rest of this turn's replies arrive before her next message
        with lock:
            acks.append(ack)
            if first is not None:
                replies.append(first)


def main() -> None:
    running_mock = RunningTwilioMock()
    stack = start_stack(running_mock.mock)
    try:
        # Warm-up: the first parse loads lazily inside Rasa.
        sender(stack, running_mock.mock, 9999, [], [], threading.Lock())
        acks: list[float] = []
        replies: list[float] = []
        lock = threading.Lock()
        started = time.monotonic()
        with ThreadPoolExecutor(SENDERS) as pool:
            for future in [pool.submit(sender, stack, running_mock.mock, i, acks, replies, lock)
                           for i in range(SENDERS)]:
                future.result()
        elapsed = time.monotonic() - started
        memory = {name: tree_rss_kb(p.pid) for name, p in stack.processes.items()}
        total_sent = SENDERS * MESSAGES_PER_SENDER
        result = {
            "senders": SENDERS, "messages": total_sent, "seconds": round(elapsed, 1),
            "ack_p50_ms": round(percentile(acks, 50) * 1000, 1),
            "ack_p99_ms": round(percentile(acks, 99) * 1000, 1),
            "reply_p50_s": round(percentile(replies, 50), 3),
            "reply_p95_s": round(percentile(replies, 95), 3),
            "unanswered": total_sent - len(replies),
            "rss_mb": {name: round(kb / 1024) for name, kb in memory.items()},
            "rss_total_mb": round(sum(memory.values()) / 1024),
        }
    finally:
        stack.shutdown()
        running_mock.stop()
    Path("results").mkdir(exist_ok=True)
    Path("results/bench.json").write_text(json.dumps(result, indent=2))
    print(f"| senders | messages | ack p50 | ack p99 | reply p50 | reply p95 | unanswered | stack RSS |")
    print("| --- | --- | --- | --- | --- | --- | --- | --- |")
    print(f"| {SENDERS} | {total_sent} | {result['ack_p50_ms']} ms | {result['ack_p99_ms']} ms | "
          f"{result['reply_p50_s']} s | {result['reply_p95_s']} s | {result['unanswered']} | "
          f"{result['rss_total_mb']} MB {result['rss_mb']} |")


if __name__ == "__main__":
    main()
