"""The deterministic detector: a birth or a loss she reports, in French and Bambara, and the day
she names — not a question about giving birth, not a question about miscarriage."""
from __future__ import annotations

from datetime import date

import pytest

from bot.postnatal.detect import birth_date_in, is_birth, is_loss, is_loss_now


@pytest.mark.parametrize("text", [
    "j'ai accouché", "J'ai accouché hier", "jai accouche ce matin", "bébé est né hier", "Mon bébé est né",
    "ma fille est née avant-hier", "j'ai eu un garçon", "je viens d'accoucher", "j'ai donné naissance",
    "n ye den wolo", "N ye den wolo kunu", "den wolola", "n jiginna",
    "j'ai accouché il y a 3 jours, est-ce que je peux boire du thé ?",
])
def test_a_birth(text):
    assert is_birth(text) and not is_loss(text)


@pytest.mark.parametrize("text", [
    "j'ai perdu le bébé", "J'ai perdu mon enfant", "j'ai fait une fausse couche", "j'ai eu une fausse couche",
    "kɔnɔtiɲɛni", "konotinyeni", "Mon bébé est mort-né", "le bébé est mort", "j'ai accouché d'un bébé mort",
    "la grossesse s'est arrêtée",
])
def test_a_loss(text):
    assert is_loss(text)


@pytest.mark.parametrize("text", [
    "quand vais-je accoucher ?", "je n'ai pas encore accouché", "comment savoir si le bébé est né ?",
    "comment éviter une fausse couche ?", "c'est quoi une fausse couche", "j'ai perdu ma carte CPN",
    "j'ai peur de perdre le bébé", "A bɛ se ka jigin ?", "Ça va, le bébé tète bien",
    "je suis maman de deux enfants", "bonjour",
])
def test_neither(text):
    assert not is_birth(text) and not is_loss(text)


def test_a_loss_happening_now_is_told_apart():
    assert is_loss_now("je fais une fausse couche") and is_loss_now("je suis en train de perdre le bébé")
    assert not is_loss_now("j'ai fait une fausse couche")


@pytest.mark.parametrize("text, today, expected", [
    ("j'ai accouché", date(2027, 1, 10), date(2027, 1, 10)),
    ("bébé est né hier", date(2027, 1, 1), date(2026, 12, 31)),  # across the year end
    ("j'ai accouché avant-hier", date(2028, 3, 1), date(2028, 2, 28)),  # a leap year
    ("bébé est né hier", date(2028, 3, 1), date(2028, 2, 29)),
    ("n ye den wolo kunu", date(2027, 3, 1), date(2027, 2, 28)),
    ("j'ai accouché le 30/12", date(2027, 1, 2), date(2026, 12, 30)),  # no year: the last 30 December
    ("j'ai accouché le 29/02", date(2028, 3, 5), date(2028, 2, 29)),
    ("j'ai accouché le 29/02", date(2027, 3, 5), date(2027, 3, 5)),  # no 29 February in 2027: today
    ("mon bébé est né le 1er janvier", date(2027, 1, 3), date(2027, 1, 1)),
    ("j'ai accouché il y a 2 semaines", date(2027, 1, 10), date(2026, 12, 27)),
    ("j'ai accouché le 15/01/2027", date(2027, 1, 10), date(2027, 1, 10)),  # never in the future
])
def test_the_day_she_names(text, today, expected):
    assert birth_date_in(text, today) == expected
