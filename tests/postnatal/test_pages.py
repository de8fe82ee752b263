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
