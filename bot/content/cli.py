"""``flask translate …`` and ``flask content …``: keep the catalogs and the content honest.

The app factory registers both groups (``app.cli.add_command(translate_cli)`` and
``app.cli.add_command(content_cli)``).
"""
from __future__ import annotations

import click
from flask.cli import AppGroup

from bot.content import catalogs
from bot.content.faq import FAQ, MIDWIFE_SENTENCE
from bot.content.i18n import LANGUAGES

translate_cli = AppGroup("translate", help="Extract, update and compile the message catalogs.")
content_cli = AppGroup("content", help="What the bot says: coverage and review status.")


@translate_cli.command("extract")
def extract_command() -> None:
    """Extract marked strings under bot/ into translations/messages.pot."""
    catalog = catalogs.extract()
    click.echo(f"{len(catalog)} messages -> {catalogs.relative(catalogs.pot_file())}")


@translate_cli.command("init")
@click.argument("language")
def init_command(language: str) -> None:
    """Create the catalog for LANGUAGE from the template."""
    try:
        path = catalogs.init(language)
    except FileExistsError as error:
        raise click.ClickException(str(error)) from error
    click.echo(f"created {catalogs.relative(path)}")


@translate_cli.command("update")
@click.option("--extract/--no-extract", "do_extract", default=True, show_default=True,
              help="Re-extract the template first.")
@click.option("--fill-source/--no-fill-source", default=True, show_default=True,
              help="Copy new French msgids into the French catalog (French is the source).")
def update_command(do_extract: bool, fill_source: bool) -> None:
    """Merge the template into the fr and bm catalogs (keeps translator comments)."""
    if do_extract:
        catalogs.extract()
    missing = catalogs.update(LANGUAGES, fill_source=fill_source)
    for language in LANGUAGES:
        click.echo(f"{language}: {missing.get(language, 0)} untranslated or fuzzy")


@translate_cli.command("compile")
@click.option("--strict", is_flag=True, help="Fail when a catalog is incomplete.")
def compile_command(strict: bool) -> None:
    """Compile the .po catalogs to the .mo files the app reads."""
    problems = {
        language: list(catalogs.incomplete(catalogs.load(language))) for language in LANGUAGES
    }
    if strict and any(problems.values()):
        for language, messages in problems.items():
            for message in messages:
                click.echo(f"{language}: untranslated: {message.id!r}", err=True)
        raise click.ClickException("incomplete catalogs")
    for path in catalogs.compile_catalogs(LANGUAGES):
        click.echo(f"compiled {catalogs.relative(path)}")


def _reviews():
    """The midwives' reviews from the database, or None (with the reason) when it cannot be read."""
    from sqlalchemy.exc import SQLAlchemyError

    from bot.content.faq import all_reviews
    from bot.db import session_scope

    try:
        with session_scope() as session:
            return all_reviews(session)
    except SQLAlchemyError as error:
        click.echo(f"(reviews not read from the database: {type(error).__name__}; run `flask db upgrade`)")
        return None


@content_cli.command("report")
def report_command() -> None:
    """Per FAQ answer and language: translated? reviewed? And what awaits a midwife."""
    loaded = {language: catalogs.load(language) for language in LANGUAGES}
    reviews = _reviews()
    header = f"{'FAQ':<28}" + "".join(f"{language:<26}" for language in LANGUAGES) + "source"
    click.echo(header)
    awaiting: list[str] = []
    for key, answer in FAQ.items():
        cells = []
        for language in LANGUAGES:
            message = loaded[language].get(answer.text)
            translated = message is not None and catalogs.is_translated(message)
            status = reviews[(key, language)].status if reviews else answer.status(language)
            cell = ("translated" if translated else "MISSING") + f", {status}"
            if reviews and reviews[(key, language)].proposal:
                cell += " +proposal"
            if translated and catalogs.needs_review(message):
                cell += " (review)"
            cells.append(f"{cell:<26}")
            if status == "draft":
                awaiting.append(f"{answer.intent} [{language}]")
        click.echo(f"{answer.intent:<28}" + "".join(cells) + answer.source)
    click.echo("")
    for language in LANGUAGES:
        cov = catalogs.coverage(language)
        click.echo(
            f"catalog {language}: {cov.total - len(cov.missing)}/{cov.total} translated, "
            f"{len(cov.needs_review)} marked for review"
        )
        for msgid in cov.missing:
            click.echo(f"  missing [{language}]: {msgid[:70]!r}")
    closing = {language: loaded[language].get(MIDWIFE_SENTENCE) for language in LANGUAGES}
    if any(m is None or not catalogs.is_translated(m) for m in closing.values()):
        click.echo("closing sentence (ask the midwife) is not translated everywhere!")
    click.echo("")
    if reviews:
        for status in ("approved", "corrected"):
            count = sum(r.status == status for r in reviews.values())
            click.echo(f"Midwives' reviews (staff page): {count} {status}")
    click.echo(f"Awaiting a midwife's review ({len(awaiting)}):")
    for item in awaiting:
        click.echo(f"  {item}")
