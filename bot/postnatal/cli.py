"""``flask schedule run [--at 2027-01-10T09:00]``: every scheduled push (SHARE topic and reminders,
checklist, CPN, after the birth) due at that moment, Bamako time — the queue's periodic task does
the same every 10 minutes at the real time. Idempotent: a second run at the same moment queues
nothing. Useful in the simulator to move the clock and see the day-3 or week-6 messages."""
from __future__ import annotations

from datetime import datetime, timezone

import click
from flask.cli import AppGroup

from bot.models.base import BAMAKO

schedule_cli = AppGroup("schedule", help="Scheduled messages (SHARE, CPN, after the birth).")


def moment_of(value: str | None) -> datetime:
    """``--at`` as an aware UTC instant: a moment without a zone is Bamako time."""
    if not value:
        return datetime.now(timezone.utc)
    try:
        moment = datetime.fromisoformat(value)
    except ValueError as error:
        raise click.BadParameter(f"YYYY-MM-DDTHH:MM expected, got {value!r}", param_hint="--at") from error
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=BAMAKO)
    return moment.astimezone(timezone.utc)


@schedule_cli.command("run")
@click.option("--at", "at", metavar="YYYY-MM-DDTHH:MM", help="The moment, Bamako time (default: now).")
@click.option("--deliver", is_flag=True, help="Deliver in this process instead of queueing for the worker.")
def run_command(at: str | None, deliver: bool) -> None:
    """Queue every scheduled message due at --at (Bamako time) and hand each woman's turn to the
    worker (or deliver at once with --deliver)."""
    from bot.share.schedule import run_all

    moment = moment_of(at)
    women = run_all(moment)
    for woman_id in women:
        if deliver:
            from bot.conversation.service import deliver_pending

            deliver_pending(woman_id)
        else:
            from bot.conversation.tasks import enqueue_woman

            enqueue_woman(woman_id)
    shown = moment.astimezone(BAMAKO).strftime("%Y-%m-%d %H:%M")
    click.echo(f"{shown} (Bamako): scheduled messages for {len(women)} woman/women"
               + (" delivered" if deliver else " queued"))
