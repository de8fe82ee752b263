"""Broadcast settings, from the environment (listed in .env.example)."""
from __future__ import annotations

import os
from dataclasses import dataclass

# The Twilio client's HTTP timeout (bot.twilio.client.RebasedHttpClient): a claim must outlive it.
TWILIO_HTTP_TIMEOUT = 15.0


def _number(name: str, default: float, minimum: float) -> float:
    raw = os.environ.get(name, "").strip()
    try:
        value = float(raw) if raw else default
    except ValueError as exc:
        raise RuntimeError(f"{name} must be a number, got {raw!r}") from exc
    if value < minimum:
        raise RuntimeError(f"{name} must be at least {minimum}, got {value}")
    return value


@dataclass(frozen=True)
class BroadcastSettings:
    mps: float  # messages per second across every worker
    senders: int  # sender tasks per broadcast (more than one survives a worker's death)
    concurrency: int  # Twilio calls in flight per sender task
    slice_seconds: float  # a sender task yields its queue thread this often
    lease_seconds: float  # a claim older than this with no result is "in doubt" (see sender.py)
    max_attempts: int  # tries per recipient on 429/5xx before she is marked failed

    @classmethod
    def from_env(cls) -> "BroadcastSettings":
        return cls(
            mps=_number("BROADCAST_MPS", 20, 0.1),
            senders=int(_number("BROADCAST_SENDERS", 2, 1)),
            concurrency=int(_number("BROADCAST_CONCURRENCY", 8, 1)),
            slice_seconds=_number("BROADCAST_SLICE_SECONDS", 2, 0.2),
            lease_seconds=_number("BROADCAST_LEASE_SECONDS", 30, TWILIO_HTTP_TIMEOUT + 5),
            max_attempts=int(_number("BROADCAST_MAX_ATTEMPTS", 8, 1)),
        )


def broadcast_settings() -> BroadcastSettings:
    return BroadcastSettings.from_env()
