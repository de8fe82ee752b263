"""The one answer to a danger sign, wherever it was seen (the lexicon in the worker, or the model
in the action server): the plain "go to your CSCom now" reply and an urgent escalation.

The alert to the midwife is sent by the worker right after her reply is delivered
(``service.answer_pending`` → ``send_alerts_for``), so it never waits behind the queue.
"""
from __future__ import annotations

from sqlalchemy.orm import Session

from bot.content.danger import danger_reply
from bot.escalation.service import cscom_of, open_escalation
from bot.models import Woman


def respond_to_danger(session: Session, woman: Woman, text: str, language: str,
                      inbound_id: int | None = None) -> str:
    """Open (once per message) the urgent escalation and return the reply for her."""
    open_escalation(session, woman, text, urgency="urgent", reason="danger_sign", inbound_id=inbound_id)
    cscom = cscom_of(session, woman)
    return danger_reply(language, cscom.name if cscom else None, cscom.phone if cscom else None, text=text)
