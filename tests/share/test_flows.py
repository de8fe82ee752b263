"""What a woman sees: joining by code, the month's topic, the next meeting and the delivery
checklist, in French and in Bambara (real actions; Rasa's classification given)."""
from __future__ import annotations

from datetime import datetime, timezone

import pytest
from sqlalchemy import select

from bot.content import checklist as checklist_content
from bot.content import share
from bot.content.danger import danger_signs_text
from bot.content.i18n import translate
from bot.content.topics import CURRICULUM
from bot.db import session_scope
from bot.models import ChecklistAnswer, Membership, ShareGroup, Woman
from bot.share import membership
from tests.share.conftest import add_group, add_member, phone_of

ITEMS = checklist_content.ITEMS
# What each woman types: a bm woman writing a clear French sentence is answered in French (issue 17),
# so she asks in Bambara here.
TOPIC_QUESTION = {"fr": "c quoi le theme du mois", "bm": "kalo in na baro ye mun ye"}
WHERE_WAS_I = {"fr": "j'en étais où", "bm": "liste"}


@pytest.fixture
def frozen(time_machine):
    now = datetime(2026, 11, 21, 10, tzinfo=timezone.utc)
    time_machine.move_to(now, tick=False)
    return now


def woman_row(woman_id: int) -> Woman:
    with session_scope() as session:
        return session.get(Woman, woman_id)


@pytest.mark.parametrize("language", ["fr", "bm"])
def test_joining_by_code_waits_for_the_facilitator(chat, database, language):
    group = add_group()
    woman = add_member(None, language)
    [reply] = chat(phone_of(woman), "share sotuba.")
    assert reply == translate(language, share.JOIN_REQUESTED, group="SHARE Sotuba")
    assert woman_row(woman).group_id is None  # no group messages before she is confirmed
    assert chat(phone_of(woman), TOPIC_QUESTION[language], "ask_share_topic") == [
        translate(language, share.JOIN_PENDING, group="SHARE Sotuba")]
    with session_scope() as session:
        request = session.scalar(select(Membership).where(Membership.woman_id == woman))
        membership.decide(session, request, staff_id=None, accept=True)
    assert woman_row(woman).group_id == group.id


def test_unknown_code_and_demo_group(chat, database):
    add_group(code="SHARE SIKORO", name="SHARE Sikoro", demo=True)
    woman = add_member(None, "fr")
    assert chat(phone_of(woman), "SHARE SOTUBA") == [translate("fr", share.JOIN_UNKNOWN_CODE, code="SHARE SOTUBA")]
    assert chat(phone_of(woman), "Share-Sikoro") == [translate("fr", share.JOINED, group="SHARE Sikoro")]
    assert chat(phone_of(woman), "SHARE SIKORO") == [translate("fr", share.JOIN_ALREADY, group="SHARE Sikoro")]


def test_a_first_message_that_is_a_code_gets_the_welcome_then_joins(chat, database):
    add_group(demo=True)
    from tests.escalation.conftest import new_phone

    replies = chat(new_phone(), "SHARE SOTUBA")
    # A code says nothing of her language: the welcome guesses it, and offers the choice.
    assert len(replies) == 3
    assert replies[-1] in {translate(language, share.JOINED, group="SHARE Sotuba") for language in ("fr", "bm")}


@pytest.mark.parametrize("language,month_name,date_text", [
    ("fr", "novembre 2026", "mardi 1 décembre"), ("bm", "nowanburu 2026", "tarata 1 desanburu")])
def test_topic_and_next_meeting_in_her_language(chat, group, frozen, language, month_name, date_text):
    woman = add_member(group, language)
    [topic] = chat(phone_of(woman), TOPIC_QUESTION[language], "ask_share_topic")
    assert topic.startswith(translate(language, share.TOPIC_OF_MONTH, month=month_name))
    assert translate(language, CURRICULUM[0].title) in topic
    assert date_text in topic  # the 3 November meeting is past on the 21st: the next one
    [meeting] = chat(phone_of(woman), "prochaine reunion", "ask_next_meeting")
    assert meeting == translate(language, share.NEXT_MEETING, group="SHARE Sotuba", date=date_text,
                                time="15:00", place="Cour de la présidente")


def test_no_group_is_told_how_to_join(chat, database, frozen):
    woman = add_member(None, "bm")
    assert chat(phone_of(woman), "ɲɔgɔnye", "ask_next_meeting") == [translate("bm", share.NO_GROUP)]


@pytest.mark.parametrize("language,yes,no,later", [("fr", "Oui", "non", "plus tard"), ("bm", "awo", "ayi", "kɔfɛ")])
def test_checklist_half_then_resume_then_finish(chat, group, language, yes, no, later):
    woman = add_member(group, language)
    phone = phone_of(woman)
    ask = [item.ask(language) for item in ITEMS]
    assert chat(phone, "liste", "start_checklist") == [translate(language, checklist_content.INTRO), ask[0]]
    assert chat(phone, yes) == [ask[1]]
    assert chat(phone, no) == [ask[2]]        # savings: not ready
    assert chat(phone, later) == [ask[3]]     # documents: later
    assert chat(phone, "1") == [ask[4]]       # the numbers work too
    # She asks something else: the list steps aside, Rasa answers her.
    assert chat(phone, "est ce que je peux manger du mangue") == ["(rasa)"]
    assert woman_row(woman).awaiting is None
    # Days later: "where was I?" — what is left, then the first open item (savings).
    open_keys = ["savings", "documents", "soap", "clothes", "transport", "danger_signs", "other_children"]
    assert chat(phone, WHERE_WAS_I[language], "start_checklist") == [
        checklist_content.remaining_text(language, open_keys), ask[1]]
    for _ in range(8):  # yes to everything that is still open
        replies = chat(phone, yes)
        if len(replies) != 1 or replies[0] not in ask:
            break
    assert replies[0] == translate(language, checklist_content.DONE)
    assert replies[1] == danger_signs_text(language)
    assert replies[2] == translate(language, share.CSCOM_PHONE, cscom=_cscom_name(group.cscom_id),
                                   phone="+223 20 21 22 23")
    with session_scope() as session:
        statuses = set(session.scalars(select(ChecklistAnswer.status).where(ChecklistAnswer.woman_id == woman)))
    assert statuses == {"ready"}


def _cscom_name(cscom_id: int) -> str:
    from bot.models import Cscom

    with session_scope() as session:
        return session.get(Cscom, cscom_id).name


def test_end_of_a_pass_with_items_open_lists_them(chat, group):
    woman = add_member(group, "fr")
    phone = phone_of(woman)
    chat(phone, "liste", "start_checklist")
    for _ in range(len(ITEMS) - 1):
        chat(phone, "plus tard")
    replies = chat(phone, "non")
    assert replies == [checklist_content.remaining_text("fr", [i.key for i in ITEMS]),
                       translate("fr", share.CHECKLIST_PASS_END)]
    assert woman_row(woman).awaiting is None
    # A "oui" now is not a checklist answer: it goes to Rasa.
    assert chat(phone, "oui") == ["(rasa)"]


def test_progress_is_kept_per_item(chat, group):
    woman = add_member(group, "fr")
    phone = phone_of(woman)
    chat(phone, "liste", "start_checklist")
    chat(phone, "oui")
    chat(phone, "non")
    with session_scope() as session:
        rows = dict(session.execute(select(ChecklistAnswer.item_key, ChecklistAnswer.status)
                                    .where(ChecklistAnswer.woman_id == woman)).all())
        assert session.get(ShareGroup, group.id) is not None
    assert rows == {"companion": "ready", "savings": "not_ready"}
