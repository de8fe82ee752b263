"""Settings of the escalation path, read from the environment (documented in .env.example)."""
from __future__ import annotations

import os
from dataclasses import dataclass


@dataclass(frozen=True)
class EscalationSettings:
    # Approved WhatsApp template (Twilio Content API, "HX…") for the urgent alert when the midwife
    # has not written to the bot in the last 24 hours; variables {{1}} = her message, {{2}} = link.
    alert_content_sid: str
    # How many recent messages (hers and the bot's) an escalation keeps as context.
    context_messages: int
    # Minutes an urgent alert waits for an acknowledgement before the ladder's next step.
    ack_minutes: float = 10.0
    # The CSCom (by name) of a woman whose CSCom is not known otherwise (one-centre deployments).
    default_cscom: str = ""

    @classmethod
    def from_env(cls) -> "EscalationSettings":
        return cls(
            alert_content_sid=os.environ.get("MIDWIFE_ALERT_CONTENT_SID", "").strip(),
            context_messages=int(os.environ.get("ESCALATION_CONTEXT_MESSAGES", "6") or 6),
            ack_minutes=_minutes(os.environ.get("ALERT_ACK_MINUTES", "10")),
            default_cscom=os.environ.get("DEFAULT_CSCOM", "").strip(),
        )


def _minutes(raw: str) -> float:
    try:
        value = float(raw.strip() or 10)
    except ValueError:
        raise RuntimeError(f"ALERT_ACK_MINUTES must be a number of minutes, got {raw!r}") from None
    if value <= 0:
        raise RuntimeError(f"ALERT_ACK_MINUTES must be more than 0, got {value}")
    return value


def escalation_settings() -> EscalationSettings:
    # Not cached: tests change the environment, and reading four variables costs nothing.
    return EscalationSettings.from_env()
