"""She reports the birth or a loss in her own words, through the worker's path: the birth is
recorded and congratulated with the next visit; pregnancy pushes stop, the SHARE topic goes on. A
loss: a short kind reply, a normal case for a midwife, every push stopped at once and after. A
danger sign is still answered first."""
from __future__ import annotations

import asyncio
from datetime import date

from rasa_sdk import Tracker
from rasa_sdk.executor import CollectingDispatcher
from sqlalchemy import select

from bot.content import dialogue, postnatal as texts
from bot.content.i18n import translate
from bot.db import session_scope
from bot.models import OutboundMessage, Woman
from bot.share.schedule import push_monthly_topics, run_all, send_checklist_reminders
from tests.postnatal.conftest import add_group, add_member, at, bodies, escalations, periods, phone_of, woman


def test_she_reports_the_birth_yesterday_in_french(database, say, time_machine):
    time_machine.move_to(at(2027, 1, 1, 10), tick=False)  # "hier" is the last day of 2026
    group = add_group()
    her = add_member(group, "fr", due_date=date(2027, 1, 5), last_inbound=at(2027, 1, 1, 9))
    replies = say(phone_of(her), "Bonjour, bébé est né hier")
    assert replies[0] == (translate("fr", texts.BIRTH_RECORDED, date="jeudi 31 décembre") + " "
                          + translate("fr", texts.NEXT_VISIT, visit="la visite du 3e jour", date="dimanche 3 janvier"))
    assert replies[1:] == [translate("fr", texts.POSTNATAL_VISITS), translate("fr", texts.BABY_DANGER)]
    found = woman(her)
    assert (found.stage, found.birth_date) == ("postnatal", date(2026, 12, 31))
    for reply in replies:
        assert "\n\n" not in reply  # Rasa's REST channel would split a blank line
    # Told again: the first date stays.
    assert say(phone_of(her), "j'ai accouché") == [translate("fr", texts.BIRTH_ALREADY, date="jeudi 31 décembre")]
    assert woman(her).birth_date == date(2026, 12, 31)


def test_she_reports_the_birth_in_bambara(database, say, time_machine):
    time_machine.move_to(at(2027, 3, 1, 10), tick=False)
    her = add_member(add_group(), "bm", due_date=date(2027, 3, 3))
    replies = say(phone_of(her), "N ye den wolo kunu")
    assert replies[0].startswith(translate("bm", texts.BIRTH_RECORDED, date="").rstrip("."))
    assert translate("bm", texts.BABY_DANGER) in replies
    assert woman(her).birth_date == date(2027, 2, 28)


def test_after_the_birth_the_checklist_stops_and_the_topic_goes_on(database, say, time_machine):
    time_machine.move_to(at(2026, 11, 30, 10), tick=False)
    group = add_group()
    due = date(2026, 12, 29)  # 36 weeks on 1 December
    her, other = add_member(group, "fr", due_date=due), add_member(group, "fr", due_date=due)
    say(phone_of(her), "j'ai accouché ce matin")
    assert send_checklist_reminders(at(2026, 12, 1, 10)) == [other]
    assert sorted(push_monthly_topics(at(2026, 12, 1, 10))) == sorted([her, other])


def test_a_danger_sign_is_answered_first(database, say, time_machine):
    time_machine.move_to(at(2027, 1, 10, 10), tick=False)
    her = add_member(add_group(), "fr", due_date=date(2027, 1, 12))
    replies = say(phone_of(her), "j'ai accouché hier et je saigne beaucoup")
    assert replies[0].startswith("C'est urgent")
    assert escalations(her) == [("urgent", "danger_sign")]


def test_a_loss_is_answered_with_care_and_every_push_stops(database, say, time_machine):
    time_machine.move_to(at(2026, 12, 1, 8), tick=False)
    group = add_group()
    her = add_member(group, "fr", due_date=date(2026, 12, 29), last_inbound=at(2026, 11, 30, 20))
    with session_scope() as session:  # a push queued before she wrote, not delivered yet
        session.add(OutboundMessage(woman_id=her, body="Rappel", kind="checklist_reminder"))
        session.add(OutboundMessage(woman_id=her, body="Rappel CPN", kind="cpn_reminder"))
    replies = say(phone_of(her), "J'ai perdu le bébé")
    assert replies == [translate("fr", texts.LOSS_REPLY)]  # the pending pushes did not go
    assert escalations(her) == [("normal", "pregnancy_loss")]
    with session_scope() as session:
        statuses = dict(session.execute(select(OutboundMessage.kind, OutboundMessage.status).where(
            OutboundMessage.woman_id == her, OutboundMessage.kind != "reply")).all())
    assert statuses == {"checklist_reminder": "cancelled", "cpn_reminder": "cancelled"}
    assert woman(her).stage == "loss"
    # Nothing scheduled afterwards: no topic, meeting reminder, checklist, CPN or baby message.
    for moment in (at(2026, 12, 1, 10), at(2026, 11, 30, 10), at(2026, 12, 15, 10), at(2027, 1, 1, 10)):
        assert her not in run_all(moment)
    assert periods(her, "monthly_topic") == [] and periods(her, "cpn_reminder") == []
    # A later "j'ai accouché" does not switch her to baby messages: a midwife reads it.
    say(phone_of(her), "j'ai accouché")
    assert woman(her).stage == "loss"


def test_a_loss_in_bambara(database, say, time_machine):
    time_machine.move_to(at(2027, 1, 10, 10), tick=False)
    her = add_member(add_group(), "bm", due_date=date(2027, 5, 1))
    assert say(phone_of(her), "kɔnɔtiɲɛni") == [translate("bm", texts.LOSS_REPLY)]
    assert escalations(her) == [("normal", "pregnancy_loss")]


def test_a_loss_happening_now_is_a_danger_sign(database, say, time_machine):
    time_machine.move_to(at(2027, 1, 10, 10), tick=False)
    her = add_member(add_group(), "fr", due_date=date(2027, 5, 1))
    assert say(phone_of(her), "je fais une fausse couche")[0].startswith("C'est urgent")
    assert escalations(her) == [("urgent", "danger_sign")]


def _run(action, woman_id: int, text: str) -> list[str]:
    with session_scope() as session:
        public_id = session.get(Woman, woman_id).public_id
    latest = {"text": text, "intent": {"name": "x"}, "entities": [], "metadata": {"language": "fr", "inbound_id": None}}
    dispatcher = CollectingDispatcher()
    asyncio.run(action.run(dispatcher, Tracker(public_id, {}, latest, [], False, None, {}, "action_listen"), {}))
    return [m["text"] for m in dispatcher.messages]


def test_the_rasa_actions_for_what_the_detector_misses(database, time_machine):
    from bot.intents.report_birth import ReportBirth
    from bot.intents.report_loss import ReportLoss

    time_machine.move_to(at(2027, 1, 10, 10), tick=False)
    group = add_group()
    mother, other = add_member(group, "fr"), add_member(group, "fr")
    replies = _run(ReportBirth(), mother, "c'est fait, le bébé est là")
    assert replies[0].startswith(translate("fr", texts.BIRTH_RECORDED, date="dimanche 10 janvier"))
    assert woman(mother).birth_date == date(2027, 1, 10)
    assert _run(ReportLoss(), other, "l'enfant n'a pas survécu") == [translate("fr", texts.LOSS_REPLY)]
    assert woman(other).stage == "loss" and escalations(other) == [("normal", "pregnancy_loss")]
    # After a loss a birth report is not recorded by the bot: a midwife reads it.
    assert _run(ReportBirth(), other, "le bébé est là") == [translate("fr", dialogue.ESCALATED)]
    assert woman(other).stage == "loss"
    # Nor does the delivery checklist start: nothing asks her about the baby again.
    from bot.intents.checklist import StartChecklist

    assert _run(StartChecklist(), other, "liste") == [translate("fr", dialogue.ESCALATED)]
    assert _run(StartChecklist(), mother, "liste") != [translate("fr", dialogue.ESCALATED)]


def test_a_report_with_a_question_also_asks_the_model_once(database, say, fake_io, time_machine):
    from bot.intents.report_birth import ReportBirth

    time_machine.move_to(at(2027, 1, 10, 10), tick=False)
    her = add_member(add_group(), "fr")
    fake_io.rasa_replies = ["(la réponse du modèle)"]
    replies = say(phone_of(her), "j'ai accouché il y a 3 jours, est-ce que je peux boire du thé ?")
    assert replies[0].startswith(translate("fr", texts.BIRTH_RECORDED, date="jeudi 7 janvier"))
    assert replies[-1] == "(la réponse du modèle)" and len(fake_io.rasa_calls) == 1
    # Had the model read it as report_birth too, its action says nothing more for that message.
    with session_scope() as session:
        from bot.models import InboundMessage

        message_id = session.scalar(select(InboundMessage.id).where(InboundMessage.woman_id == her))
        public_id = session.get(Woman, her).public_id
    latest = {"text": "x", "intent": {"name": "report_birth"}, "entities": [],
              "metadata": {"language": "fr", "inbound_id": message_id}}
    dispatcher = CollectingDispatcher()
    asyncio.run(ReportBirth().run(dispatcher, Tracker(public_id, {}, latest, [], False, None, {}, "action_listen"), {}))
    assert dispatcher.messages == []


def test_her_answer_to_the_check_goes_through_the_danger_check(database, say, time_machine):
    from bot.postnatal.schedule import send_postnatal_messages

    time_machine.move_to(at(2027, 1, 10, 10), tick=False)
    her = add_member(add_group(), "fr", stage="postnatal", birth_date=date(2027, 1, 7))
    assert send_postnatal_messages(at(2027, 1, 10, 10)) == [her]
    assert translate("fr", texts.PN_CHECK) in bodies(her, "postnatal")[-1]
    replies = say(phone_of(her), "le bébé ne tète plus depuis ce matin")
    assert replies[-1].startswith("C'est urgent : amenez le bébé au CSCom")
    assert escalations(her) == [("urgent", "danger_sign")]


def test_answered_in_the_language_she_writes(database, say, time_machine):
    time_machine.move_to(at(2027, 1, 10, 10), tick=False)
    group = add_group()
    her = add_member(group, "fr", due_date=date(2027, 5, 1))
    assert say(phone_of(her), "n ka kɔnɔmaya tiɲɛna, kɔnɔtiɲɛni kɛra n na") == [translate("bm", texts.LOSS_REPLY)]
    other = add_member(group, "bm", due_date=date(2027, 1, 12))
    replies = say(phone_of(other), "Bonjour, je voulais vous dire que mon bébé est né hier soir à la maternité")
    assert replies[0].startswith(translate("fr", texts.BIRTH_RECORDED, date="samedi 9 janvier"))
