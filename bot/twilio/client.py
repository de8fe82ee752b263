"""Outbound calls to Twilio's Messages API.

``TWILIO_API_URL`` points the official client somewhere else (a local mock in tests
and benchmarks): the client still builds Twilio's own URLs and request bodies, and
only the scheme+host is swapped just before the request leaves.
"""
from __future__ import annotations

import json
import logging
import threading
from dataclasses import dataclass
from functools import lru_cache

from twilio.base.exceptions import TwilioRestException
from twilio.http.http_client import TwilioHttpClient
from twilio.rest import Client

from bot.config import get_settings

TWILIO_ORIGIN = "https://api.twilio.com"
CONTENT_ORIGIN = "https://content.twilio.com"  # Content API (TWILIO_CONTENT_API_URL)
#: Twilio's codes for a recipient no retry can reach: 21610 she blocked our number (or sent STOP to
#: Twilio itself), 63024 the number is not a WhatsApp user.
UNREACHABLE_CODES = frozenset({"21610", "63024"})
# The twilio library logs request parameters (the woman's number) at INFO.
logging.getLogger("twilio.http_client").setLevel(logging.WARNING)


class RebasedHttpClient(TwilioHttpClient):
    def __init__(self, origin: str, timeout: float = 15.0, content_origin: str = CONTENT_ORIGIN) -> None:
        super().__init__(timeout=timeout)
        self.origin = origin.rstrip("/")
        self.content_origin = content_origin.rstrip("/")

    def request(self, method, url, *args, **kwargs):
        if url.startswith(TWILIO_ORIGIN):
            url = self.origin + url[len(TWILIO_ORIGIN):]
        elif url.startswith(CONTENT_ORIGIN):
            url = self.content_origin + url[len(CONTENT_ORIGIN):]
        response = super().request(method, url, *args, **kwargs)
        # TwilioRestException drops the headers; Retry-After is kept per thread for send_whatsapp.
        _last.retry_after = _retry_after(response.headers.get("Retry-After") if response.headers else None)
        return response


_last = threading.local()


def _retry_after(value: str | None) -> float | None:
    try:
        return max(0.0, float(value)) if value else None
    except ValueError:  # the HTTP-date form: fall back to our own backoff
        return None


@dataclass(frozen=True)
class SendResult:
    sid: str | None
    status: str
    error_code: str | None = None


class TemporaryTwilioError(Exception):
    """Twilio (or the network) failed in a way that a later retry can fix: 429, 5xx, timeouts."""

    def __init__(self, message: str, retry_after: float | None = None) -> None:
        super().__init__(message)
        self.retry_after = retry_after


@lru_cache(maxsize=4)
def _client(sid: str, token: str, origin: str, content_origin: str = CONTENT_ORIGIN) -> Client:
    return Client(sid, token, http_client=RebasedHttpClient(origin, content_origin=content_origin))


def content_client() -> Client:
    """The client for the Content API (``client.content.v1``), rebased like the Messages API."""
    settings = get_settings()
    return _client(settings.twilio_account_sid, settings.twilio_auth_token, settings.twilio_api_url,
                   settings.twilio_content_api_url)


def send_whatsapp(to: str, body: str | None = None, *, content_sid: str | None = None,
                  content_variables: dict[str, str] | None = None, media_url: str | None = None) -> SendResult:
    """Send one WhatsApp text, or an approved template (Content API ``ContentSid`` +
    ``ContentVariables``) — the only kind WhatsApp accepts outside the 24-hour window.
    ``media_url`` (a signed link of ours, bot.media.urls) goes as the message's ``MediaUrl``:
    Twilio downloads the voice note from it. A permanent refusal comes back as status ``failed``
    with Twilio's code."""
    settings = get_settings()
    client = _client(settings.twilio_account_sid, settings.twilio_auth_token, settings.twilio_api_url)
    kwargs: dict = {"to": to, "from_": settings.twilio_whatsapp_from}
    if content_sid:
        kwargs["content_sid"] = content_sid
        kwargs["content_variables"] = json.dumps(content_variables or {}, ensure_ascii=False)
    else:
        kwargs["body"] = body or ""
        if media_url:
            kwargs["media_url"] = [media_url]
    if settings.twilio_status_callback:
        kwargs["status_callback"] = f"{settings.public_base_url}/twilio/status"
    try:
        message = client.messages.create(**kwargs)
    except TwilioRestException as exc:
        if exc.status == 429 or exc.status >= 500:
            raise TemporaryTwilioError(f"Twilio answered {exc.status}",
                                       retry_after=getattr(_last, "retry_after", None)) from exc
        return SendResult(sid=None, status="failed", error_code=str(exc.code or exc.status))
    except OSError as exc:  # connection refused, timeouts (requests' errors subclass OSError)
        raise TemporaryTwilioError(f"Twilio unreachable: {type(exc).__name__}") from exc
    return SendResult(sid=message.sid, status=message.status or "queued")
