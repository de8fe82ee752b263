"""`flask woman forget NUMBER`: her messages, profile and Rasa conversation erased; counts kept."""
from __future__ import annotations

from sqlalchemy import func, select

from bot import db
from bot.db import Base
from bot.models import Escalation, InboundMessage, Membership, OutboundMessage, Woman
from bot.privacy.tracker import tracker_events

from tests.privacy.conftest import HER, OTHER, SECRET_TEXT, everything_stored


def forget(app, number=HER, *extra):
    return app.test_cli_runner().invoke(args=["woman", "forget", number, "--yes", *extra])


def counts() -> dict[str, int]:
    with db.session_scope() as session:
        return {t.name: session.scalar(select(func.count()).select_from(t)) for t in Base.metadata.sorted_tables}


def test_nothing_that_identifies_her_or_that_she_wrote_is_left(app, seeded):
    result = forget(app)
    assert result.exit_code == 0, result.output
    assert "forgotten" in result.output
    stored = everything_stored()
    for trace in (HER, "70111222", SECRET_TEXT, "Awa", "12.222", "-7.222", seeded.public_id,
                  "SM70111222", "SMout70111222", "2027-03-01"):
        assert trace not in stored, trace


def test_anonymous_counts_are_unchanged(app, seeded):
    before = counts()
    forget(app)
    assert counts() == before
    with db.session_scope() as session:
        tombstone = session.get(Woman, seeded.woman_id)
        assert tombstone.phone.startswith("forgotten:") and tombstone.opted_out
        assert tombstone.language == "bm" and tombstone.cscom_id is not None  # counts per language, CSCom
        assert session.scalar(select(InboundMessage.status).where(InboundMessage.woman_id == seeded.woman_id)) == "answered"
        escalation = session.scalar(select(Escalation).where(Escalation.woman_id == seeded.woman_id))
        assert escalation.reason == "danger_sign" and escalation.message == "" and escalation.context == []
        assert session.scalar(select(Membership.status).where(Membership.woman_id == seeded.woman_id)) == "left"


def test_the_other_woman_is_untouched(app, seeded):
    forget(app)
    with db.session_scope() as session:
        other = session.get(Woman, seeded.other_id)
        assert other.phone == OTHER and other.name == "Fanta"
        assert session.scalar(select(InboundMessage.body).where(InboundMessage.woman_id == seeded.other_id)) \
            == "j'ai faim tout le temps"
    assert len(tracker_events(seeded.other_public_id)) == 1


def test_her_rasa_tracker_events_are_deleted(app, seeded):
    assert len(tracker_events(seeded.public_id)) == 1
    forget(app)
    assert tracker_events(seeded.public_id) == []


def test_pending_work_for_her_is_stopped(app, seeded):
    with db.session_scope() as session:
        session.add(OutboundMessage(woman_id=seeded.woman_id, body="Rappel de la réunion", kind="meeting_reminder"))
    forget(app)
    with db.session_scope() as session:
        statuses = set(session.scalars(select(OutboundMessage.status).where(OutboundMessage.woman_id == seeded.woman_id)))
    assert "pending" not in statuses


def test_the_same_number_writing_again_starts_a_new_record(app, seeded):
    forget(app)
    from bot.conversation.inbound import Incoming, store

    stored = store(Incoming(message_sid="SMnew1", phone=HER, body="Bonjour"))
    assert stored.woman_id != seeded.woman_id


def test_forget_asks_for_confirmation_and_unknown_number_is_refused(app, seeded):
    refused = app.test_cli_runner().invoke(args=["woman", "forget", HER], input="n\n")
    assert refused.exit_code == 1
    with db.session_scope() as session:
        assert session.get(Woman, seeded.woman_id).phone == HER
    second = forget(app, "+22300000000")
    assert second.exit_code == 1 and "No woman with this number" in second.output
