"""Scheduled messages with a frozen clock: the month's topic on the 1st (Bamako time), the meeting
reminder the day before, the checklist reminder at 36 and 38 weeks — once each, to active members
who consented and did not opt out; a template outside the 24-hour window."""
from __future__ import annotations

from datetime import date, timedelta

import pytest
from sqlalchemy import select

from bot.content import share
from bot.content.i18n import translate
from bot.conversation.service import deliver_pending
from bot.db import session_scope
from bot.models import ChecklistAnswer, Membership, Notice, OutboundMessage, Woman
from bot.share.schedule import run_all, send_checklist_reminders, send_meeting_reminders, push_monthly_topics
from tests.share.conftest import add_group, add_member, at, phone_of


def bodies(woman_id: int, kind: str | None = None) -> list[str]:
    with session_scope() as session:
        query = select(OutboundMessage.body).where(OutboundMessage.woman_id == woman_id)
        if kind:
            query = query.where(OutboundMessage.kind == kind)
        return list(session.scalars(query.order_by(OutboundMessage.id)))


@pytest.fixture
def members(database):
    group = add_group()
    recent = at(2026, 11, 30, 20)
    return {
        "group": group,
        "fr": add_member(group, "fr", last_inbound=recent),
        "bm": add_member(group, "bm", last_inbound=recent),
        "opted_out": add_member(group, "fr", opted_out=True),
        "no_consent": add_member(group, "fr", consent_at=None),
        "outsider": add_member(None, "fr"),
    }


def test_monthly_topic_on_the_first_from_nine_bamako_time(members):
    assert push_monthly_topics(at(2026, 11, 30, 23, 59)) == []
    assert push_monthly_topics(at(2026, 12, 1, 8, 59)) == []  # nobody is woken before 9:00
    queued = push_monthly_topics(at(2026, 12, 1, 9, 0))
    assert sorted(queued) == sorted([members["fr"], members["bm"]])
    [fr] = bodies(members["fr"], "monthly_topic")
    [bm] = bodies(members["bm"], "monthly_topic")
    assert fr.startswith(translate("fr", share.TOPIC_OF_MONTH, month="décembre 2026"))
    assert "mardi 1 décembre à 15:00" in fr
    assert bm.startswith(translate("bm", share.TOPIC_OF_MONTH, month="desanburu 2026"))
    assert "tarata 1 desanburu" in bm
    for excluded in ("opted_out", "no_consent", "outsider"):
        assert bodies(members[excluded]) == []


def test_monthly_topic_is_sent_once_whatever_restarts_or_workers_do(members):
    first = push_monthly_topics(at(2026, 12, 1, 9, 0))
    again = push_monthly_topics(at(2026, 12, 1, 9, 10)) + push_monthly_topics(at(2026, 12, 2, 11))
    assert len(first) == 2 and again == []
    assert len(bodies(members["fr"], "monthly_topic")) == 1
    # Missed on the 1st (every worker down)? Still on the 2nd and 3rd, never later.
    assert push_monthly_topics(at(2027, 1, 4, 10)) == []
    assert len(push_monthly_topics(at(2027, 1, 3, 10))) == 2


def test_a_pending_member_gets_nothing_until_confirmed(database):
    group = add_group()
    with session_scope() as session:
        woman = Woman(phone="whatsapp:+22376000001", language="fr", consent_at=at(2026, 11, 1))
        session.add(woman)
        session.flush()
        session.add(Membership(woman_id=woman.id, group_id=group.id, status="pending", source="code"))
        woman_id = woman.id
    assert push_monthly_topics(at(2026, 12, 1, 10)) == []
    assert bodies(woman_id) == []


def test_meeting_reminder_the_day_before(members):
    # The December meeting: Tuesday 1 December 15:00. The reminder goes on Monday 30 November.
    assert send_meeting_reminders(at(2026, 11, 29, 12)) == []
    assert send_meeting_reminders(at(2026, 11, 30, 8)) == []
    assert sorted(send_meeting_reminders(at(2026, 11, 30, 9))) == sorted([members["fr"], members["bm"]])
    assert send_meeting_reminders(at(2026, 11, 30, 18)) == []  # once
    [fr] = bodies(members["fr"], "meeting_reminder")
    assert fr == translate("fr", share.MEETING_REMINDER, group="SHARE Sotuba", date="mardi 1 décembre",
                           time="15:00", place="Cour de la présidente", topic="Bien manger pendant la grossesse")
    assert "tarata 1 desanburu" in bodies(members["bm"], "meeting_reminder")[0]


def test_checklist_reminders_at_36_and_38_weeks_list_what_is_open(database):
    group = add_group()
    today = date(2026, 12, 10)
    due = today + timedelta(weeks=4)  # exactly 36 weeks today
    woman = add_member(group, "fr", due_date=due)
    ready = add_member(group, "fr", due_date=due)
    with session_scope() as session:
        from bot.content.checklist import ITEMS

        for item in ITEMS:
            session.add(ChecklistAnswer(woman_id=ready, item_key=item.key, status="ready"))
        session.add(ChecklistAnswer(woman_id=woman, item_key="companion", status="ready"))
    assert send_checklist_reminders(at(2026, 12, 9, 10)) == []  # 35 weeks
    assert send_checklist_reminders(at(2026, 12, 10, 10)) == [woman]  # all ready: nothing to remind
    assert send_checklist_reminders(at(2026, 12, 11, 10)) == []
    [text] = bodies(woman, "checklist_reminder")
    assert text.startswith(translate("fr", share.CHECKLIST_REMINDER, weeks=36))
    assert "accompagnera" not in text and "savon" in text  # the companion is ready, soap is open
    assert send_checklist_reminders(at(2026, 12, 24, 10)) == [woman]  # 38 weeks
    assert len(bodies(woman, "checklist_reminder")) == 2
    with session_scope() as session:
        periods = set(session.scalars(select(Notice.period).where(Notice.woman_id == woman)))
    assert periods == {"36w", "38w"}


def test_a_woman_first_known_at_38_weeks_gets_one_reminder(database):
    group = add_group()
    woman = add_member(group, "fr", due_date=date(2026, 12, 24))  # 38 weeks on 10 December
    assert send_checklist_reminders(at(2026, 12, 10, 10)) == [woman]
    assert send_checklist_reminders(at(2026, 12, 11, 10)) == []
    assert len(bodies(woman, "checklist_reminder")) == 1


def test_outside_the_window_the_template_goes_and_without_one_it_is_reported(members, fake_io, monkeypatch,
                                                                            time_machine):
    # One clock for the scheduler and the sender: the "wrote yesterday" woman is inside her window
    # on 1 December whatever the machine's date (this test failed on the real 2026-12-01).
    time_machine.move_to(at(2026, 12, 1, 9, 30), tick=False)
    away = add_member(members["group"], "bm", last_inbound=at(2026, 10, 1))
    monkeypatch.setenv("TWILIO_ACCOUNT_SID", "AC" + "1" * 32)
    run_all(at(2026, 12, 1, 9, 30))
    deliver_pending(away)  # no template configured yet
    with session_scope() as session:
        [row] = session.scalars(select(OutboundMessage).where(OutboundMessage.woman_id == away)).all()
        assert (row.status, row.error_code) == ("no_template", "no_template")
    assert fake_io.sent == []

    monkeypatch.setenv("CONTENT_SID_MONTHLY_TOPIC_BM", "HX" + "b" * 32)
    with session_scope() as session:
        session.scalar(select(OutboundMessage).where(OutboundMessage.woman_id == away)).status = "pending"
    deliver_pending(away)
    deliver_pending(members["fr"])  # wrote yesterday: free text
    [template, text] = fake_io.sent
    assert template["to"] == phone_of(away) and template["content_sid"] == "HX" + "b" * 32
    assert template["content_variables"]["1"]  # the topic's title
    assert "tarata 1 desanburu" in template["content_variables"]["2"]
    assert text["content_sid"] is None and text["body"].startswith(
        translate("fr", share.TOPIC_OF_MONTH, month="décembre 2026"))


def test_two_workers_at_the_same_moment_send_each_topic_once(members):
    from concurrent.futures import ThreadPoolExecutor

    moment = at(2026, 12, 1, 9, 0)
    with ThreadPoolExecutor(max_workers=4) as pool:
        results = list(pool.map(lambda _: push_monthly_topics(moment), range(4)))
    assert sorted(w for result in results for w in result) == sorted([members["fr"], members["bm"]])
    assert len(bodies(members["fr"], "monthly_topic")) == 1
