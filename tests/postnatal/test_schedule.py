"""The journey's scheduled messages with a frozen clock: by the baby's age (day 3, days 7-14,
week 6, vaccines at birth, 6, 10, 14 weeks and 9 months, family planning, the check) and CPN by
week of pregnancy — once each, inside the sending hours, across month and year ends and 29
February; four schedulers at once; STOP and a loss stop them; a template outside the window."""
from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor
from datetime import date, timedelta

import pytest
from sqlalchemy import select

from bot.content import postnatal as texts
from bot.content.i18n import translate
from bot.conversation.service import deliver_pending
from bot.db import session_scope
from bot.models import OutboundMessage, Woman
from bot.postnatal.schedule import add_months, run_all as journey, send_cpn_reminders, send_postnatal_messages
from tests.postnatal.conftest import add_group, add_member, at, bodies, periods, phone_of


def every_day(start: date, end: date, hour: int = 10):
    day = start
    while day <= end:
        yield at(day.year, day.month, day.day, hour)
        day += timedelta(days=1)


def sent_on(woman_id: int, start: date, end: date) -> dict[str, date]:
    """Run the scheduler every day (twice) and note the day each period first went."""
    first: dict[str, date] = {}
    for moment in every_day(start, end):
        for again in (moment, moment + timedelta(hours=5)):
            if woman_id in send_postnatal_messages(again):
                for period in periods(woman_id, "postnatal"):
                    first.setdefault(period, moment.date())
    return first


def test_the_postnatal_calendar_across_the_year_end(database):
    her = add_member(add_group(), "fr", stage="postnatal", birth_date=date(2026, 12, 29))
    first = sent_on(her, date(2026, 12, 29), date(2027, 10, 31))
    assert first == {"birth": date(2026, 12, 29), "d3": date(2027, 1, 1), "d7": date(2027, 1, 5),
                     "w6": date(2027, 2, 9), "w10": date(2027, 3, 9), "w14": date(2027, 4, 6),
                     "m9": date(2027, 9, 29)}
    assert len(bodies(her, "postnatal")) == 7  # once each
    d3, w6 = bodies(her, "postnatal")[1], bodies(her, "postnatal")[3]
    assert d3 == translate("fr", texts.PN_VISIT_D3) + "\n" + translate("fr", texts.PN_CHECK)
    assert w6.split("\n") == [translate("fr", texts.PN_VISIT_W6),
                              translate("fr", texts.PN_VACCINE_DUE, age="6 semaines"),
                              translate("fr", texts.PN_FAMILY_PLANNING)]
    assert "9 mois" in bodies(her, "postnatal")[-1]
    for body in bodies(her):
        assert "\n\n" not in body


def test_29_february_and_short_months(database):
    assert add_months(date(2027, 5, 31), 9) == date(2028, 2, 29)
    assert add_months(date(2026, 5, 31), 9) == date(2027, 2, 28)
    assert add_months(date(2028, 2, 29), 9) == date(2028, 11, 29)
    leap = add_member(add_group(), "bm", stage="postnatal", birth_date=date(2028, 2, 29))
    first = sent_on(leap, date(2028, 2, 29), date(2028, 3, 10))
    assert first == {"birth": date(2028, 2, 29), "d3": date(2028, 3, 3), "d7": date(2028, 3, 7)}
    assert bodies(leap, "postnatal")[1].startswith(translate("bm", texts.PN_VISIT_D3))
    nine = add_member(add_group("SHARE SIKORO"), "fr", stage="postnatal", birth_date=date(2027, 5, 31))
    assert nine not in send_postnatal_messages(at(2028, 2, 28, 10))
    assert nine in send_postnatal_messages(at(2028, 2, 29, 10))
    assert periods(nine, "postnatal") == ["m9"]


def test_nothing_between_the_14_weeks_and_9_months_nor_after(database):
    her = add_member(add_group(), "fr", stage="postnatal", birth_date=date(2027, 1, 10))
    assert sent_on(her, date(2027, 4, 25), date(2027, 10, 9)) == {}  # day 105 (after 14 weeks) to 9 months - 1
    assert sent_on(her, date(2027, 10, 18), date(2028, 3, 1)) == {}  # a week after 9 months: too late, and the end


def test_only_in_the_sending_hours(database, monkeypatch):
    her = add_member(add_group(), "fr", stage="postnatal", birth_date=date(2027, 1, 3))
    assert send_postnatal_messages(at(2027, 1, 10, 8, 59)) == []
    assert send_postnatal_messages(at(2027, 1, 10, 21, 0)) == []
    assert send_postnatal_messages(at(2027, 1, 10, 23, 30)) == []
    assert send_postnatal_messages(at(2027, 1, 10, 9, 0)) == [her]
    monkeypatch.setenv("QUIET_HOURS", "12-14")
    assert send_cpn_reminders(at(2027, 1, 10, 13)) == []


def test_four_schedulers_at_once_send_each_message_once(database):
    group = add_group()
    mothers = [add_member(group, "fr", stage="postnatal", birth_date=date(2027, 1, 3)) for _ in range(3)]
    pregnant = add_member(group, "bm", due_date=date(2027, 1, 10) + timedelta(weeks=20))  # 20 weeks
    moment = at(2027, 1, 10, 9, 0)
    with ThreadPoolExecutor(max_workers=4) as pool:
        results = list(pool.map(lambda _: journey(moment), range(4)))
    assert sorted(w for result in results for w in result) == sorted(mothers + [pregnant])
    for mother in mothers:
        assert periods(mother, "postnatal") == ["d7"] and len(bodies(mother)) == 1
    assert periods(pregnant, "cpn_reminder") == ["20w"] and len(bodies(pregnant)) == 1


def test_cpn_reminders_by_week_from_her_due_date(database):
    group = add_group()
    today = date(2027, 1, 10)
    early = add_member(group, "fr", due_date=today + timedelta(weeks=32))  # 8 weeks
    late = add_member(group, "bm", due_date=today + timedelta(weeks=14))  # 26 weeks
    between = add_member(group, "fr", due_date=today + timedelta(weeks=17))  # 23 weeks
    mother = add_member(group, "fr", stage="postnatal", birth_date=today - timedelta(days=1),
                        due_date=today + timedelta(weeks=14))
    assert sorted(send_cpn_reminders(at(2027, 1, 10, 10))) == sorted([early, late])
    assert bodies(early) == [translate("fr", texts.CPN_FIRST)]
    assert bodies(late) == [translate("bm", texts.CPN_DUE, weeks="26")]
    assert bodies(between) == [] and bodies(mother) == []
    assert send_cpn_reminders(at(2027, 1, 12, 10)) == []  # once a week's reminder went
    assert periods(early, "cpn_reminder") == ["first"]
    # Every week of the WHO schedule, across the year end and February.
    her = add_member(group, "fr", due_date=date(2027, 3, 1))
    weeks = {}
    for moment in every_day(date(2026, 6, 1), date(2027, 3, 1)):
        if her in send_cpn_reminders(moment):
            weeks[periods(her, "cpn_reminder")[-1]] = moment.date()
    assert list(weeks) == ["first", "20w", "26w", "30w", "34w", "36w", "38w", "40w"]
    assert weeks["40w"] == date(2027, 3, 1) and weeks["38w"] == date(2027, 2, 15)


def test_stop_wins_and_a_loss_stops_what_was_queued(database, say, time_machine):
    time_machine.move_to(at(2027, 1, 10, 9, 0), tick=False)
    group = add_group()
    stopped = add_member(group, "fr", stage="postnatal", birth_date=date(2027, 1, 3))
    queued = add_member(group, "fr", stage="postnatal", birth_date=date(2027, 1, 3))
    lost = add_member(group, "fr", due_date=date(2027, 1, 10) + timedelta(weeks=20))
    say(phone_of(stopped), "STOP")
    assert sorted(journey(at(2027, 1, 10, 9, 0))) == sorted([queued, lost])
    # She sends STOP after the push was queued: it is withheld at send time.
    say(phone_of(queued), "STOP")
    with session_scope() as session:
        statuses = session.scalars(select(OutboundMessage.status).where(
            OutboundMessage.woman_id == queued, OutboundMessage.kind == "postnatal")).all()
    assert statuses == ["opted_out"]
    # A loss: the queued CPN reminder never goes, nor anything later.
    say(phone_of(lost), "j'ai fait une fausse couche")
    with session_scope() as session:
        status = session.scalar(select(OutboundMessage.status).where(
            OutboundMessage.woman_id == lost, OutboundMessage.kind == "cpn_reminder"))
    assert status == "cancelled"
    for moment in every_day(date(2027, 1, 11), date(2027, 6, 30)):
        assert lost not in journey(moment)


@pytest.mark.parametrize("language", ["fr", "bm"])
def test_outside_the_window_the_template_goes(database, fake_io, monkeypatch, time_machine, language):
    time_machine.move_to(at(2027, 1, 10, 9, 30), tick=False)
    her = add_member(add_group(), language, stage="postnatal", birth_date=date(2027, 1, 3),
                     last_inbound=at(2026, 12, 1))
    assert journey(at(2027, 1, 10, 9, 30)) == [her]
    deliver_pending(her)
    with session_scope() as session:
        row = session.scalar(select(OutboundMessage).where(OutboundMessage.woman_id == her))
        assert row.status == "no_template"
        row.status = "pending"
    sid = "HX" + "c" * 32
    monkeypatch.setenv(f"CONTENT_SID_POSTNATAL_{language.upper()}", sid)
    deliver_pending(her)
    [template] = fake_io.sent
    assert template["content_sid"] == sid
    assert template["content_variables"] == {"1": translate(language, texts.PN_VISIT_D7)}


def test_a_mother_without_consent_gets_nothing(database):
    her = add_member(add_group(), "fr", stage="postnatal", birth_date=date(2027, 1, 3), consent_at=None)
    assert send_postnatal_messages(at(2027, 1, 10, 10)) == []
    with session_scope() as session:
        assert session.get(Woman, her).stage == "postnatal"
