"""Every woman belongs to a CSCom, so no urgent case is an orphan.

Her CSCom comes from her SHARE group (joining, registration or import set it), else DEFAULT_CSCOM
(a one-centre deployment), else the only CSCom there is; with more than one, the bot asks at first
contact, right after the language: a numbered list of the CSComs (name and quartier), answered
with the number or the name. Until she answers, her cases have no CSCom and are shown to every
midwife (bot.staff.access), who may attach them."""
from __future__ import annotations

import logging
import re

from sqlalchemy import func, select, update
from sqlalchemy.orm import Session

from bot.content.i18n import N_, translate
from bot.escalation.settings import escalation_settings
from bot.models import Cscom, Escalation, ShareGroup, Woman
from bot.nlu.normalise import normalise

log = logging.getLogger(__name__)
AWAITING = "cscom"
MAX_LISTED = 9  # a WhatsApp message a woman reads at a glance; more CSComs: DEFAULT_CSCOM or groups

CSCOM_QUESTION = N_("Quel est votre centre de santé (CSCom) ? Répondez par son numéro :")
CSCOM_SET = N_("Merci, c'est noté : votre CSCom est %(name)s. Posez votre question.")
_NUMBER = re.compile(r"^\s*(\d{1,2})\s*[.)\-]?\s*$")


def _set(session: Session, woman: Woman, cscom_id: int, how: str) -> int:
    woman.cscom_id = cscom_id
    attached = session.execute(update(Escalation).where(Escalation.woman_id == woman.id, Escalation.cscom_id.is_(None))
                               .values(cscom_id=cscom_id).execution_options(synchronize_session=False)).rowcount
    log.info("woman %s: CSCom %s (%s)%s", woman.public_id, cscom_id, how,
             f", {attached} case(s) attached" if attached else "")
    return cscom_id


def resolve_cscom(session: Session, woman: Woman) -> int | None:
    """Her CSCom if it can be known without asking her (and then it is recorded)."""
    if woman.cscom_id is not None:
        return woman.cscom_id
    if woman.group_id is not None:
        group = session.get(ShareGroup, woman.group_id)
        if group is not None:
            return _set(session, woman, group.cscom_id, "group")
    name = escalation_settings().default_cscom
    if name:
        cscom_id = session.scalar(select(Cscom.id).where(func.lower(Cscom.name) == name.lower()))
        if cscom_id is not None:
            return _set(session, woman, cscom_id, "DEFAULT_CSCOM")
        log.warning("DEFAULT_CSCOM names no CSCom (see `flask staff cscoms`)")
    only = session.scalars(select(Cscom.id).limit(2)).all()
    if len(only) == 1:
        return _set(session, woman, only[0], "only CSCom")
    return None


def choices(session: Session) -> list[Cscom]:
    return list(session.scalars(select(Cscom).order_by(Cscom.name).limit(MAX_LISTED)))


def question(session: Session, language: str) -> str | None:
    """The numbered list, or None when there is nothing to choose from."""
    listed = choices(session)
    if len(listed) < 2:
        return None
    lines = [translate(language, CSCOM_QUESTION)]
    lines += [f"{i}. {c.name}" + (f" ({c.community})" if c.community and c.community not in c.name else "")
              for i, c in enumerate(listed, 1)]
    return "\n".join(lines)


def ask_if_unknown(session: Session, woman: Woman) -> list[str]:
    """At first contact: nothing to ask if her CSCom is known or can be deduced; else the question
    (and the bot now waits for her answer)."""
    if resolve_cscom(session, woman) is not None:
        return []
    text = question(session, woman.reply_language)
    if text is None:
        return []
    woman.awaiting = AWAITING
    return [text]


def _key(text: str) -> str:
    return " ".join(re.sub(r"[^\w\s]", " ", normalise(text)).split())


def read_answer(session: Session, woman: Woman, text: str) -> str | None:
    """Her answer to the question: the CSCom is recorded and the reply returned; None when the
    message is not an answer (she asked something else: the bot stops waiting)."""
    listed = choices(session)
    chosen = None
    number = _NUMBER.match(text)
    if number and 1 <= int(number.group(1)) <= len(listed):
        chosen = listed[int(number.group(1)) - 1]
    else:
        key = _key(text)
        for cscom in listed:
            names = {_key(cscom.name), _key(cscom.community or "")} - {""}
            if key and any(key == n or (len(key) >= 4 and key in n) or n in key for n in names):
                chosen = cscom
                break
    woman.awaiting = None
    if chosen is None:
        return None
    _set(session, woman, chosen.id, "her answer")
    return translate(woman.reply_language, CSCOM_SET, name=chosen.name)
