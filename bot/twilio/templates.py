"""Approved WhatsApp templates (Twilio Content API, "HX…" SIDs) for messages a woman did not just
ask for. WhatsApp accepts free text only within 24 hours of her last message; outside that window
only a template goes through. One template per message kind and language, from the environment:
``CONTENT_SID_<KIND>_<LANG>`` (e.g. ``CONTENT_SID_MONTHLY_TOPIC_BM``); .env.example lists them
with their variables.
"""
from __future__ import annotations

import os
from datetime import datetime, timedelta

from bot.models.base import utcnow

WINDOW = timedelta(hours=24)

#: Message kinds that may be sent outside the window, and what each template's variables hold.
TEMPLATE_KINDS: dict[str, str] = {
    "monthly_topic": "{{1}} = the month's topic title, {{2}} = the next meeting (date, time, place)",
    "meeting_reminder": "{{1}} = the group, {{2}} = the meeting (date, time, place)",
    "checklist_reminder": "{{1}} = how many delivery-checklist items are still open",
    "group_welcome": "{{1}} = the group's name",
    # After the birth and during the pregnancy (bot.postnatal.schedule, issue 15).
    "postnatal": "{{1}} = the message's first line (the visit or vaccines due), as in her language",
    "cpn_reminder": "{{1}} = her completed weeks of pregnancy (12 for the first CPN: 'before 12 weeks')",
    "midwife_reply": "no variables: 'a midwife answered you — reply to read it'",
    # A facilitator's free message to her group (bot/broadcast): a generic template carrying her words.
    "group_message": "{{1}} = the group's name, {{2}} = the facilitator's message, as she typed it",
}


def template_sid(kind: str, language: str) -> str | None:
    value = os.environ.get(f"CONTENT_SID_{kind.upper()}_{language.upper()}", "").strip()
    return value or None


def within_window(last_inbound_at: datetime | None, now: datetime | None = None) -> bool:
    return last_inbound_at is not None and (now or utcnow()) - last_inbound_at < WINDOW
