"""Flask-WTF form classes of the staff pages that take a file.

An audio upload is larger than the app's 64 KB request limit (bot.app.MAX_REQUEST_BYTES, sized
for Twilio's posts): ``audio_upload_form()`` raises the limit for this one request, to
MEDIA_MAX_BYTES, before anything reads the body. The form checks its own CSRF token (the view is
exempt from CSRFProtect, which would read the body under the small limit first)."""
from __future__ import annotations

import mimetypes

from flask import request
from flask_babel import lazy_gettext
from flask_wtf import FlaskForm
from flask_wtf.file import FileAllowed, FileField, FileRequired
from wtforms import ValidationError

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
