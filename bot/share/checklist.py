"""The delivery checklist, one item at a time: "ready?" → yes / no / later, saved per item.

The flow's state lives in the app database (``Woman.awaiting == "checklist"`` and the item asked),
not in Rasa's tracker: it survives a restart of every process, and her bare "oui" is read by the
worker (``triage``) even when Rasa is down. Rasa's ``start_checklist`` intent starts or resumes it
("where was I?", "what is left?": the open items, then the first of them)."""
from __future__ import annotations

import re

from sqlalchemy import select
from sqlalchemy.orm import Session

from bot.content import checklist, share
from bot.content.danger import danger_signs_text
from bot.content.i18n import translate
from bot.content.recordings import Spoken, checklist_key
from bot.models import ChecklistAnswer, Cscom, ShareGroup, Woman
from bot.models.base import utcnow
from bot.nlu.normalise import normalise

AWAITING = "checklist"

# Whole-message answers after normalise() (lower case, no accents, ɔ→o). Bambara: ɔwɔ / awɔ / awa
# "oui", ayi "non" (vocab_health.tsv), kɔfɛ "later" (bm_evidence.md § checklist.intro).
_ANSWERS = {
    "ready": {"oui", "ouii", "ouiii", "ouai", "ouais", "wi", "ok", "d accord", "c est pret", "c est fait",
              "pret", "prete", "deja", "oui c est pret", "oui deja", "owo", "awo", "awa", "awe", "1"},
    "not_ready": {"non", "nn", "nan", "pas encore", "non pas encore", "pas pret", "pas prete", "ayi",
                  "ayi fole", "2"},
    "later": {"plus tard", "apres", "tout a l heure", "demain", "later", "kofe", "a to kofe", "3"},
}
_PUNCT = re.compile(r"[^\w\s]")


def read_answer(text: str) -> str | None:
    key = " ".join(_PUNCT.sub(" ", normalise(text)).split())
    for status, words in _ANSWERS.items():
        if key in words:
            return status
    return None


def _answers(session: Session, woman: Woman) -> dict[str, str]:
    return dict(session.execute(select(ChecklistAnswer.item_key, ChecklistAnswer.status).where(
        ChecklistAnswer.woman_id == woman.id)).all())


def open_keys(session: Session, woman: Woman) -> list[str]:
    answers = _answers(session, woman)
    return [item.key for item in checklist.ITEMS if answers.get(item.key) != "ready"]


def _ask(woman: Woman, key: str) -> str:
    woman.awaiting, woman.checklist_item = AWAITING, key
    question = checklist.BY_KEY[key].ask(woman.reply_language)
    # A recorded question goes with its written line (she may answer by reading or by listening).
    return Spoken(question, checklist_key(key), woman.reply_language, caption=question)


def _cscom(session: Session, woman: Woman) -> Cscom | None:
    if woman.cscom_id:
        return session.get(Cscom, woman.cscom_id)
    group = session.get(ShareGroup, woman.group_id) if woman.group_id else None
    return group.cscom if group else None


def _all_ready(session: Session, woman: Woman) -> list[str]:
    language = woman.reply_language
    woman.awaiting, woman.checklist_item = None, None
    replies = [translate(language, checklist.DONE), danger_signs_text(language)]
    cscom = _cscom(session, woman)
    if cscom is not None and cscom.phone:
        replies.append(translate(language, share.CSCOM_PHONE, cscom=cscom.name, phone=cscom.phone))
    return replies


def start(session: Session, woman: Woman) -> list[str]:
    """Start (intro + first item), resume (what is left + the first open item), or congratulate."""
    answered = _answers(session, woman)
    remaining = open_keys(session, woman)
    if not remaining:
        return _all_ready(session, woman)
    if not answered:
        return [translate(woman.reply_language, checklist.INTRO), _ask(woman, remaining[0])]
    return [checklist.remaining_text(woman.reply_language, remaining), _ask(woman, remaining[0])]


def answer(session: Session, woman: Woman, status: str) -> list[str]:
    """Save her answer for the item just asked and ask the next open one; at the end of the list,
    congratulate her or say what is left."""
    key = woman.checklist_item
    if key not in checklist.BY_KEY:
        return start(session, woman)
    row = session.scalar(select(ChecklistAnswer).where(ChecklistAnswer.woman_id == woman.id,
                                                       ChecklistAnswer.item_key == key))
    if row is None:
        row = ChecklistAnswer(woman_id=woman.id, item_key=key)
        session.add(row)
    row.status, row.answered_at = status, utcnow()
    session.flush()
    order = [item.key for item in checklist.ITEMS]
    remaining = open_keys(session, woman)
    following = [k for k in remaining if order.index(k) > order.index(key)]
    if following:
        return [_ask(woman, following[0])]
    if not remaining:
        return _all_ready(session, woman)
    woman.awaiting, woman.checklist_item = None, None
    return [checklist.remaining_text(woman.reply_language, remaining),
            translate(woman.reply_language, share.CHECKLIST_PASS_END)]


def pause(woman: Woman) -> None:
    """She wrote something else: the question stays open in the database, the flow steps aside."""
    if woman.awaiting == AWAITING:
        woman.awaiting = None


def reminder_text(woman: Woman, weeks: int, remaining: list[str]) -> str:
    """The 36/38-week reminder: the items in ``remaining`` (open_keys) still to prepare."""
    language = woman.reply_language
    return "\n".join([translate(language, share.CHECKLIST_REMINDER, weeks=weeks),
                      checklist.remaining_text(language, remaining),
                      translate(language, share.CHECKLIST_PASS_END)])
