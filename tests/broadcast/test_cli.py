"""`flask broadcast send` and `flask broadcast status`: the pages' twin, with clear refusals."""
from __future__ import annotations

from sqlalchemy import select

from bot.db import session_scope
from bot.models import Broadcast
from tests.broadcast.conftest import drain
from tests.broadcast.test_send import RECEIVERS


def test_send_then_status_from_the_command_line(app, seeded, mock_twilio, queue):
    runner = app.test_cli_runner()
    result = runner.invoke(args=["broadcast", "send", "--group", "share  sotuba", "--message-key",
                                 "meeting_reminder", "--by", "mariam", "--no-wait"])
    assert result.exit_code == 0, result.output
    broadcast_id = int(result.output.split()[1].rstrip(":"))
    drain(queue, broadcast_id)
    assert sorted(m.form["To"] for m in mock_twilio.messages()) == sorted(seeded.phones(*RECEIVERS))
    status = runner.invoke(args=["broadcast", "status", str(broadcast_id)])
    assert status.exit_code == 0
    assert "done" in status.output and "queued: 4" in status.output and "no_template: 1" in status.output
    assert "Pas de modèle approuvé dans sa langue" in status.output
    assert "whatsapp:" not in status.output  # no phone numbers on a terminal
    with session_scope() as session:
        broadcast = session.get(Broadcast, broadcast_id)
        assert broadcast.created_by.name == "Mariam" and broadcast.origin.startswith("cli:")


def test_a_scheduled_send_waits_for_its_time(app, seeded, mock_twilio, queue):
    result = app.test_cli_runner().invoke(args=["broadcast", "send", "--group", "SHARE SOTUBA", "--text",
                                                "Réunion déplacée", "--at", "2099-01-01T09:00"])
    assert result.exit_code == 0 and "scheduled for 2099-01-01 09:00 UTC" in result.output
    with session_scope() as session:
        assert session.scalars(select(Broadcast.status)).one() == "scheduled"


def test_bad_arguments_say_what_is_wrong(app, seeded):
    runner = app.test_cli_runner()
    for args, reason in ((["--group", "SHARE NOWHERE", "--text", "x"], "no group with code"),
                         (["--group", "SHARE SOTUBA"], "exactly one of --message-key or --text"),
                         (["--group", "SHARE SOTUBA", "--text", "x", "--message-key", "meeting_reminder"],
                          "exactly one"),
                         (["--group", "SHARE SOTUBA", "--text", "x", "--at", "tomorrow"], "ISO 8601"),
                         (["--group", "SHARE SOTUBA", "--text", "x", "--by", "nobody"], "no staff account")):
        result = runner.invoke(args=["broadcast", "send", *args])
        assert result.exit_code != 0 and reason in result.output, (args, result.output)
    assert "no broadcast 999" in runner.invoke(args=["broadcast", "status", "999"]).output
