"""``flask staff …``: make the first admin (and other accounts) from the server's shell."""
from __future__ import annotations


import click
from flask.cli import AppGroup
from sqlalchemy import func, select

from bot import phones
from bot.db import session_scope
from bot.models import Cscom, StaffMember
from bot.models.cscom import STAFF_ROLES
from bot.staff.users import hash_password

staff_cli = AppGroup("staff", help="Staff accounts (midwives, facilitators, admins).")
MIN_PASSWORD = 10


def whatsapp_number(raw: str) -> str:
    """"+223 70 00 00 00" → "whatsapp:+22370000000"; a simulator number ("simulator:+…") stays one.
    ValueError when it is not a phone number (bot.phones, the one parser)."""
    return phones.parse(raw)


def _whatsapp(phone: str | None) -> str | None:
    if not phone:
        return None
    try:
        return whatsapp_number(phone)
    except ValueError:
        raise click.ClickException("--phone: not a phone number (e.g. +22370000000)") from None


@staff_cli.command("create")
@click.option("--role", type=click.Choice(STAFF_ROLES), required=True)
@click.option("--name", required=True, help="Shown on the pages and on the cases she takes.")
@click.option("--cscom", "cscom_name", help="Her CSCom's name (see `flask staff cscoms`); none = all CSComs.")
@click.option("--username", help="What she types to sign in (default: her name, lower case, no spaces).")
@click.option("--phone", help="WhatsApp number for urgent alerts, e.g. +22370000000.")
@click.option("--reads-bambara", is_flag=True, help="Bambara is her mother tongue: she may approve Bambara content.")
@click.password_option(prompt="Mot de passe", confirmation_prompt="Confirmer")
def create_command(role: str, name: str, cscom_name: str | None, username: str | None,
                   phone: str | None, reads_bambara: bool, password: str) -> None:
    """Create a staff account; the password is asked for (hidden), never passed as an argument."""
    if len(password) < MIN_PASSWORD:
        raise click.ClickException(f"the password needs at least {MIN_PASSWORD} characters")
    username = (username or "".join(name.lower().split())).strip()
    if role != "admin" and not cscom_name:
        click.echo("no --cscom: this account will see the cases of every CSCom", err=True)
    with session_scope() as session:
        cscom = None
        if cscom_name:
            cscom = session.scalar(select(Cscom).where(func.lower(Cscom.name) == cscom_name.lower()))
            if cscom is None:
                known = ", ".join(session.scalars(select(Cscom.name).order_by(Cscom.name))) or "none"
                raise click.ClickException(f"no CSCom named {cscom_name!r} (known: {known}); "
                                           "add it with `flask staff add-cscom`")
        if session.scalar(select(StaffMember.id).where(func.lower(StaffMember.username) == username.lower())):
            raise click.ClickException(f"username {username!r} is taken")
        staff = StaffMember(name=name, role=role, username=username, password_hash=hash_password(password),
                            cscom_id=cscom.id if cscom else None, phone=_whatsapp(phone),
                            reads_bambara=reads_bambara)
        session.add(staff)
        session.flush()
        click.echo(f"created {role} {name!r} (id {staff.id}), signs in as {username!r}")


@staff_cli.command("add-cscom")
@click.argument("name")
@click.option("--community", help="Sotuba, Sikoro, …")
@click.option("--phone", help="The number women are told to call, e.g. '+223 20 00 00 00'.")
def add_cscom_command(name: str, community: str | None, phone: str | None) -> None:
    """Add a CSCom (staff and women belong to one)."""
    with session_scope() as session:
        if session.scalar(select(Cscom.id).where(func.lower(Cscom.name) == name.lower())):
            raise click.ClickException(f"CSCom {name!r} exists")
        session.add(Cscom(name=name, community=community, phone=phone))
    click.echo(f"added CSCom {name!r}")


@staff_cli.command("cscoms")
def list_cscoms_command() -> None:
    """List the CSComs."""
    with session_scope() as session:
        for cscom in session.scalars(select(Cscom).order_by(Cscom.name)):
            click.echo(f"{cscom.id}\t{cscom.name}\t{cscom.community or ''}")


# --- duty: the twins of /staff/duty ---------------------------------------------------------------

duty_cli = AppGroup("duty", help="Who is on duty: the weekly rota (Bamako time), take or leave duty.")
staff_cli.add_command(duty_cli)


def _member(session, username: str) -> StaffMember:
    staff = session.scalar(select(StaffMember).where(func.lower(StaffMember.username) == username.lower()))
    if staff is None:
        raise click.ClickException(f"no staff member {username!r}")
    return staff


@duty_cli.command("show")
def duty_show_command() -> None:
    """Who is on duty now per CSCom, and the week's rota."""
    from bot.escalation import duty
    from bot.models.base import utcnow

    now = utcnow()
    with session_scope() as session:
        for c in duty.coverage(session, now):
            who = ", ".join(c.on_duty) or "NOBODY"
            click.echo(f"{c.cscom_name}: {who}" + ("" if c.reachable else "  (no alert can reach anyone)"))
        for shift in duty.rota(session, None):
            click.echo(f"  #{shift.id}\t{duty.WEEKDAYS_FR[shift.weekday]}\t{shift.starts}-{shift.ends}\t"
                       f"{shift.staff.username or shift.staff.name}")


@duty_cli.command("take")
@click.argument("username")
def duty_take_command(username: str) -> None:
    """She is on duty from now until she leaves it."""
    from bot.escalation import duty
    from bot.escalation.alerts import restart_unreached
    from bot.escalation.tasks import alert_midwives
    from bot.models.base import utcnow

    with session_scope() as session:
        staff = _member(session, username)
        if staff.role != "midwife":
            raise click.ClickException("only midwives are on duty")
        duty.take_duty(session, staff, utcnow())
        waiting = restart_unreached(session, staff.cscom_id, utcnow())
        warning = "" if staff.phone else " (no WhatsApp number: set one with `flask staff phone`)"
    for escalation_id in waiting:  # urgent cases that reached nobody: the worker alerts her now
        alert_midwives(escalation_id)
    click.echo(f"{username} is on duty{warning}")


@duty_cli.command("leave")
@click.argument("username")
def duty_leave_command(username: str) -> None:
    """She is off duty now, including the rest of the rota shift she is in."""
    from bot.escalation import duty
    from bot.models.base import utcnow

    with session_scope() as session:
        duty.leave_duty(session, _member(session, username), utcnow())
    click.echo(f"{username} is off duty")


@duty_cli.command("add")
@click.argument("username")
@click.option("--day", "weekday", required=True,
              type=click.Choice(("lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche")))
@click.option("--from", "starts", required=True, help="HH:MM, Bamako time")
@click.option("--to", "ends", required=True, help="HH:MM, Bamako time; before --from: the next day")
def duty_add_command(username: str, weekday: str, starts: str, ends: str) -> None:
    """Add a weekly shift to the rota."""
    from bot.escalation import duty

    with session_scope() as session:
        try:
            shift = duty.add_shift(session, _member(session, username), duty.WEEKDAYS_FR.index(weekday), starts, ends)
        except ValueError as exc:
            raise click.ClickException(str(exc)) from None
        click.echo(f"shift #{shift.id}: {username} {weekday} {shift.starts}-{shift.ends} (Africa/Bamako)")


@duty_cli.command("remove")
@click.argument("shift_id", type=int)
def duty_remove_command(shift_id: int) -> None:
    """Remove a shift (its number is in `flask staff duty show`)."""
    from bot.models import DutyShift

    with session_scope() as session:
        shift = session.get(DutyShift, shift_id)
        if shift is None:
            raise click.ClickException(f"no shift #{shift_id}")
        session.delete(shift)
    click.echo(f"shift #{shift_id} removed")


@staff_cli.command("phone")
@click.argument("username")
@click.argument("phone", required=False)
def phone_command(username: str, phone: str | None) -> None:
    """Set (or, with no PHONE, remove) her WhatsApp number for alerts, e.g. +22370000000."""
    from sqlalchemy.exc import IntegrityError

    try:
        with session_scope() as session:
            _member(session, username).phone = _whatsapp(phone)
    except IntegrityError:
        raise click.ClickException("this number is another staff member's") from None
    click.echo(f"{username}: WhatsApp number {'set' if phone else 'removed'}")


@staff_cli.command("reads-bambara")
@click.argument("username")
@click.option("--off", is_flag=True, help="She no longer approves Bambara content.")
def reads_bambara_command(username: str, off: bool) -> None:
    """Mark a midwife or admin whose mother tongue is Bambara: only they approve or correct Bambara content."""
    with session_scope() as session:
        _member(session, username).reads_bambara = not off
    click.echo(f"{username}: {'does not approve' if off else 'may approve'} Bambara content")
