"""`flask translate …` and `flask content report`, on a bare Flask app (not the factory)."""
from __future__ import annotations

import shutil

import pytest
from flask import Flask

from bot.content import catalogs
from bot.content.cli import content_cli, translate_cli
from bot.content.faq import FAQ


@pytest.fixture()
def runner():
    app = Flask(__name__)
    app.cli.add_command(translate_cli)
    app.cli.add_command(content_cli)
    return app.test_cli_runner()


@pytest.fixture()
def scratch_translations(tmp_path, monkeypatch):
    """A copy of the catalogs, so extract/init/update never touch the real files."""
    target = tmp_path / "translations"
    shutil.copytree(
        catalogs.TRANSLATIONS_DIR, target, ignore=shutil.ignore_patterns("*.mo")
    )
    monkeypatch.setattr(catalogs, "TRANSLATIONS_DIR", target)
    return target


def test_content_report_lists_every_answer_and_what_awaits_review(runner):
    result = runner.invoke(args=["content", "report"])
    assert result.exit_code == 0, result.output
    for answer in FAQ.values():
        assert answer.intent in result.output
    assert "translated, draft" in result.output
    assert "Awaiting a midwife's review" in result.output
    assert "catalog bm:" in result.output and "MISSING" not in result.output


def test_extract_writes_the_template(runner, scratch_translations):
    result = runner.invoke(args=["translate", "extract"])
    assert result.exit_code == 0, result.output
    text = (scratch_translations / "messages.pot").read_text(encoding="utf-8")
    assert 'msgid "En cas de doute, demandez à la sage-femme de votre CSCom."' in text


def test_init_update_keep_bambara_plural_forms_and_review_comments(runner, scratch_translations):
    shutil.rmtree(scratch_translations / "bm")
    result = runner.invoke(args=["translate", "init", "bm"])
    assert result.exit_code == 0, result.output
    po = scratch_translations / "bm" / "LC_MESSAGES" / "messages.po"
    assert '"Plural-Forms: nplurals=1; plural=0;\\n"' in po.read_text(encoding="utf-8")
    # a translator fills one entry and leaves a review note; update must keep both
    catalog = catalogs.load("bm")
    message = catalog.get("[média]")
    message.string = "[média]"
    message.user_comments = ["relecture : test"]
    catalogs._write(catalog, po)

    result = runner.invoke(args=["translate", "update"])
    assert result.exit_code == 0, result.output
    assert "bm:" in result.output
    text = po.read_text(encoding="utf-8")
    assert '"Plural-Forms: nplurals=1; plural=0;\\n"' in text
    assert "# relecture : test" in text
    assert catalogs.load("bm").get("[média]").string == "[média]"
    assert runner.invoke(args=["translate", "init", "bm"]).exit_code != 0  # never overwrites


def test_compile_strict_fails_on_an_incomplete_catalog(runner, scratch_translations):
    result = runner.invoke(args=["translate", "compile", "--strict"])
    assert result.exit_code == 0, result.output
    assert (scratch_translations / "bm" / "LC_MESSAGES" / "messages.mo").exists()
    catalog = catalogs.load("bm")
    next(m for m in catalog if m.id).string = ""
    catalogs._write(catalog, catalogs.po_path("bm"))
    result = runner.invoke(args=["translate", "compile", "--strict"])
    assert result.exit_code != 0
    assert "untranslated" in result.output


def test_update_fills_french_but_never_bambara(runner, scratch_translations):
    """French is the source (copied); a new Bambara entry stays empty until a translator fills it."""
    pot = scratch_translations / "messages.pot"
    template = catalogs.template()
    template.add("Une phrase toute neuve.", locations=[("bot/content/faq.py", 1)])
    catalogs._write(template, pot)
    result = runner.invoke(args=["translate", "update", "--no-extract"])
    assert result.exit_code == 0, result.output
    assert catalogs.load("fr").get("Une phrase toute neuve.").string == "Une phrase toute neuve."
    assert catalogs.load("bm").get("Une phrase toute neuve.").string == ""
    assert "bm: 1 untranslated" in result.output
