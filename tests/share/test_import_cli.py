"""``flask women import`` and ``flask seed-demo``: each bad row reported with its reason, the rest
imported; the demo group ready for the simulator."""
from __future__ import annotations

from sqlalchemy import func, select

from bot.db import session_scope
from bot.models import GroupMeeting, ShareGroup, StaffMember, Woman
from tests.share.conftest import add_group


def test_import_reports_every_bad_row_and_imports_the_rest(app, tmp_path):
    add_group()
    rows = [
        "telephone,nom,langue,groupe,mois,consentement",
        "+223 76 00 00 01,Awa Diarra,bm,SHARE SOTUBA,6,oui",
        "76000001,Awa encore,bm,SHARE SOTUBA,6,oui",          # duplicate number
        "123,Fanta,fr,SHARE SOTUBA,,oui",                     # invalid number
        "76000003,Mariam,bm,SHARE KATI,4,oui",                # unknown group
        "76000004,Oumou,bm,SHARE SOTUBA,4,non",               # no consent
        "76000005,Sali,xx,SHARE SOTUBA,4,oui",                # unknown language
        "76000006,Nana,fr,SHARE SOTUBA,12,oui",               # impossible month
    ]
    data = "\n".join(rows).encode() + "\n".encode() + "76000007,Kadiatou Koné,bm,SHARE SOTUBA,3,oui\n".encode("cp1252")
    data += "76000008,Bintou,fr,share sotuba,,oui\n".encode()
    path = tmp_path / "liste.csv"
    path.write_bytes(data)
    result = app.test_cli_runner().invoke(args=["women", "import", str(path)])
    assert result.exit_code == 0
    assert "2 importée(s), 7 rejetée(s)" in result.stdout
    errors = result.stderr
    for line, reason in [(3, "numéro en double (déjà ligne 2)"), (4, "numéro invalide"),
                         (5, "groupe inconnu : SHARE KATI"), (6, "consentement non confirmé"),
                         (7, "langue inconnue"), (8, "mois de grossesse entre 1 et 9"), (9, "encodage invalide")]:
        assert f"ligne {line} : rejetée — {reason}" in errors
    assert "+223" not in result.stdout + errors  # the report names rows, not numbers
    with session_scope() as session:
        names = set(session.scalars(select(Woman.name).where(Woman.group_id.is_not(None))))
    assert names == {"Awa Diarra", "Bintou"}


def test_a_birth_date_column_starts_the_postnatal_follow_up(app):
    from datetime import date

    from bot.models import OutboundMessage
    from bot.share.importer import import_women

    add_group()
    today = date(2027, 3, 1)
    rows = ["telephone,nom,langue,groupe,mois,consentement,naissance",
            "76000011,Awa,bm,SHARE SOTUBA,,oui,2027-02-20",      # born nine days ago
            "76000012,Fanta,fr,SHARE SOTUBA,7,oui,",             # still pregnant
            "76000013,Oumou,fr,SHARE SOTUBA,,oui,2027-03-05",    # in the future
            "76000014,Sali,fr,SHARE SOTUBA,,oui,20/02/2027"]     # not a date
    report = import_women("\n".join(rows).encode(), today)
    assert [name for _, name in report.imported] == ["Awa", "Fanta"]
    assert report.rejected == [(4, "date de naissance hors limites (passée, de moins d'un an) : 2027-03-05"),
                               (5, "date de naissance illisible (AAAA-MM-JJ) : 20/02/2027")]
    with session_scope() as session:
        stages = {w.name: (w.stage, w.birth_date) for w in session.scalars(select(Woman))}
        assert session.scalar(select(func.count()).select_from(OutboundMessage)
                              .where(OutboundMessage.kind == "checklist_reminder")) == 0
    assert stages["Awa"] == ("postnatal", date(2027, 2, 20))
    assert stages["Fanta"] == ("pregnant", None)


def test_import_without_the_required_columns_says_which(app, tmp_path):
    path = tmp_path / "liste.csv"
    path.write_text("nom,telephone\nAwa,76000001\n", encoding="utf-8")
    result = app.test_cli_runner().invoke(args=["women", "import", str(path)])
    assert "colonnes manquantes : langue, groupe, consentement" in result.stderr


def test_seed_demo_once(app):
    runner = app.test_cli_runner()
    first = runner.invoke(args=["seed-demo", "--if-empty"])
    assert first.exit_code == 0 and "animatrice / " in first.stdout and "sagefemme / " in first.stdout \
        and "admin / " in first.stdout
    second = runner.invoke(args=["seed-demo", "--if-empty"])
    assert "nothing done" in second.stdout
    with session_scope() as session:
        group = session.scalar(select(ShareGroup))
        assert (group.code, group.demo, group.cscom.name, group.cscom.phone) == (
            "SHARE SOTUBA", True, "Sotuba", "+223 20 00 00 00")
        assert session.scalar(select(func.count()).select_from(GroupMeeting)) >= 2  # this month and next
        roles = set(session.scalars(select(StaffMember.role)))
    assert roles == {"facilitator", "midwife", "admin"}
