"""`flask woman export|forget NUMBER`: her right to see and to erase what is stored about her."""
from __future__ import annotations

import json

import click
from flask.cli import AppGroup

from bot.db import session_scope
from bot.privacy.export import UnknownWoman, export_woman
from bot.privacy.forget import forget_woman

woman_cli = AppGroup("woman", help="One woman's data: export it, or erase it (keeps anonymous counts).")


@woman_cli.command("export")
@click.argument("number")
@click.option("--out", type=click.Path(dir_okay=False, writable=True), help="Write to this file (default: stdout).")
def export(number: str, out: str | None) -> None:
    """Print as JSON everything stored about the woman with NUMBER (e.g. +22370000000)."""
    try:
        with session_scope() as session:
            data = export_woman(session, number)
    except UnknownWoman as exc:
        raise click.ClickException(str(exc)) from None
    text = json.dumps(data, ensure_ascii=False, indent=2, default=str)
    if out:
        with open(out, "w", encoding="utf-8") as handle:
            handle.write(text + "\n")
        click.echo(f"written to {out}", err=True)
    else:
        click.echo(text)


@woman_cli.command("forget")
@click.argument("number")
@click.option("--yes", is_flag=True, help="Do not ask for confirmation.")
def forget(number: str, yes: bool) -> None:
    """Erase the messages and profile of the woman with NUMBER; anonymous counts are kept."""
    if not yes:
        click.confirm("Erase her messages, profile and Rasa conversation? This cannot be undone", abort=True)
    try:
        with session_scope() as session:
            result = forget_woman(session, number)
    except UnknownWoman as exc:
        raise click.ClickException(str(exc)) from None
    rows = sum(result.rows_erased.values())
    click.echo(f"forgotten: {rows} rows emptied, {result.rasa_events_deleted} Rasa events deleted; "
               "her number is no longer stored.")
