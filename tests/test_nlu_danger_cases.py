"""Danger-sign development cases (tests/danger_cases/, four rounds, each written blind: apart from the
detector, the training data and the held-out files). The lexicon is improved until they pass; the
held-out files (tests/nlu/) measure it."""
import pytest

from bot.nlu.danger_lexicon import is_danger, subject
from tests.danger_cases import round1_phrasings as r1
from tests.danger_cases import round2_contrasts as r2
from tests.danger_cases import round3_words_in_context as r3
from tests.danger_cases import round4_bambara_newborn as r4

NEWBORN = r1.NEWBORN + r2.NEWBORN + r4.NEWBORN
MOTHER = r1.MOTHER + r2.MOTHER + r4.MOTHER
BENIGN = r1.BENIGN + r2.BENIGN + r3.BENIGN + r4.BENIGN


@pytest.mark.parametrize("text", NEWBORN)
def test_a_newborn_danger_sign_is_caught_as_the_babys(text):
    assert is_danger(text)
    assert subject(text) == "newborn"


@pytest.mark.parametrize("text", MOTHER)
def test_a_mothers_danger_sign_is_caught_as_hers(text):
    assert is_danger(text)
    assert subject(text) == "mother"


@pytest.mark.parametrize("text", r3.DANGER)
def test_the_words_of_bleeding_fits_waters_yellow_and_fever_in_a_danger_sign_alarm(text):
    assert is_danger(text)


@pytest.mark.parametrize("text", BENIGN)
def test_an_ordinary_message_raises_no_alarm(text):
    assert not is_danger(text)


@pytest.mark.parametrize("text", r1.ACCEPTED_ALARMS)
def test_an_old_story_or_a_sign_already_seen_still_alarms(text):
    assert is_danger(text)
