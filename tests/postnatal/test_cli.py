"""``flask schedule run --at …`` runs every scheduled push at that moment (Bamako time), once."""
from __future__ import annotations

from datetime import date, datetime, timezone

from bot.content import postnatal as texts
from bot.content.i18n import translate
from bot.postnatal.cli import moment_of
from tests.postnatal.conftest import add_member, bodies, periods


def test_the_moment_is_bamako_time():
    assert moment_of("2027-01-10T09:00") == datetime(2027, 1, 10, 9, 0, tzinfo=timezone.utc)
    assert moment_of("2027-01-10T09:00+01:00") == datetime(2027, 1, 10, 8, 0, tzinfo=timezone.utc)


def test_schedule_run_at_a_moment(app, monkeypatch):
    from tests.share.conftest import add_group

    queued: list[int] = []
    monkeypatch.setattr("bot.conversation.tasks.enqueue_woman", lambda woman_id, urgent_message=None: queued.append(woman_id))
    her = add_member(add_group(), "fr", stage="postnatal", birth_date=date(2027, 1, 7))
    runner = app.test_cli_runner()
    early = runner.invoke(args=["schedule", "run", "--at", "2027-01-10T08:30"])  # before 9:00: nothing
    assert early.exit_code == 0 and "0 woman" in early.output
    result = runner.invoke(args=["schedule", "run", "--at", "2027-01-10T09:00"])
    assert result.exit_code == 0, result.output
    assert "2027-01-10 09:00 (Bamako)" in result.output and queued == [her]
    assert periods(her, "postnatal") == ["birth", "d3"]
    assert runner.invoke(args=["schedule", "run", "--at", "2027-01-10T09:10"]).exit_code == 0
    assert queued == [her]  # nothing new: once
    assert bodies(her, "postnatal")[1].startswith(translate("fr", texts.PN_VISIT_D3))
    bad = runner.invoke(args=["schedule", "run", "--at", "demain"])
    assert bad.exit_code != 0
