"""The broadcast page's form (a group message now or at a chosen time): its rules and French
messages in one place. CSRF is CSRFProtect's, app-wide (bot.staff.forms.StaffForm)."""
from __future__ import annotations

from datetime import datetime, timedelta, timezone

from flask_babel import lazy_gettext
from wtforms import StringField, TextAreaField, ValidationError

from bot.broadcast.messages import MAX_TEXT, MESSAGE_KEYS, NothingToSend
from bot.models.base import utcnow
from bot.staff.forms import StaffForm


def _blank_is_none(value):
    if isinstance(value, str):
        value = value.strip()
    return value or None


class ComposeForm(StaffForm):
    """The planned message (``message_key``) or a free text, sent now or at ``at`` (Bamako time,
    which is UTC all year). A planned message wins: the text box is for a free message."""

    message_key = StringField(filters=[_blank_is_none])
    text = TextAreaField(filters=[_blank_is_none])
    at = StringField(filters=[_blank_is_none])

    def validate_message_key(self, field) -> None:
        if field.data is not None and field.data not in MESSAGE_KEYS:
            raise ValidationError(lazy_gettext("Message inconnu : %(key)s.", key=field.data[:80]))

    def validate_text(self, field) -> None:
        if self.message_key.data is not None:
            return
        if field.data is None:
            raise ValidationError(lazy_gettext("Choisissez le rappel de réunion ou écrivez un message."))
        if len(field.data) > MAX_TEXT:
            raise ValidationError(lazy_gettext("Le message dépasse %(max)d caractères.", max=MAX_TEXT))

    def validate_at(self, field) -> None:
        if field.data is None:
            return
        try:
            at = datetime.fromisoformat(field.data).replace(tzinfo=timezone.utc)
        except ValueError:
            raise ValidationError(lazy_gettext("Date et heure illisibles : utilisez le sélecteur.")) from None
        now = utcnow()
        if at < now - timedelta(minutes=1):
            raise ValidationError(lazy_gettext("Cette heure est déjà passée."))
        if at > now + timedelta(days=90):
            raise ValidationError(lazy_gettext("Programmez au plus 90 jours à l'avance."))
        field.when = at

    def compose(self) -> tuple[str | None, str | None, datetime | None]:
        """(message key, free text, time or None for now), or NothingToSend with the first reason."""
        if not self.validate():
            raise NothingToSend(self.first_error())
        key = self.message_key.data
        return key, None if key is not None else self.text.data, getattr(self.at, "when", None)
