"""Unit tests for bot.nlu.langid (stdlib only). Accuracy on held-out corpus lines is measured in
tests/nlu/langid_heldout.* — Bayelemabaga *test* split lines, never used for training."""
import os

import pytest

from bot.nlu.langid import identify

HERE = os.path.dirname(__file__)


@pytest.mark.parametrize("text, lang", [
    ("bjr je saigne un peu c normal?", "fr"),
    ("Musokɔnɔma bɛ se ka mangoro dun wa", "bm"),
    ("musokonoma be se ka mangoro dun wa", "bm"),
    ("sage-femme bɛ min?", "bm"),          # Bambara frame with a French loanword
    ("la reunion c quand svp", "fr"),
    ("ɲɔgɔnye bɛ kɛ tuma jumɛn?", "bm"),
    ("n kunkolo bɛ n dimi kosɛbɛ", "bm"),
    ("je veux parler à la sage femme", "fr"),
    ("i ni sogoma, i ka kene?", "bm"),
    ("merci beaucoup madame", "fr"),
])
def test_examples(text, lang):
    assert identify(text).language == lang


def test_confidence_reflects_evidence():
    long = identify("musokɔnɔma ka kan ka taa kɛnɛyaso la siɲɛ joli?")
    short = identify("ok")
    assert long.confidence > 0.95
    assert 0.5 <= short.confidence < long.confidence
    assert short.words == 1
    assert identify("").confidence == 0.5 and identify("", default="bm").language == "bm"


def _lines(name):
    with open(os.path.join(HERE, "nlu", name), encoding="utf-8") as fh:
        return [ln.strip() for ln in fh if ln.strip()]


def test_heldout_corpus_accuracy_three_words_or_more():
    total = correct = 0
    for lang, name in (("bm", "langid_heldout.bam"), ("fr", "langid_heldout.fr")):
        for line in _lines(name):
            if len(line.split()) < 3:
                continue
            total += 1
            correct += identify(line).language == lang
    assert total > 500
    assert correct / total >= 0.97, correct / total
