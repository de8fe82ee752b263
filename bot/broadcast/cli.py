"""`flask broadcast send|status`: the facilitator pages' twin for operators.

``send`` creates the broadcast and hands it to the queue (the worker sends it, at the shared rate);
it then follows the progress with a bar until every copy is settled (``--no-wait`` returns at once).
"""
from __future__ import annotations

import getpass
import time
from datetime import datetime, timezone

import click
from flask.cli import AppGroup
from sqlalchemy import func, select

from bot.broadcast import service
from bot.broadcast.errors import explain
from bot.broadcast.messages import MESSAGE_KEYS, NothingToSend
from bot.db import session_scope
from bot.models import Broadcast, BroadcastRecipient, ShareGroup, StaffMember

broadcast_cli = AppGroup("broadcast", help="Messages to a whole SHARE group (see /staff/broadcasts).")
STALL_HINT_AFTER = 30  # seconds without progress before suggesting the worker is not running


def _when(value: str | None) -> datetime | None:
    if not value:
        return None
    try:
        at = datetime.fromisoformat(value)
    except ValueError:
        raise click.BadParameter("use ISO 8601, e.g. 2026-12-01T09:00 (Bamako time = UTC)", param_hint="--at")
    return at.replace(tzinfo=timezone.utc) if at.tzinfo is None else at.astimezone(timezone.utc)


@broadcast_cli.command("send")
@click.option("--group", "code", required=True, help="The group's code, e.g. 'SHARE SOTUBA'.")
@click.option("--message-key", type=click.Choice(sorted(MESSAGE_KEYS)), help="A prepared message.")
@click.option("--text", help="A free message, sent as typed.")
@click.option("--at", "at_text", help="When (ISO 8601, Bamako time = UTC); default now.")
@click.option("--by", "username", help="The staff account this is sent for (kept in the audit).")
@click.option("--wait/--no-wait", default=True, help="Follow the progress until done (default).")
def send(code: str, message_key: str | None, text: str | None, at_text: str | None, username: str | None,
         wait: bool) -> None:
    """Send a message to every member of a group, each in her language."""
    from bot.broadcast.tasks import send_or_schedule

    if (message_key is None) == (text is None):
        raise click.UsageError("give exactly one of --message-key or --text")
    at = _when(at_text)
    with session_scope() as session:
        group = session.scalar(select(ShareGroup).where(func.upper(ShareGroup.code) == " ".join(code.upper().split())))
        if group is None:
            raise click.BadParameter(f"no group with code {code!r}", param_hint="--group")
        staff_id = None
        if username:
            staff_id = session.scalar(select(StaffMember.id).where(func.lower(StaffMember.username) == username.lower()))
            if staff_id is None:
                raise click.BadParameter(f"no staff account {username!r}", param_hint="--by")
        group_id = group.id
    try:
        broadcast_id = service.create_broadcast(group_id, message_key=message_key, text=text, at=at,
                                                created_by_id=staff_id, origin=f"cli:{getpass.getuser()}")
    except NothingToSend as exc:
        raise click.ClickException(str(exc))
    send_or_schedule(broadcast_id)
    click.echo(f"broadcast {broadcast_id}: " + (f"scheduled for {at:%Y-%m-%d %H:%M} UTC" if at else "queued"))
    if wait and not at:
        _follow(broadcast_id)


def _follow(broadcast_id: int) -> None:
    while (progress := service.progress(broadcast_id)).total == 0:  # the worker has not started it yet
        if _status(broadcast_id) == "done":
            break
        time.sleep(0.5)
    last, stalled_since = -1, time.monotonic()
    with click.progressbar(length=progress.total, label="sending", show_pos=True) as bar:
        while True:
            progress = service.progress(broadcast_id)
            if progress.settled != last:
                bar.update(progress.settled - max(last, 0))
                last, stalled_since = progress.settled, time.monotonic()
            if _status(broadcast_id) in ("done", "cancelled"):
                break
            if time.monotonic() - stalled_since > STALL_HINT_AFTER:
                click.echo("\nno progress for 30 s: is the worker running? (make run, or huey_consumer bot.worker.huey)",
                           err=True)
                stalled_since = time.monotonic()
            time.sleep(0.5)
    _print_status(broadcast_id)


def _status(broadcast_id: int) -> str | None:
    with session_scope() as session:
        return session.scalar(select(Broadcast.status).where(Broadcast.id == broadcast_id))


def _print_status(broadcast_id: int) -> None:
    with session_scope() as session:
        broadcast = session.get(Broadcast, broadcast_id)
        who = broadcast.created_by.name if broadcast.created_by else broadcast.origin
        click.echo(f"broadcast {broadcast.id} · group {broadcast.group.code} · "
                   f"{broadcast.message_key or 'free text'} · {broadcast.status} · by {who} · "
                   f"created {broadcast.created_at:%Y-%m-%d %H:%M} UTC")
        rows = session.scalars(select(BroadcastRecipient).where(BroadcastRecipient.broadcast_id == broadcast_id)
                               .order_by(BroadcastRecipient.id)).all()
        counts: dict[str, int] = {}
        for row in rows:
            counts[row.status] = counts.get(row.status, 0) + 1
        click.echo("  " + ", ".join(f"{status}: {n}" for status, n in sorted(counts.items())) if counts
                   else "  no recipients yet")
        for row in rows:
            if row.error_code:  # women by their anonymous id: numbers never go to a terminal or log
                click.echo(f"  woman {row.woman.public_id} ({row.language}): {row.status} — {explain(row.error_code)}")


@broadcast_cli.command("status")
@click.argument("broadcast_id", type=int)
def status(broadcast_id: int) -> None:
    """Counts per status, and each failure explained."""
    if _status(broadcast_id) is None:
        raise click.ClickException(f"no broadcast {broadcast_id}")
    _print_status(broadcast_id)
