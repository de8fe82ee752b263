"""Recorded versions of the bot's own content (issue 14): an FAQ answer, a SHARE topic, a checklist
question and the danger reply may each have a recording per language, made on the review page and
approved like the text (``bot.staff.recordings``). A woman who prefers voice messages
(``Woman.prefers_voice``) gets the newest approved recording in her language with a one-line text;
without one she gets the text as before.

One mechanism for every producer: the producer returns a ``Spoken`` reply — still the plain text
wherever a ``str`` goes — that names its content key; through Rasa the key travels as the
utterance's ``custom`` payload (``marker`` / ``bot.conversation.rasa.ask_rasa``); the rows are made
by ``outbound_rows`` (replies) or ``attach_recording`` (pushes).
"""
from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from bot.content import dialogue
from bot.content.i18n import translate
from bot.models import ContentRecording, OutboundMessage, Woman

DANGER = "danger"


def faq_key(key: str) -> str:
    return f"faq:{key}"


def topic_key(key: str) -> str:
    return f"topic:{key}"


def checklist_key(key: str) -> str:
    return f"checklist:{key}"


class Spoken(str):
    """Reviewed content that may have a recording: the text itself, plus the key its recordings
    are filed under, the language it is in, the one line sent with the audio (None: "listen to
    the voice message"), and ``after_text``: the recording follows the text instead of replacing
    it (the danger reply, which must never wait for anything)."""

    content_key: str
    language: str
    caption: str | None
    after_text: bool

    def __new__(cls, text: str, content_key: str, language: str, caption: str | None = None,
                after_text: bool = False) -> "Spoken":
        spoken = super().__new__(cls, text)
        spoken.content_key, spoken.language = content_key, language
        spoken.caption, spoken.after_text = caption, after_text
        return spoken

    def marker(self) -> dict:
        """What an action attaches to its utterance (Rasa's ``custom``), read back by ask_rasa."""
        return {"content_key": self.content_key, "language": self.language, "caption": self.caption,
                "after_text": self.after_text, "text": str(self)}

    @classmethod
    def from_marker(cls, marker: dict) -> "Spoken | None":
        key, language, text = marker.get("content_key"), marker.get("language"), marker.get("text")
        if not (isinstance(key, str) and isinstance(language, str) and isinstance(text, str)):
            return None
        caption = marker.get("caption")
        return cls(text, key, language, caption if isinstance(caption, str) else None,
                   bool(marker.get("after_text")))


def approved_recording(session: Session, content_key: str, language: str) -> ContentRecording | None:
    """The newest approved recording of ``content_key`` in ``language`` (drafts and rejected ones
    are never sent)."""
    return session.scalar(select(ContentRecording).where(
        ContentRecording.content_key == content_key, ContentRecording.language == language,
        ContentRecording.status == "approved",
    ).order_by(ContentRecording.reviewed_at.desc(), ContentRecording.id.desc()).limit(1))


def attach_recording(session: Session, outbound: OutboundMessage, woman: Woman, content_key: str, *,
                     language: str | None = None, caption: str | None = None) -> bool:
    """Give ``outbound`` the approved recording of ``content_key`` (and ``caption``, or "listen to the
    voice message", as its text) when she prefers voice messages and one exists in ``language``
    (default: hers). True when attached; otherwise the row keeps its text."""
    if not woman.prefers_voice:
        return False
    language = language or woman.reply_language
    recording = approved_recording(session, content_key, language)
    if recording is None:
        return False
    outbound.media_id = recording.media_id
    outbound.body = caption or translate(language, dialogue.LISTEN)
    return True


def outbound_rows(session: Session, woman: Woman, inbound_id: int | None, reply: str,
                  split) -> list[OutboundMessage]:
    """The rows for one reply to her message, in sending order (not added to the session): the text
    split as WhatsApp needs (``split``), or — a ``Spoken`` reply with an approved recording for a
    woman who prefers voice — one row with the audio and its one line; the danger reply keeps its
    text first and the recording follows."""
    # A Spoken reply from Rasa was cut at its blank lines before ask_rasa put it together: its text
    # goes out in the same pieces as any other reply's.
    chunks = reply.strip().split("\n\n") if isinstance(reply, Spoken) else [reply]
    rows = [OutboundMessage(woman_id=woman.id, inbound_id=inbound_id, body=str(part))
            for chunk in chunks for part in split(chunk)]
    if isinstance(reply, Spoken) and rows:
        voiced = OutboundMessage(woman_id=woman.id, inbound_id=inbound_id, body="")
        if attach_recording(session, voiced, woman, reply.content_key, language=reply.language,
                            caption=reply.caption):
            rows = rows + [voiced] if reply.after_text else [voiced]
    return rows
