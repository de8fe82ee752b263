"""A birth or a loss she reports in her own words (``bot.postnatal.detect``), read by the worker's
triage after the danger check and STOP/START, and by the Rasa actions ``report_birth`` and
``report_loss`` for what the detector misses."""
from __future__ import annotations

from datetime import datetime

from sqlalchemy.orm import Session

from bot.models import Woman
from bot.postnatal import detect, stage
from bot.share.calendar import local


def reported(session: Session, woman: Woman, text: str, now: datetime, inbound_id: int | None,
             language: str | None = None) -> tuple[str, list[str], bool] | None:
    """(kind, replies, ask the model too) when the message reports a loss or a birth, else None.
    ``language``: the one she clearly wrote in, when it is not hers (answered in it, like danger)."""
    if detect.is_loss(text):
        return "report_loss", [stage.record_loss(session, woman, text, now, inbound_id, language)], False
    if detect.is_birth(text) and woman.stage != "loss":
        replies = birth(session, woman, text, now, language)
        return "report_birth", replies, detect.asks_more(text)
    return None


def birth(session: Session, woman: Woman, text: str, now: datetime, language: str | None = None) -> list[str]:
    today = local(now).date()
    return stage.record_birth(session, woman, detect.birth_date_in(text, today), now, today, language)
