"""The bytes of voice notes, pictures and recordings, on disk under MEDIA_DIR.

Files are named by a random token (never her number or her name) in a folder per month, so a
directory listing tells nothing and the retention purge can work month by month."""
from __future__ import annotations

import hashlib
import os
import secrets
from pathlib import Path

from bot.config import get_settings
from bot.models import MediaFile
from bot.models.base import utcnow

#: What a woman may send and a midwife may record, and the file suffix each is stored with.
SUFFIXES = {
    "audio/ogg": ".ogg", "audio/opus": ".opus", "audio/mpeg": ".mp3", "audio/mp4": ".m4a",
    "audio/aac": ".aac", "audio/amr": ".amr", "audio/webm": ".webm", "audio/wav": ".wav",
    "image/jpeg": ".jpg", "image/png": ".png", "image/webp": ".webp",
}


class MediaRejected(ValueError):
    """Not a kind of file we keep, or too large: the reason is shown or logged."""


def base_type(content_type: str) -> str:
    """``audio/ogg; codecs=opus`` → ``audio/ogg``."""
    return content_type.split(";", 1)[0].strip().lower()


def media_dir() -> Path:
    return get_settings().media_dir


def check(content_type: str, size: int) -> str:
    kind = base_type(content_type)
    if kind not in SUFFIXES:
        raise MediaRejected(f"type {kind or '(none)'} is not accepted")
    limit = get_settings().media_max_bytes
    if size > limit:
        raise MediaRejected(f"{size} bytes, more than the {limit} accepted")
    if size == 0:
        raise MediaRejected("empty file")
    return kind


def write(data: bytes, content_type: str) -> tuple[str, str]:
    """Write the bytes (type and size checked) and return (path relative to MEDIA_DIR, sha256)."""
    kind = check(content_type, len(data))
    relative = Path(utcnow().strftime("%Y-%m")) / (secrets.token_hex(16) + SUFFIXES[kind])
    target = media_dir() / relative
    target.parent.mkdir(parents=True, exist_ok=True)
    partial = target.with_suffix(target.suffix + ".part")
    with open(partial, "wb") as handle:
        handle.write(data)
        handle.flush()
        os.fsync(handle.fileno())
    os.replace(partial, target)  # a crash mid-write never leaves a truncated file under the real name
    return str(relative), hashlib.sha256(data).hexdigest()


def save(session, data: bytes, content_type: str, *, kind: str, **fields) -> MediaFile:
    """Store the bytes and their row (``fields``: woman_id, inbound_id, escalation_id,
    created_by_id, duration_seconds…). Raises MediaRejected."""
    path, digest = write(data, content_type)
    media = MediaFile(kind=kind, content_type=base_type(content_type), path=path, size=len(data),
                      sha256=digest, **fields)
    session.add(media)
    session.flush()
    return media


def fill(media: MediaFile, data: bytes, content_type: str | None = None) -> None:
    """Put downloaded bytes into a row created before the download (an inbound file)."""
    kind = content_type or media.content_type
    media.path, media.sha256 = write(data, kind)
    media.content_type, media.size = base_type(kind), len(data)


def path_of(media: MediaFile) -> Path | None:
    if not media.path:
        return None
    root = media_dir().resolve()
    target = (root / media.path).resolve()
    if root not in target.parents:  # a path in the database never reaches outside MEDIA_DIR
        return None
    return target


def read(media: MediaFile) -> bytes | None:
    target = path_of(media)
    return target.read_bytes() if target is not None and target.exists() else None


def erase(media: MediaFile) -> None:
    """Delete the bytes; the row stays (counts, history) with no path."""
    target = path_of(media)
    if target is not None:
        target.unlink(missing_ok=True)
    media.path, media.sha256, media.source_url = None, None, None


def send(path: Path | None, content_type: str, missing: str | None = None):
    """The response every media route gives: 404 when the file is not here (not downloaded yet, or
    erased by retention or `woman forget`); otherwise the bytes with Range support (a player seeks
    and learns the duration), never kept by a shared cache."""
    from flask import abort, send_file

    if path is None or not path.is_file():
        abort(404, missing)
    response = send_file(path, mimetype=content_type, conditional=True, etag=False, max_age=0)
    response.headers["Cache-Control"] = "private, no-store"
    return response
