"""Scheduled SHARE jobs (issue 16, item 7): SHARE_SEND_HOUR and QUIET_HOURS are read when the job
runs, not when the module is imported; no scheduled push in quiet hours; one group's failure does
not stop the others (a transaction per group)."""
from __future__ import annotations

from datetime import date

import pytest

from bot.share import schedule
from bot.share.schedule import push_monthly_topics, send_meeting_reminders
from tests.share.conftest import add_group, add_member, at


@pytest.fixture
def group_with_members(database):
    group = add_group()
    return group, [add_member(group, "fr"), add_member(group, "bm")]


def test_share_send_hour_is_read_when_the_job_runs(group_with_members, monkeypatch):
    _, members = group_with_members
    monkeypatch.setenv("SHARE_SEND_HOUR", "11")  # after bot.share.schedule was imported
    assert push_monthly_topics(at(2026, 12, 1, 10, 30)) == []
    assert sorted(push_monthly_topics(at(2026, 12, 1, 11, 0))) == sorted(members)


def test_no_meeting_reminder_in_quiet_hours(group_with_members, monkeypatch):
    """The group meets on Tuesday 1 December at 15:00; the reminder is due on the 30th."""
    _, members = group_with_members
    assert send_meeting_reminders(at(2026, 11, 30, 21, 30)) == []  # default QUIET_HOURS 21-9
    monkeypatch.setenv("QUIET_HOURS", "22-7")
    assert sorted(send_meeting_reminders(at(2026, 11, 30, 21, 30))) == sorted(members)


@pytest.mark.parametrize("raw,hour,allowed", [("21-9", 20, True), ("21-9", 21, False), ("21-9", 3, False),
                                             ("13-15", 14, False), ("13-15", 15, True), ("none", 23, True)])
def test_quiet_hours_windows(monkeypatch, raw, hour, allowed):
    monkeypatch.setenv("QUIET_HOURS", raw)
    monkeypatch.setenv("SHARE_SEND_HOUR", "0")
    assert schedule.may_send(at(2026, 12, 1, hour)) is allowed


def test_a_bad_setting_says_which(monkeypatch):
    monkeypatch.setenv("QUIET_HOURS", "soir")
    with pytest.raises(RuntimeError, match="QUIET_HOURS"):
        schedule.may_send(at(2026, 12, 1, 10))


def test_one_groups_failure_does_not_stop_the_others(database, monkeypatch, caplog):
    broken = add_group(code="SHARE CASSE", name="SHARE Cassé", start=date(2026, 11, 1))
    fine = add_group(code="SHARE SIKORO", name="SHARE Sikoro", start=date(2026, 11, 1))
    broken_member, fine_member = add_member(broken, "fr"), add_member(fine, "fr")
    real = schedule.topic_message

    def topic_message(session, group, language, now):
        if group.id == broken.id:
            raise ValueError("a corrupt curriculum")
        return real(session, group, language, now)

    monkeypatch.setattr(schedule, "topic_message", topic_message)
    assert push_monthly_topics(at(2026, 12, 1, 9, 0)) == [fine_member]
    assert "group %s failed" % broken.id in caplog.text or f"group {broken.id} failed" in caplog.text
    monkeypatch.setattr(schedule, "topic_message", real)  # fixed: the next run sends the rest, once
    assert push_monthly_topics(at(2026, 12, 1, 9, 10)) == [broken_member]
