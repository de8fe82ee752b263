"""Flask-WTF form classes of the staff pages: each field's rules and French error messages.

The voice upload: an audio upload is larger than the app's 64 KB request limit (bot.app.MAX_REQUEST_BYTES, sized
for Twilio's posts): ``audio_upload_form()`` raises the limit for this one request, to
MEDIA_MAX_BYTES, before anything reads the body. The form checks its own CSRF token (the view is
exempt from CSRFProtect, which would read the body under the small limit first)."""
from __future__ import annotations

import mimetypes

from flask import request
from flask_babel import lazy_gettext
from flask_wtf import FlaskForm
from flask_wtf.file import FileAllowed, FileField, FileRequired
from wtforms import HiddenField, IntegerField, PasswordField, StringField, TextAreaField, ValidationError
from wtforms.validators import AnyOf, DataRequired, InputRequired, Length, NumberRange, Optional

from bot import phones
from bot.config import get_settings

#: What MediaRecorder writes (webm, ogg, mp4/m4a) and what phones export (mp3, m4a, wav, aac...).
AUDIO_EXTENSIONS = ("webm", "ogg", "oga", "opus", "mp4", "m4a", "aac", "mp3", "wav", "amr", "3gp")
#: Room for the multipart envelope and the CSRF field around the file.
ENVELOPE_BYTES = 64 * 1024


def _within_limit(form, field) -> None:
    limit = get_settings().media_max_bytes
    stream = field.data.stream
    size = stream.seek(0, 2)
    stream.seek(0)
    if size > limit:
        raise ValidationError(lazy_gettext("Fichier trop lourd (%(mb)d Mo au plus).", mb=limit // (1024 * 1024)))


class AudioUploadForm(FlaskForm):
    """One recording (the page's recorder, or a file chosen on the phone)."""

    audio = FileField(lazy_gettext("Fichier audio"), validators=[
        FileRequired(lazy_gettext("Aucun enregistrement reçu.")),
        FileAllowed(AUDIO_EXTENSIONS, lazy_gettext("Ce fichier n'est pas un enregistrement audio (%(kinds)s).",
                                         kinds=", ".join(AUDIO_EXTENSIONS))),
        _within_limit,
    ])

    def audio_bytes(self) -> tuple[bytes, str]:
        """The file's bytes and content type (from the browser, else from the file name)."""
        upload = self.audio.data
        content_type = upload.mimetype or ""
        if not content_type or content_type == "application/octet-stream":
            content_type = mimetypes.guess_type(upload.filename or "")[0] or ""
        return upload.stream.read(), content_type

    def first_error(self) -> str:
        for errors in self.errors.values():
            if errors:
                return str(errors[0])
        return str(lazy_gettext("Formulaire invalide."))


def audio_upload_form() -> AudioUploadForm:
    """The form bound to this request, with the request's size limit raised for the file."""
    request.max_content_length = get_settings().media_max_bytes + ENVELOPE_BYTES
    return AudioUploadForm()


# --- The staff pages' text forms --------------------------------------------------------------
#
# CSRF: CSRFProtect (bot.extensions.csrf) checks every staff post app-wide before the view runs,
# and turns an expired token into the page that keeps what she typed (bot.security). These forms
# leave it to that one check (Meta.csrf = False): a second check here would only repeat it.

MAX_TEXT = 1500  # a WhatsApp message holds 1600 characters; the greeting around hers needs room


def _strip(value):
    return value.strip() if isinstance(value, str) else value


class StaffForm(FlaskForm):
    """A staff page's form: its fields' rules and French messages in one place."""

    class Meta:
        csrf = False

    def validate(self, extra_validators=None) -> bool:
        valid = super().validate(extra_validators)
        for field in self:
            # No text column can store a NUL (PostgreSQL refuses it with an error): a 400, not a 500.
            if isinstance(field.data, str) and "\x00" in field.data:
                field.errors = [*field.errors, str(lazy_gettext("Le texte contient un caractère invalide (NUL)."))]
                valid = False
        return valid

    def first_error(self) -> str:
        for errors in self.errors.values():
            if errors:
                return str(errors[0])
        return str(lazy_gettext("Formulaire invalide."))


def phone_number(form, field) -> None:
    """A WhatsApp number typed by a person, through the one parser (bot.phones.parse); the field's
    data becomes the stored form ("whatsapp:+223…"), or None when left empty."""
    raw = (field.data or "").strip()
    if not raw:
        field.data = None
        return
    try:
        field.data = phones.parse(raw)
    except phones.InvalidNumber:
        raise ValidationError(lazy_gettext("Numéro WhatsApp invalide : par exemple +223 70 00 00 00.")) from None


#: The largest id a row can have (a bigger number typed in a form is no row, not a database error).
MAX_ID = 2**31 - 1


class WholeNumber(IntegerField):
    """An integer field whose unreadable value is simply missing: its validators give the message."""

    def process_formdata(self, valuelist) -> None:
        try:
            super().process_formdata(valuelist)
        except ValueError:
            self.data = None


class LoginForm(StaffForm):
    """The sign-in form. Any refusal here reads as a wrong name or password (bot.staff.auth)."""

    username = StringField(validators=[InputRequired(), Length(max=200)])
    password = PasswordField(validators=[InputRequired(), Length(max=1000)])


class ReviewForm(StaffForm):
    """Approve or correct one FAQ answer in one language (bot.staff.review)."""

    action = StringField(validators=[AnyOf(("approve", "correct"), message=lazy_gettext(
        "Action inconnue : « approuver » ou « corriger »."))])
    text = TextAreaField()
    seen_proposal = HiddenField()

    def __init__(self, language: str, *args, **kwargs) -> None:
        self.language = language
        super().__init__(*args, **kwargs)

    def cleaned_text(self) -> str:
        """The text without Windows line ends, and without the closing sentence pasted back in
        (it is added to every answer: it would be said twice)."""
        from bot.content.faq import MIDWIFE_SENTENCE
        from bot.content.i18n import translate

        text = (self.text.data or "").replace("\r\n", "\n").strip()
        return text.removesuffix(translate(self.language, MIDWIFE_SENTENCE)).strip()

    def text_error(self) -> str | None:
        from bot.content.faq import max_body_chars

        text, limit = self.cleaned_text(), max_body_chars(self.language)
        if not text:
            return str(lazy_gettext("Écrivez le texte corrigé (il ne peut pas être vide)."))
        if len(text) > limit:
            return str(lazy_gettext("Trop long pour un message WhatsApp : %(count)d caractères, %(max)d au plus.",
                                    count=len(text), max=limit))
        return None


class ReplyForm(StaffForm):
    """A midwife's written answer to a case."""

    text = TextAreaField(filters=[_strip], validators=[
        DataRequired(lazy_gettext("Écrivez une réponse de 1 à %(max)d caractères.", max=MAX_TEXT)),
        Length(max=MAX_TEXT, message=lazy_gettext("Écrivez une réponse de 1 à %(max)d caractères.", max=MAX_TEXT))])


class NoteForm(StaffForm):
    """A note on a case, for the other staff (never sent)."""

    text = TextAreaField(filters=[_strip], validators=[
        DataRequired(lazy_gettext("Écrivez une note de 1 à %(max)d caractères.", max=MAX_TEXT)),
        Length(max=MAX_TEXT, message=lazy_gettext("Écrivez une note de 1 à %(max)d caractères.", max=MAX_TEXT))])


class AttachCscomForm(StaffForm):
    """The CSCom chosen for a case whose CSCom was not known (the view checks it exists)."""

    cscom_id = WholeNumber(validators=[InputRequired(lazy_gettext("Choisissez un CSCom.")),
                                       NumberRange(1, MAX_ID, lazy_gettext("Choisissez un CSCom."))])


class RecordingDecisionForm(StaffForm):
    action = StringField(validators=[AnyOf(("approve", "reject"), message=lazy_gettext(
        "Action inconnue : « approuver » ou « refuser »."))])


def _hhmm(form, field) -> None:
    from bot.escalation.duty import parse_hhmm

    if parse_hhmm(field.data or "") is None:
        raise ValidationError(SHIFT_INVALID)


SHIFT_INVALID = lazy_gettext("Garde non ajoutée : indiquez le jour et les heures (HH:MM, heure de Bamako).")


class ShiftForm(StaffForm):
    """One weekly duty shift on the rota (Bamako time)."""

    staff_id = WholeNumber(validators=[Optional(), NumberRange(0, MAX_ID)])
    weekday = WholeNumber(validators=[InputRequired(SHIFT_INVALID), NumberRange(0, 6, SHIFT_INVALID)])
    starts = StringField(filters=[_strip], validators=[_hhmm])
    ends = StringField(filters=[_strip], validators=[_hhmm])


class PhoneForm(StaffForm):
    """A staff member's WhatsApp number for the alerts (empty: none)."""

    phone = StringField(validators=[Length(max=64, message=lazy_gettext(
        "Numéro WhatsApp invalide : par exemple +223 70 00 00 00.")), phone_number])
