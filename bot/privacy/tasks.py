"""The daily retention purge, run by the queue worker (``huey_consumer bot.worker.huey``)."""
from __future__ import annotations

import logging

from huey import crontab

from bot.config import get_settings
from bot.db import session_scope
from bot.models.base import utcnow
from bot.privacy.retention import purge_old_text
from bot.queue import huey

log = logging.getLogger(__name__)


# 03:17 UTC: a quiet hour in Bamako (UTC+0), off the round minutes other jobs use.
@huey.periodic_task(crontab(hour="3", minute="17"))
def purge_old_conversations() -> None:
    days = get_settings().retention_days
    with session_scope() as session:
        purged = purge_old_text(session, utcnow(), days)
    log.info("retention: text older than %s days erased: %s, rasa events %s", days, purged.rows,
             purged.rasa_events)
