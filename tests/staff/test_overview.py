"""The overview page's figures, on seeded rows: questions per topic per week, escalations by
urgency, time to a midwife's first written answer — per CSCom, as a midwife or an admin sees them."""
from __future__ import annotations

import html
import re
from datetime import date, timedelta

import pytest
from sqlalchemy import delete

from bot.db import session_scope
from bot.models import CaseEvent, Escalation, InboundMessage, Woman
from bot.models.base import utcnow
from bot.staff.overview import answer_times, escalations_per_week, topics_per_week, week_starts
from tests.escalation.conftest import new_phone

NOW = utcnow()  # set again for each test, below


@pytest.fixture(autouse=True)
def one_clock(time_machine):
    """The seeded rows and the page read the same clock: whatever moment the suite runs at
    (``--now``), frozen for the test so that "this week" is the same week for both."""
    global NOW
    NOW = utcnow()
    time_machine.move_to(NOW, tick=False)


def ago(weeks: int):
    # Whole weeks back from now land on the same weekday: week index 7 - weeks, whatever today is.
    return NOW - timedelta(weeks=weeks)


@pytest.fixture
def seeded(world):
    with session_scope() as session:
        session.execute(delete(Escalation))  # the world's own cases: this test seeds its own
        sotuba = Woman(phone=new_phone(), language="fr", cscom_id=world.sotuba)
        sikoro = Woman(phone=new_phone(), language="bm", cscom_id=world.sikoro)
        session.add_all([sotuba, sikoro])
        session.flush()
        messages = [(sotuba, "faq/nutrition", 0)] * 3 + [(sotuba, "faq/nutrition", 2)] + \
            [(sotuba, "faq/malaria_prevention", 1)] * 2 + [(sotuba, "danger_sign", 0)] + \
            [(sotuba, "rasa", 0)] * 2 + [(sotuba, "faq/nutrition", 9)] + [(sikoro, "faq/nutrition", 0)] * 5
        for n, (woman, intent, weeks) in enumerate(messages):
            session.add(InboundMessage(message_sid=f"SMseed{n}", woman_id=woman.id, body="?", intent=intent,
                                       status="answered", received_at=ago(weeks)))

        def case(woman, urgency, weeks, replies=(), status="answered", note_after=None):
            created = ago(weeks)
            escalation = Escalation(woman_id=woman.id, cscom_id=woman.cscom_id, urgency=urgency, reason="x",
                                    message="?", status=status, created_at=created)
            session.add(escalation)
            session.flush()
            for minutes in replies:
                session.add(CaseEvent(escalation_id=escalation.id, staff_id=world.awa, kind="reply", body="r",
                                      at=created + timedelta(minutes=minutes)))
            if note_after is not None:
                session.add(CaseEvent(escalation_id=escalation.id, staff_id=world.awa, kind="note", body="n",
                                      at=created + timedelta(minutes=note_after)))

        case(sotuba, "urgent", 0, [10])
        case(sotuba, "urgent", 1, [90, 40])  # the first reply counts, not the last added
        case(sotuba, "urgent", 1, status="open")
        case(sotuba, "normal", 0, [180], note_after=1)  # a private note is not an answer
        case(sotuba, "normal", 3, status="resolved")
        case(sotuba, "normal", 2, [30 * 60])
        case(sikoro, "urgent", 0, [100])
        case(sotuba, "urgent", 10, [5])  # before the 8 weeks
    return world


def test_week_starts_are_the_last_eight_mondays():
    starts = week_starts(date(2026, 11, 18))  # a Wednesday
    assert starts[-1] == date(2026, 11, 16) and starts[0] == date(2026, 9, 28)
    assert len(starts) == 8 and all(d.weekday() == 0 for d in starts)


def test_questions_per_topic_per_week_for_one_cscom(seeded):
    starts = week_starts(NOW.date())
    with session_scope() as session:
        sotuba = topics_per_week(session, seeded.sotuba, starts)
        everyone = topics_per_week(session, None, starts)
    assert sotuba == {
        "nutrition": [0, 0, 0, 0, 0, 1, 0, 3],
        "malaria_prevention": [0, 0, 0, 0, 0, 0, 2, 0],
        "danger_sign": [0, 0, 0, 0, 0, 0, 0, 1],
    }
    assert list(sotuba) == ["nutrition", "malaria_prevention", "danger_sign"]  # most asked first
    assert everyone["nutrition"] == [0, 0, 0, 0, 0, 1, 0, 8]


def test_escalations_by_urgency_and_time_to_first_answer(seeded):
    starts = week_starts(NOW.date())
    with session_scope() as session:
        counts = escalations_per_week(session, seeded.sotuba, starts)
        times = answer_times(session, seeded.sotuba, starts)
        all_times = answer_times(session, None, starts)
    assert counts == {"urgent": [0, 0, 0, 0, 0, 0, 2, 1], "normal": [0, 0, 0, 0, 1, 1, 0, 1]}
    urgent, normal = times["urgent"], times["normal"]
    assert (urgent.opened, urgent.answered, urgent.waiting, urgent.on_time) == (3, 2, 1, 1)
    assert sorted(urgent.minutes) == [10, 40] and urgent.median == 25
    assert urgent.bucket_counts() == {"le_15m": 1, "le_1h": 1, "le_24h": 0, "over_24h": 0}
    assert (normal.opened, normal.answered, normal.closed_without_answer, normal.on_time) == (3, 2, 1, 1)
    assert sorted(normal.minutes) == [180, 1800] and normal.median == 990
    assert normal.bucket_counts() == {"le_15m": 0, "le_1h": 0, "le_24h": 1, "over_24h": 1}
    assert sorted(all_times["urgent"].minutes) == [10, 40, 100]


def _page(client, query: str = "") -> str:
    response = client.get(f"/staff/overview{query}")
    assert response.status_code == 200, response.status_code
    return html.unescape(response.get_data(as_text=True))


def _bars(page: str, attribute: str) -> dict[str, list[int]]:
    found: dict[str, list[int]] = {}
    for name, value in re.findall(rf'{attribute}="([^"]+)" data-value="(\d+)"', page):
        found.setdefault(name, []).append(int(value))
    return found


def test_a_midwife_sees_her_cscoms_figures_drawn_in_the_page(as_staff, seeded):
    page = _page(as_staff("awa"))
    assert "CSCom de Sotuba" in page
    assert _bars(page, "data-row") == {"Alimentation": [1, 3], "Paludisme": [2], "Signes de danger": [1]}
    assert _bars(page, "data-series") == {"Urgent": [2, 1], "Normal": [1, 1, 1]}
    assert "Alimentation (4)" in page
    segments = _bars(page, "data-segment")
    assert segments["15 min ou moins"] == [1] and segments["sans réponse, en attente"] == [1]
    assert segments["clos sans réponse écrite"] == [1] and segments["plus de 24 h"] == [1]
    urgent = page[page.index('data-urgency="urgent"'):page.index('data-urgency="normal"')]
    assert '<td class="median">25 min</td>' in urgent and '<td class="on-time">1/2</td>' in urgent
    assert '<td class="median">16 h 30</td>' in page  # normal: median of 3 h and 30 h
    # Nothing fetched from elsewhere: no script, no external link or image.
    assert "<script" not in page and 'src="http' not in page and 'href="http' not in page
    assert "<select" not in page  # she cannot pick another CSCom


def test_an_admin_sees_all_or_chooses_a_cscom(as_staff, seeded):
    admin = as_staff("admin")
    everyone = _page(admin)
    assert "Tous les CSCom" in everyone and _bars(everyone, "data-row")["Alimentation"] == [1, 8]
    sikoro = _page(admin, f"?cscom={seeded.sikoro}")
    assert _bars(sikoro, "data-row") == {"Alimentation": [5]}
    assert _bars(sikoro, "data-series") == {"Urgent": [1]}
    assert f'<option value="{seeded.sikoro}" selected>' in sikoro
    assert admin.get("/staff/overview?cscom=999999").status_code == 404
    response = admin.get("/staff/overview?cscom=sotuba")
    assert response.status_code == 400 and "numéro d'un CSCom" in html.unescape(response.get_data(as_text=True))


def test_another_cscoms_figures_are_not_hers_to_see(as_staff, client, seeded):
    awa = as_staff("awa")
    assert awa.get(f"/staff/overview?cscom={seeded.sikoro}").status_code == 404
    assert awa.get(f"/staff/overview?cscom={seeded.sotuba}").status_code == 200
    # A facilitator sees her CSCom's counts (no message is shown on this page).
    assert _bars(_page(as_staff("mariam")), "data-row")["Alimentation"] == [1, 3]
    response = client.get("/staff/overview")
    assert response.status_code == 302 and response.headers["Location"].startswith("/staff/login")


def test_an_empty_cscom_says_so(as_staff, world):
    page = _page(as_staff("fanta"))
    assert "Aucune question sur ces 8 semaines." in page and "data-row" not in page
    assert _bars(page, "data-series") == {"Normal": [1]}  # Sikoro's one case, 2 hours old
