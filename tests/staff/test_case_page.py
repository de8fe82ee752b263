"""The case page: her pregnancy month and SHARE group, and how the midwife's answer reached her —
free text inside WhatsApp's 24-hour window, the template outside it, or nothing without one."""
from __future__ import annotations

import html
from datetime import date, timedelta

from bot.db import session_scope
from bot.models import Escalation, ShareGroup
from bot.models.base import utcnow
from bot.share.pregnancy import gestational_weeks

TEMPLATE = "HX" + "e" * 32


def _page(client, case_id: int) -> str:
    response = client.get(f"/staff/cases/{case_id}")
    assert response.status_code == 200
    return html.unescape(response.get_data(as_text=True))


def _run_queue(queue) -> None:
    while (task := queue.dequeue()) is not None:
        queue.execute(task)


def test_the_case_shows_her_pregnancy_month_and_share_group(as_staff, world):
    today = utcnow().date()
    due = today + timedelta(days=4 * 30 + 15)
    with session_scope() as session:
        woman = session.get(Escalation, world.sotuba_case).woman
        group = ShareGroup(cscom_id=world.sotuba, name="Groupe des femmes de Sotuba-Kalaban",
                           code="SHARE KALABAN", curriculum_start=date(2026, 1, 1))
        session.add(group)
        session.flush()
        woman.group_id, woman.due_date, woman.due_date_estimated = group.id, due, True
    page = _page(as_staff("awa"), world.sotuba_case)
    weeks = gestational_weeks(due, today)
    assert f"5e mois ({weeks} semaines) · terme le {due:%d/%m/%Y} (estimé)" in page
    assert "Groupe des femmes de Sotuba-Kalaban" in page
    other = _page(as_staff("awa"), world.old_normal_case)  # nothing known yet
    assert '<dd id="pregnancy">Non renseignée</dd>' in other and '<dd id="group">Aucun</dd>' in other


def test_inside_the_window_the_answer_is_sent_as_text(as_staff, world, fake_io, queue, monkeypatch):
    monkeypatch.setenv("CONTENT_SID_MIDWIFE_REPLY_BM", TEMPLATE)
    awa = as_staff("awa")
    assert 'id="window"' not in _page(awa, world.sotuba_case)  # she wrote 20 minutes ago
    response = awa.post(f"/staff/cases/{world.sotuba_case}/reply", data={"text": "Venez tout de suite."},
                        follow_redirects=True)
    assert "Réponse envoyée dans sa conversation WhatsApp." in html.unescape(response.get_data(as_text=True))
    _run_queue(queue)
    assert fake_io.sent[-1]["content_sid"] is None and "Venez tout de suite." in fake_io.sent[-1]["body"]
    page = _page(awa, world.sotuba_case)
    assert "Envoyée, pas encore reçue" in page and "modèle" not in page.split('class="events"')[1]


def test_outside_the_window_the_page_says_she_will_read_it_when_she_writes(
        as_staff, world, fake_io, queue, say, monkeypatch):
    monkeypatch.setenv("CONTENT_SID_MIDWIFE_REPLY_FR", TEMPLATE)
    awa = as_staff("awa")
    case = world.old_normal_case  # she last wrote 30 hours ago
    assert "WhatsApp n'accepte qu'un modèle" in _page(awa, case)
    response = awa.post(f"/staff/cases/{case}/reply", data={"text": "Parlez-en avec votre mari et venez."},
                        follow_redirects=True)
    assert "elle lira votre réponse quand elle écrira" in html.unescape(response.get_data(as_text=True))
    _run_queue(queue)
    assert fake_io.sent[-1]["content_sid"] == TEMPLATE
    page = _page(awa, case)
    assert "Envoyée comme modèle (« une sage-femme vous a répondu ») — elle lira la réponse quand elle écrira." in page
    assert "Réponse complète : en attente de son prochain message" in page

    with session_scope() as session:
        phone = session.get(Escalation, case).woman.phone
    fake_io.rasa_replies = ["De rien."]
    received = say(phone, "merci")
    assert "Parlez-en avec votre mari" in received[0]
    assert "Réponse complète (après son message) : Envoyée, pas encore reçue" in _page(awa, case)


def test_without_a_template_the_page_says_she_was_not_told(as_staff, world, fake_io, queue, monkeypatch):
    monkeypatch.delenv("CONTENT_SID_MIDWIFE_REPLY_FR", raising=False)
    awa = as_staff("awa")
    case = world.old_normal_case
    assert "aucun modèle WhatsApp n'est configuré pour sa langue" in _page(awa, case)
    sent = len(fake_io.sent)
    awa.post(f"/staff/cases/{case}/reply", data={"text": "Venez lundi."})
    _run_queue(queue)
    assert len(fake_io.sent) == sent
    page = _page(awa, case)
    assert "Aucun modèle WhatsApp configuré : elle n'a pas été prévenue." in page
    assert "si c'est urgent, appelez-la" in page


def test_a_held_answer_is_not_shown_twice_in_the_conversation(as_staff, world, fake_io, queue, monkeypatch):
    monkeypatch.setenv("CONTENT_SID_MIDWIFE_REPLY_FR", TEMPLATE)
    awa = as_staff("awa")
    awa.post(f"/staff/cases/{world.old_normal_case}/reply", data={"text": "Venez lundi."})
    _run_queue(queue)
    chat = _page(awa, world.old_normal_case).split('class="chat"')[1].split("</div>\n")[0]
    assert chat.count("Venez lundi.") == 1
