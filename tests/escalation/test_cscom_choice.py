"""No orphan case: her CSCom from the only one there is, DEFAULT_CSCOM, or her answer to a
numbered question right after the language; a case opened before she answered is attached then."""
from __future__ import annotations

from sqlalchemy import select

from bot.content import dialogue
from bot.content.danger import danger_reply
from bot.content.i18n import translate
from bot.db import session_scope
from bot.models import Cscom, Escalation, Woman
from tests.escalation.conftest import new_phone


def _cscoms(*names: tuple[str, str | None]) -> dict[str, int]:
    with session_scope() as session:
        rows = [Cscom(name=name, community=community, phone="+223 20 00 00 0" + str(i))
                for i, (name, community) in enumerate(names)]
        session.add_all(rows)
        session.flush()
        return {row.name: row.id for row in rows}


def _woman(phone: str) -> Woman:
    with session_scope() as session:
        return session.scalar(select(Woman).where(Woman.phone == phone))


def _cases(phone: str) -> list[Escalation]:
    with session_scope() as session:
        return list(session.scalars(select(Escalation).join(Woman).where(Woman.phone == phone)))


def test_with_several_cscoms_she_is_asked_hers_after_the_language(say, fake_io):
    ids = _cscoms(("CSCom de Sotuba", "Sotuba"), ("CSCom de Sikoro", "Sikoro"))
    phone = new_phone()
    say(phone, "Bonjour")
    bodies = say(phone, "1")
    assert bodies[0] == translate("fr", dialogue.LANGUAGE_SET)
    assert bodies[1].splitlines()[1:] == ["1. CSCom de Sikoro", "2. CSCom de Sotuba"]
    assert "CSCom" in bodies[1].splitlines()[0] and "numéro" in bodies[1]
    assert say(phone, "2") == ["Merci, c'est noté : votre CSCom est CSCom de Sotuba. Posez votre question."]
    assert _woman(phone).cscom_id == ids["CSCom de Sotuba"]


def test_she_may_answer_with_the_quartier_and_an_earlier_danger_case_is_attached(say, fake_io):
    ids = _cscoms(("CSCom de Sotuba", "Sotuba"), ("CSCom de Sikoro", "Sikoro"))
    phone = new_phone()
    assert say(phone, "Je saigne beaucoup") == [danger_reply("fr")]  # first message: CSCom unknown
    [case] = _cases(phone)
    assert case.cscom_id is None  # shown to every midwife meanwhile
    say(phone, "bonjour")
    say(phone, "1")
    say(phone, "sikoro")
    [case] = _cases(phone)
    assert case.cscom_id == ids["CSCom de Sikoro"] == _woman(phone).cscom_id


def test_a_question_instead_of_an_answer_goes_on_to_the_bot(say, fake_io):
    _cscoms(("CSCom de Sotuba", "Sotuba"), ("CSCom de Sikoro", "Sikoro"))
    fake_io.rasa_replies = ["Réponse du bot"]
    phone = new_phone()
    say(phone, "Bonjour")
    say(phone, "1")
    assert say(phone, "que manger pendant la grossesse ?") == ["Réponse du bot"]
    assert _woman(phone).cscom_id is None and _woman(phone).awaiting is None


def test_default_cscom_names_her_cscom_in_the_very_first_danger_reply(say, fake_io, monkeypatch):
    _cscoms(("CSCom de Sotuba", "Sotuba"), ("CSCom de Sikoro", "Sikoro"))
    monkeypatch.setenv("DEFAULT_CSCOM", "cscom de sikoro")
    phone = new_phone()
    assert say(phone, "J'ai des convulsions") == [danger_reply("fr", "CSCom de Sikoro", "+223 20 00 00 01")]
    [case] = _cases(phone)
    assert case.cscom_id == _woman(phone).cscom_id is not None
    say(phone, "bonjour")
    assert say(phone, "1") == [translate("fr", dialogue.LANGUAGE_SET)]  # nothing to ask


def test_the_only_cscom_is_hers(say, fake_io):
    ids = _cscoms(("CSCom de Sotuba", "Sotuba"))
    phone = new_phone()
    say(phone, "J'ai perdu les eaux")
    [case] = _cases(phone)
    assert case.cscom_id == ids["CSCom de Sotuba"]
