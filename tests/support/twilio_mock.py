"""The local Twilio: Prism serving Twilio's own OpenAPI file, behind a small recording proxy.

Prism rejects any request Twilio would reject (422 with the reason, 401 without auth), so a
wrong request fails the test. The proxy records what reached "Twilio", gives each accepted
message a fresh SID (Prism's example response always carries the same one) and can inject
failures (429/503 bursts) for fault tests.
"""
from __future__ import annotations

import base64
import json
import os
import shutil
import subprocess
import threading
import time
import uuid
from collections import deque
from dataclasses import dataclass, field
from email.utils import formatdate
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import parse_qsl, urlencode, urlsplit

import requests

MOCK_DIR = Path(__file__).resolve().parent.parent / "fixtures" / "twilio-mock"
PRISM = MOCK_DIR / "node_modules" / ".bin" / "prism"
SPEC = MOCK_DIR / "twilio_api_v2010.json"
CONTENT_SPEC = MOCK_DIR / "twilio_content_v1.json"  # content.twilio.com: quick replies, lists


@dataclass
class Recorded:
    method: str
    path: str
    form: dict
    status: int
    at: float
    sid: str | None = None  # the SID given to an accepted message
    created: float = 0.0  # wall-clock time, for Twilio's date_created
    arrived: float = 0.0  # monotonic time the request reached the mock (``at`` is after Prism answered)


@dataclass
class TwilioMock:
    url: str
    requests: list[Recorded] = field(default_factory=list)
    # HTTP statuses to answer next, before Prism; (status, retry_after_seconds) adds a Retry-After.
    faults: deque = field(default_factory=deque)
    lock: threading.Lock = field(default_factory=threading.Lock)
    media: "MediaFiles" = field(default_factory=lambda: MediaFiles())

    def add_media(self, content_type: str, data: bytes) -> str:
        """A file a woman "sent": returns the MediaUrl for the inbound post (downloads need auth)."""
        return self.media.add(content_type, data)

    def messages(self) -> list[Recorded]:
        with self.lock:
            return [r for r in self.requests if r.path.endswith("/Messages.json") and r.status == 201]

    def clear(self) -> None:
        with self.lock:
            self.requests.clear()
            self.faults.clear()

    def sent_to(self, number: str) -> list[Recorded]:
        """The messages accepted for one recipient, in the order they reached the mock."""
        return [r for r in self.messages() if r.form.get("To") == number]

    def wait_for(self, number: str, count: int, timeout: float = 30) -> list[Recorded]:
        """Wait until ``number`` has received at least ``count`` messages; return them all."""
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            sent = self.sent_to(number)
            if len(sent) >= count:
                return sent
            time.sleep(0.02)
        raise AssertionError(f"{number[-4:]}: {len(self.sent_to(number))} messages, expected {count}")


class MediaFiles:
    """Files "Twilio" holds for inbound messages (voice notes, photos), served like Twilio does:
    GET /2010-04-01/Accounts/AC…/Messages/MM…/Media/ME… needs the account's basic auth (401
    otherwise) and redirects to the file (/media-files/ME…, no auth, as Twilio's CDN)."""

    def __init__(self) -> None:
        self.files: dict[str, tuple[str, bytes]] = {}
        self.faults: deque = deque()  # statuses to answer next on the authenticated URL
        self.fetches: list[tuple[str, int]] = []  # (path, status) of every request
        self.lock = threading.Lock()

    def add(self, content_type: str, data: bytes, account_sid: str | None = None) -> str:
        """Register a file; returns its Twilio MediaUrl (https://api.twilio.com/…)."""
        account_sid = account_sid or os.environ.get("TWILIO_ACCOUNT_SID", "AC" + "0" * 32)
        media_sid = "ME" + uuid.uuid4().hex
        with self.lock:
            self.files[media_sid] = (content_type, data)
        return (f"https://api.twilio.com/2010-04-01/Accounts/{account_sid}/Messages/MM{uuid.uuid4().hex}"
                f"/Media/{media_sid}")

    def answer(self, path: str, authorization: str | None) -> tuple[int, dict, bytes] | None:
        """(status, headers, body) for a media path, None for any other path."""
        parts = path.split("?")[0].strip("/").split("/")
        if len(parts) == 2 and parts[0] == "media-files":
            found = self.files.get(parts[1])
            result = (200, {"Content-Type": found[0]}, found[1]) if found else (404, {}, b"")
        elif len(parts) == 7 and parts[:2] == ["2010-04-01", "Accounts"] and parts[3] == "Messages" \
                and parts[5] == "Media":
            result = self._authenticated(parts[2], parts[6], authorization)
        else:
            return None
        with self.lock:
            self.fetches.append((path, result[0]))
        return result

    def _authenticated(self, account_sid: str, media_sid: str, authorization: str | None):
        expected = "Basic " + base64.b64encode(
            f"{account_sid}:{os.environ.get('TWILIO_AUTH_TOKEN', '')}".encode()).decode()
        if authorization != expected or account_sid != os.environ.get("TWILIO_ACCOUNT_SID"):
            return 401, {"Content-Type": "application/json", "WWW-Authenticate": 'Basic realm="Twilio API"'}, \
                json.dumps({"code": 20003, "message": "Authenticate", "status": 401}).encode()
        with self.lock:
            fault = self.faults.popleft() if self.faults else None
        if fault:
            return fault, {"Content-Type": "application/json"}, json.dumps({"status": fault}).encode()
        if media_sid not in self.files:
            return 404, {"Content-Type": "application/json"}, json.dumps({"code": 20404, "status": 404}).encode()
        return 307, {"Location": f"/media-files/{media_sid}"}, b""


def _media_handler(files: MediaFiles):
    class Handler(BaseHTTPRequestHandler):
        def log_message(self, *args) -> None:
            pass

        def do_GET(self) -> None:
            status, headers, body = files.answer(self.path, self.headers.get("Authorization")) or (404, {}, b"")
            _send(self, status, headers, body)

    return Handler


def _send(handler: BaseHTTPRequestHandler, status: int, headers: dict, body: bytes) -> None:
    handler.send_response(status)
    for key, value in headers.items():
        handler.send_header(key, value)
    handler.send_header("Content-Length", str(len(body)))
    handler.end_headers()
    handler.wfile.write(body)


class RunningMediaServer:
    """Only the media part of the mock (no Prism): for tests that download what a woman sent."""

    def __init__(self) -> None:
        self.files = MediaFiles()
        self.server = ThreadingHTTPServer(("127.0.0.1", 0), _media_handler(self.files))
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}"
        threading.Thread(target=self.server.serve_forever, daemon=True).start()

    def stop(self) -> None:
        self.server.shutdown()
        self.server.server_close()


def new_message_sid() -> str:
    return "SM" + uuid.uuid4().hex


def new_whatsapp_number() -> str:
    return "whatsapp:+2237" + str(uuid.uuid4().int)[:7]


def _handler(mock: TwilioMock, prism_url: str, content_url: str | None = None):
    class Handler(BaseHTTPRequestHandler):
        def log_message(self, *args) -> None:  # quiet
            pass

        def _forward(self) -> None:
            if self.command == "GET" and (media := mock.media.answer(self.path, self.headers.get("Authorization"))):
                _send(self, *media)
                return
            arrived = time.monotonic()
            length = int(self.headers.get("Content-Length") or 0)
            raw = self.rfile.read(length) if length else b""
            form = dict(parse_qsl(raw.decode("utf-8"), keep_blank_values=True))
            with mock.lock:
                fault = mock.faults.popleft() if mock.faults and self.command == "POST" else None
            sid = None
            if fault:
                fault, retry_after = fault if isinstance(fault, tuple) else (fault, None)
                body, status = json.dumps({"code": 20429 if fault == 429 else 20500,
                                           "message": "injected", "status": fault}).encode(), fault
                headers = {"Retry-After": str(retry_after)} if retry_after is not None else {}
            elif self.command == "GET" and self.path.split("?")[0].endswith("/Messages.json"):
                body, status, headers = _message_list(mock, self.path), 200, {}
            elif self.command == "POST" and (bad := _bad_media_url(raw)) is not None:
                body, status, headers = json.dumps({"code": 21620, "message": f"Invalid media URL: {bad}",
                                                    "status": 400}).encode(), 400, {}
            else:
                # The Content API (/v1/Content…) has its own Prism, on its own spec.
                target = content_url if content_url and self.path.startswith("/v1/Content") else prism_url
                upstream = requests.request(
                    self.command, target + self.path, data=_prism_form(raw),
                    headers={k: v for k, v in self.headers.items() if k.lower() not in ("host", "content-length")},
                    timeout=30,
                )
                status, body, headers = upstream.status_code, upstream.content, {}
                if status == 201 and self.path.endswith("/Messages.json"):
                    data = upstream.json()
                    sid = "SM" + uuid.uuid4().hex
                    data.update(sid=sid, status="queued", to=form.get("To"), body=form.get("Body"),
                                date_created=formatdate(usegmt=True))
                    body = json.dumps(data).encode()
                elif status == 201 and target == content_url:  # a fresh HX SID per template created
                    data = upstream.json()
                    sid = "HX" + uuid.uuid4().hex
                    data.update(sid=sid, url=f"https://content.twilio.com/v1/Content/{sid}")
                    body = json.dumps(data).encode()
            with mock.lock:
                mock.requests.append(Recorded(self.command, self.path, form, status, time.monotonic(), sid,
                                              time.time(), arrived))
            self.send_response(status)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(body)))
            for key, value in headers.items():
                self.send_header(key, value)
            self.end_headers()
            self.wfile.write(body)

        do_GET = do_POST = do_DELETE = _forward

    return Handler


#: Form fields Twilio takes repeated (MediaUrl=a&MediaUrl=b). Prism reads an array only when the
#: field is named "MediaUrl[]" (stoplightio/prism#2473) and then checks nothing inside it: the
#: proxy renames the field for Prism and checks each URL itself, as Twilio does (error 21620).
ARRAY_FIELDS = ("MediaUrl",)


def _prism_form(raw: bytes) -> bytes:
    pairs = parse_qsl(raw.decode("utf-8"), keep_blank_values=True)
    if not any(key in ARRAY_FIELDS for key, _ in pairs):
        return raw
    return urlencode([(key + "[]" if key in ARRAY_FIELDS else key, value) for key, value in pairs]).encode()


def _bad_media_url(raw: bytes) -> str | None:
    """The first MediaUrl Twilio could not fetch (not an absolute http(s) URL), or None."""
    for key, value in parse_qsl(raw.decode("utf-8"), keep_blank_values=True):
        parts = urlsplit(value)
        if key == "MediaUrl" and (parts.scheme not in ("http", "https") or not parts.netloc):
            return value
    return None


def _message_list(mock: TwilioMock, path: str) -> bytes:
    """Twilio's message list (GET …/Messages.json?To=…&From=…), newest first, from what was accepted:
    Prism would answer with a fixed example, and reconciling a lost send needs the real record."""
    query = dict(parse_qsl(path.partition("?")[2]))
    found = [r for r in reversed(mock.messages())
             if all(r.form.get(k) == query[k] for k in ("To", "From") if k in query)]
    messages = [{"sid": r.sid, "to": r.form.get("To"), "from": r.form.get("From"), "body": r.form.get("Body"),
                 "status": "queued", "date_created": formatdate(r.created, usegmt=True)} for r in found]
    return json.dumps({"messages": messages, "page": 0, "page_size": len(messages), "next_page_uri": None,
                       "uri": path}).encode()


def _ephemeral_low() -> int:
    try:
        return int(Path("/proc/sys/net/ipv4/ip_local_port_range").read_text().split()[0])
    except (OSError, ValueError, IndexError):
        return 32768


def free_port() -> int:
    """A free port below the kernel's ephemeral range. A port the kernel hands out for bind(0) comes
    from the range it also uses for the source port of outgoing connections: released, it can be taken
    by any client socket before the service binds it (or before a killed Rasa is restarted on it)."""
    import random
    import socket

    low = min(_ephemeral_low(), 32768)
    for _ in range(500):
        port = random.randint(20000, low - 1)
        with socket.socket() as sock:
            try:
                sock.bind(("127.0.0.1", port))
            except OSError:
                continue
            return port
    raise RuntimeError("no free port below the ephemeral range")


def wait_http(url: str, timeout: float, ok=lambda r: r.status_code < 500) -> None:
    deadline = time.monotonic() + timeout
    last = None
    while time.monotonic() < deadline:
        try:
            response = requests.get(url, timeout=2)
            if ok(response):
                return
            last = response.status_code
        except requests.RequestException as exc:
            last = exc
        time.sleep(0.3)
    raise RuntimeError(f"{url} not ready after {timeout}s ({last})")


class RunningTwilioMock:
    """Start Prism and the recording proxy; ``stop()`` ends both."""

    def __init__(self) -> None:
        if not PRISM.exists():
            raise RuntimeError(f"Prism is not installed: run `npm ci` in {MOCK_DIR} (make test does it)")
        prism_port, proxy_port = free_port(), free_port()
        self.prism = subprocess.Popen(
            [str(PRISM), "mock", "--errors", "-h", "127.0.0.1", "-p", str(prism_port), str(SPEC)],
            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
        )
        prism_url = f"http://127.0.0.1:{prism_port}"
        wait_http(prism_url + "/2010-04-01/Accounts.json", 60, ok=lambda r: r.status_code in (200, 401))
        content_port = free_port()
        self.content_prism = subprocess.Popen(
            [str(PRISM), "mock", "--errors", "-h", "127.0.0.1", "-p", str(content_port), str(CONTENT_SPEC)],
            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
        )
        content_url = f"http://127.0.0.1:{content_port}"
        wait_http(content_url + "/v1/Content", 60, ok=lambda r: r.status_code in (200, 401))
        self.mock = TwilioMock(url=f"http://127.0.0.1:{proxy_port}")
        self.server = ThreadingHTTPServer(("127.0.0.1", proxy_port), _handler(self.mock, prism_url, content_url))
        threading.Thread(target=self.server.serve_forever, daemon=True).start()

    def stop(self) -> None:
        self.server.shutdown()
        self.prism.terminate()
        self.content_prism.terminate()
        self.prism.wait(10)
        self.content_prism.wait(10)


if __name__ == "__main__":  # manual use: python -m tests.support.twilio_mock
    running = RunningTwilioMock()
    print(running.mock.url, flush=True)
    try:
        threading.Event().wait()
    finally:
        running.stop()
