"""An HTTP forwarder in front of one service or several (round-robin, as a load balancer would).
It can be switched "down" (answers 503) to play an outage, and counts the Rasa webhook calls each
upstream served (the two-Rasa chaos test checks both took a share)."""
from __future__ import annotations

import itertools
import threading
from collections import Counter
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import requests

from tests.support.twilio_mock import free_port


class ToggleProxy:
    def __init__(self, upstreams: str | list[str]) -> None:
        self.upstreams = [upstreams] if isinstance(upstreams, str) else list(upstreams)
        self.down = False
        # stall(): Rasa hangs — webhook calls wait, counted in ``stalled``, and are answered 504
        # (never forwarded) on unstall(), as a gateway would once its client is gone.
        self.stalled = 0
        self._flowing = threading.Event()
        self._flowing.set()
        self.served: Counter = Counter()
        self._next = itertools.cycle(self.upstreams)
        self._lock = threading.Lock()
        port = free_port()
        self.url = f"http://127.0.0.1:{port}"
        proxy = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, *args) -> None:
                pass

            def _forward(self) -> None:
                length = int(self.headers.get("Content-Length") or 0)
                raw = self.rfile.read(length) if length else None
                if self.path.startswith("/webhooks/") and not proxy._flowing.is_set():
                    with proxy._lock:
                        proxy.stalled += 1
                    proxy._flowing.wait(300)
                    status, body, ctype = 504, b"stalled for the test", "text/plain"
                elif proxy.down:
                    status, body, ctype = 503, b"down for the test", "text/plain"
                else:
                    with proxy._lock:
                        upstream = next(proxy._next)
                    try:
                        answer = requests.request(self.command, upstream + self.path, data=raw,
                                                  headers={"Content-Type": self.headers.get("Content-Type", "")},
                                                  timeout=60)
                        status, body = answer.status_code, answer.content
                        ctype = answer.headers.get("Content-Type", "application/json")
                        if self.path.startswith("/webhooks/"):
                            proxy.served[upstream] += 1
                    except requests.RequestException:
                        status, body, ctype = 502, b"upstream unreachable", "text/plain"
                self.send_response(status)
                self.send_header("Content-Type", ctype)
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

            do_GET = do_POST = _forward

        self.server = ThreadingHTTPServer(("127.0.0.1", port), Handler)
        threading.Thread(target=self.server.serve_forever, daemon=True).start()

    def stall(self) -> None:
        self.stalled = 0
        self._flowing.clear()

    def unstall(self) -> None:
        self._flowing.set()

    def stop(self) -> None:
        self.unstall()
        self.server.shutdown()
