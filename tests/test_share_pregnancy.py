from datetime import date, timedelta

import pytest

from bot.share.pregnancy import gestational_weeks, pregnancy_month

DUE = date(2026, 9, 30)


@pytest.mark.parametrize("days_before_due, weeks", [
    (0, 40), (1, 39), (7, 39), (8, 38), (14, 38), (28, 36), (29, 35), (280, 0), (-7, 41), (-20, 42),
])
def test_gestational_weeks_count_back_from_40_at_the_due_date(days_before_due, weeks):
    assert gestational_weeks(DUE, DUE - timedelta(days=days_before_due)) == weeks


def test_the_36_and_38_week_marks_fall_four_and_two_weeks_before_due():
    assert gestational_weeks(DUE, DUE - timedelta(weeks=4)) == 36
    assert gestational_weeks(DUE, DUE - timedelta(weeks=2)) == 38


@pytest.mark.parametrize("days_before_due, month", [
    (0, 9), (20, 9), (31, 9), (32, 8), (62, 8), (63, 7), (125, 5), (249, 1), (279, 1), (280, 1), (-10, 9),
])
def test_pregnancy_month_is_nine_minus_the_months_left(days_before_due, month):
    assert pregnancy_month(DUE, DUE - timedelta(days=days_before_due)) == month


def test_five_months_pregnant_round_trip():
    # She says "5 mois" and the due date is set about 4 months ahead: the page must show 5 again.
    today = date(2026, 5, 1)
    assert pregnancy_month(today + timedelta(days=4 * 30 + 15), today) == 5


@pytest.mark.parametrize("due", [None, DUE + timedelta(days=281), DUE - timedelta(days=21), DUE - timedelta(days=300)])
def test_no_number_when_the_date_cannot_describe_a_pregnancy_today(due):
    assert pregnancy_month(due, DUE) is None
    assert gestational_weeks(due, DUE) is None
