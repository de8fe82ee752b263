"""Consent: first agreement, opt-out (STOP) and opt-in (START), each logged with its time.

The keywords are matched here, in the app, before any model sees the message: "STOP" must work
even when Rasa is down or a model update misreads it. The opt_out/opt_in intents (for phrasings
like "je ne veux plus de messages") end in the same functions.
"""
from __future__ import annotations

import logging
import re

from sqlalchemy import select
from sqlalchemy.orm import Session

from bot.models import ConsentEvent, InboundMessage, OutboundMessage, Woman
from bot.models.base import utcnow
from bot.nlu.normalise import normalise

log = logging.getLogger(__name__)

# Whole-message keywords, after normalise() (lower case, no accents, ɛ→e, ɔ→o, punctuation out).
# "a dabila" = "stop it" (Bayelemabaga train:324 "An k'a dabila." = "let's stop it").
OPT_OUT = {"stop", "stopp", "stope", "arret", "arrete", "arreter", "arretez", "arrete moi", "stop svp",
           "stop stp", "stop merci", "unsubscribe", "desabonner", "desinscrire", "a dabila", "dabila",
           "a dabila svp", "aw ka a dabila", "i ka a dabila", "stop jigiya", "arreter jigiya"}
OPT_IN = {"start", "commencer", "commence", "recommencer", "reprendre", "demarrer", "start svp",
          "start jigiya", "a damine", "damine"}  # a daminɛ = "start it"
_PUNCT = re.compile(r"[^\w\s]")


def _key(text: str) -> str:
    return " ".join(_PUNCT.sub(" ", normalise(text)).split())


def is_opt_out(text: str) -> bool:
    return _key(text) in OPT_OUT


def is_opt_in(text: str) -> bool:
    return _key(text) in OPT_IN


def _log(session: Session, woman: Woman, kind: str, source: str, inbound_id: int | None) -> None:
    session.add(ConsentEvent(woman_id=woman.id, kind=kind, source=source, inbound_id=inbound_id,
                             at=utcnow()))
    log.info("consent woman=%s %s via %s", woman.public_id, kind, source)


def record_consent(session: Session, woman: Woman, source: str, inbound_id: int | None = None) -> None:
    """She continued after the welcome (which says what continuing means): consent, once."""
    if woman.consent_at is None:
        woman.consent_at = utcnow()
        _log(session, woman, "consent", source, inbound_id)


def opt_out(session: Session, woman: Woman, source: str, inbound_id: int | None = None) -> None:
    """No broadcast or reminder reaches her from now on; her record is kept."""
    if not woman.opted_out:
        woman.opted_out = True
        _log(session, woman, "opt_out", source, inbound_id)
    woman.awaiting = None


def opt_in(session: Session, woman: Woman, source: str, inbound_id: int | None = None) -> None:
    if woman.opted_out:
        woman.opted_out = False
        _log(session, woman, "opt_in", source, inbound_id)
    record_consent(session, woman, source, inbound_id)


def withheld(session: Session, woman: Woman, outbound: OutboundMessage) -> str | None:
    """Why this queued message must not go out now (its final status), or None to send it.

    Checked at send time, so STOP wins over anything queued before it: once she has opted out she
    gets only the answers to what she wrote from her STOP on (the STOP confirmation first; a danger
    reply if she writes one) — no push (topic, reminder, broadcast, midwife's answer, group notice)
    and no late answer to an earlier message. A push also needs her consent."""
    if woman.opted_out:
        if outbound.kind != "reply" or outbound.inbound_id is None:
            return "opted_out"
        stop = session.scalar(select(ConsentEvent).where(
            ConsentEvent.woman_id == woman.id, ConsentEvent.kind == "opt_out").order_by(ConsentEvent.id.desc()).limit(1))
        if stop is None:
            return "opted_out"  # opted out without a STOP of hers (erasure): nothing at all
        if stop.inbound_id is not None:
            return None if outbound.inbound_id >= stop.inbound_id else "opted_out"
        inbound = session.get(InboundMessage, outbound.inbound_id)
        return None if inbound is not None and inbound.received_at >= stop.at else "opted_out"
    if outbound.kind != "reply" and woman.consent_at is None:
        return "no_consent"
    return None
