"""Settings, read once from the environment.

The embedded default (no settings at all) runs everything on loopback with SQLite
files under ``instance/``. Production sets DATABASE_URL, REDIS_URL, the Twilio
credentials and SECRET_KEY; a production run without SECRET_KEY fails at start.
"""
from __future__ import annotations

import os
import secrets
from dataclasses import dataclass
from pathlib import Path

from bot.state_paths import beside_database, database_url

PROJECT_ROOT = Path(__file__).resolve().parent.parent
DEFAULT_INSTANCE = PROJECT_ROOT / "instance"


def _env(name: str, default: str = "") -> str:
    return os.environ.get(name, default).strip()


def _embedded_secret(instance: Path) -> str:
    """Embedded mode: one random key kept in the instance folder, shared by every process
    (gunicorn's workers must agree on it, or a form posted to another worker fails CSRF)."""
    path = instance / "secret_key"
    instance.mkdir(parents=True, exist_ok=True)
    try:
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    except FileExistsError:
        return path.read_text().strip()
    with os.fdopen(fd, "w") as handle:
        handle.write(secrets.token_hex(32))
    return path.read_text().strip()


def _retention_days() -> int:
    raw = _env("RETENTION_DAYS", "365")
    try:
        days = int(raw)
    except ValueError:
        raise RuntimeError(f"RETENTION_DAYS must be a whole number of days (0 = keep), got {raw!r}") from None
    if days < 0:
        raise RuntimeError(f"RETENTION_DAYS must be 0 or more, got {days}")
    return days


def _flag(name: str, default: bool) -> bool:
    raw = _env(name).lower()
    if raw == "":
        return default
    if raw not in ("1", "0", "true", "false", "yes", "no", "on", "off"):
        raise RuntimeError(f"{name} must be 1 or 0, got {raw!r}")
    return raw in ("1", "true", "yes", "on")


def _positive_int(name: str, default: int) -> int:
    raw = _env(name, str(default))
    if not raw.isdigit() or int(raw) == 0:
        raise RuntimeError(f"{name} must be a whole number above 0, got {raw!r}")
    return int(raw)


def _trusted_proxies() -> int:
    raw = _env("TRUSTED_PROXIES", "0")
    if not raw.isdigit():
        raise RuntimeError(f"TRUSTED_PROXIES must be the number of reverse proxies in front of the app "
                           f"(0, 1, …), got {raw!r}")
    return int(raw)


def _simulator(env: str) -> dict:
    """SIMULATOR_ENABLED: unset = on only in the embedded default (no Twilio credentials, not
    production), where anyone on the machine may use it; 1 = on, for signed-in staff only (unless
    that embedded default); 0 = off."""
    raw = _env("SIMULATOR_ENABLED").lower()
    if raw not in ("", "0", "1", "true", "false", "yes", "no", "on", "off"):
        raise RuntimeError(f"SIMULATOR_ENABLED must be 1 or 0, got {raw!r}")
    embedded = env != "production" and not (
        _env("TWILIO_ACCOUNT_SID") or _env("TWILIO_AUTH_TOKEN") or _env("TWILIO_WHATSAPP_FROM"))
    enabled = embedded if raw == "" else raw in ("1", "true", "yes", "on")
    return {"simulator_enabled": enabled, "simulator_open": enabled and embedded,
            "simulator_rate_limit": _env("SIMULATOR_RATE_LIMIT") or "30/minute"}


@dataclass(frozen=True)
class Settings:
    instance_dir: Path
    database_url: str
    redis_url: str
    queue_path: Path
    rasa_url: str
    rasa_timeout: float
    twilio_account_sid: str
    twilio_auth_token: str
    twilio_whatsapp_from: str
    twilio_api_url: str
    twilio_status_callback: bool
    public_base_url: str
    secret_key: str
    env: str
    # Rasa's tracker store as an SQLAlchemy URL: what `flask woman forget` and the retention
    # purge erase in (Rasa keeps her conversation there under her public_id).
    rasa_tracker_url: str = ""
    # Conversation text older than this many days is erased (counts kept); 0 keeps it forever.
    retention_days: int = 365
    # /simulator: served at all, and to anyone (only the embedded default) or to signed-in staff.
    simulator_enabled: bool = False
    simulator_open: bool = False
    simulator_rate_limit: str = "30/minute"
    # Reverse proxies in front of the app whose X-Forwarded-For/-Proto are believed (ProxyFix).
    trusted_proxies: int = 0
    # Rasa's --auth-token, sent as ?token= on its HTTP API; the action server's own token
    # (bot/action_server.py checks it; Rasa sends it from ACTION_ENDPOINT_URL).
    rasa_auth_token: str = ""
    action_server_token: str = ""
    # Issue 16: an FAQ answer nobody has reviewed yet (a draft) is sent as it is (True, the default
    # while the midwives review the catalog; the review and overview pages count the drafts), or
    # the question goes to a midwife instead (False).
    content_send_drafts: bool = True
    # Voice notes, pictures and recordings (bot.media): where the bytes live, the largest file
    # accepted (WhatsApp's own limit is 16 MB), and how long a signed media URL stays valid.
    media_dir: Path = DEFAULT_INSTANCE / "jigiya.media"
    media_max_bytes: int = 16 * 1024 * 1024
    media_url_ttl_minutes: int = 60
    # Where the Twilio client reaches the Content API (quick replies, lists): the mock in tests.
    twilio_content_api_url: str = "https://content.twilio.com"

    @property
    def twilio_enabled(self) -> bool:
        """With no credentials, replies are stored and shown in the simulator only."""
        return bool(self.twilio_account_sid and self.twilio_auth_token and self.twilio_whatsapp_from)

    @classmethod
    def from_env(cls) -> "Settings":
        instance = Path(_env("JIGIYA_INSTANCE_DIR") or DEFAULT_INSTANCE)
        env = _env("JIGIYA_ENV", "development")
        secret = _env("SECRET_KEY")
        if not secret:
            if env == "production":
                raise RuntimeError("SECRET_KEY must be set in production (JIGIYA_ENV=production)")
            secret = _embedded_secret(instance)
        return cls(
            instance_dir=instance,
            database_url=database_url(instance),
            redis_url=_env("REDIS_URL"),
            queue_path=Path(_env("QUEUE_PATH") or beside_database(database_url(instance), "queue", instance)),
            rasa_url=(_env("RASA_URL") or f"http://127.0.0.1:{_env('RASA_PORT', '5005')}").rstrip("/"),
            rasa_timeout=float(_env("RASA_TIMEOUT", "10")),
            twilio_account_sid=_env("TWILIO_ACCOUNT_SID"),
            twilio_auth_token=_env("TWILIO_AUTH_TOKEN"),
            twilio_whatsapp_from=_env("TWILIO_WHATSAPP_FROM"),
            twilio_api_url=(_env("TWILIO_API_URL") or "https://api.twilio.com").rstrip("/"),
            twilio_status_callback=_env("TWILIO_STATUS_CALLBACK", "1") != "0",
            public_base_url=(_env("PUBLIC_BASE_URL") or f"http://127.0.0.1:{_env('PORT', '5000')}").rstrip("/"),
            secret_key=secret,
            env=env,
            rasa_tracker_url=_env("RASA_TRACKER_URL")
            or f"sqlite:///{_env('RASA_TRACKER_DB') or beside_database(database_url(instance), 'rasa_tracker', instance)}",
            retention_days=_retention_days(),
            **_simulator(env),
            trusted_proxies=_trusted_proxies(),
            rasa_auth_token=_env("RASA_AUTH_TOKEN"),
            action_server_token=_env("ACTION_SERVER_TOKEN"),
            content_send_drafts=_flag("CONTENT_SEND_DRAFTS", True),
            media_dir=Path(_env("MEDIA_DIR") or beside_database(database_url(instance), "media", instance, suffix="")),
            media_max_bytes=_positive_int("MEDIA_MAX_BYTES", 16 * 1024 * 1024),
            media_url_ttl_minutes=_positive_int("MEDIA_URL_TTL_MINUTES", 60),
            twilio_content_api_url=(_env("TWILIO_CONTENT_API_URL") or "https://content.twilio.com").rstrip("/"),
        )


_settings: Settings | None = None


def get_settings() -> Settings:
    global _settings
    if _settings is None:
        _settings = Settings.from_env()
    return _settings


def reset_settings() -> None:
    """Forget cached settings (tests change the environment)."""
    global _settings
    _settings = None
