"""``ask_share_topic``: this month's SHARE topic for her group, with the next meeting."""
from __future__ import annotations

from bot.intents.share_replies import ShareAction, now
from bot.share.texts import topic_message


class AnswerShareTopic(ShareAction):
    def name(self) -> str:
        return "action_share_topic"

    def replies(self, session, woman, group, language) -> list[str]:
        text, _title = topic_message(session, group, language, now())
        return [text]
