"""The catalog rule `make test` enforces: every message has a reviewed-or-draft translation in
French AND Bambara, placeholders survive translation, and the files open in Poedit/Weblate."""
from __future__ import annotations

import re

import pytest

from bot.content import catalogs
from bot.content.i18n import LANGUAGES

PLACEHOLDER = re.compile(r"%\((\w+)\)[sdifr]")
FIX = (
    "run `flask --app webhook translate update`, then fill the msgstr in "
    "bot/content/translations/{lang}/LC_MESSAGES/messages.po (Poedit works)"
)


def _ids(catalog) -> list[str]:
    return [m.id for m in catalog if m.id]


def test_template_is_up_to_date(tmp_path):
    """A string marked in bot/ but missing from messages.pot has no translation anywhere."""
    fresh = catalogs.extract(output=tmp_path / "fresh.pot")
    missing = sorted(set(_ids(fresh)) - set(_ids(catalogs.template())))
    assert not missing, f"not extracted yet ({FIX.format(lang='fr|bm')}): {missing}"


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_message_is_translated(language):
    catalog = catalogs.load(language)
    absent = [msgid for msgid in _ids(catalogs.template()) if msgid not in catalog]
    untranslated = [m.id for m in catalogs.incomplete(catalog)]
    assert not absent, f"{language}: not in the catalog ({FIX.format(lang=language)}): {absent}"
    assert not untranslated, (
        f"{language}: empty or fuzzy msgstr ({FIX.format(lang=language)}): {untranslated}"
    )


@pytest.mark.parametrize("language", LANGUAGES)
def test_placeholders_survive_translation(language):
    for message in catalogs.load(language):
        if not message.id or not message.string:
            continue
        ids = message.id if isinstance(message.id, (list, tuple)) else (message.id,)
        strings = message.string if isinstance(message.string, (list, tuple)) else (message.string,)
        expected = sorted(PLACEHOLDER.findall(ids[0]))
        for string in strings:
            assert sorted(PLACEHOLDER.findall(string)) == expected, (language, message.id)


@pytest.mark.parametrize("language", LANGUAGES)
def test_headers_work_in_poedit(language):
    text = catalogs.po_path(language).read_text(encoding="utf-8")
    assert f'"Language: {language}\\n"' in text
    assert '"Content-Type: text/plain; charset=utf-8\\n"' in text
    assert '"Plural-Forms: nplurals=' in text
    catalog = catalogs.load(language)
    assert catalog.locale_identifier == language


def test_bambara_has_one_plural_form():
    text = catalogs.po_path("bm").read_text(encoding="utf-8")
    assert '"Plural-Forms: nplurals=1; plural=0;\\n"' in text
    assert catalogs.load("bm").num_plurals == 1


def test_bambara_entries_awaiting_review_say_so():
    """Every Bambara entry is a draft until a native speaker has read it; say which evidence."""
    for message in catalogs.load("bm"):
        if message.id and catalogs.needs_review(message):
            assert any("bm_evidence.md" in c for c in message.user_comments), message.id


def test_french_catalog_keeps_the_source_text():
    """French is the source: a French msgstr may correct the msgid but not lose its placeholders."""
    for message in catalogs.load("fr"):
        if message.id:
            assert message.string, message.id


def test_no_compiled_catalog_is_committed():
    gitignore = (catalogs.PROJECT_ROOT / ".gitignore").read_text(encoding="utf-8")
    assert "*.mo" in gitignore.split()
