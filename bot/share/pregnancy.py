"""How far along she is, from her expected delivery date. One place for the arithmetic so the case
page and the 36/38-week reminders agree.

A pregnancy is counted as 280 days (40 weeks) ending on the due date. Dates that cannot describe a
pregnancy today give None rather than a made-up number: a due date more than 40 weeks away, or one
so far past (beyond 42 weeks + 6 days, the end of a post-term pregnancy) that she has given birth."""
from __future__ import annotations

from datetime import date, timedelta

PREGNANCY_DAYS = 280
# Nine equal "months" over the 280 days: the way women and midwives here count ("5 mois").
_MONTH_DAYS = PREGNANCY_DAYS / 9
_LAST_DAY = 42 * 7 + 6


def _gestation_days(due_date: date | None, today: date) -> int | None:
    if due_date is None:
        return None
    days = PREGNANCY_DAYS - (due_date - today).days
    if days < 0 or days > _LAST_DAY:
        return None
    return days


def gestational_weeks(due_date: date | None, today: date) -> int | None:
    """Completed weeks of pregnancy: 40 on the due date, 39 the day before, 36 four weeks before."""
    days = _gestation_days(due_date, today)
    return None if days is None else days // 7


def pregnancy_month(due_date: date | None, today: date) -> int | None:
    """Month of pregnancy, 1..9: 9 minus the whole months left until the due date (9 on and after
    it, 1 in the first 31 days)."""
    days = _gestation_days(due_date, today)
    if days is None:
        return None
    months_left = int(max(PREGNANCY_DAYS - days, 0) // _MONTH_DAYS)
    return max(1, 9 - months_left)


def due_date_from_month(month: int, today: date) -> date:
    """An estimated due date for a woman who says she is in her ``month``-th month (1..9): the
    middle of that month today. The inverse of pregnancy_month; marked as an estimate where stored."""
    days = round((min(max(month, 1), 9) - 0.5) * _MONTH_DAYS)
    return today + timedelta(days=PREGNANCY_DAYS - days)
