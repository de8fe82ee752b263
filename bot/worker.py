"""Entry point for the queue consumer: ``huey_consumer bot.worker.huey``.

Importing the task modules registers them with the consumer.
"""
from bot.conversation import tasks  # noqa: F401
from bot.escalation import tasks as escalation_tasks  # noqa: F401
from bot.queue import huey

__all__ = ["huey"]
