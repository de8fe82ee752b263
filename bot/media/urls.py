"""Signed, expiring links to a midwife's recorded answer or a recorded piece of content.

Twilio fetches a WhatsApp message's MediaUrl itself, without our credentials, so the file is served
on a public route; the token (signed with SECRET_KEY by itsdangerous) names the file and when the
link expires, so a link cannot be guessed, altered or reused after MEDIA_URL_TTL_MINUTES. Only
files made to be sent are served this way: a woman's own voice note never is."""
from __future__ import annotations

from datetime import datetime, timedelta, timezone

from flask import Blueprint, abort
from itsdangerous import BadSignature, URLSafeSerializer

from bot.config import get_settings
from bot.db import session_scope
from bot.media import store
from bot.models import MediaFile
from bot.models.base import utcnow

#: What may leave through a public link: a midwife's answer, a recorded version of our content.
SHAREABLE_KINDS = frozenset({"reply", "recording"})
SALT = "jigiya.media-url"

bp = Blueprint("media", __name__)


def _serializer() -> URLSafeSerializer:
    return URLSafeSerializer(get_settings().secret_key, salt=SALT)


def signed_url(media: MediaFile, now: datetime | None = None) -> str:
    """``{PUBLIC_BASE_URL}/media/<token>``, valid for media_url_ttl_minutes from ``now``."""
    if media.kind not in SHAREABLE_KINDS:
        raise ValueError(f"media {media.id} ({media.kind}) is never served publicly")
    settings = get_settings()
    expires = (now or utcnow()) + timedelta(minutes=settings.media_url_ttl_minutes)
    token = _serializer().dumps({"m": media.id, "e": int(expires.timestamp())})
    return f"{settings.public_base_url}/media/{token}"


def verify(token: str, now: datetime | None = None) -> int:
    """The media id a token names. Raises PermissionError with the reason (tampered, expired)."""
    try:
        payload = _serializer().loads(token)
        media_id, expires = int(payload["m"]), int(payload["e"])
    except (BadSignature, KeyError, TypeError, ValueError) as exc:
        raise PermissionError("this link is not one of ours (bad signature)") from exc
    if (now or utcnow()) >= datetime.fromtimestamp(expires, tz=timezone.utc):
        raise PermissionError("this link has expired")
    return media_id


@bp.get("/media/<token>")
def media_file(token: str):
    """The file a signed link names, with its content type (Twilio downloads it to deliver it)."""
    try:
        media_id = verify(token)
    except PermissionError as exc:
        abort(403, str(exc))
    with session_scope() as session:
        media = session.get(MediaFile, media_id)
        if media is None or media.kind not in SHAREABLE_KINDS:
            abort(404, "no such file")
        path, content_type = store.path_of(media), media.content_type
    return store.send(path, content_type, missing="this file was erased")  # private: the link is the secret
