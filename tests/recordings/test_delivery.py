"""A woman who asked for voice messages gets the approved recording in her language with one line of
text; without one (or with only a draft or a rejected one) she gets the text as before. Every
producer: an FAQ answer (a Rasa action, through ask_rasa's reading of the REST reply), the danger
reply (text first, the recording after it), a checklist question, and the month's topic push."""
from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import select

from bot.content import dialogue
from bot.content.checklist import BY_KEY
from bot.content.danger import danger_reply
from bot.content.faq import faq_answer
from bot.content.i18n import translate
from bot.content.recordings import Spoken, approved_recording, attach_recording
from bot.conversation.rasa import replies_of
from bot.db import session_scope
from bot.intents.faq import AnswerFaq
from bot.models import ContentRecording, MediaFile, OutboundMessage, ShareGroup, Woman
from bot.share.calendar import topic_of_month
from bot.share.checklist import AWAITING
from bot.share.schedule import push_monthly_topics
from tests.conversation.test_service import known_woman
from tests.recordings.conftest import new_phone
from tests.share.conftest import add_group, add_member, at

FAQ_PARSE = {"response_selector": {"faq": {"response": {"intent_response_key": "faq/nutrition"}}}}


pytestmark = pytest.mark.usefixtures("compiled_catalogs")


def voice_woman(phone: str, language: str = "bm", prefers_voice: bool = True) -> int:
    woman_id = known_woman(phone, language)
    with session_scope() as session:
        session.get(Woman, woman_id).prefers_voice = prefers_voice
    return woman_id


def rows(woman_id: int) -> list[tuple[str, int | None]]:
    """(body, media_id) of what was queued for her, in order (the simulator shows the same)."""
    with session_scope() as session:
        return [(o.body, o.media_id) for o in session.scalars(
            select(OutboundMessage).where(OutboundMessage.woman_id == woman_id).order_by(OutboundMessage.id))]


def media_of(recording_id: int) -> int:
    with session_scope() as session:
        return session.get(ContentRecording, recording_id).media_id


def test_an_faq_answer_goes_as_its_approved_recording_with_one_line(rasa_runs, recording, say):
    approved = recording("faq:nutrition", "bm", "approved")
    recording("faq:nutrition", "fr", "approved")  # another language is never sent to her
    rasa_runs(AnswerFaq(), "faq", FAQ_PARSE)
    phone = new_phone()
    woman_id = voice_woman(phone, "bm")
    say(phone, "n bɛ mun dun")
    assert rows(woman_id)[-1] == (translate("bm", dialogue.LISTEN), media_of(approved))
    assert len(rows(woman_id)) == 1  # the audio replaces the text: one message, not the text as well


def test_without_a_recording_she_gets_the_text_as_today(rasa_runs, recording, say, media_dir):
    recording("faq:nutrition", "fr", "approved")  # French only; she reads Bambara
    rasa_runs(AnswerFaq(), "faq", FAQ_PARSE)
    phone = new_phone()
    woman_id = voice_woman(phone, "bm")
    sent = say(phone, "n bɛ mun dun")
    with session_scope() as session:
        text = faq_answer("nutrition", "bm", session)
    assert sent == text.split("\n\n")  # the same pieces as before issue 14 (Rasa cuts at blank lines)
    assert all(media is None for _, media in rows(woman_id))


@pytest.mark.parametrize("status", ["draft", "rejected"])
def test_a_draft_or_rejected_recording_is_never_sent(rasa_runs, recording, say, status):
    recording("faq:nutrition", "bm", status)
    rasa_runs(AnswerFaq(), "faq", FAQ_PARSE)
    phone = new_phone()
    woman_id = voice_woman(phone, "bm")
    say(phone, "n bɛ mun dun")
    assert all(media is None for _, media in rows(woman_id))
    with session_scope() as session:
        assert approved_recording(session, "faq:nutrition", "bm") is None


def test_a_woman_who_did_not_ask_for_voice_gets_the_text(rasa_runs, recording, say):
    recording("faq:nutrition", "fr", "approved")
    rasa_runs(AnswerFaq(), "faq", FAQ_PARSE)
    phone = new_phone()
    woman_id = voice_woman(phone, "fr", prefers_voice=False)
    # a question the nutrition answer plainly covers (a terse one may also go to a midwife: action_faq hedges)
    say(phone, "que dois-je manger pendant la grossesse ?")
    assert all(media is None for _, media in rows(woman_id)) and len(rows(woman_id)) == 2


def test_the_newest_approved_recording_counts(recording):
    older = recording("danger", "fr", "approved")
    newer = recording("danger", "fr", "approved")
    recording("danger", "fr", "draft")
    with session_scope() as session:
        assert approved_recording(session, "danger", "fr").id == newer != older


def test_the_danger_reply_goes_first_as_text_and_its_recording_follows(say, recording):
    approved = recording("danger", "fr", "approved")
    phone = new_phone()
    woman_id = voice_woman(phone, "fr")
    sent = say(phone, "je saigne beaucoup")
    assert sent[0] == danger_reply("fr")  # the text, never held back by the audio
    assert rows(woman_id)[:2] == [(danger_reply("fr"), None), (translate("fr", dialogue.LISTEN), media_of(approved))]


def test_a_checklist_question_keeps_its_line_and_carries_its_recording(say, recording):
    approved = recording("checklist:savings", "fr", "approved")
    phone = new_phone()
    woman_id = voice_woman(phone, "fr")
    with session_scope() as session:
        woman = session.get(Woman, woman_id)
        woman.awaiting, woman.checklist_item = AWAITING, "companion"
    say(phone, "oui")
    question = BY_KEY["savings"].ask("fr")
    assert rows(woman_id)[-1] == (question, media_of(approved))


def test_the_months_topic_push_carries_its_recording_for_her_only(database, recording):
    group = add_group()
    recent = at(2026, 11, 30, 20)
    voice = add_member(group, "bm", last_inbound=recent, prefers_voice=True)
    reader = add_member(group, "bm", last_inbound=recent)
    with session_scope() as session:
        key = topic_of_month(session, session.get(ShareGroup, group.id), date(2026, 12, 1)).key
    approved = recording(f"topic:{key}", "bm", "approved")
    push_monthly_topics(at(2026, 12, 1, 9, 0))
    [(line, media)] = rows(voice)
    [(text, none)] = rows(reader)
    assert media == media_of(approved) and none is None
    assert len(line) < len(text) and line.splitlines()[-1] == text.splitlines()[-1]  # the meeting stays


def test_rasa_rest_items_become_one_spoken_reply():
    spoken = Spoken("Première partie.\n\nDeuxième.", "faq:nutrition", "fr")
    items = [{"text": "avant"}, {"text": "Première partie."}, {"text": "Deuxième."}, {"custom": spoken.marker()},
             {"text": "après"}]
    replies = replies_of(items)
    assert replies == ["avant", "Première partie.\n\nDeuxième.", "après"]
    assert isinstance(replies[1], Spoken) and replies[1].content_key == "faq:nutrition"
    # A payload that does not match the text before it changes nothing: she still gets the text.
    assert replies_of([{"text": "autre"}, {"custom": spoken.marker()}]) == ["autre"]
    assert replies_of([{"custom": {"foo": 1}}, {"text": "x"}]) == ["x"]


def test_attach_recording_is_a_no_op_without_voice_or_recording(database, recording):
    recording("danger", "fr", "approved")
    with session_scope() as session:
        woman = Woman(phone=new_phone(), language="fr")
        session.add(woman)
        session.flush()
        outbound = OutboundMessage(woman_id=woman.id, body="texte")
        assert not attach_recording(session, outbound, woman, "danger")
        woman.prefers_voice = True
        assert not attach_recording(session, outbound, woman, "faq:nutrition")
        assert outbound.body == "texte" and outbound.media_id is None
        assert attach_recording(session, outbound, woman, "danger", caption="Une ligne")
        assert outbound.body == "Une ligne"
        media = session.get(MediaFile, outbound.media_id)
        assert (media.kind, media.content_type) == ("recording", "audio/ogg")
