"""``flask staff …``: make the first admin (and other accounts) from the server's shell."""
from __future__ import annotations

import click
from flask.cli import AppGroup
from sqlalchemy import func, select

from bot.db import session_scope
from bot.models import Cscom, StaffMember
from bot.models.cscom import STAFF_ROLES
from bot.staff.users import hash_password

staff_cli = AppGroup("staff", help="Staff accounts (midwives, facilitators, admins).")
MIN_PASSWORD = 10


def _whatsapp(phone: str | None) -> str | None:
    if not phone:
        return None
    phone = phone.replace(" ", "")
    return phone if phone.startswith("whatsapp:") else "whatsapp:" + phone


@staff_cli.command("create")
@click.option("--role", type=click.Choice(STAFF_ROLES), required=True)
@click.option("--name", required=True, help="Shown on the pages and on the cases she takes.")
@click.option("--cscom", "cscom_name", help="Her CSCom's name (see `flask staff cscoms`); none = all CSComs.")
@click.option("--username", help="What she types to sign in (default: her name, lower case, no spaces).")
@click.option("--phone", help="WhatsApp number for urgent alerts, e.g. +22370000000.")
@click.password_option(prompt="Mot de passe", confirmation_prompt="Confirmer")
def create_command(role: str, name: str, cscom_name: str | None, username: str | None,
                   phone: str | None, password: str) -> None:
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
                            cscom_id=cscom.id if cscom else None, phone=_whatsapp(phone))
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
