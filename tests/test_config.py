"""Settings from the environment."""
import pytest

from bot.config import Settings


def test_embedded_mode_shares_one_generated_secret_between_processes(tmp_path, monkeypatch):
    monkeypatch.delenv("SECRET_KEY", raising=False)
    monkeypatch.setenv("JIGIYA_INSTANCE_DIR", str(tmp_path))
    first, second = Settings.from_env(), Settings.from_env()
    assert len(first.secret_key) == 64 and first.secret_key == second.secret_key
    assert (tmp_path / "secret_key").stat().st_mode & 0o777 == 0o600


def test_production_refuses_to_start_without_a_secret_key(tmp_path, monkeypatch):
    monkeypatch.delenv("SECRET_KEY", raising=False)
    monkeypatch.setenv("JIGIYA_ENV", "production")
    with pytest.raises(RuntimeError, match="SECRET_KEY"):
        Settings.from_env()


def test_queue_tracker_and_media_live_beside_the_database_they_serve(tmp_path, monkeypatch):
    """Two databases never share a queue, a tracker or a media folder (a stale task of one silenced
    the next; a forgotten woman's voice notes must go with her database)."""
    from bot.state_paths import beside_database

    one = beside_database(f"sqlite:///{tmp_path}/a/jigiya.db", "queue", tmp_path)
    assert one == tmp_path / "a" / "jigiya.queue.db"
    assert beside_database(f"sqlite:///{tmp_path}/b/jigiya.db", "queue", tmp_path) != one
    pg = beside_database("postgresql://app:secret@db.internal:5432/jigiya", "queue", tmp_path)
    other = beside_database("postgresql://app:secret@db.internal:5432/jigiya_test", "queue", tmp_path)
    assert pg.parent == tmp_path and pg != other and "secret" not in str(pg)
    assert pg == beside_database("postgresql://app:rotated@db.internal:5432/jigiya", "queue", tmp_path)
    monkeypatch.setenv("DATABASE_URL", f"sqlite:///{tmp_path}/c/jigiya.db")
    monkeypatch.delenv("QUEUE_PATH", raising=False)
    monkeypatch.delenv("RASA_TRACKER_DB", raising=False)
    monkeypatch.delenv("RASA_TRACKER_URL", raising=False)
    monkeypatch.delenv("MEDIA_DIR", raising=False)
    from bot.config import Settings

    settings = Settings.from_env()
    assert settings.queue_path == tmp_path / "c" / "jigiya.queue.db"
    assert settings.media_dir == tmp_path / "c" / "jigiya.media"
    monkeypatch.setenv("DATABASE_URL", "postgresql://app:secret@db.internal:5432/jigiya")
    media = Settings.from_env().media_dir
    assert media.name.startswith("media-") and "secret" not in str(media)
    monkeypatch.setenv("DATABASE_URL", f"sqlite:///{tmp_path}/c/jigiya.db")
    assert settings.rasa_tracker_url == f"sqlite:///{tmp_path}/c/jigiya.rasa_tracker.db"
    import subprocess
    import sys

    printed = subprocess.run([sys.executable, "-m", "bot.state_paths", "tracker"], capture_output=True, text=True,
                             env={"DATABASE_URL": f"sqlite:///{tmp_path}/c/jigiya.db", "PATH": "/usr/bin:/bin"},
                             cwd=str(__import__("pathlib").Path(__file__).resolve().parent.parent))
    assert printed.stdout.strip() == f"{tmp_path}/c/jigiya.rasa_tracker.db"
