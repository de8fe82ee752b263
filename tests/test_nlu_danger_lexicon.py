"""Unit tests for the danger-sign safety net (bot.nlu.danger_lexicon). Recall first."""
import pytest

from bot.nlu.danger_lexicon import is_danger, match
from bot.nlu.normalise import normalise


@pytest.mark.parametrize("text, category", [
    # bleeding
    ("bjr je saigne un peu c normal?", "bleeding"),
    ("jsuis enceinte et je seigne", "bleeding"),
    ("Je perds du sang depuis ce matin", "bleeding"),
    ("il y a du sang qui coule", "bleeding"),
    ("hémorragie", "bleeding"),
    ("basibɔn bɛ n na", "bleeding"),
    ("basibon be n na", "bleeding"),
    ("joli bɛ bɔ kosɛbɛ", "bleeding"),          # joli = blood here
    ("joli be bo n na", "bleeding"),
    ("joli bora", "bleeding"),
    ("jolibɔn", "bleeding"),
    # convulsions
    ("ma femme fait des convulsions", "convulsions"),
    ("elle a fait une crise d'épilepsie", "convulsions"),
    ("kirinni bɛ a la", "convulsions"),
    ("elle s'est évanouie", "convulsions"),
    # severe headache / vision
    ("j'ai très mal à la tête", "headache"),
    ("ma vue est trouble", "headache"),
    ("n kunkolo bɛ n dimi kosɛbɛ", "headache"),
    ("N kungolo be n dimi", "headache"),
    ("kunkolodimi juguman", "headache"),
    # baby not moving
    ("mon bébé ne bouge plus", "no_movement"),
    ("le bebe bouge moins depuis hier", "no_movement"),
    ("je ne sens plus le bébé", "no_movement"),
    ("den tɛ lamaga", "no_movement"),
    ("den te lamaga kabini kunu", "no_movement"),
    # waters breaking
    ("j'ai perdu les eaux", "waters"),
    ("la poche des eaux a percé", "waters"),
    ("de l'eau coule de mon vagin", "waters"),
    ("ji bɔra", "waters"),
])
def test_danger_messages_are_caught(text, category):
    hit = match(text)
    assert hit is not None, text
    assert hit[0] == category


@pytest.mark.parametrize("text", [
    # joli = "how many / how much": never a danger sign alone
    "jiginni sɔngɔ ye joli ye?",
    "CPN siɲɛ joli?",
    "musokɔnɔma ka kan ka taa kɛnɛyaso la siɲɛ joli?",
    "den bɛ lamaga kalo joli?",
    "Sukaro songo ye joli ye?",
    # kalo = month/moon (also menstruation): never matched
    "kalo o kalo, aw bɛ jateminɛ kɛ",
    "n ye kalo saba kɛ",
    "kalo in na baro ye mun ye?",
    # kɔnɔ = belly / inside / bird
    "den bɛ lamaga n kɔnɔ",
    "n ka kan ka sunɔgɔ moustiquaire kɔnɔ wa?",
    # i ni ce = hello / thank you
    "i ni ce", "i ni ce kosɛbɛ",
    # questions and ordinary messages
    "prise de sang à la cpn",
    "c quoi la poche des eaux",
    "le bébé bouge beaucoup c normal ?",
    "quand est la prochaine réunion",
    "je ne saigne pas, c'est juste une question",
    "merci", "bonjour",
])
def test_ordinary_messages_are_not_flagged(text):
    assert not is_danger(text), match(text)


def test_raw_and_normalised_text_agree():
    for text in ["Basibɔn bɛ n na", "J'AI PERDU LES EAUX!!!", "N kunkolo bɛ n dimi"]:
        assert is_danger(text) and is_danger(normalise(text))
