"""Translations for the bot's replies, outside any Flask request.

The worker and the action server answer a woman in *her* language, which is not
the language of any HTTP request, so they use Babel's catalogs directly. The staff
pages use Flask-Babel over the same compiled catalogs: one set of .po files.
"""
from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from babel.support import NullTranslations, Translations

TRANSLATIONS_DIR = Path(__file__).parent / "translations"
LANGUAGES = ("fr", "bm")
DEFAULT_LANGUAGE = "fr"


def N_(message: str) -> str:
    """Mark a string for extraction without translating it now (pybabel keyword N_)."""
    return message


@lru_cache(maxsize=None)
def catalog(language: str) -> NullTranslations:
    if language not in LANGUAGES:
        language = DEFAULT_LANGUAGE
    return Translations.load(str(TRANSLATIONS_DIR), [language], domain="messages")


def translate(language: str, message: str, **variables: object) -> str:
    """The message in ``language`` with ``%(name)s`` placeholders filled in."""
    text = catalog(language).gettext(message)
    return text % variables if variables else text
