"""Sending a broadcast: claim one recipient, wait for a send slot, call Twilio, record the result.

Delivery guarantee (Twilio has no idempotency key, so this is what we can promise, precisely):

1. The claim (status ``sending``, a fresh token, the exact text or template chosen) is committed
   *before* the Twilio call, in an UPDATE that only succeeds on a ``pending`` row: two workers can
   never both send to her for the same broadcast. A sender claims only once it holds a send slot,
   so a claim lives no longer than one Twilio call, however long the pacer (or a Retry-After) made
   it wait.
2. The result (SID, status) is committed right after Twilio answers, under the same token.
3. If the worker dies between 1 and 2, the row stays ``sending``. After BROADCAST_LEASE_SECONDS
   (longer than the Twilio call's timeout, so no live call is ever in doubt) a sender asks Twilio
   for a message to her that we never recorded (bot.broadcast.reconcile): found → adopted, not
   re-sent; not found → back to ``pending`` and sent again. While Twilio cannot be asked, it waits.

So: no loss, and no duplicate as long as Twilio's message list shows a message it accepted — the
one residual risk is a message Twilio accepted but does not list yet when the lease expires.
Opted-out women, and women who left the group, are re-checked at claim time and never sent to.
"""
from __future__ import annotations

import logging
import random
import uuid
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from datetime import timedelta
from time import monotonic

from sqlalchemy import func, select, update

from bot.broadcast.messages import Content, NothingToSend, kind_of, render
from bot.broadcast.pacer import Pacer
from bot.broadcast.reconcile import unrecorded_message
from bot.broadcast.settings import BroadcastSettings
from bot.config import get_settings
from bot.db import session_scope
from bot.models import Broadcast, BroadcastRecipient, ShareGroup, Woman
from bot.models.base import utcnow
from bot.twilio.client import TemporaryTwilioError, send_whatsapp
from bot.twilio.templates import template_sid, within_window

log = logging.getLogger(__name__)
CANDIDATES = 32  # claimers pick among the first few ready rows at random: few collisions
MAX_BACKOFF = 60


@dataclass(frozen=True)
class Claim:
    recipient_id: int
    token: str
    phone: str
    body: str | None  # free text, or None for a template
    content_sid: str | None
    variables: dict | None


@dataclass(frozen=True)
class Job:
    broadcast_id: int
    group_id: int
    kind: str
    contents: dict[str, Content | NothingToSend]  # per language


def load_job(broadcast_id: int) -> Job:
    with session_scope() as session:
        broadcast = session.get(Broadcast, broadcast_id)
        group = session.get(ShareGroup, broadcast.group_id)
        contents: dict[str, Content | NothingToSend] = {}
        for language in ("fr", "bm"):
            try:
                contents[language] = render(session, group, broadcast.message_key, broadcast.text, language)
            except NothingToSend as exc:
                contents[language] = exc
        return Job(broadcast_id, group.id, kind_of(broadcast.message_key), contents)


def _ready(broadcast_id: int, now):
    return select(BroadcastRecipient.id).where(
        BroadcastRecipient.broadcast_id == broadcast_id, BroadcastRecipient.status == "pending",
        (BroadcastRecipient.not_before.is_(None)) | (BroadcastRecipient.not_before <= now))


def claim_next(job: Job) -> Claim | None:
    """Claim the next ready recipient who is to be sent to; those settled without a send on the way
    (opted out, left, no template) are recorded as such. None when nothing is ready."""
    twilio = get_settings().twilio_enabled
    while True:
        now = utcnow()
        with session_scope() as session:
            ids = list(session.scalars(_ready(job.broadcast_id, now).order_by(BroadcastRecipient.id)
                                       .limit(CANDIDATES)))
            if not ids:
                return None
            recipient_id, token = random.choice(ids), uuid.uuid4().hex
            won = session.execute(
                update(BroadcastRecipient)
                .where(BroadcastRecipient.id == recipient_id, BroadcastRecipient.status == "pending")
                .values(status="sending", claim_token=token, claimed_at=now,
                        attempts=BroadcastRecipient.attempts + 1, updated_at=now)
                .execution_options(synchronize_session=False)).rowcount == 1
            if not won:
                continue  # another sender took it first
            recipient = session.get(BroadcastRecipient, recipient_id)
            woman = session.get(Woman, recipient.woman_id)
            settled = None
            if woman.opted_out or woman.consent_at is None:
                settled = "opted_out"
            elif woman.group_id != job.group_id:
                settled = "left"
            content = job.contents.get(recipient.language) or job.contents["fr"]
            if settled is None and isinstance(content, NothingToSend):
                settled, recipient.error_code = "failed", "nothing_to_send"
            if settled is None:
                recipient.body, recipient.content_variables = content.body, content.variables
                if within_window(woman.last_inbound_at):
                    recipient.mode = "text"
                elif sid := template_sid(job.kind, recipient.language):
                    recipient.mode, recipient.content_sid = "template", sid
                else:
                    settled = "no_template"
            if settled is None and not (twilio and woman.phone.startswith("whatsapp:")):
                settled = "simulated"  # no Twilio here: kept for the pages, like the simulator
            if settled is not None:
                recipient.status, recipient.claim_token = settled, None
                if settled in ("no_template", "opted_out", "left"):
                    recipient.error_code = settled
                continue
            return Claim(recipient_id, token, woman.phone,
                         recipient.body if recipient.mode == "text" else None,
                         recipient.content_sid, recipient.content_variables)


def _record(claim: Claim, **values) -> None:
    with session_scope() as session:
        done = session.execute(
            update(BroadcastRecipient)
            .where(BroadcastRecipient.id == claim.recipient_id, BroadcastRecipient.claim_token == claim.token)
            .values(claim_token=None, updated_at=utcnow(), **values)
            .execution_options(synchronize_session=False)).rowcount
    if not done:  # cannot happen while the lease outlives the call; loud if it ever does
        log.error("broadcast recipient %s: result not recorded, claim lost", claim.recipient_id)


def send_claimed(claim: Claim, pacer: Pacer, settings: BroadcastSettings) -> None:
    """Call Twilio for a claim made in the current send slot, and record what it said."""
    try:
        if claim.body is not None:
            result = send_whatsapp(claim.phone, claim.body)
        else:
            result = send_whatsapp(claim.phone, content_sid=claim.content_sid,
                                   content_variables=claim.variables)
    except TemporaryTwilioError as exc:
        with session_scope() as session:
            attempts = session.get(BroadcastRecipient, claim.recipient_id).attempts
        if attempts >= settings.max_attempts:
            _record(claim, status="failed", error_code="retries_exhausted")
            return
        delay = exc.retry_after if exc.retry_after else min(MAX_BACKOFF, 2 ** (attempts - 1))
        if exc.retry_after:
            pacer.pause(exc.retry_after)  # Twilio said when: every sender waits, not just this one
        log.warning("broadcast recipient %s retried in %ss: %s", claim.recipient_id, delay, exc)
        _record(claim, status="pending", not_before=utcnow() + timedelta(seconds=delay))
        return
    _record(claim, status=result.status, twilio_sid=result.sid, error_code=result.error_code,
            sent_at=utcnow())


def reconcile_in_doubt(broadcast_id: int, settings: BroadcastSettings) -> int:
    """Settle claims older than the lease (their worker died mid-send). Returns how many.

    Each settlement is conditional on the claim token it examined: two senders reconciling at once
    (or a row reclaimed meanwhile) can never overwrite a newer claim."""
    cutoff = utcnow() - timedelta(seconds=settings.lease_seconds)
    with session_scope() as session:
        stale = [(r.id, r.claim_token, r.woman_id, r.woman.phone, r.claimed_at, r.body if r.mode == "text" else None)
                 for r in session.scalars(select(BroadcastRecipient).where(
                     BroadcastRecipient.broadcast_id == broadcast_id, BroadcastRecipient.status == "sending",
                     BroadcastRecipient.claimed_at < cutoff))]
    settled = 0
    for recipient_id, token, woman_id, phone, claimed_at, body in stale:
        with session_scope() as session:
            found = None
            if get_settings().twilio_enabled:
                try:
                    found = unrecorded_message(session, woman_id, phone, claimed_at, body)
                except TemporaryTwilioError as exc:
                    log.warning("broadcast recipient %s stays in doubt: %s", recipient_id, exc)
                    continue
            values = (dict(status=found[1], twilio_sid=found[0], sent_at=claimed_at) if found
                      else dict(status="pending"))
            done = session.execute(
                update(BroadcastRecipient)
                .where(BroadcastRecipient.id == recipient_id, BroadcastRecipient.status == "sending",
                       BroadcastRecipient.claim_token == token)
                .values(claim_token=None, updated_at=utcnow(), **values)
                .execution_options(synchronize_session=False)).rowcount
        if done:
            settled += 1
            log.warning("broadcast recipient %s was in doubt: %s", recipient_id,
                        "Twilio had it, adopted, not sent again" if found else "Twilio never had it, sent again")
    return settled


def _work(job: Job, pacer: Pacer, settings: BroadcastSettings, deadline: float) -> int:
    sent = 0
    while monotonic() < deadline:
        pacer.acquire()  # slot first, then the claim: see the module's point 1
        claim = claim_next(job)
        if claim is None:
            break
        send_claimed(claim, pacer, settings)
        sent += 1
    return sent


def run_slice(job: Job, pacer: Pacer, settings: BroadcastSettings) -> int:
    """Send for up to BROADCAST_SLICE_SECONDS with BROADCAST_CONCURRENCY calls in flight."""
    deadline = monotonic() + settings.slice_seconds
    with ThreadPoolExecutor(settings.concurrency, thread_name_prefix="broadcast") as pool:
        futures = [pool.submit(_work, job, pacer, settings, deadline) for _ in range(settings.concurrency)]
        return sum(f.result() for f in futures)


def remaining(broadcast_id: int) -> tuple[int, int, float | None]:
    """(ready or waiting pending rows, in-flight claims, seconds until the soonest retry)."""
    with session_scope() as session:
        counts = dict(session.execute(select(BroadcastRecipient.status, func.count()).where(
            BroadcastRecipient.broadcast_id == broadcast_id,
            BroadcastRecipient.status.in_(("pending", "sending"))).group_by(BroadcastRecipient.status)).all())
        soonest = session.scalar(select(func.min(BroadcastRecipient.not_before)).where(
            BroadcastRecipient.broadcast_id == broadcast_id, BroadcastRecipient.status == "pending"))
    wait = None
    if soonest is not None:
        if soonest.tzinfo is None:  # SQLite aggregates lose the type decorator
            from datetime import timezone
            soonest = soonest.replace(tzinfo=timezone.utc)
        wait = max(0.0, (soonest - utcnow()).total_seconds())
    return counts.get("pending", 0), counts.get("sending", 0), wait
