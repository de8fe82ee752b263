"""Facilitator pages through the test client: her groups only, the preview in both languages, send
now or later, the progress page; and who may not (anonymous, another CSCom, no CSRF token)."""
from __future__ import annotations

import re
from datetime import timedelta

from sqlalchemy import select

from bot.db import session_scope
from bot.models import Broadcast, BroadcastRecipient
from bot.models.base import utcnow
from tests.broadcast.conftest import drain
from tests.staff.conftest import CSRF, PASSWORD, login


def _client(app, username: str):
    client = app.test_client()
    assert login(client, username).status_code == 302
    return client


def test_a_facilitator_sees_her_groups_members_and_previews_both_languages(app, seeded, mock_twilio):
    mariam = _client(app, "mariam")
    index = mariam.get("/staff/broadcasts").get_data(as_text=True)
    assert "SHARE SOTUBA" in index and "SHARE SIKORO" not in index
    page = mariam.get(f"/staff/broadcasts/groups/{seeded.group}").get_data(as_text=True)
    assert "Aminata" in page and "Modèle approuvé" in page and "Aucun modèle dans sa langue" in page
    assert "A demandé STOP" in page
    assert seeded.members["fr_window"].phone[-7:] not in page  # numbers are masked
    preview = mariam.post(f"/staff/broadcasts/groups/{seeded.group}/preview",
                          data={"message_key": "meeting_reminder"}).get_data(as_text=True)
    fr = re.search(r'id="preview-fr" lang="fr">([^<]+)<', preview).group(1)
    bm = re.search(r'id="preview-bm" lang="bm">([^<]+)<', preview).group(1)
    assert fr.startswith("Prochaine réunion du groupe Sotuba") and fr != bm and "Sotuba" in bm
    assert "Envoyer maintenant" in preview
    with session_scope() as session:
        assert session.scalars(select(Broadcast)).all() == []  # a preview sends nothing


def test_send_now_from_the_page_then_watch_it(app, seeded, mock_twilio, queue):
    mariam = _client(app, "mariam")
    response = mariam.post(f"/staff/broadcasts/groups/{seeded.group}/send", data={"message_key": "meeting_reminder"})
    assert response.status_code == 302
    broadcast_id = int(response.headers["Location"].rsplit("/", 1)[1])
    drain(queue, broadcast_id)
    page = mariam.get(f"/staff/broadcasts/{broadcast_id}").get_data(as_text=True)
    assert "Terminé" in page and "Demandé par Mariam" in page
    assert "Pas de modèle approuvé dans sa langue" in page  # the Bambara woman outside the window
    part = mariam.get(f"/staff/broadcasts/{broadcast_id}?part=progress").get_data(as_text=True)
    assert "<html" not in part and 'data-status="queued"' in part
    with session_scope() as session:
        broadcast = session.get(Broadcast, broadcast_id)
        assert (broadcast.created_by.name, broadcast.origin) == ("Mariam", "page")  # the audit: who


def test_bad_input_is_refused_with_the_reason(app, seeded, mock_twilio):
    mariam = _client(app, "mariam")
    url = f"/staff/broadcasts/groups/{seeded.group}/send"
    for data, reason in (({"message_key": ""}, "Choisissez le rappel de réunion"),
                         ({"text": "x" * 1001}, "dépasse 1000 caractères"),
                         ({"message_key": "meeting_reminder", "at": "demain"}, "illisibles"),
                         ({"message_key": "meeting_reminder", "at": "2020-01-01T10:00"}, "déjà passée"),
                         ({"message_key": "nope"}, "Message inconnu")):
        page = mariam.post(url, data=data, follow_redirects=True).get_data(as_text=True)
        assert reason in page, data
    with session_scope() as session:
        assert session.scalars(select(Broadcast)).all() == []


def test_a_scheduled_message_waits_and_can_be_cancelled(app, seeded, mock_twilio, queue):
    mariam = _client(app, "mariam")
    at = (utcnow() + timedelta(hours=2)).strftime("%Y-%m-%dT%H:%M")
    response = mariam.post(f"/staff/broadcasts/groups/{seeded.group}/send", data={"text": "Réunion avancée", "at": at})
    broadcast_id = int(response.headers["Location"].rsplit("/", 1)[1])
    assert "Programmé pour le" in mariam.get(f"/staff/broadcasts/{broadcast_id}").get_data(as_text=True)
    assert mariam.post(f"/staff/broadcasts/{broadcast_id}/cancel").status_code == 302
    with session_scope() as session:
        assert session.get(Broadcast, broadcast_id).status == "cancelled"
        assert session.scalars(select(BroadcastRecipient)).all() == []
    assert mock_twilio.messages() == []


def test_another_cscoms_group_is_404_and_a_midwife_cannot_send(app, seeded, mock_twilio):
    mariam = _client(app, "mariam")
    assert mariam.get(f"/staff/broadcasts/groups/{seeded.other_group}").status_code == 404
    assert mariam.post(f"/staff/broadcasts/groups/{seeded.other_group}/send",
                       data={"message_key": "meeting_reminder"}).status_code == 404
    assert mariam.post(f"/staff/broadcasts/groups/{seeded.other_group}/preview",
                       data={"message_key": "meeting_reminder"}).status_code == 404
    kadi = _client(app, "kadi")
    sent = kadi.post(f"/staff/broadcasts/groups/{seeded.other_group}/send", data={"text": "Bonjour"})
    broadcast_id = int(sent.headers["Location"].rsplit("/", 1)[1])
    assert mariam.get(f"/staff/broadcasts/{broadcast_id}").status_code == 404  # Kadi's, in Sikoro
    awa = _client(app, "awa")  # midwife of Sotuba: may look, not send
    assert awa.get(f"/staff/broadcasts/groups/{seeded.group}").status_code == 200
    assert awa.post(f"/staff/broadcasts/groups/{seeded.group}/send", data={"text": "x"}).status_code == 403


def test_anonymous_visitors_are_sent_to_login(client, seeded):
    for method, path in (("GET", "/staff/broadcasts"), ("GET", f"/staff/broadcasts/groups/{seeded.group}"),
                         ("POST", f"/staff/broadcasts/groups/{seeded.group}/send"), ("GET", "/staff/broadcasts/1")):
        response = client.open(path, method=method, data={"text": "x"})
        assert response.status_code == 302 and response.headers["Location"].startswith("/staff/login"), path


def test_a_post_without_the_csrf_token_is_rejected(database, queue, seeded):
    from bot.app import create_app

    app = create_app({"TESTING": True})  # CSRF on, as in production
    client = app.test_client()
    token = CSRF.search(client.get("/staff/login").get_data(as_text=True)).group(1)
    assert client.post("/staff/login", data={"username": "mariam", "password": PASSWORD,
                                             "csrf_token": token}).status_code == 302
    response = client.post(f"/staff/broadcasts/groups/{seeded.group}/send", data={"message_key": "meeting_reminder"})
    assert response.status_code == 400 and "CSRF" in response.get_data(as_text=True)
    with session_scope() as session:
        assert session.scalars(select(Broadcast)).all() == []
