"""The conversation stories in tests/rasa, run by Rasa itself against the trained model."""
from __future__ import annotations

import subprocess
from pathlib import Path

import pytest

pytestmark = pytest.mark.rasa

ROOT = Path(__file__).resolve().parent.parent.parent
RASA = ROOT / ".venv-rasa" / "bin" / "rasa"
MODEL = ROOT / "models" / "jigiya.tar.gz"


@pytest.mark.skipif(not RASA.exists(), reason="no Rasa environment (.venv-rasa): run `make setup`")
@pytest.mark.skipif(not MODEL.exists(), reason="no trained model: run `make train`")
def test_conversation_stories_predict_every_action(tmp_path):
    result = subprocess.run(
        [str(RASA), "test", "core", "--stories", str(ROOT / "tests" / "rasa"), "--model", str(MODEL),
         "--out", str(tmp_path), "--fail-on-prediction-errors"],
        cwd=ROOT, capture_output=True, text=True, timeout=600,
        env={"RASA_TELEMETRY_ENABLED": "false", "TF_CPP_MIN_LOG_LEVEL": "2", "PATH": "/usr/bin:/bin"},
    )
    failed = tmp_path / "failed_test_stories.yml"
    detail = failed.read_text() if failed.exists() else ""
    assert result.returncode == 0, f"{result.stdout[-3000:]}\n{result.stderr[-3000:]}\n{detail}"
    assert "none" in detail.lower() or not detail.strip() or "stories: []" in detail, detail
