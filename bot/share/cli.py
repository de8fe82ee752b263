"""``flask women import``, ``flask groups …`` and ``flask seed-demo``: SHARE groups from the shell."""
from __future__ import annotations

import secrets
from datetime import date

import click
from flask.cli import AppGroup
from sqlalchemy import func, select

from bot.db import session_scope
from bot.models import Cscom, ShareGroup, StaffMember
from bot.models.base import utcnow
from bot.share.calendar import ensure_meetings, local, month_start
from bot.share.codes import normal_code
from bot.share.importer import import_women
from bot.staff.users import hash_password

women_cli = AppGroup("women", help="Women in SHARE groups.")
groups_cli = AppGroup("groups", help="SHARE groups and their meeting calendar.")
WEEKDAYS = ("lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche")


@women_cli.command("import")
@click.argument("csv_file", type=click.File("rb"))
def import_command(csv_file) -> None:
    """Register the women listed in CSV_FILE (see bot/share/importer.py for the columns). Each row
    names its group; a woman followed by another CSCom is moved there (logged)."""
    report = import_women(csv_file.read(), local(utcnow()).date(), may_move=True)
    for line, name in report.imported:
        click.echo(f"ligne {line} : importée ({name})")
    for line, reason in report.rejected:
        click.echo(f"ligne {line} : rejetée — {reason}", err=True)
    click.echo(f"{len(report.imported)} importée(s), {len(report.rejected)} rejetée(s)")


@groups_cli.command("add")
@click.argument("name")
@click.option("--code", required=True, help="What women send to join, e.g. 'SHARE SOTUBA'.")
@click.option("--cscom", "cscom_name", required=True)
@click.option("--facilitator", "username", help="The facilitator's username.")
@click.option("--weekday", type=click.Choice(WEEKDAYS), default="mardi", show_default=True)
@click.option("--week", type=click.IntRange(1, 5), default=1, show_default=True,
              help="Which one of the month (5 = the last).")
@click.option("--time", "at", default="15:00", show_default=True, help="Bamako time, HH:MM.")
@click.option("--place", default="", help="Where the group meets.")
def add_group_command(name, code, cscom_name, username, weekday, week, at, place) -> None:
    """Add a group and its meetings for the next months (the default 12-topic curriculum starts now)."""
    with session_scope() as session:
        cscom = session.scalar(select(Cscom).where(func.lower(Cscom.name) == cscom_name.lower()))
        if cscom is None:
            raise click.ClickException(f"no CSCom named {cscom_name!r}")
        facilitator = None
        if username:
            facilitator = session.scalar(select(StaffMember).where(StaffMember.username == username))
            if facilitator is None:
                raise click.ClickException(f"no staff member {username!r}")
        if session.scalar(select(ShareGroup.id).where(ShareGroup.code == normal_code(code))):
            raise click.ClickException(f"code {normal_code(code)!r} is taken")
        today = local(utcnow()).date()
        group = ShareGroup(name=name, code=normal_code(code), cscom_id=cscom.id, meeting_place=place,
                           facilitator_id=facilitator.id if facilitator else None, meeting_weekday=WEEKDAYS.index(weekday),
                           meeting_week=week, meeting_time=at, curriculum_start=month_start(today))
        session.add(group)
        session.flush()
        ensure_meetings(session, group, today)
    click.echo(f"added group {name!r}, code {normal_code(code)!r}")


@groups_cli.command("list")
def list_groups_command() -> None:
    with session_scope() as session:
        for group in session.scalars(select(ShareGroup).order_by(ShareGroup.name)):
            click.echo(f"{group.id}\t{group.code}\t{group.name}\t{group.cscom.name}")


DEMO_CSCOM, DEMO_CODE = "Sotuba", "SHARE SOTUBA"
# The demo midwife's number in the simulator: type it there to read her alerts and answer OK.
DEMO_MIDWIFE_NUMBER = "+22360000000"


@click.command("seed-demo")
@click.option("--if-empty", is_flag=True, help="Do nothing when the database has a CSCom already.")
def seed_demo_command(if_empty: bool) -> None:
    """A demo CSCom "Sotuba", its group "SHARE SOTUBA" (joins at once) with meetings, a facilitator,
    a midwife on duty and an admin (the second reader a midwife's correction or recording needs).
    Their passwords are printed once: note them."""
    with session_scope() as session:
        if session.scalar(select(Cscom.id).limit(1)) is not None:
            if if_empty:
                click.echo("seed-demo: the database has data already; nothing done")
                return
            if session.scalar(select(ShareGroup.id).where(ShareGroup.code == DEMO_CODE)):
                raise click.ClickException("the demo group exists already")
        cscom = Cscom(name=DEMO_CSCOM, community="Sotuba", phone="+223 20 00 00 00")
        session.add(cscom)
        session.flush()
        passwords = {name: secrets.token_urlsafe(9) for name in ("animatrice", "sagefemme", "admin")}
        facilitator = StaffMember(name="Animatrice Sotuba (démo)", role="facilitator", username="animatrice",
                                  password_hash=hash_password(passwords["animatrice"]), cscom_id=cscom.id)
        midwife = StaffMember(name="Sage-femme Sotuba (démo)", role="midwife", username="sagefemme",
                              password_hash=hash_password(passwords["sagefemme"]), cscom_id=cscom.id, on_duty=True,
                              phone="simulator:" + DEMO_MIDWIFE_NUMBER, reads_bambara=True)
        admin = StaffMember(name="Administratrice (démo)", role="admin", username="admin",
                            password_hash=hash_password(passwords["admin"]), reads_bambara=True)
        session.add_all([facilitator, midwife, admin])
        session.flush()
        today = local(utcnow()).date()
        group = ShareGroup(name="SHARE Sotuba", code=DEMO_CODE, cscom_id=cscom.id, facilitator_id=facilitator.id,
                           meeting_weekday=1, meeting_week=1, meeting_time="15:00",
                           meeting_place="Cour de la présidente, Sotuba", curriculum_start=month_start(today),
                           demo=True)
        session.add(group)
        session.flush()
        ensure_meetings(session, group, today)
    click.echo("Demo data: CSCom Sotuba (+223 20 00 00 00), group SHARE Sotuba — send « SHARE SOTUBA » "
               "in the simulator to join it at once.")
    click.echo(f"The demo midwife is on duty with the simulator number {DEMO_MIDWIFE_NUMBER}: write a danger "
               "sign as a woman (e.g. « je saigne beaucoup »), then type her number in the simulator to see "
               "the alert and answer OK.")
    click.echo("Staff sign-in at /staff (shown once, note them):")
    for username, password in passwords.items():
        click.echo(f"  {username} / {password}")


def register(app) -> None:
    app.cli.add_command(women_cli)
    app.cli.add_command(groups_cli)
    app.cli.add_command(seed_demo_command)
