"""Danger-sign development cases (tests/danger_cases/, five rounds, each written blind: apart from the
detector, the training data and the held-out files). The lexicon is improved until they pass; the
held-out files (tests/nlu/) measure it."""
import re

import pytest

from bot.nlu.danger_lexicon import is_danger, subject
from bot.nlu.normalise import normalise
from tests.danger_cases import round1_phrasings as r1
from tests.danger_cases import round2_contrasts as r2
from tests.danger_cases import round3_words_in_context as r3
from tests.danger_cases import round4_bambara_newborn as r4
from tests.danger_cases import round5_near_misses as r5

NEWBORN = r1.NEWBORN + r2.NEWBORN + r4.NEWBORN
MOTHER = r1.MOTHER + r2.MOTHER + r4.MOTHER
BENIGN = r1.BENIGN + r1.BENIGN_SINCE_ROUND5 + r2.BENIGN + r3.BENIGN + r4.BENIGN + r5.BENIGN
# Round 5 wraps signs in the forms of ordinary messages (a visit that did not help, a negated sign beside
# a real one, a question, a relative writing); some name no baby ("pas de fievre mais il respire tres
# vite"), and for those the mother's reply ("go to the CSCom now") is the right one too.
_NAMES_A_BABY = re.compile(r"\b(bebe|bb|nouveau ne|nourrisson|den|denyerenin|fils|fille)\b")


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


@pytest.mark.parametrize("text", r5.NEWBORN + r5.MOTHER)
def test_a_sign_wrapped_in_an_ordinary_form_still_alarms(text):
    assert is_danger(text)


@pytest.mark.parametrize("text", [t for t in r5.NEWBORN if _NAMES_A_BABY.search(normalise(t))])
def test_a_wrapped_sign_of_a_named_baby_gets_the_babys_reply(text):
    assert subject(text) == "newborn"


@pytest.mark.parametrize("text", r5.MOTHER)
def test_a_wrapped_sign_of_the_mother_gets_her_reply(text):
    assert subject(text) == "mother"
