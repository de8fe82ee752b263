"""Entry point for the queue consumer: ``huey_consumer bot.worker.huey``.

Importing the task modules registers them with the consumer.
"""
import logging

from bot.broadcast import tasks as broadcast_tasks  # noqa: F401
from bot.conversation import tasks  # noqa: F401
from bot.escalation import tasks as escalation_tasks  # noqa: F401
from bot.privacy import tasks as privacy_tasks  # noqa: F401
from bot.share import tasks as share_tasks  # noqa: F401
from bot.logs import configure_logging, protect
from bot.queue import huey

configure_logging()  # the app's lines (bot.*), numbers masked, tracebacks included


@huey.on_startup()
def mask_huey_logs() -> None:
    # huey_consumer adds its own handler to "huey" after importing this module: mask numbers in
    # its lines too (a failed task's traceback), and print them once (not again through the root).
    huey_logger = logging.getLogger("huey")
    protect(huey_logger)
    huey_logger.propagate = not huey_logger.handlers


@huey.on_startup()
def release_dead_leases() -> None:
    # A worker killed mid-turn (deploy, OOM, Ctrl-C) left her turn leased: a restarted worker on
    # the same host frees it at once instead of waiting for the lease to run out.
    from bot import leases
    from bot.conversation.tasks import forget_queued_tasks

    freed = leases.release_dead_holders() + forget_queued_tasks()
    if freed:
        logging.getLogger("bot.worker").warning("released %s leases and queued-task marks", freed)


@huey.on_startup()
def warm_up() -> None:
    # The language identifier trains on its corpus at first use (~2.5 s). Paid here, at start,
    # not by the first woman who reports a danger sign.
    from bot.nlu import langid

    langid.default_model()


__all__ = ["huey"]
