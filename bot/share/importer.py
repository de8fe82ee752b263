"""``flask women import FILE.csv``: a facilitator's list of women, one per row. Each row is imported
or rejected on its own, with the reason; a bad row never stops the others.

Columns (header row; French or English names): ``telephone``/``phone``, ``nom``/``name``,
``langue``/``language`` (fr|bm), ``groupe``/``group`` (the group code, e.g. SHARE SOTUBA),
``mois``/``pregnancy_month`` (1-9) or ``date_prevue``/``due_date`` (AAAA-MM-JJ), and
``consentement``/``consent`` (oui: she agreed, in person, to receive the group's messages), and
optionally ``naissance``/``birth_date`` (AAAA-MM-JJ, within the last year): the baby is born, she is
followed after the birth (issue 15) as when the facilitator notes it on the group page.
The file should be UTF-8; a line that is not is rejected and named.

From a group's page (``group_id`` given) every row lands in that group only: the ``groupe`` column
may be left out or empty, and a row naming another group is rejected. A woman followed by another
CSCom is moved only with ``may_move`` (an admin, or the command line), and the move is logged."""
from __future__ import annotations

import csv
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta

from bot.db import session_scope
from bot.models import ShareGroup
from bot.models.base import utcnow
from bot.postnatal import stage as journey
from bot.share.codes import normal_code
from bot.share.membership import (InvalidRegistration, Registration, group_by_code, parse_due_date, parse_month,
                                  register, whatsapp_number)

COLUMNS = {
    "phone": ("telephone", "téléphone", "phone", "numero", "numéro"),
    "name": ("nom", "name"),
    "language": ("langue", "language"),
    "group": ("groupe", "group", "code"),
    "month": ("mois", "pregnancy_month", "mois_de_grossesse"),
    "due_date": ("date_prevue", "date_prévue", "due_date"),
    "consent": ("consentement", "consent"),
    "birth_date": ("naissance", "date_naissance", "date_de_naissance", "birth_date"),
}
YES = {"oui", "o", "yes", "y", "1", "x", "ɔwɔ", "owo", "awo"}


@dataclass
class ImportReport:
    imported: list[tuple[int, str]] = field(default_factory=list)  # (line, name)
    rejected: list[tuple[int, str]] = field(default_factory=list)  # (line, reason in French)


def _canonical(header: list[str]) -> dict[str, int]:
    found: dict[str, int] = {}
    for index, name in enumerate(header):
        key = name.strip().lower().lstrip("\ufeff")
        for canonical, aliases in COLUMNS.items():
            if key in aliases:
                found[canonical] = index
    return found


def _decode_lines(data: bytes) -> tuple[list[tuple[int, str]], list[tuple[int, str]]]:
    lines, bad = [], []
    for number, raw in enumerate(data.removeprefix(b"\xef\xbb\xbf").splitlines(), start=1):
        try:
            lines.append((number, raw.decode("utf-8")))
        except UnicodeDecodeError:
            bad.append((number, "encodage invalide : enregistrez le fichier en UTF-8"))
    return lines, bad


def _row(values: list[str], columns: dict[str, int]) -> dict[str, str]:
    return {name: (values[i].strip() if i < len(values) else "") for name, i in columns.items()}


def import_women(data: bytes, today: date, staff_id: int | None = None, group_id: int | None = None,
                 may_move: bool = False, now: datetime | None = None) -> ImportReport:
    report = ImportReport()
    now = now or utcnow()
    lines, bad = _decode_lines(data)
    report.rejected += bad
    if not lines:
        report.rejected.append((1, "fichier vide"))
        return report
    first_line, header_text = lines[0]
    header = next(csv.reader([header_text], delimiter=_delimiter(header_text)))
    columns = _canonical(header)
    required = [c for c in ("phone", "name", "language", "group", "consent") if c != "group" or group_id is None]
    missing = [c for c in required if c not in columns]
    if missing:
        report.rejected.append((first_line, "colonnes manquantes : " + ", ".join(COLUMNS[c][0] for c in missing)))
        return report
    delimiter = _delimiter(header_text)
    seen: dict[str, int] = {}
    for number, text in lines[1:]:
        if not text.strip():
            continue
        row = _row(next(csv.reader([text], delimiter=delimiter)), columns)
        try:
            phone = whatsapp_number(row["phone"])
            if phone in seen:
                raise InvalidRegistration(f"numéro en double (déjà ligne {seen[phone]})")
            seen[phone] = number
            if row["consent"].lower() not in YES:
                raise InvalidRegistration("consentement non confirmé (colonne consentement : oui)")
            registration = Registration(phone=phone, name=row["name"], language=row["language"],
                                        pregnancy_month=parse_month(row.get("month", "")),
                                        due_date=parse_due_date(row.get("due_date", "")))
            born = parse_birth_date(row.get("birth_date", ""), today)
            with session_scope() as session:
                group = _row_group(session, row.get("group", ""), group_id)
                woman = register(session, group, registration, staff_id, "import", today, may_move=may_move)
                if born is not None and woman.stage == "pregnant":
                    journey.record_birth(session, woman, born, now, today)  # no message: as on the group page
            report.imported.append((number, row["name"]))
        except InvalidRegistration as error:
            report.rejected.append((number, str(error)))
    report.rejected.sort()
    return report


def parse_birth_date(text: str, today: date) -> date | None:
    """The baby's birth date from the file: empty (still pregnant), or a past date within a year."""
    text = (text or "").strip()
    if not text:
        return None
    try:
        born = date.fromisoformat(text)
    except ValueError as error:
        raise InvalidRegistration(f"date de naissance illisible (AAAA-MM-JJ) : {text}") from error
    if born > today or born < today - timedelta(days=365):
        raise InvalidRegistration(f"date de naissance hors limites (passée, de moins d'un an) : {text}")
    return born


def _row_group(session, code: str, group_id: int | None) -> ShareGroup:
    if group_id is None:
        group = group_by_code(session, code)
        if group is None:
            raise InvalidRegistration(f"groupe inconnu : {code or '(vide)'}")
        return group
    group = session.get(ShareGroup, group_id)
    if group is None:
        raise InvalidRegistration("groupe inconnu")
    if code.strip() and normal_code(code) != group.code:
        raise InvalidRegistration(f"ligne pour un autre groupe ({normal_code(code)}) : "
                                  f"importez-la depuis la page de ce groupe")
    return group


def _delimiter(header: str) -> str:
    return ";" if header.count(";") > header.count(",") else ","  # French spreadsheets save with ";"

