"""Each CSCom sealed off (issue 16, item 1): a group page's CSV import and one-woman form write only
into that group; moving a woman between CSComs is an admin's act, logged; a midwife reads a group's
page but changes nothing; a facilitator manages her groups only."""
from __future__ import annotations

import io
import logging

import pytest
from sqlalchemy import select

from bot.db import session_scope
from bot.models import Membership, Woman
from bot.share import membership
from tests.share.test_pages import groups  # noqa: F401  (fixture)
from tests.staff.conftest import add_staff, as_staff, login, world  # noqa: F401  (fixtures)

SIKORO_WOMAN = "whatsapp:+22376555111"


def _upload(client, group_id: int, text: str):
    return client.post(f"/staff/groups/{group_id}/import", content_type="multipart/form-data",
                       data={"file": (io.BytesIO(text.encode()), "liste.csv")}).get_data(as_text=True)


def _in_sikoro(groups) -> int:
    """A woman registered by Sikoro's own facilitator: Sikoro's CSCom follows her."""
    from datetime import date

    with session_scope() as session:
        group = session.get(membership.ShareGroup, groups["sikoro"])
        woman = membership.register(session, group, membership.Registration(SIKORO_WOMAN, "Oumou", "bm"),
                                    None, "staff", date(2026, 11, 21))
        return woman.id


def _where(woman_id: int) -> tuple[int | None, int | None]:
    with session_scope() as session:
        woman = session.get(Woman, woman_id)
        return woman.group_id, woman.cscom_id


def test_csv_rows_land_only_in_the_pages_group(as_staff, groups, world):
    page = _upload(as_staff("mariam"), groups["sotuba"],
                   "telephone;nom;langue;groupe;consentement\n"
                   "76 00 00 11;Awa;bm;SHARE SIKORO;oui\n"       # another CSCom's group: refused
                   "76 00 00 12;Bintou;bm;;oui\n"                  # no group named: this page's
                   "76 00 00 13;Coumba;fr;share sotuba;oui\n")     # this page's group, typed loosely
    assert "2 importée(s), 1 rejetée(s)" in page
    assert "ligne pour un autre groupe (SHARE SIKORO)" in page
    with session_scope() as session:
        placed = dict(session.execute(select(Woman.name, Woman.group_id)).all())
    assert "Awa" not in placed
    assert placed["Bintou"] == placed["Coumba"] == groups["sotuba"]


def test_csv_without_a_group_column_is_read_from_the_page(as_staff, groups):
    page = _upload(as_staff("mariam"), groups["sotuba"], "telephone,nom,langue,consentement\n76 00 00 21,Djeneba,fr,oui\n")
    assert "1 importée(s), 0 rejetée(s)" in page


def test_a_facilitator_cannot_pull_another_cscoms_woman_by_form_or_csv(as_staff, groups, world):
    woman_id = _in_sikoro(groups)
    mariam = as_staff("mariam")
    page = mariam.post(f"/staff/groups/{groups['sotuba']}/members", follow_redirects=True, data={
        "name": "Oumou", "phone": "76 55 51 11", "language": "bm", "consent": "yes"}).get_data(as_text=True)
    assert "seul un administrateur peut la déplacer" in page
    page = _upload(mariam, groups["sotuba"], "telephone;nom;langue;consentement\n76 55 51 11;Oumou;bm;oui\n")
    assert "0 importée(s), 1 rejetée(s)" in page and "seul un administrateur" in page
    assert _where(woman_id) == (groups["sikoro"], world.sikoro)


def test_an_admin_moves_her_and_the_move_is_logged(as_staff, groups, world, caplog):
    woman_id = _in_sikoro(groups)
    with caplog.at_level(logging.WARNING, logger="bot.share.membership"):
        page = as_staff("admin").post(f"/staff/groups/{groups['sotuba']}/members", follow_redirects=True, data={
            "name": "Oumou", "phone": "76 55 51 11", "language": "bm", "consent": "yes"}).get_data(as_text=True)
    assert "Oumou est inscrite" in page
    assert _where(woman_id) == (groups["sotuba"], world.sotuba)
    [record] = [r for r in caplog.records if "moved from cscom" in r.getMessage()]
    message = record.getMessage()
    assert f"cscom {world.sikoro}" in message and f"cscom {world.sotuba}" in message and "by staff" in message
    assert "76555111" not in message  # named by her public id, not her number
    with session_scope() as session:
        history = session.scalars(select(Membership.status).where(Membership.woman_id == woman_id)
                                  .order_by(Membership.id)).all()
    assert history == ["left", "active"]


def test_a_midwife_reads_a_group_but_changes_nothing(as_staff, groups):
    awa = as_staff("awa")  # midwife, Sotuba
    page = awa.get(f"/staff/groups/{groups['sotuba']}")
    assert page.status_code == 200
    assert "Inscrire une femme" not in page.get_data(as_text=True)
    sotuba = groups["sotuba"]
    assert awa.post(f"/staff/groups/{sotuba}/members", data={
        "name": "Awa", "phone": "76 12 34 56", "language": "bm", "consent": "yes"}).status_code == 403
    assert awa.post(f"/staff/groups/{sotuba}/import", content_type="multipart/form-data",
                    data={"file": (io.BytesIO(b"telephone;nom;langue;consentement\n"), "l.csv")}).status_code == 403
    assert awa.post(f"/staff/broadcasts/groups/{sotuba}/send", data={"text": "x"}).status_code == 403
    with session_scope() as session:
        assert session.scalar(select(Woman.id).where(Woman.name == "Awa")) is None


def test_a_facilitator_with_no_cscom_manages_only_the_groups_she_runs(app, groups, world):
    with session_scope() as session:
        add_staff(session, "Salimata", "facilitator", None)
    client = app.test_client()
    assert login(client, "salimata").status_code == 302
    page = client.get("/staff/groups").get_data(as_text=True)
    assert "SHARE Sotuba" not in page and "SHARE Sikoro" not in page
    assert client.get(f"/staff/groups/{groups['sotuba']}").status_code == 404


@pytest.mark.parametrize("user", ["mariam", "admin"])
def test_managers_still_register_in_their_group(as_staff, groups, user):
    page = as_staff(user).post(f"/staff/groups/{groups['sotuba']}/members", follow_redirects=True, data={
        "name": "Nana", "phone": "76 44 44 44", "language": "fr", "consent": "yes"}).get_data(as_text=True)
    assert "Nana est inscrite" in page
