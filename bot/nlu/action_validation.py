"""Rasa checks each action-server reply against its schema with ``jsonschema.validate()``, which
first re-checks that constant schema against the JSON Schema 2020-12 meta-schema: ~26 ms of CPU per
custom action call, about half of what a conversation turn costs Rasa (py-spy profile under load,
docs/benchmarks.md § Production mode). Here the same schema is checked once and its validator kept:
the same replies pass, the same replies fail with the same message, in ~0.4 ms.

Installed by bot.nlu.components, which the Rasa server imports when it loads the model.
"""
from __future__ import annotations

from functools import lru_cache
from typing import Any, Dict

from jsonschema import validators
from jsonschema.exceptions import best_match
from rasa.core.actions.action import RemoteAction
from rasa.shared.constants import DOCS_BASE_URL


@lru_cache(maxsize=1)
def _validator() -> Any:
    schema = RemoteAction.action_response_format_spec()
    cls = validators.validator_for(schema)
    cls.check_schema(schema)  # what validate() does on every call, done once
    return cls(schema)


def _validate_action_result(self: RemoteAction, result: Dict[str, Any]) -> bool:
    error = best_match(_validator().iter_errors(result))
    if error is None:
        return True
    # The message Rasa itself gives (rasa/core/actions/action.py, RemoteAction._validate_action_result).
    error.message += (
        f". Failed to validate Action server response from API, "
        f"make sure your response from the Action endpoint is valid. "
        f"For more information about the format visit "
        f"{DOCS_BASE_URL}/custom-actions"
    )
    raise error


def install() -> None:
    RemoteAction._validate_action_result = _validate_action_result
