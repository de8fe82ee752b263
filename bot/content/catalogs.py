"""Babel catalog maintenance: extract, init, update, compile, and completeness checks.

Paths are relative to this package, never to the current directory, so ``flask translate …``
works from anywhere. The rules the project keeps:

* French is the source language (msgids are French) and its catalog is filled too;
* Bambara's header says ``Plural-Forms: nplurals=1; plural=0;`` (CLDR: ``bm`` has only "other"),
  which Babel does not know and would write as 2 — fixed here after every init and update;
* the .po files stay usable in Poedit/Weblate as they are (Language, UTF-8, Plural-Forms).
"""
from __future__ import annotations

import os
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path

from babel.messages.catalog import Catalog, Message
from babel.messages.extract import DEFAULT_KEYWORDS, extract_from_dir
from babel.messages.frontend import parse_mapping_cfg
from babel.messages.mofile import write_mo
from babel.messages.pofile import read_po, write_po

from bot.content.i18n import LANGUAGES, TRANSLATIONS_DIR

CONTENT_DIR = Path(__file__).resolve().parent
PROJECT_ROOT = CONTENT_DIR.parent.parent
BABEL_CFG = CONTENT_DIR / "babel.cfg"
DOMAIN = "messages"

SOURCE_LANGUAGE = "fr"

#: ``N_`` marks French source strings that are translated later (bot/content/i18n.py).
KEYWORDS = {**DEFAULT_KEYWORDS, "N_": None, "lazy_gettext": None}
#: Comments in the source starting with this tag become ``#.`` notes for translators.
COMMENT_TAGS = ("NOTE:", "TRANSLATORS:")

#: Header fields Babel does not derive from the locale.
PLURAL_FORMS = {"bm": (1, "0"), "fr": (2, "(n > 1)")}
PROJECT = "Jigiya"
BUGS_ADDRESS = "jigiya-content@example.org"
COPYRIGHT_HOLDER = "Jigiya"
LANGUAGE_TEAMS = {
    "fr": "Sages-femmes SHARE (relecture) <jigiya-content@example.org>",
    "bm": "Bamanankan (relecture) <jigiya-content@example.org>",
}


def pot_file() -> Path:
    return TRANSLATIONS_DIR / f"{DOMAIN}.pot"


def po_path(language: str) -> Path:
    return TRANSLATIONS_DIR / language / "LC_MESSAGES" / f"{DOMAIN}.po"


def mo_path(language: str) -> Path:
    return po_path(language).with_suffix(".mo")


def _only_bot(root: Path):
    """Walk only the app package: the venvs and node_modules hold nothing of ours."""

    def keep(dirpath: str) -> bool:
        try:
            relative = Path(dirpath).resolve().relative_to(root)
        except ValueError:  # a symlink out of the project (a venv shared between worktrees)
            return False
        parts = relative.parts
        if not parts:
            return True
        if parts[0] != "bot":
            return False
        return not any(p.startswith((".", "_")) for p in parts)

    return keep


def extract(root: Path | None = None, output: Path | None = None) -> Catalog:
    """Extract every marked string under ``bot/`` (babel.cfg) into the .pot template."""
    root = root or PROJECT_ROOT
    output = output or pot_file()
    with open(BABEL_CFG, encoding="utf-8") as cfg:
        method_map, options_map = parse_mapping_cfg(cfg)
    catalog = Catalog(
        project=PROJECT,
        msgid_bugs_address=BUGS_ADDRESS,
        copyright_holder=COPYRIGHT_HOLDER,
        version="0.1",
        charset="utf-8",
        fuzzy=False,
    )
    for filename, lineno, message, comments, context in extract_from_dir(
        str(root),
        method_map,
        options_map,
        keywords=KEYWORDS,
        comment_tags=COMMENT_TAGS,
        strip_comment_tags=True,
        directory_filter=_only_bot(root),
    ):
        catalog.add(
            message,
            None,
            [(Path(filename).as_posix(), lineno)],
            auto_comments=comments,
            context=context,
        )
    # A stable date keeps the template's diff to real changes.
    catalog.creation_date = datetime(2024, 1, 1, tzinfo=timezone.utc)
    output.parent.mkdir(parents=True, exist_ok=True)
    _write(catalog, output)
    return catalog


def _write(catalog: Catalog, path: Path) -> None:
    with open(path, "wb") as out:
        write_po(out, catalog, width=100, ignore_obsolete=True, include_previous=True)


def _read(path: Path, language: str | None = None) -> Catalog:
    with open(path, "rb") as source:
        return read_po(source, locale=language, domain=DOMAIN)


HEADER_COMMENT = """\
# {name} translations for Jigiya (what the WhatsApp assistant says).
# French is the source language: msgids are French. Entries with a "relecture" comment
# still await a native speaker's / midwife's review (bot/content/SOURCES.md).
# This file is distributed under the same license as the Jigiya project.
#"""
LANGUAGE_NAMES = {"fr": "French", "bm": "Bambara (bamanankan)"}


def _set_headers(catalog: Catalog, language: str) -> None:
    catalog.header_comment = HEADER_COMMENT.format(name=LANGUAGE_NAMES.get(language, language))
    catalog.version = "0.1"
    catalog.last_translator = "Jigiya content team <jigiya-content@example.org>"
    catalog.project = PROJECT
    catalog.msgid_bugs_address = BUGS_ADDRESS
    catalog.language_team = LANGUAGE_TEAMS.get(language, catalog.language_team)
    if language in PLURAL_FORMS:
        catalog._num_plurals, catalog._plural_expr = PLURAL_FORMS[language]
    catalog.fuzzy = False


def _fill_source(catalog: Catalog) -> int:
    """French is the source: an empty French msgstr becomes a copy of its msgid.

    When the French source changed and Babel carried the old copy over as a fuzzy guess, the new
    source replaces it; a French msgstr someone corrected by hand stays fuzzy for a human.
    """
    filled = 0
    for message in catalog:
        if not message.id:
            continue
        source = tuple(message.id) if isinstance(message.id, (list, tuple)) else message.id
        was_copy = message.fuzzy and message.previous_id and (
            message.string == message.previous_id[0]
            or tuple(message.string or ()) == tuple(message.previous_id)
        )
        if not is_translated(message) and (not message.fuzzy or was_copy or not message.string):
            message.string = source
            message.flags.discard("fuzzy")
            message.previous_id = []
            filled += 1
    return filled


def init(language: str, template: Path | None = None) -> Path:
    """Create the catalog for ``language`` from the template (refuses to overwrite)."""
    path = po_path(language)
    if path.exists():
        raise FileExistsError(f"{path} exists; use update")
    catalog = _read(template or pot_file(), language)
    catalog.locale = language
    catalog.revision_date = datetime.now(timezone.utc)
    _set_headers(catalog, language)
    if language == SOURCE_LANGUAGE:
        _fill_source(catalog)
    path.parent.mkdir(parents=True, exist_ok=True)
    _write(catalog, path)
    return path


def update(
    languages: Iterable[str] = LANGUAGES, template: Path | None = None, fill_source: bool = True
) -> dict[str, int]:
    """Merge the template into each catalog; returns how many entries each still lacks.

    New French entries are copied from their msgid when ``fill_source`` (French is the source
    language); Bambara entries are never invented: they stay empty until a translator fills them.
    """
    template = template or pot_file()
    missing: dict[str, int] = {}
    for language in languages:
        # A fresh template per language: Babel's merge shares the template's Message objects
        # with the catalog, so filling French would otherwise leak into Bambara.
        template_catalog = _read(template)
        path = po_path(language)
        if not path.exists():
            init(language, template)
            continue
        catalog = _read(path, language)
        # No fuzzy matching: Babel's guesses pair new strings with unrelated translations ("Nom" →
        # "Normal"); a new string must arrive empty, for a translator to fill.
        catalog.update(template_catalog, no_fuzzy_matching=True, update_header_comment=False)
        _set_headers(catalog, language)
        if fill_source and language == SOURCE_LANGUAGE:
            _fill_source(catalog)
        _write(catalog, path)
        missing[language] = len(list(incomplete(catalog)))
    return missing


def compile_catalogs(languages: Iterable[str] = LANGUAGES, use_fuzzy: bool = False) -> list[Path]:
    """Write the .mo files the app reads (gitignored; ``make`` and this command build them)."""
    written = []
    for language in languages:
        catalog = _read(po_path(language), language)
        with open(mo_path(language), "wb") as out:
            write_mo(out, catalog, use_fuzzy=use_fuzzy)
        written.append(mo_path(language))
    return written


def load(language: str) -> Catalog:
    return _read(po_path(language), language)


def template() -> Catalog:
    return _read(pot_file())


def is_translated(message: Message) -> bool:
    if message.fuzzy:
        return False
    if isinstance(message.string, (list, tuple)):
        return all(message.string)
    return bool(message.string)


def incomplete(catalog: Catalog) -> Iterator[Message]:
    """Entries with no msgstr, or a fuzzy one (Babel's merge guesses are not translations)."""
    for message in catalog:
        if message.id and not is_translated(message):
            yield message


@dataclass(frozen=True)
class Coverage:
    language: str
    total: int
    missing: tuple[str, ...]
    needs_review: tuple[str, ...]


REVIEW_MARK = "relecture"


def needs_review(message: Message) -> bool:
    """A translator comment asking for review (``# relecture : …``) marks an unchecked entry."""
    return any(REVIEW_MARK in comment.lower() for comment in message.user_comments)


def coverage(language: str, msgids: Iterable[str] | None = None) -> Coverage:
    catalog = load(language)
    ids = list(msgids) if msgids is not None else [m.id for m in template() if m.id]
    missing, review = [], []
    for msgid in ids:
        message = catalog.get(msgid)
        if message is None or not is_translated(message):
            missing.append(msgid)
        elif needs_review(message):
            review.append(msgid)
    return Coverage(language, len(ids), tuple(missing), tuple(review))


def relative(path: Path) -> str:
    try:
        return os.path.relpath(path, Path.cwd())
    except ValueError:
        return str(path)
