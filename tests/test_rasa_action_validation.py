"""The Rasa server checks each action-server reply with a validator built once (bot.nlu.action_validation)
instead of jsonschema.validate() per call: the same replies must pass and fail, with the same message.
Runs in the Rasa environment (.venv-rasa), as a subprocess."""
import os
import subprocess

import pytest

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
RASA_PY = os.path.join(ROOT, ".venv-rasa", "bin", "python")

pytestmark = [
    pytest.mark.rasa,
    pytest.mark.skipif(not os.access(RASA_PY, os.X_OK), reason=".venv-rasa is missing (run make setup)"),
]

CHECK = r'''
import jsonschema
from rasa.core.actions.action import RemoteAction

original = RemoteAction._validate_action_result
import bot.nlu.components  # what the Rasa server imports when it loads the model
assert RemoteAction._validate_action_result is not original, "not installed"

replies = [
    {"events": [{"event": "slot", "name": "language", "value": "bm", "timestamp": None}],
     "responses": [{"text": "I ni ce"}]},
    {"events": [], "responses": []},
    {},
    {"events": "not a list", "responses": []},
    {"events": [{"event": "no_such_event"}], "responses": []},
    {"events": [{"event": "slot", "value": 1}], "responses": []},
    {"events": [], "responses": ["not an object"]},
    [],
]
action = RemoteAction("action_answer_faq", None)
outcomes = []
for reply in replies:
    try:
        jsonschema.validate(reply, RemoteAction.action_response_format_spec())
        expected = None
    except jsonschema.ValidationError as exc:
        expected = exc.message
    try:
        assert action._validate_action_result(reply) is True
        got = None
    except jsonschema.ValidationError as exc:
        got = exc.message
    assert (got is None) == (expected is None), (reply, expected, got)
    if expected is not None:
        assert got.startswith(expected + ". Failed to validate Action server response"), (expected, got)
    outcomes.append(got is None)
print(outcomes)
'''


def test_action_replies_pass_and_fail_as_with_rasas_own_check():
    done = subprocess.run([RASA_PY, "-c", CHECK], cwd=ROOT, capture_output=True, text=True, timeout=300,
                          env=dict(os.environ, PYTHONPATH=ROOT, TF_CPP_MIN_LOG_LEVEL="3"))
    assert done.returncode == 0, done.stderr[-3000:]
    assert done.stdout.strip().splitlines()[-1] == "[True, True, True, False, False, False, False, False]"
