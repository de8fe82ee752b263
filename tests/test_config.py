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
