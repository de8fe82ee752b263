"""What the worker decides before any model sees a message — the answers that must not depend on
Rasa being up or a model reading a message right:

1. a danger sign (``bot.nlu.danger_lexicon``): the "go to the CSCom now" reply, first, even in her
   very first message, and an urgent escalation — never a FAQ, never a welcome first;
2. STOP / START keywords (``consent``), and "vocal" / "texte" (``voice_preference``);
3. her answer to a choice the bot asked for ("1"/"2"/"3" after the language question, then the number
   of her CSCom when there are several (bot.escalation.cscoms); oui / non / plus tard to a
   delivery-checklist question — anything else pauses the checklist);
4. first contact: the welcome and the language choice, pre-selected from the detected language;
5. a birth or a loss she reports (``bot.postnatal``): the birth recorded and congratulated, a loss
   answered with care and sent to a midwife (a loss happening now is a danger sign, step 1);
5b. a SHARE group code ("SHARE SOTUBA"): the request to join her group;
6. input no model can read: only emoji or symbols → the menu; a very long message → a midwife.

Everything else (and a first message after its welcome) goes to Rasa.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from sqlalchemy import select
from sqlalchemy.orm import Session

from bot.content import dialogue, messages
from bot.content.i18n import LANGUAGES, translate
from bot.conversation import consent, voice_preference
from bot.conversation.danger import respond_to_danger
from bot.escalation import cscoms
from bot.escalation.service import open_escalation
from bot.models import InboundMessage, Woman
from bot.models.base import utcnow
from bot.nlu import danger_lexicon, langid
from bot.postnatal import detect as journey_detect
from bot.postnatal.report import reported as journey_report
from bot.share import checklist, membership
from bot.share.codes import code_in
from bot.twilio import interactive

#: Longer than this, a message goes to a midwife rather than to the classifier (which is trained
#: on short questions and would pick one topic out of a story).
LONG_MESSAGE_CHARS = 600
#: The bare answers to the language question: "1", "1.", "1)", " 2 ", "２".
_CHOICE = re.compile(r"^\s*(\d+)\s*[.)\-]?\s*$")
_LANGUAGE_BY_CHOICE = {"1": "fr", "2": "bm"}
#: "3 — messages vocaux": voice messages, in Bambara. The recordings are made for women who do not
#: read, and a woman who cannot read the question cannot answer a second one about her language;
#: most voice users speak Bambara. Two clear French messages still switch her (_follow_her_language).
VOICE_CHOICE, VOICE_LANGUAGE = "3", "bm"
_HAS_WORD = re.compile(r"[^\W_]", re.UNICODE)  # a letter or a digit in any script


@dataclass
class Decision:
    kind: str  # what the worker records in InboundMessage.intent
    replies: list[str] = field(default_factory=list)
    ask_rasa: bool = False
    metadata: dict = field(default_factory=dict)


def detect_language(text: str) -> str:
    guess = langid.identify(text).language
    return guess if guess in LANGUAGES else "fr"


#: A message is answered in its own language only when it says so clearly: three words or more,
#: identified with confidence. A group code, a number, "ok" or "merci" never decide her language.
CLEAR_WORDS, CLEAR_CONFIDENCE = 3, 0.9


def message_language(text: str) -> str | None:
    """The language ``text`` is clearly written in, or None."""
    if code_in(text) is not None:
        return None
    guess = langid.identify(text)
    if guess.words < CLEAR_WORDS or guess.confidence < CLEAR_CONFIDENCE or guess.language not in LANGUAGES:
        return None
    return guess.language


def _follow_her_language(session: Session, message: InboundMessage, woman: Woman) -> tuple[str | None, list[str]]:
    """She writes clearly in the other language: this message is answered in it; the second such
    message in a row switches her, and she is told how to switch back (the language choice)."""
    language = message_language(message.body)
    if language is None or language == woman.language:
        return None, []
    previous = session.scalar(select(InboundMessage.body).where(
        InboundMessage.woman_id == woman.id, InboundMessage.id < message.id).order_by(InboundMessage.id.desc()).limit(1))
    if previous is None or message_language(previous) != language:
        return language, []
    woman.language, woman.awaiting = language, "language"  # "1"/"2" is read as her choice again
    return language, [translate(language, dialogue.LANGUAGE_SET), translate(language, dialogue.LANGUAGE_CHOICE)]


def decide(session: Session, message: InboundMessage, woman: Woman) -> Decision:
    text = interactive.text_of(message, woman.language)  # a tapped button: what she could have typed
    # A loss happening now ("je fais une fausse couche") is answered as a danger sign.
    if danger_lexicon.is_danger(text) or journey_detect.is_loss_now(text):
        language = message_language(text) or woman.language or detect_language(text)
        return Decision("danger_sign", [respond_to_danger(session, woman, text, language, message.id)])

    if consent.is_opt_out(text):
        consent.opt_out(session, woman, "keyword", message.id)
        return Decision("opt_out", [translate(woman.reply_language, dialogue.OPTED_OUT)])
    if consent.is_opt_in(text):
        consent.opt_in(session, woman, "keyword", message.id)
        return Decision("opt_in", [translate(woman.reply_language, dialogue.OPTED_IN)])
    voice = voice_preference.requested(text)
    if voice is not None:
        if woman.awaiting == "language":  # "vocal" as her answer to the welcome: she continues
            woman.awaiting = None
            consent.record_consent(session, woman, "continued", message.id)
        return Decision("voice_on" if voice else "voice_off",
                        [voice_preference.apply(session, woman, voice, "keyword")])

    tapped = message.payload or ""  # a button tapped on an earlier question still answers it
    if woman.awaiting == "language" or tapped.startswith("lang:"):
        choice = _CHOICE.match(text)
        if choice:
            if choice.group(1) == VOICE_CHOICE:
                woman.language, woman.awaiting = VOICE_LANGUAGE, None
                consent.record_consent(session, woman, "language_choice", message.id)
                return Decision("voice_on", [voice_preference.apply(session, woman, True, "first_contact")]
                                + cscoms.ask_if_unknown(session, woman))
            language = _LANGUAGE_BY_CHOICE.get(choice.group(1))
            if language is None:  # "4", "12": the choice again
                return Decision("choice_again", [translate(woman.reply_language, dialogue.LANGUAGE_CHOICE)])
            woman.language, woman.awaiting = language, None
            consent.record_consent(session, woman, "language_choice", message.id)
            # Then her CSCom, when it cannot be known otherwise (several CSComs, no DEFAULT_CSCOM).
            return Decision("set_language", [translate(language, dialogue.LANGUAGE_SET)]
                            + cscoms.ask_if_unknown(session, woman))
        # Anything else: she keeps the pre-selected language and carries on.
        woman.awaiting = None
        consent.record_consent(session, woman, "continued", message.id)

    if woman.awaiting == cscoms.AWAITING:
        answer = cscoms.read_answer(session, woman, text) if code_in(text) is None else None
        woman.awaiting = None  # answered, or she carries on (a group code sets it too)
        if answer is not None:
            return Decision("set_cscom", [answer])

    if woman.awaiting == checklist.AWAITING or (tapped.startswith("checklist:") and woman.checklist_item):
        status = checklist.read_answer(text)
        if status is not None:
            return Decision("checklist_answer", checklist.answer(session, woman, status))
        checklist.pause(woman)  # a question in the middle of the list: Rasa answers it

    replies = welcome(session, woman, message_language(text))

    # A birth or a loss she reports (bot.postnatal): her stage changes; a loss reaches a midwife.
    journey = journey_report(session, woman, text, message.received_at or utcnow(), message.id,
                             None if replies else message_language(text))
    if journey is not None:
        kind, answers, ask_rasa = journey
        return Decision(kind, replies + answers, ask_rasa=ask_rasa, metadata={"first_contact": bool(replies)})

    language, switched = (None, []) if replies or not woman.language else _follow_her_language(session, message, woman)
    code = code_in(text)
    if code is not None:
        return Decision("join_group", replies + [membership.join_by_code(session, woman, code)])
    if not _HAS_WORD.search(text):  # only emoji, punctuation, symbols
        return Decision("no_words", replies or [translate(woman.reply_language, messages.HELP_MENU)])
    if len(text) > LONG_MESSAGE_CHARS:
        open_escalation(session, woman, text, urgency="normal", reason="long_message", inbound_id=message.id)
        return Decision("long_message", replies + switched
                        + [translate(language or woman.reply_language, dialogue.ESCALATED)])
    metadata = {"first_contact": bool(replies)} | ({"language": language} if language else {})
    return Decision("first_contact" if replies else "rasa", replies + switched, ask_rasa=True, metadata=metadata)


def welcome(session: Session, woman: Woman, guess: str | None) -> list[str]:
    """At her first contact: the welcome and the language question (she then answers 1, 2 or 3).
    Her language is pre-selected from ``guess`` (a clear message), French otherwise."""
    first_contact = woman.consent_at is None and woman.awaiting is None and not woman.opted_out
    if not first_contact or _any_consent_history(session, woman):
        return []
    if woman.language is None:
        woman.language = guess or "fr"
    woman.awaiting = "language"
    return [translate(woman.language, dialogue.WELCOME), translate(woman.language, dialogue.LANGUAGE_CHOICE)]


def _any_consent_history(session: Session, woman: Woman) -> bool:
    # A woman who opted out and back in has consent; one who only said STOP is not welcomed again.
    from bot.models import ConsentEvent

    return session.scalar(select(ConsentEvent.id).where(ConsentEvent.woman_id == woman.id).limit(1)) is not None
