"""The whole system as separate processes, as `make run` starts it: Rasa with the trained model,
the action server, the queue worker and the web app, each with its own ports, a private
instance directory (database, queue) and the Twilio mock as TWILIO_API_URL."""
from __future__ import annotations

import os
import signal
import subprocess
import sys
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

import requests
from twilio.request_validator import RequestValidator

from tests.support.toggle_proxy import ToggleProxy
from tests.support.twilio_mock import TwilioMock, free_port, wait_http

ROOT = Path(__file__).resolve().parent.parent.parent
MODEL = ROOT / "models" / "jigiya.tar.gz"
VENV_BIN = Path(sys.executable).parent

PROCFILE = dict(
    line.split(": ", 1) for line in (ROOT / "Procfile").read_text().splitlines()
    if line.strip() and not line.startswith("#")
)
AUTH_TOKEN = "stack-auth-token"
# The stack has Twilio credentials, so its simulator is for signed-in staff only (SIMULATOR_ENABLED=1).
STAFF_USER, STAFF_PASSWORD = "stack-admin", "stack-admin-password"
RASA_AUTH_TOKEN, ACTION_SERVER_TOKEN = "stack-rasa-token", "stack-action-token"
PUBLIC_BASE_URL = "https://jigiya.example.org"


@dataclass
class Stack:
    web_url: str
    rasa: ToggleProxy
    twilio: TwilioMock
    env: dict
    instance: Path
    processes: dict = field(default_factory=dict)
    logs: dict = field(default_factory=dict)

    def post_whatsapp(self, form: dict, signed: bool = True) -> requests.Response:
        signature = RequestValidator(AUTH_TOKEN).compute_signature(f"{PUBLIC_BASE_URL}/twilio/whatsapp", form)
        headers = {"X-Twilio-Signature": signature} if signed else {}
        return requests.post(f"{self.web_url}/twilio/whatsapp", data=form, headers=headers, timeout=10)

    def start(self, name: str, command: list[str], extra_env: dict | None = None) -> None:
        log = open(self.instance / f"{name}.log", "ab")
        self.logs[name] = log
        self.processes[name] = subprocess.Popen(
            command, cwd=ROOT, env={**self.env, **(extra_env or {})}, stdout=log, stderr=subprocess.STDOUT,
            start_new_session=True,
        )

    def stop(self, name: str, sig: int = signal.SIGTERM) -> None:
        process = self.processes.pop(name, None)
        if process and process.poll() is None:
            os.killpg(process.pid, sig)
            try:
                process.wait(20)
            except subprocess.TimeoutExpired:
                os.killpg(process.pid, signal.SIGKILL)
                process.wait(10)

    def start_process(self, name: str) -> None:
        """Start one line of the Procfile, exactly as `make run` does."""
        self.start(name, ["bash", "-c", "exec " + PROCFILE[name]])

    def log_text(self, name: str) -> str:
        return (self.instance / f"{name}.log").read_text(errors="replace")

    def shutdown(self) -> None:
        for name in list(self.processes):
            self.stop(name)
        self.rasa.stop()
        for log in self.logs.values():
            log.close()


def start_stack(twilio: TwilioMock) -> Stack:
    if not MODEL.exists():
        raise RuntimeError(f"No trained model at {MODEL}: run `make train` (make test does it).")
    instance = Path(tempfile.mkdtemp(prefix="jigiya-stack-"))
    web_port, rasa_port, action_port = free_port(), free_port(), free_port()
    rasa_proxy = ToggleProxy(f"http://127.0.0.1:{rasa_port}")
    env = {
        **{k: v for k, v in os.environ.items() if k not in ("DATABASE_URL", "REDIS_URL")},
        "JIGIYA_INSTANCE_DIR": str(instance),
        "PYTHONPATH": str(ROOT),
        "SECRET_KEY": "stack-secret",
        "TWILIO_ACCOUNT_SID": "AC" + "0" * 32,
        "TWILIO_AUTH_TOKEN": AUTH_TOKEN,
        "TWILIO_WHATSAPP_FROM": "whatsapp:+14155238886",
        "TWILIO_API_URL": twilio.url,
        "PUBLIC_BASE_URL": PUBLIC_BASE_URL,
        "TWILIO_STATUS_CALLBACK": "1",
        "SIMULATOR_ENABLED": "1",
        # The worker reaches Rasa through a proxy the tests can switch off ("Rasa down").
        "RASA_URL": rasa_proxy.url,
        "PORT": str(web_port), "RASA_PORT": str(rasa_port), "ACTION_PORT": str(action_port),
        # Rasa and the action server each want their token, as in production (docs/deploy.md).
        "ACTION_ENDPOINT_URL": f"http://127.0.0.1:{action_port}/webhook?token={ACTION_SERVER_TOKEN}",
        "ACTION_SERVER_TOKEN": ACTION_SERVER_TOKEN, "RASA_AUTH_TOKEN": RASA_AUTH_TOKEN,
        "RASA_TRACKER_DB": str(instance / "rasa_tracker.db"),
        # endpoints.yml's production settings, embedded defaults (Rasa refuses unset variables).
        "RASA_TRACKER_URL": "", "RASA_LOCK_STORE": "in_memory", "RASA_LOCK_STORE_HOST": "127.0.0.1",
        "RASA_LOCK_STORE_PORT": "6379", "RASA_LOCK_STORE_DB": "1", "RASA_LOCK_STORE_PASSWORD": "",
        "RASA_TELEMETRY_ENABLED": "false", "TF_CPP_MIN_LOG_LEVEL": "2", "SANIC_HOST": "127.0.0.1",
    }
    stack = Stack(web_url=f"http://127.0.0.1:{web_port}", rasa=rasa_proxy, twilio=twilio, env=env,
                  instance=instance)
    try:
        subprocess.run([str(VENV_BIN / "flask"), "--app", "webhook", "db", "upgrade"], cwd=ROOT, env=env,
                       check=True, capture_output=True)
        subprocess.run([str(VENV_BIN / "flask"), "--app", "webhook", "staff", "create", "--role", "admin",
                        "--name", "Stack", "--username", STAFF_USER], cwd=ROOT, env=env, check=True,
                       capture_output=True, input=f"{STAFF_PASSWORD}\n{STAFF_PASSWORD}\n", text=True)
        for name in PROCFILE:
            stack.start_process(name)
        wait_http(f"http://127.0.0.1:{action_port}/health", 60, ok=lambda r: r.ok)
        wait_http(f"http://127.0.0.1:{rasa_port}/status?token={RASA_AUTH_TOKEN}", 180,
                  ok=lambda r: r.ok and bool(r.json().get("model_file")))
        wait_http(f"{stack.web_url}/healthz", 60, ok=lambda r: r.status_code == 200)
    except BaseException:
        for name in stack.processes:
            print(f"--- {name} log ---\n{stack.log_text(name)[-3000:]}", file=sys.stderr)
        stack.shutdown()
        raise
    return stack
