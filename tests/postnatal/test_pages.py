"""The staff pages show each woman's stage: week N of pregnancy, baby N days old, or no longer
pregnant without the details."""
from __future__ import annotations

from datetime import date, datetime, timedelta, timezone

from sqlalchemy import select

from bot.db import session_scope
from bot.models import Escalation, OutboundMessage, ShareGroup, Woman
from bot.postnatal.stage import record_loss
from tests.postnatal.conftest import add_member
from tests.share.conftest import Group
from tests.staff.conftest import as_staff, world  # noqa: F401  (fixtures)


def test_the_stage_on_the_group_and_case_pages(as_staff, world):
    today = datetime.now(timezone.utc).date()
    with session_scope() as session:
        group = ShareGroup(name="SHARE Sotuba", code="SHARE SOTUBA", cscom_id=world.sotuba, meeting_weekday=1,
                           meeting_week=1, meeting_time="15:00", meeting_place="Cour", curriculum_start=today.replace(day=1))
        session.add(group)
        session.flush()
        group_id = group.id
    g = Group(group_id, world.sotuba)
    pregnant = add_member(g, "fr", name="Awa Traoré", due_date=today + timedelta(weeks=10))  # 30 weeks
    mother = add_member(g, "fr", name="Fanta Diarra", stage="postnatal", birth_date=today - timedelta(days=5))
    lost = add_member(g, "bm", name="Kadia Coulibaly", due_date=today + timedelta(weeks=20))
    with session_scope() as session:
        record_loss(session, session.get(Woman, lost), "j'ai perdu le bébé", datetime.now(timezone.utc), None)
    page = as_staff("mariam").get(f"/staff/groups/{group_id}").get_data(as_text=True)
    assert "semaine 30 de grossesse" in page
    assert "bébé de 5 jours" in page
    assert "n&#39;est plus enceinte" in page or "n'est plus enceinte" in page
    assert "perdu" not in page  # no details for the facilitator
    with session_scope() as session:
        case = session.scalar(select(Escalation).where(Escalation.woman_id == lost))
        assert (case.urgency, case.reason) == ("normal", "pregnancy_loss")
        session.add(Escalation(woman_id=mother, cscom_id=world.sotuba, urgency="normal", reason="ask_midwife",
                               message="question"))
        session.flush()
        mother_case = session.scalar(select(Escalation.id).where(Escalation.woman_id == mother))
    awa = as_staff("awa")
    loss_page = awa.get(f"/staff/escalations/{case.id}", follow_redirects=True).get_data(as_text=True)
    assert "Perte de grossesse" in loss_page and "plus enceinte" in loss_page
    mother_page = awa.get(f"/staff/escalations/{mother_case}", follow_redirects=True).get_data(as_text=True)
    assert "bébé de 5 jours" in mother_page
    with session_scope() as session:
        assert session.scalars(select(OutboundMessage).where(OutboundMessage.woman_id == lost)).all() == []


def test_the_facilitator_notes_a_birth_on_the_group_page(as_staff, world):
    today = datetime.now(timezone.utc).date()
    with session_scope() as session:
        group = ShareGroup(name="SHARE Sotuba", code="SHARE SOTUBA", cscom_id=world.sotuba, meeting_weekday=1,
                           meeting_week=1, meeting_time="15:00", meeting_place="Cour", curriculum_start=today.replace(day=1))
        session.add(group)
        session.flush()
        group_id = group.id
    her = add_member(Group(group_id, world.sotuba), "fr", name="Awa Traoré", due_date=today + timedelta(days=3))
    mariam = as_staff("mariam")
    assert "Noter la naissance" in mariam.get(f"/staff/groups/{group_id}").get_data(as_text=True)
    url = f"/staff/groups/{group_id}/members/{her}/birth"
    for bad in ("", "demain", (today + timedelta(days=1)).isoformat(), (today - timedelta(days=400)).isoformat()):
        mariam.post(url, data={"birth_date": bad})
    with session_scope() as session:
        assert session.get(Woman, her).stage == "pregnant"
    page = mariam.post(url, data={"birth_date": (today - timedelta(days=2)).isoformat()},
                       follow_redirects=True).get_data(as_text=True)
    assert "Naissance notée pour Awa Traoré" in page and "bébé de 2 jours" in page
    with session_scope() as session:
        found = session.get(Woman, her)
        assert (found.stage, found.birth_date) == ("postnatal", today - timedelta(days=2))
    # A midwife of another CSCom cannot; nothing changes.
    assert as_staff("fanta").post(url, data={"birth_date": today.isoformat()}).status_code == 404


def test_the_overview_counts_births_losses_and_reminders(as_staff, world):
    import re

    from bot.postnatal.schedule import send_cpn_reminders, send_postnatal_messages
    from tests.share.conftest import at

    now = datetime.now(timezone.utc)
    today = now.date()
    with session_scope() as session:
        group = ShareGroup(name="SHARE Sotuba", code="SHARE SOTUBA", cscom_id=world.sotuba, meeting_weekday=1,
                           meeting_week=1, meeting_time="15:00", meeting_place="Cour", curriculum_start=today.replace(day=1))
        session.add(group)
        session.flush()
        sotuba = Group(group.id, world.sotuba)
    mother = add_member(sotuba, "fr", stage="postnatal", birth_date=today - timedelta(days=3))
    add_member(Group(None, world.sikoro), "fr", stage="postnatal", birth_date=today - timedelta(days=3))  # not hers
    pregnant = add_member(sotuba, "fr", due_date=today + timedelta(weeks=20))  # 20 weeks
    lost = add_member(sotuba, "fr", due_date=today + timedelta(weeks=10))
    with session_scope() as session:
        record_loss(session, session.get(Woman, lost), "fausse couche", now, None)
    moment = at(today.year, today.month, today.day, 10)
    assert mother in send_postnatal_messages(moment) and pregnant in send_cpn_reminders(moment)
    page = as_staff("awa").get("/staff/overview").get_data(as_text=True)
    cells = dict(re.findall(r'<td class="(births|losses|visits|vaccines|cpn)">(\d+)</td>', page))
    assert cells == {"births": "1", "losses": "1", "visits": "1", "vaccines": "1", "cpn": "1"}
