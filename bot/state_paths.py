"""Where the embedded queue, Rasa's SQLite tracker and the media files live: beside the database
they serve.

One database, one queue, one tracker. A shared default path (``instance/queue.db`` for every
``DATABASE_URL``) let a stale task or lock of one database answer, or silence, woman N of another.
Standard library only: the Makefile asks it for Rasa's tracker path before any venv exists
(``python3 -m bot.state_paths tracker``)."""
from __future__ import annotations

import hashlib
import os
import sys
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

DEFAULT_INSTANCE = Path(__file__).resolve().parent.parent / "instance"


def instance_dir() -> Path:
    return Path(os.environ.get("JIGIYA_INSTANCE_DIR") or DEFAULT_INSTANCE)


def database_url(instance: Path | None = None) -> str:
    return os.environ.get("DATABASE_URL") or f"sqlite:///{(instance or instance_dir()) / 'jigiya.db'}"


def beside_database(url: str, kind: str, instance: Path, suffix: str = ".db") -> Path:
    """``<db>.<kind>.db`` next to an SQLite file; for a server database, a file in the instance
    folder named after the database (host, port, name — never the password). ``suffix=""`` names
    a directory (the media of that database)."""
    if url.startswith("sqlite:///") and not url.endswith(":memory:"):
        database = Path(url[len("sqlite:///"):])
        return database.with_name(f"{database.stem}.{kind}{suffix}")
    parts = urlsplit(url)
    where = urlunsplit((parts.scheme, parts.hostname or "", f":{parts.port}" if parts.port else "", "", ""))
    digest = hashlib.sha256(f"{where}{parts.path}".encode()).hexdigest()[:12]
    return instance / f"{kind}-{digest}{suffix}"


def main(argv: list[str]) -> int:
    kinds = {"queue": "QUEUE_PATH", "tracker": "RASA_TRACKER_DB"}
    if len(argv) != 1 or argv[0] not in kinds:
        print("usage: python3 -m bot.state_paths queue|tracker", file=sys.stderr)
        return 2
    explicit = os.environ.get(kinds[argv[0]])
    instance = instance_dir()
    print(explicit or beside_database(database_url(instance), "rasa_tracker" if argv[0] == "tracker" else "queue",
                                      instance))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
