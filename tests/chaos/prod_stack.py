"""The stack in production mode, as docs/deploy.md describes it, on this machine's PostgreSQL and
Redis: the app database behind a TCP proxy that tests can cut ("PostgreSQL restarted"), Rasa's
tracker store on PostgreSQL, Huey on Redis, Rasa's Redis lock store, several Rasa instances behind
a round-robin proxy, several queue workers, gunicorn. Every process is a line of the Procfile.

Databases and Redis numbers are this suite's own (CHAOS_* settings), emptied at start."""
from __future__ import annotations

import os
import subprocess
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlsplit

import psycopg
import redis

from tests.support.toggle_proxy import ToggleProxy
from tests.chaos.tcp_proxy import CuttableTcpProxy
from tests.support.stack import MODEL, PROCFILE, PUBLIC_BASE_URL, ROOT, VENV_BIN, Stack
from tests.support.stack import AUTH_TOKEN
from tests.support.twilio_mock import TwilioMock, free_port, wait_http

POSTGRES = os.environ.get("CHAOS_POSTGRES_URL", "postgresql://postgres@127.0.0.1:5432")
REDIS = os.environ.get("CHAOS_REDIS_URL", "redis://127.0.0.1:6379")


@dataclass
class ProductionStack:
    stack: Stack
    postgres: CuttableTcpProxy
    rasa: ToggleProxy
    rasa_ports: list[int]
    database_url: str  # direct, not through the cuttable proxy
    redis_queue_db: int
    redis_lock_db: int

    def start_rasa(self, index: int) -> None:
        self.stack.start(f"rasa{index}", ["bash", "-c", "exec " + PROCFILE["rasa"]],
                         {"RASA_PORT": str(self.rasa_ports[index])})

    def wait_rasa(self, index: int, timeout: float = 240) -> None:
        wait_http(f"http://127.0.0.1:{self.rasa_ports[index]}/status", timeout,
                  ok=lambda r: r.ok and bool(r.json().get("model_file")))

    def shutdown(self) -> None:
        self.stack.shutdown()
        self.rasa.stop()
        self.postgres.stop()


def _fresh_database(name: str) -> str:
    with psycopg.connect(f"{POSTGRES}/postgres", autocommit=True) as connection:
        connection.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        connection.execute(f'CREATE DATABASE "{name}"')
    return f"{POSTGRES}/{name}"


def services_available() -> str | None:
    """Why the production stack cannot run here, or None."""
    try:
        psycopg.connect(f"{POSTGRES}/postgres", connect_timeout=3).close()
    except psycopg.Error as exc:
        return f"PostgreSQL unreachable at {POSTGRES} ({type(exc).__name__})"
    try:
        redis.Redis.from_url(REDIS, socket_timeout=3).ping()
    except redis.RedisError as exc:
        return f"Redis unreachable at {REDIS} ({type(exc).__name__})"
    if not MODEL.exists():
        return f"no trained model at {MODEL} (make train)"
    return None


def start_production_stack(twilio: TwilioMock, *, rasa_instances: int = 2, workers: int = 2,
                           prefix: str = "jigiya_chaos", redis_queue_db: int = 7, redis_lock_db: int = 8,
                           extra_env: dict | None = None) -> ProductionStack:
    app_url = _fresh_database(prefix)
    tracker_url = _fresh_database(f"{prefix}_rasa")
    for db_number in (redis_queue_db, redis_lock_db):
        redis.Redis.from_url(f"{REDIS}/{db_number}").flushdb()
    pg = urlsplit(POSTGRES)
    postgres = CuttableTcpProxy(pg.hostname or "127.0.0.1", pg.port or 5432)
    proxied_url = f"postgresql://{pg.username or 'postgres'}" + (f":{pg.password}" if pg.password else "") \
        + f"@127.0.0.1:{postgres.port}/{prefix}"
    rasa_ports = [free_port() for _ in range(rasa_instances)]
    balancer = ToggleProxy([f"http://127.0.0.1:{port}" for port in rasa_ports])
    redis_host = urlsplit(REDIS)
    instance = Path(tempfile.mkdtemp(prefix="jigiya-prod-"))
    web_port, action_port = free_port(), free_port()
    env = {
        **os.environ,
        "JIGIYA_ENV": "production", "SECRET_KEY": "chaos-secret", "JIGIYA_INSTANCE_DIR": str(instance),
        "PYTHONPATH": str(ROOT),
        "DATABASE_URL": proxied_url,
        "REDIS_URL": f"{REDIS}/{redis_queue_db}",
        "RASA_TRACKER_URL": tracker_url, "RASA_TRACKER_DB": str(instance / "unused.db"),
        "RASA_LOCK_STORE": "redis", "RASA_LOCK_STORE_HOST": redis_host.hostname or "127.0.0.1",
        "RASA_LOCK_STORE_PORT": str(redis_host.port or 6379), "RASA_LOCK_STORE_DB": str(redis_lock_db),
        "RASA_LOCK_STORE_PASSWORD": redis_host.password or "",
        "TWILIO_ACCOUNT_SID": "AC" + "0" * 32, "TWILIO_AUTH_TOKEN": AUTH_TOKEN,
        "TWILIO_WHATSAPP_FROM": "whatsapp:+14155238886", "TWILIO_API_URL": twilio.url,
        "PUBLIC_BASE_URL": PUBLIC_BASE_URL, "TWILIO_STATUS_CALLBACK": "1",
        "RASA_URL": balancer.url,
        "PORT": str(web_port), "ACTION_PORT": str(action_port),
        "ACTION_ENDPOINT_URL": f"http://127.0.0.1:{action_port}/webhook",
        "RASA_TELEMETRY_ENABLED": "false", "TF_CPP_MIN_LOG_LEVEL": "2", "SANIC_HOST": "127.0.0.1",
        **(extra_env or {}),
    }
    env.pop("RATELIMIT_STORAGE_URI", None)
    stack = Stack(web_url=f"http://127.0.0.1:{web_port}", rasa=balancer, twilio=twilio, env=env, instance=instance)
    production = ProductionStack(stack, postgres, balancer, rasa_ports, f"{POSTGRES}/{prefix}",
                                 redis_queue_db, redis_lock_db)
    try:
        subprocess.run([str(VENV_BIN / "flask"), "--app", "webhook", "db", "upgrade"], cwd=ROOT, env=env,
                       check=True, capture_output=True)
        for index in range(rasa_instances):
            production.start_rasa(index)
        stack.start_process("actions")
        for index in range(workers):
            stack.start(f"worker{index}", ["bash", "-c", "exec " + PROCFILE["worker"]])
        stack.start_process("web")
        wait_http(f"http://127.0.0.1:{action_port}/health", 60, ok=lambda r: r.ok)
        for index in range(rasa_instances):
            production.wait_rasa(index)
        wait_http(f"{stack.web_url}/healthz", 60, ok=lambda r: r.status_code == 200)
    except BaseException:
        for name in stack.processes:
            print(f"--- {name} log ---\n{stack.log_text(name)[-3000:]}", file=sys.stderr)
        production.shutdown()
        raise
    return production
