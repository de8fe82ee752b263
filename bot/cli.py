"""``flask`` commands for operators: database migrations and the content/translation tools."""
from __future__ import annotations

import click
from flask import Flask
from flask.cli import AppGroup

from bot.config import PROJECT_ROOT

db_cli = AppGroup("db", help="Database schema (Alembic).")


def alembic_config():
    from alembic.config import Config

    return Config(str(PROJECT_ROOT / "alembic.ini"))


@db_cli.command("upgrade")
@click.argument("revision", default="head")
def upgrade(revision: str) -> None:
    """Bring the database schema to REVISION (default: the latest)."""
    from alembic import command

    command.upgrade(alembic_config(), revision)
    click.echo(f"database at {revision}")


def register_cli(app: Flask) -> None:
    from bot.broadcast.cli import broadcast_cli
    from bot.content.cli import content_cli, translate_cli
    from bot.postnatal.cli import schedule_cli
    from bot.privacy.cli import woman_cli
    from bot.share import cli as share_cli
    from bot.staff.cli import staff_cli
    from bot.twilio.cli import twilio_cli

    app.cli.add_command(db_cli)
    app.cli.add_command(translate_cli)
    app.cli.add_command(content_cli)
    app.cli.add_command(staff_cli)
    share_cli.register(app)
    app.cli.add_command(woman_cli)
    app.cli.add_command(broadcast_cli)
    app.cli.add_command(schedule_cli)
    app.cli.add_command(twilio_cli)
