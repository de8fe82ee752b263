"""Typed SQLAlchemy models. Import from here so Alembic sees every table."""
from bot.models.broadcast import Broadcast, BroadcastRecipient, SendPacer
from bot.models.case import CaseEvent
from bot.models.consent import ConsentEvent
from bot.models.conversation import InboundMessage, OutboundMessage
from bot.models.cscom import Cscom, StaffMember
from bot.models.duty import DutyShift, StaffMessage
from bot.models.escalation import Escalation, StaffAlert
from bot.models.lease import Lease
from bot.models.media import ContentRecording, MediaFile, TwilioContent
from bot.models.review import ContentReview
from bot.models.share import ChecklistAnswer, GroupMeeting, Membership, Notice, ShareGroup
from bot.models.woman import Woman

__all__ = ["Broadcast", "BroadcastRecipient", "SendPacer", "CaseEvent", "ChecklistAnswer", "ContentReview", "GroupMeeting", "Membership", "Notice", "ShareGroup", "ConsentEvent", "Cscom", "Escalation", "InboundMessage", "Lease", "MediaFile", "ContentRecording", "TwilioContent", "OutboundMessage", "StaffAlert",
           "StaffMember", "DutyShift", "StaffMessage", "Woman"]
