"""Unit tests for bot.nlu.normalise (stdlib only; runs in the app env without rasa)."""
import pytest

from bot.nlu.normalise import normalise


@pytest.mark.parametrize("raw, expected", [
    # Bambara letters and their phone spellings fold to one form
    ("Musokɔnɔma bɛ se ka mangoro dun wa", "musokonoma be se ka mangoro dun wa"),
    ("musokonoma be se ka mangoro dun wa", "musokonoma be se ka mangoro dun wa"),
    ("Musokònòma bè se ka mangoro dun wa", "musokonoma be se ka mangoro dun wa"),
    ("ɲɔgɔnye", "nyogonye"), ("Ɲɔgɔnye", "nyogonye"), ("ŋaraw", "ngaraw"),
    # tones and French accents dropped
    ("Sàfunɛ", "safune"), ("kɔ́nɔ", "kono"), ("ARRÊT", "arret"), ("Réunion", "reunion"),
    ("ça", "ca"),
    # elisions
    ("N b'a fɛ", "n be a fe"), ("n k'a fɔ", "n ka a fo"), ("n'i ye", "ni i ye"),
    ("N b’a fɛ", "n be a fe"),  # typographic apostrophe
    ("c'est l'enfant", "c est le enfant"),
    # emphasis and emoji
    ("ouiii", "oui"), ("merciiii", "merci"), ("👍", "ok"), ("🙏🙏🙏", "merci"), ("👎", "non"),
    ("mrc 🙏🙏🙏", "merci"), ("bonjour 😊😊", "bonjour"),
    # next to words an emoji is politeness, not meaning
    ("aide moi 🙏🙏", "aide moi"), ("ouiii 👍👍", "oui"),
    ("ñògònyè", "nyogonye"),
    # SMS abbreviations; punctuation; question mark kept as a token
    ("bjr je saigne un peu c normal?", "bonjour je saigne un peu c normal ?"),
    ("sage-femme bɛ min?", "sage femme be min ?"),
    ("Slt!!! ça va", "salut ca va"),
    ("", ""),
])
def test_normalise(raw, expected):
    assert normalise(raw) == expected


def test_long_vowels_survive():
    # Bambara writes long vowels with two letters; only 3+ repeats are emphasis.
    assert normalise("tɔɔrɔ si tɛ") == "tooro si te"
    assert normalise("kalo wɔɔrɔ") == "kalo wooro"


@pytest.mark.parametrize("text", [
    "Musokɔnɔma bɛ se ka mangoro dun wa?", "bjr je saigne un peu c normal?", "ouiii 👍",
    "N b’a fɛ", "ARRÊT", "sage-femme bɛ min?", "c'est l'enfant", "???",
])
def test_idempotent(text):
    once = normalise(text)
    assert normalise(once) == once


def test_no_rasa_import():
    import sys
    import bot.nlu.normalise, bot.nlu.langid, bot.nlu.danger_lexicon  # noqa: F401,E401
    assert "rasa" not in sys.modules
