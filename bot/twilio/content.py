"""Keep the Content API templates of the buttons and list (bot.twilio.interactive) in step with
the bot's text: one per (name, language), created through the official client, its SID and a
digest of the request kept in ``twilio_contents``.

Content API templates cannot be edited in place for WhatsApp: a changed text means a new
template (a new SID, which the bot uses from then on) and the old one deleted."""
from __future__ import annotations

import hashlib
import json
import logging
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session
from twilio.base.exceptions import TwilioRestException
from twilio.rest.content.v1.content import ContentList

from bot.content.i18n import LANGUAGES
from bot.models import TwilioContent
from bot.models.base import utcnow
from bot.twilio import interactive
from bot.twilio.client import content_client

log = logging.getLogger(__name__)


def digest(request: dict) -> str:
    return hashlib.sha256(json.dumps(request, sort_keys=True, ensure_ascii=False).encode()).hexdigest()


@dataclass(frozen=True)
class Change:
    name: str
    language: str
    action: str  # create | replace | unchanged
    old_sid: str | None = None
    new_sid: str | None = None


def plan(session: Session) -> list[tuple[Change, dict]]:
    """What sync would do for every template and language, with the request it would send."""
    rows = {(r.name, r.language): r for r in session.scalars(select(TwilioContent))}
    changes = []
    for name in interactive.NAMES:
        for language in LANGUAGES:
            request = interactive.definition(name, language)
            row = rows.get((name, language))
            if row is None:
                action = "create"
            elif row.digest != digest(request) or not row.active:
                action = "replace"
            else:
                action = "unchanged"
            changes.append((Change(name, language, action, row.sid if row else None), request))
    return changes


def sync(session: Session, dry_run: bool = False) -> list[Change]:
    """Create what is missing, recreate what changed (deleting the old template), leave the rest.
    Raises TwilioRestException when Twilio refuses a request (nothing is recorded for it)."""
    done = []
    for change, request in plan(session):
        if dry_run or change.action == "unchanged":
            done.append(change)
            continue
        client = content_client()
        created = client.content.v1.contents.create(
            content_create_request=ContentList.ContentCreateRequest(request))
        row = session.scalar(select(TwilioContent).where(TwilioContent.name == change.name,
                                                         TwilioContent.language == change.language))
        if row is None:
            row = TwilioContent(name=change.name, language=change.language)
            session.add(row)
        row.sid, row.digest, row.active, row.synced_at = created.sid, digest(request), True, utcnow()
        session.flush()
        if change.old_sid and change.old_sid != created.sid:
            try:
                client.content.v1.contents(change.old_sid).delete()
            except TwilioRestException as exc:  # already gone: the new one is what counts
                log.warning("old content %s %s not deleted: %s", change.name, change.language, exc.status)
        done.append(Change(change.name, change.language, change.action, change.old_sid, created.sid))
    return done


def content_sid(session: Session, name: str, language: str) -> str | None:
    """The synced template's SID, or None (never synced, or no Twilio): the text goes instead."""
    return session.scalar(select(TwilioContent.sid).where(
        TwilioContent.name == name, TwilioContent.language == language, TwilioContent.active.is_(True)))
