"""`flask twilio content sync`: create or update the WhatsApp quick replies and list the bot sends
inside the 24-hour window (bot.twilio.interactive), per language, through Twilio's Content API."""
from __future__ import annotations

import click
from flask.cli import AppGroup
from twilio.base.exceptions import TwilioRestException

from bot.config import get_settings
from bot.db import session_scope

twilio_cli = AppGroup("twilio", help="Twilio account set-up (Content API templates).")
content_group = AppGroup("content", help="The buttons and list templates (Content API).")
twilio_cli.add_command(content_group)


@content_group.command("sync")
@click.option("--dry-run", is_flag=True, help="Print what would change; change nothing.")
def sync(dry_run: bool) -> None:
    """Create the missing templates, recreate the changed ones (the old one is deleted)."""
    from bot.twilio import content

    if not dry_run and not get_settings().twilio_enabled:
        raise click.ClickException("Twilio is not configured (TWILIO_ACCOUNT_SID, TWILIO_AUTH_TOKEN, "
                                   "TWILIO_WHATSAPP_FROM): the bot sends plain text instead of buttons.")
    try:
        with session_scope() as session:
            changes = content.sync(session, dry_run=dry_run)
    except TwilioRestException as exc:
        raise click.ClickException(f"Twilio refused a template ({exc.status}): {exc.msg}") from exc
    for change in changes:
        if change.action == "unchanged":
            click.echo(f"{change.name} {change.language}: unchanged ({change.old_sid})")
        elif dry_run:
            click.echo(f"{change.name} {change.language}: would {change.action}"
                       + (f" {change.old_sid}" if change.old_sid else ""))
        else:
            click.echo(f"{change.name} {change.language}: {change.action}d {change.new_sid}"
                       + (f" (deleted {change.old_sid})" if change.old_sid else ""))
