"""Typed SQLAlchemy models. Import from here so Alembic sees every table."""
from bot.models.conversation import InboundMessage, OutboundMessage
from bot.models.woman import Woman

__all__ = ["InboundMessage", "OutboundMessage", "Woman"]
