"""A broadcast to a seeded group against the local Twilio mock (Prism checks every request against
Twilio's own OpenAPI description): who receives it, how, in which language, and exactly once."""
from __future__ import annotations

import json

from bot.broadcast import service
from bot.broadcast.tasks import send_or_schedule
from bot.db import session_scope
from bot.models import Broadcast
from tests.broadcast.conftest import TEMPLATE_FR, drain, recipients

RECEIVERS = ("fr_window", "bm_window", "fr_outside", "unknown_language")


def _send(seeded, queue, **message) -> int:
    broadcast_id = service.create_broadcast(seeded.group, **message)
    send_or_schedule(broadcast_id)
    drain(queue, broadcast_id)
    return broadcast_id


def test_the_meeting_reminder_reaches_each_member_once_in_her_language(seeded, mock_twilio, queue):
    broadcast_id = _send(seeded, queue, message_key="meeting_reminder")
    members = seeded.members
    sent = mock_twilio.messages()
    # Exactly the members who may receive group messages, each once; nobody else.
    assert sorted(m.form["To"] for m in sent) == sorted(seeded.phones(*RECEIVERS))
    by_phone = {m.form["To"]: m.form for m in sent}

    fr = by_phone[members["fr_window"].phone]
    assert fr["Body"].startswith("Prochaine réunion du groupe Sotuba") and "École de Sotuba" in fr["Body"]
    assert "15:00" in fr["Body"]
    assert by_phone[members["unknown_language"].phone]["Body"] == fr["Body"]  # French by default
    bm = by_phone[members["bm_window"].phone]
    assert bm["Body"] != fr["Body"] and "École de Sotuba" in bm["Body"]
    # Babel's Bambara day and month names, not French ones
    assert not any(day in bm["Body"] for day in ("lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi",
                                                   "dimanche"))

    # Outside the window: the approved French template with its variables, never free text.
    outside = by_phone[members["fr_outside"].phone]
    assert outside["ContentSid"] == TEMPLATE_FR and "Body" not in outside
    variables = json.loads(outside["ContentVariables"])
    assert variables["1"] == "Sotuba" and "École de Sotuba" in variables["2"]

    rows = recipients(broadcast_id)
    assert rows[members["fr_window"].id]["mode"] == "text"
    assert rows[members["fr_outside"].id]["mode"] == "template"
    assert all(rows[members[n].id]["status"] == "queued" and rows[members[n].id]["sid"] for n in RECEIVERS)
    # No Bambara template configured: reported as such, not silently skipped, and nothing sent.
    assert rows[members["bm_outside"].id]["status"] == "no_template"
    assert members["bm_outside"].phone not in by_phone
    # Opted out or without consent: not even a recipient row.
    assert members["opted_out"].id not in rows and members["no_consent"].id not in rows
    with session_scope() as session:
        broadcast = session.get(Broadcast, broadcast_id)
        assert broadcast.status == "done" and broadcast.finished_at is not None


def test_a_free_message_goes_as_typed_and_as_the_generic_template_outside_the_window(
        seeded, mock_twilio, queue, monkeypatch):
    monkeypatch.setenv("CONTENT_SID_GROUP_MESSAGE_BM", "HX" + "b" * 32)
    text = "Apportez vos carnets CPN jeudi."
    broadcast_id = _send(seeded, queue, text=text)
    by_phone = {m.form["To"]: m.form for m in mock_twilio.messages()}
    assert by_phone[seeded.members["bm_window"].phone]["Body"] == text
    template = by_phone[seeded.members["bm_outside"].phone]
    assert template["ContentSid"] == "HX" + "b" * 32
    assert json.loads(template["ContentVariables"]) == {"1": "Sotuba", "2": text}
    # No French generic template: the French woman outside the window is reported.
    assert recipients(broadcast_id)[seeded.members["fr_outside"].id]["status"] == "no_template"


def test_a_woman_who_opts_out_after_the_list_is_made_receives_nothing(seeded, mock_twilio, queue):
    from bot.models import Woman

    broadcast_id = service.create_broadcast(seeded.group, message_key="meeting_reminder")
    assert service.start(broadcast_id)  # the recipient list is frozen here…
    with session_scope() as session:  # …and she sends STOP before her turn comes
        session.get(Woman, seeded.members["fr_window"].id).opted_out = True
        session.get(Woman, seeded.members["bm_window"].id).group_id = None  # and another one left
    from bot.broadcast.tasks import launch

    launch(broadcast_id)
    drain(queue, broadcast_id)
    sent_to = {m.form["To"] for m in mock_twilio.messages()}
    assert seeded.members["fr_window"].phone not in sent_to and seeded.members["bm_window"].phone not in sent_to
    rows = recipients(broadcast_id)
    assert rows[seeded.members["fr_window"].id]["status"] == "opted_out"
    assert rows[seeded.members["bm_window"].id]["status"] == "left"
    assert sent_to == seeded.phones("fr_outside", "unknown_language")
