"""The queue's periodic SHARE work: every 10 minutes, whatever is due (idempotent, see schedule)."""
from __future__ import annotations

from huey import crontab

from bot.conversation.tasks import enqueue_woman
from bot.models.base import utcnow
from bot.queue import huey
from bot.share.schedule import run_all


@huey.periodic_task(crontab(minute="*/10"))
def scheduled_share_messages() -> None:
    for woman_id in run_all(utcnow()):
        enqueue_woman(woman_id)  # delivers her pending messages in order, in her turn
