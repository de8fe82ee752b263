"""A message that is not plain text: her voice notes and photos go to a midwife, a location or a
file we cannot open gets a plain reply.

On arrival (``register_media``) each voice note or photo gets a MediaFile row pointing at Twilio;
the worker (``answer``) opens — or joins — her voice/photo case and tells her a midwife will
listen, then (``fetch``, outside any transaction) downloads the files. A download that fails is
recorded on the file and shown on the case: the case is open either way, she is never silenced."""
from __future__ import annotations

import logging

from sqlalchemy import select
from sqlalchemy.orm import Session

from bot.content import messages
from bot.content.i18n import translate
from bot.db import session_scope
from bot.escalation.service import open_escalation
from bot.media.download import DownloadFailed, download
from bot.media.store import MediaRejected, SUFFIXES, base_type, fill
from bot.models import Escalation, InboundMessage, MediaFile, Woman
from bot.queue import huey

log = logging.getLogger(__name__)

#: Escalation reasons of the cases her files open; a later file joins her open one.
MEDIA_REASONS = ("voice_note", "photo")


def accepted(content_type: str) -> bool:
    kind = base_type(content_type)
    return kind in SUFFIXES and kind.startswith(("audio/", "image/"))


def register_media(session: Session, message: InboundMessage) -> list[MediaFile]:
    """A row per voice note or photo of a newly stored message (called in its transaction).
    The simulator stores the bytes first and passes the row's id (``media_id``): that row is
    attached; a WhatsApp item has Twilio's URL and is downloaded by the worker."""
    rows = []
    for item in message.media or []:
        content_type = item.get("content_type") or ""
        if not accepted(content_type):
            continue  # kept in the message's media list, answered with what we accept
        media = session.get(MediaFile, item["media_id"]) if item.get("media_id") else None
        if media is not None and media.kind == "inbound" and media.inbound_id is None:
            media.woman_id, media.inbound_id = message.woman_id, message.id
        else:
            media = MediaFile(kind="inbound", woman_id=message.woman_id, inbound_id=message.id,
                              content_type=base_type(content_type), source_url=item.get("url") or None,
                              path=None, size=0, failure=None if item.get("url") else "no media URL")
            session.add(media)
        rows.append(media)
    session.flush()
    return rows


def files_of(session: Session, message_id: int) -> list[MediaFile]:
    return list(session.scalars(select(MediaFile).where(MediaFile.inbound_id == message_id,
                                                        MediaFile.kind == "inbound").order_by(MediaFile.id)))


def is_media_case(escalation: Escalation) -> bool:
    return escalation.reason in MEDIA_REASONS


def _open_case(session: Session, woman: Woman, message: InboundMessage, files: list[MediaFile]) -> Escalation:
    case = session.scalar(select(Escalation).where(
        Escalation.woman_id == woman.id, Escalation.reason.in_(MEDIA_REASONS),
        Escalation.status != "resolved").order_by(Escalation.id.desc()).limit(1))
    if case is None:
        reason = "voice_note" if any(f.is_audio for f in files) else "photo"
        label = "(message vocal)" if reason == "voice_note" else "(photo)"
        case = open_escalation(session, woman, message.body.strip() or label, urgency="normal",
                               reason=reason, inbound_id=message.id)
    elif case.status == "answered":  # a new note after her answer: back in front of the midwife
        case.status = "claimed" if case.claimed_by_id else "open"
    return case


def reads_as_danger(text: str) -> bool:
    """A message (or the caption of a voice note or photo) that triage will answer as a danger sign:
    read on arrival too, for the urgent lane."""
    from bot.nlu import danger_lexicon
    from bot.postnatal import detect

    return bool(text.strip()) and (danger_lexicon.is_danger(text) or detect.is_loss_now(text))


def answer(session: Session, message: InboundMessage, woman: Woman) -> tuple[str, list[str]]:
    """What the worker records as ``intent`` and the replies for a message that is not plain text
    (a caption reading as a danger sign has already gone through triage)."""
    language = woman.reply_language
    files = files_of(session, message.id)
    if files:
        # A caption that read as a danger sign opened an urgent case for this message: files go there.
        urgent = session.scalar(select(Escalation).where(Escalation.inbound_id == message.id,
                                                        Escalation.urgency == "urgent"))
        case = urgent or _open_case(session, woman, message, files)
        for media in files:
            media.escalation_id = case.id
        voice = any(f.is_audio for f in files)
        log.info("inbound %s: %s file(s) for escalation %s", message.id, len(files), case.id)
        if urgent is not None:
            return "danger_sign", []
        return ("voice_note" if voice else "photo",
                [translate(language, messages.VOICE_RECEIVED if voice else messages.PHOTO_RECEIVED)])
    if message.media:  # a video, a document, a contact card…: kept, and she learns what we read
        return "unsupported_media", [translate(language, messages.UNSUPPORTED_MEDIA)]
    if message.latitude and message.longitude:
        return "location", [translate(language, messages.LOCATION_RECEIVED)]
    return "not_text", [translate(language, messages.TEXT_ONLY)]


def fetch(message_id: int, final: bool = True) -> bool:
    """Download this message's files that are not on disk yet (outside any transaction: Twilio
    can take seconds). A failure is recorded on the file for the midwife; a temporary one (Twilio
    or the network down) is not, unless ``final``. True when a file is left to fetch later."""
    with session_scope() as session:
        waiting = [(m.id, m.source_url) for m in files_of(session, message_id)
                   if m.path is None and m.failure is None and m.source_url]
    later = False
    for media_id, url in waiting:
        data = content_type = failure = None
        try:
            data, content_type = download(url)
        except DownloadFailed as exc:
            if exc.temporary and not final:
                log.warning("media %s of inbound %s: %s; tried again later", media_id, message_id, exc)
                later = True
                continue
            failure = str(exc)
        except Exception as exc:  # noqa: BLE001  her conversation goes on; the case shows why
            log.exception("media %s download crashed", media_id)
            failure = f"error: {type(exc).__name__}"
        with session_scope() as session:
            media = session.get(MediaFile, media_id)
            if data is not None:
                try:
                    fill(media, data, content_type)
                except (MediaRejected, OSError) as exc:
                    failure = str(exc) if isinstance(exc, MediaRejected) else f"not stored: {type(exc).__name__}"
            if failure:
                media.failure = failure[:200]
                log.warning("media %s of inbound %s not fetched: %s", media_id, message_id, failure)
    return later


class StillWaiting(Exception):
    """A file is still out of reach: Huey tries the task again later."""


@huey.task(retries=4, retry_delay=30, retry_backoff=2, context=True)
def fetch_later(message_id: int, task=None) -> None:
    """Twilio keeps her file: after a short outage it is fetched again (30 s, 1, 2, 4 min); the
    last try records why it failed, for the midwife."""
    final = task is None or task.retries == 0
    if fetch(message_id, final=final):
        raise StillWaiting(f"inbound {message_id}")


def fetch_now_or_later(message_id: int) -> None:
    """Called by the worker right after her reply."""
    if fetch(message_id, final=False):
        try:
            fetch_later(message_id)
        except Exception:  # the queue is down: one last try now, so the case says what happened
            log.exception("could not queue the media fetch of inbound %s", message_id)
            fetch(message_id, final=True)
