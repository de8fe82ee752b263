"""An HTTP forwarder that can be switched "down" (answers 503), to play a service outage in tests."""
from __future__ import annotations

import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import requests

from tests.support.twilio_mock import free_port


class ToggleProxy:
    def __init__(self, upstream: str) -> None:
        self.upstream = upstream
        self.down = False
        port = free_port()
        self.url = f"http://127.0.0.1:{port}"
        proxy = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, *args) -> None:
                pass

            def _forward(self) -> None:
                length = int(self.headers.get("Content-Length") or 0)
                raw = self.rfile.read(length) if length else None
                if proxy.down:
                    status, body, ctype = 503, b"down for the test", "text/plain"
                else:
                    try:
                        upstream = requests.request(self.command, proxy.upstream + self.path, data=raw,
                                                    headers={"Content-Type": self.headers.get("Content-Type", "")},
                                                    timeout=60)
                        status, body = upstream.status_code, upstream.content
                        ctype = upstream.headers.get("Content-Type", "application/json")
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

    def stop(self) -> None:
        self.server.shutdown()
