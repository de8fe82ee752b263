"""The one answer to a danger sign, wherever it was seen (the lexicon in the worker, or the model
in the action server): the plain "go to your CSCom now" reply and an urgent escalation.

The alert to the midwife is sent by the worker right after her reply is delivered
(``service.answer_pending`` → ``send_alerts_for``), so it never waits behind the queue.
"""
from __future__ import annotations

from sqlalchemy.orm import Session

from bot.content import recordings
from bot.content.danger import concerns_newborn, danger_reply
from bot.content.recordings import Spoken
from bot.escalation.service import cscom_of, open_escalation
from bot.models import Woman


def respond_to_danger(session: Session, woman: Woman, text: str, language: str,
                      inbound_id: int | None = None) -> str:
    """Open (once per message) the urgent escalation and return the reply for her."""
    open_escalation(session, woman, text, urgency="urgent", reason="danger_sign", inbound_id=inbound_id)
    cscom = cscom_of(session, woman)
    reply = danger_reply(language, cscom.name if cscom else None, cscom.phone if cscom else None, text=text)
    if concerns_newborn(text):
        return reply  # "bring the baby": the recorded danger reply speaks of the mother
    # Its recording, if she prefers voice, follows the text: the text is never held back.
    return Spoken(reply, recordings.DANGER, language, after_text=True)
