"""What "erase the text" means for a row, decided from column types so new tables are covered:
free text (Text) and structured content (JSON: media, context, template variables) are emptied,
and the few short columns that identify her directly (location, name, Twilio SIDs, which Twilio
can resolve to her number) are cleared. Statuses, kinds, foreign keys and timestamps stay: they
are the anonymous counts (messages per day, escalations per CSCom, answer times)."""
from __future__ import annotations

from sqlalchemy import JSON, Column, String, Table, Text, cast, literal

IDENTIFYING = {"latitude", "longitude", "name", "phone"}


def _empty(column: Column):
    if isinstance(column.type, JSON):
        if column.nullable:
            return None
        default = column.default.arg if column.default is not None else None
        return {} if (callable(default) and default.__name__ == "dict") or isinstance(default, dict) else []
    return None if column.nullable else ""


def text_values(table: Table) -> dict:
    """Values that empty the conversation text of a row (what retention erases)."""
    return {
        column.name: _empty(column)
        for column in table.columns
        if isinstance(column.type, (Text, JSON)) or column.name in IDENTIFYING
        if not column.primary_key and not column.foreign_keys
    }


def identity_values(table: Table) -> dict:
    """Everything ``text_values`` empties, and the Twilio SIDs (what forgetting her erases)."""
    values = text_values(table)
    for column in table.columns:
        if column.name.endswith("_sid") and isinstance(column.type, String):
            # A unique, required SID becomes a placeholder that is still unique.
            values[column.name] = None if column.nullable else literal("erased-") + cast(table.c.id, String)
    return values
