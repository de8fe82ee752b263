"""`flask woman export NUMBER`: everything stored about her, nothing about anyone else."""
from __future__ import annotations

import json

from bot.db import Base
from bot.privacy.rows import owned_tables

from tests.privacy.conftest import HER, OTHER, SECRET_TEXT


def run_export(app, *args):
    return app.test_cli_runner().invoke(args=["woman", "export", *args])


def test_export_holds_her_profile_messages_both_ways_and_every_table_of_hers(app, seeded):
    result = run_export(app, "+22370111222")  # the operator types the number without whatsapp:
    assert result.exit_code == 0, result.output
    data = json.loads(result.output)
    assert data["profile"]["phone"] == HER and data["profile"]["name"] == "Awa"
    tables = data["tables"]
    assert [m["body"] for m in tables["inbound_messages"]] == [SECRET_TEXT]
    assert [m["body"] for m in tables["outbound_messages"]] == ["Allez au CSCom tout de suite"]
    for name in ("consent_events", "escalations", "staff_alerts", "case_events", "memberships",
                 "checklist_answers", "notices"):
        assert len(tables[name]) == 1, name
    assert tables["escalations"][0]["context"][0]["text"] == SECRET_TEXT
    assert [e["data"]["text"] for e in data["rasa_tracker_events"]] == [SECRET_TEXT]


def test_export_never_contains_another_womans_data(app, seeded):
    output = run_export(app, HER).output
    assert OTHER not in output and "faim" not in output and seeded.other_public_id not in output


def test_every_table_with_a_woman_id_column_is_in_the_export(app, seeded):
    """A table added later with a woman_id column must be exported (and forgotten) too: the tables
    are found from the foreign keys, and this fails if one is ever missed."""
    with_woman_id = {t.name for t in Base.metadata.sorted_tables if "woman_id" in t.columns}
    exported = set(json.loads(run_export(app, HER).output)["tables"])
    assert with_woman_id and with_woman_id <= exported
    assert {t.name for t in owned_tables()} == exported


def test_unknown_number_is_a_clear_error(app, seeded):
    result = run_export(app, "+22300000000")
    assert result.exit_code == 1
    assert "No woman with this number" in result.output


def test_export_to_a_file(app, seeded, tmp_path):
    target = tmp_path / "her.json"
    result = run_export(app, HER, "--out", str(target))
    assert result.exit_code == 0
    assert json.loads(target.read_text())["profile"]["phone"] == HER
