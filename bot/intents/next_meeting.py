"""``ask_next_meeting``: date, time and place of her group's next meeting, in her language."""
from __future__ import annotations

from bot.intents.share_replies import ShareAction, now
from bot.share.texts import next_meeting_text


class AnswerNextMeeting(ShareAction):
    def name(self) -> str:
        return "action_next_meeting"

    def replies(self, session, woman, group, language) -> list[str]:
        return [next_meeting_text(session, group, language, now())]
