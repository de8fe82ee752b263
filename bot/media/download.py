"""Fetch a file a woman sent from Twilio: her voice note or photo stays on Twilio until we take it.

Twilio's MediaUrl (https://api.twilio.com/2010-04-01/Accounts/AC…/Messages/MM…/Media/ME…) needs the
account's credentials (HTTP basic auth) and answers with a redirect to the file itself; requests
drops the Authorization header when the redirect leaves the host, as the file's host expects.
Like bot.twilio.client, only the scheme+host is swapped for TWILIO_API_URL (the mock in tests)."""
from __future__ import annotations

import requests
from requests.adapters import HTTPAdapter
from urllib3.util.retry import Retry

from bot.config import get_settings
from bot.media.store import MediaRejected, base_type, check
from bot.twilio.client import TWILIO_ORIGIN

CHUNK = 64 * 1024
#: 5xx and 429 are retried (with Retry-After when given), as are connection errors and timeouts.
RETRY = Retry(total=3, connect=3, read=3, status=3, backoff_factor=0.5, allowed_methods=frozenset({"GET"}),
              status_forcelist=(429, 500, 502, 503, 504), respect_retry_after_header=True,
              raise_on_status=False)
TIMEOUT = (5, 30)  # seconds to connect, seconds between bytes


class DownloadFailed(Exception):
    """The file could not be fetched (after the retries) or is not one we keep: the reason is
    short and shown to the midwife. ``temporary``: Twilio or the network failed (5xx, 429,
    timeout), so a later try may work; a refusal (401, 404) or a file we do not keep will not."""

    def __init__(self, reason: str, temporary: bool = False) -> None:
        super().__init__(reason)
        self.temporary = temporary


def rebased(url: str) -> str:
    origin = get_settings().twilio_api_url.rstrip("/")
    if url.startswith(TWILIO_ORIGIN):
        return origin + url[len(TWILIO_ORIGIN):]
    return url


def _session() -> requests.Session:
    settings = get_settings()
    session = requests.Session()
    session.auth = (settings.twilio_account_sid, settings.twilio_auth_token)
    adapter = HTTPAdapter(max_retries=RETRY)
    session.mount("http://", adapter)
    session.mount("https://", adapter)
    return session


def download(url: str) -> tuple[bytes, str]:
    """The bytes and content type at ``url``. Raises DownloadFailed."""
    if not url.startswith(("https://", "http://")):
        raise DownloadFailed("no media URL")
    limit = get_settings().media_max_bytes
    try:
        with _session() as session, session.get(rebased(url), stream=True, timeout=TIMEOUT) as response:
            if response.status_code in (401, 403):
                raise DownloadFailed(f"refused by Twilio (HTTP {response.status_code}): check the account credentials")
            if response.status_code != 200:
                raise DownloadFailed(f"HTTP {response.status_code} from Twilio",
                                     temporary=response.status_code in RETRY.status_forcelist)
            content_type = base_type(response.headers.get("Content-Type", ""))
            declared = response.headers.get("Content-Length")
            check(content_type, int(declared) if declared and declared.isdigit() else 1)
            data = bytearray()
            for chunk in response.iter_content(CHUNK):
                data += chunk
                if len(data) > limit:  # stop reading: a lying or missing Content-Length costs us nothing
                    break
            check(content_type, len(data))
            return bytes(data), content_type
    except MediaRejected as exc:
        raise DownloadFailed(str(exc)) from None
    except requests.RequestException as exc:  # retries spent: RetryError, ConnectionError, Timeout
        raise DownloadFailed(f"{type(exc).__name__} after retries", temporary=True) from None
