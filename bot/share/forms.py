"""The SHARE group page's forms (a facilitator's decisions on her group's members): their rules
and French messages in one place. CSRF is CSRFProtect's, app-wide (bot.staff.forms.StaffForm).

Registration keeps its rules in bot.share.membership (the CSV import applies the same ones): the
form carries the fields there and checks the consent box."""
from __future__ import annotations

from datetime import date, datetime, timedelta

from flask_babel import lazy_gettext
from wtforms import DateField, StringField, ValidationError
from wtforms.validators import AnyOf

from bot.content.topics import TOPICS
from bot.share import membership as memberships
from bot.share.calendar import BAMAKO
from bot.staff.forms import StaffForm

BIRTH_INVALID = lazy_gettext("Date de naissance invalide : une date passée de moins d'un an est attendue.")


class DecisionForm(StaffForm):
    """Accept or refuse a woman's request to join the group."""

    decision = StringField(validators=[AnyOf(("accept", "reject"), message=lazy_gettext(
        "Décision inconnue : « accepter » ou « refuser »."))])


class VoiceForm(StaffForm):
    """The "messages vocaux" box: ticked sends "yes"; unticked sends nothing, which means "no"."""

    prefers_voice = StringField(default="no", validators=[AnyOf(("yes", "no"), message=lazy_gettext(
        "Valeur inconnue : « yes » ou « no »."))])


class DayField(DateField):
    """A date typed AAAA-MM-JJ (what <input type="date"> posts), spaces around it ignored."""

    def process_formdata(self, valuelist) -> None:
        super().process_formdata([value.strip() for value in valuelist])


class BirthForm(StaffForm):
    """The day a member gave birth: past, and less than a year ago (``today`` in Bamako)."""

    birth_date = DayField(format="%Y-%m-%d")

    def __init__(self, today: date, *args, **kwargs) -> None:
        self.today = today
        super().__init__(*args, **kwargs)

    def validate_birth_date(self, field) -> None:
        born = field.data
        if born is None or born > self.today or born < self.today - timedelta(days=365):
            raise ValidationError(BIRTH_INVALID)

    def first_error(self) -> str:
        return str(BIRTH_INVALID)  # an unreadable date (the field's own message) says the same


class RegistrationForm(StaffForm):
    """One woman registered by her facilitator, with her consent."""

    consent = StringField(validators=[AnyOf(("yes",), message=lazy_gettext(
        "Inscription refusée : cochez qu'elle accepte de recevoir les messages du groupe."))])
    phone = StringField()
    name = StringField()
    language = StringField()
    month = StringField()
    due_date = StringField()

    def registration(self) -> memberships.Registration:
        """The registration to store; InvalidRegistration (French reason) for a month or date
        that cannot be read. Phone, name and language are checked when it is stored."""
        return memberships.Registration(
            phone=self.phone.data or "", name=self.name.data or "", language=self.language.data or "",
            pregnancy_month=memberships.parse_month(self.month.data or ""),
            due_date=memberships.parse_due_date(self.due_date.data or ""))


class MeetingForm(StaffForm):
    """One meeting of the group's calendar: day and hour (Bamako), place, topic, cancelled. The
    view checks that it stays in its month."""

    date = StringField()
    time = StringField()
    place = StringField(filters=[lambda value: (value or "").strip()[:200]])
    topic = StringField()
    cancelled = StringField()

    def validate_time(self, field) -> None:
        try:
            self.starts = datetime.fromisoformat(f"{self.date.data}T{field.data}").replace(tzinfo=BAMAKO)
        except ValueError:
            raise ValidationError(lazy_gettext("Date ou heure illisible.")) from None

    def validate_topic(self, field) -> None:
        if field.data not in TOPICS:
            raise ValidationError(lazy_gettext("Thème inconnu."))
