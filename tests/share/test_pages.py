"""The facilitator's group pages: her groups only, join requests, registering a woman, the CSV
import report, and moving a meeting."""
from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import select

from bot.content import share
from bot.content.i18n import translate
from bot.db import session_scope
from bot.models import GroupMeeting, Membership, OutboundMessage, ShareGroup, Woman
from bot.share import membership
from tests.staff.conftest import as_staff, login, world  # noqa: F401  (fixtures)


@pytest.fixture
def groups(world):
    with session_scope() as session:
        sotuba = ShareGroup(name="SHARE Sotuba", code="SHARE SOTUBA", cscom_id=world.sotuba, meeting_weekday=1,
                            meeting_week=1, meeting_time="15:00", meeting_place="Cour", curriculum_start=date(2026, 11, 1))
        sikoro = ShareGroup(name="SHARE Sikoro", code="SHARE SIKORO", cscom_id=world.sikoro, meeting_weekday=3,
                            meeting_week=2, meeting_time="10:00", meeting_place="École", curriculum_start=date(2026, 11, 1))
        session.add_all([sotuba, sikoro])
        session.flush()
        return {"sotuba": sotuba.id, "sikoro": sikoro.id}


def test_a_facilitator_sees_her_cscoms_groups_only(as_staff, groups, client):
    mariam = as_staff("mariam")
    page = mariam.get("/staff/groups").get_data(as_text=True)
    assert "SHARE Sotuba" in page and "SHARE Sikoro" not in page
    assert mariam.get(f"/staff/groups/{groups['sikoro']}").status_code == 404
    assert client.get(f"/staff/groups/{groups['sotuba']}").status_code == 302  # anonymous → login
    assert "Calendrier des réunions" in mariam.get(f"/staff/groups/{groups['sotuba']}").get_data(as_text=True)


def test_confirming_a_join_request_welcomes_her(as_staff, groups):
    with session_scope() as session:
        woman = Woman(phone="whatsapp:+22376111222", language="bm")
        session.add(woman)
        session.flush()
        membership.join_by_code(session, woman, "share sotuba")
        woman_id = woman.id
        request_id = session.scalar(select(Membership.id).where(Membership.woman_id == woman_id))
    mariam = as_staff("mariam")
    page = mariam.get(f"/staff/groups/{groups['sotuba']}").get_data(as_text=True)
    assert "•• 22" in page and "76111222" not in page  # masked like the broadcast pages
    response = mariam.post(f"/staff/groups/{groups['sotuba']}/requests/{request_id}", data={"decision": "accept"})
    assert response.status_code == 302
    with session_scope() as session:
        assert session.get(Woman, woman_id).group_id == groups["sotuba"]
        [welcome] = session.scalars(select(OutboundMessage).where(OutboundMessage.woman_id == woman_id)).all()
        assert welcome.body == translate("bm", share.JOINED, group="SHARE Sotuba")
        assert welcome.kind == "group_welcome"


def test_a_facilitator_cannot_decide_for_another_cscoms_group(as_staff, groups):
    with session_scope() as session:
        woman = Woman(phone="whatsapp:+22376111333", language="fr")
        session.add(woman)
        session.flush()
        membership.join_by_code(session, woman, "SHARE SIKORO")
        request_id = session.scalar(select(Membership.id).where(Membership.woman_id == woman.id))
    response = as_staff("mariam").post(f"/staff/groups/{groups['sikoro']}/requests/{request_id}",
                                       data={"decision": "accept"})
    assert response.status_code == 404
    with session_scope() as session:
        assert session.get(Membership, request_id).status == "pending"


@pytest.mark.parametrize("form,reason", [
    ({"name": "Awa", "phone": "12", "language": "bm", "consent": "yes"}, "numéro invalide"),
    ({"name": "", "phone": "76 12 34 56", "language": "bm", "consent": "yes"}, "nom manquant"),
    ({"name": "Awa", "phone": "76 12 34 56", "language": "en", "consent": "yes"}, "langue inconnue"),
    ({"name": "Awa", "phone": "76 12 34 56", "language": "bm"}, "cochez qu"),
    ({"name": "Awa", "phone": "76 12 34 56", "language": "bm", "month": "11", "consent": "yes"}, "entre 1 et 9"),
    ({"name": "Awa", "phone": "76 12 34 56", "language": "bm", "month": "sept", "consent": "yes"},
     "mois de grossesse illisible"),
    ({"name": "Awa", "phone": "76 12 34 56", "language": "bm", "due_date": "12/03/2027", "consent": "yes"},
     "date prévue illisible"),
])
def test_registration_refusals_say_why(as_staff, groups, form, reason):
    mariam = as_staff("mariam")
    page = mariam.post(f"/staff/groups/{groups['sotuba']}/members", data=form, follow_redirects=True)
    assert reason in page.get_data(as_text=True)
    with session_scope() as session:
        assert session.scalar(select(Woman.id).where(Woman.name == "Awa")) is None


def test_registering_a_woman_with_her_month(as_staff, groups):
    mariam = as_staff("mariam")
    page = mariam.post(f"/staff/groups/{groups['sotuba']}/members", follow_redirects=True, data={
        "name": "Kadiatou Traoré", "phone": "76 12 34 56", "language": "bm", "month": "7", "consent": "yes"})
    text = page.get_data(as_text=True)
    assert "Kadiatou Traoré est inscrite" in text and "7e mois de grossesse" in text
    with session_scope() as session:
        woman = session.scalar(select(Woman).where(Woman.phone == "whatsapp:+22376123456"))
        assert (woman.group_id, woman.language, woman.due_date_estimated) == (groups["sotuba"], "bm", True)
        assert woman.consent_at is not None


def test_csv_upload_reports_each_rejected_row(as_staff, groups):
    data = ("telephone;nom;langue;groupe;mois;consentement\n"
            "76 00 00 01;Awa;bm;SHARE SOTUBA;5;oui\n"
            "76 00 00 01;Awa bis;bm;SHARE SOTUBA;5;oui\n").encode() + "76 00 00 02;Bintou Koné;bm;SHARE SOTUBA;;oui\n".encode("latin-1")
    page = as_staff("mariam").post(f"/staff/groups/{groups['sotuba']}/import",
                                   data={"file": (__import__("io").BytesIO(data), "liste.csv")},
                                   content_type="multipart/form-data").get_data(as_text=True)
    assert "1 importée(s), 2 rejetée(s)" in page
    assert "numéro en double (déjà ligne 2)" in page and "encodage invalide" in page


def test_moving_a_meeting_and_changing_its_topic(as_staff, groups):
    mariam = as_staff("mariam")
    mariam.get(f"/staff/groups/{groups['sotuba']}")  # makes the calendar rows
    with session_scope() as session:
        meeting = session.scalar(select(GroupMeeting).where(GroupMeeting.group_id == groups["sotuba"])
                                 .order_by(GroupMeeting.month.desc()).limit(1))
        meeting_id, month = meeting.id, meeting.month
    url = f"/staff/groups/{groups['sotuba']}/meetings/{meeting_id}"
    day = month.replace(day=12).isoformat()
    mariam.post(url, data={"date": day, "time": "16:30", "place": "École", "topic": "family_planning"})
    with session_scope() as session:
        meeting = session.get(GroupMeeting, meeting_id)
        assert (meeting.starts_at.hour, meeting.starts_at.minute, meeting.place, meeting.topic_key) == (
            16, 30, "École", "family_planning")
        assert meeting.starts_at.date().isoformat() == day
    outside = mariam.post(url, data={"date": "2020-01-01", "time": "10:00", "place": "x", "topic": "nutrition"},
                          follow_redirects=True)
    assert "doit rester dans ce mois" in outside.get_data(as_text=True)
