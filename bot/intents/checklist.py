"""``start_checklist``: start the delivery checklist, or resume it at the first open item with
what is left ("where was I?", "what is left?"). Her answers are read by the worker (triage)."""
from __future__ import annotations

from bot.content import dialogue
from bot.content.i18n import translate
from bot.intents.share_replies import ShareAction
from bot.share import checklist


class StartChecklist(ShareAction):
    needs_group = False  # every pregnant woman may prepare, in a group or not

    def name(self) -> str:
        return "action_checklist"

    def replies(self, session, woman, group, language) -> list[str]:
        if woman.stage == "loss":
            # After a loss nothing asks her about the delivery again; a midwife is calling her.
            return [translate(language, dialogue.ESCALATED)]
        return checklist.start(session, woman)
