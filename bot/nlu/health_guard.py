"""Keep the classifier honest in the open world: a health question no reviewed answer covers goes
to a midwife (intent ``health_other``), not to an unrelated FAQ answer and not to "je n'ai pas
compris". Standard library only (used by the Rasa component ``HealthGuard`` and by the actions).

Four checks that re-route, each measured in docs/nlu.md (``scripts/nlu/bench.py`` replays them):
- ``out_of_scope`` / ``nlu_fallback`` but the message uses health vocabulary → ``health_other``;
- ``faq`` chosen with a response-selector confidence below ``faq_min_confidence`` → ``health_other``;
- ``faq`` chosen but no word of the message is a keyword of that answer's topic → ``health_other``;
- ``faq`` chosen, the selector unsure (``faq_unsure``) and no health word at all → ``out_of_scope`` (off).

The vocabulary (``data/health_vocab.json``) is computed from the training data by
``scripts/nlu/build_health_vocab.py``: a *health word* occurs mostly in health labels (the FAQ
keys, danger_sign, health_other, ask_midwife), a *topic keyword* mostly in one FAQ key's examples
or in that answer's own text (fr and bm). A test
checks that the file matches the training data.
"""
from __future__ import annotations

import json
import os
from dataclasses import dataclass
from functools import lru_cache
from typing import Dict, FrozenSet, Iterable, Optional, Tuple

from bot.nlu.normalise import normalise

VOCAB_PATH = os.path.join(os.path.dirname(os.path.abspath(__file__)), "data", "health_vocab.json")
PREFIX = 5  # "nausees" ~ "nausee", "constipee" ~ "constipation": same first five letters

LOW_CONFIDENCE = frozenset({"out_of_scope", "nlu_fallback"})


@dataclass(frozen=True)
class Vocab:
    health: FrozenSet[str]
    topics: Dict[str, FrozenSet[str]]


@lru_cache(maxsize=1)
def vocab_file(path: str = VOCAB_PATH) -> dict:
    """bot/nlu/data/health_vocab.json, read once per process (also for bot.nlu.nearest_example)."""
    with open(path, encoding="utf-8") as fh:
        return json.load(fh)


@lru_cache(maxsize=1)
def vocab(path: str = VOCAB_PATH) -> Vocab:
    data = vocab_file(path)
    return Vocab(frozenset(data["health_words"]),
                 {k: frozenset(v) for k, v in data["faq_keywords"].items()})


def faq_selection(response_selector: Optional[dict]) -> dict:
    """The FAQ answer the response selector chose, from a parse's ``response_selector``
    ({intent_response_key, confidence, …}; empty when there is none)."""
    return ((response_selector or {}).get("faq") or {}).get("response") or {}


def tokens(text: str) -> list:
    return [t for t in normalise(text).split() if len(t) >= 3 and not t.isdigit()]


def _keys(words: Iterable[str]) -> FrozenSet[str]:
    return frozenset(w[:PREFIX] if len(w) >= PREFIX else w for w in words)


@lru_cache(maxsize=64)
def _prefixed(words: FrozenSet[str]) -> FrozenSet[str]:
    return _keys(words)


def _hits(text: str, words: FrozenSet[str]) -> list:
    keys = _prefixed(words)
    return [t for t in tokens(text) if t in words or (len(t) >= PREFIX and t[:PREFIX] in keys)]


#: Health words a message needs to count as a health question (one was too weak: off-topic messages
#: share single words with health questions; measured in docs/nlu.md).
MIN_HEALTH_WORDS = 2


def looks_like_health(text: str, v: Optional[Vocab] = None, min_words: int = MIN_HEALTH_WORDS) -> bool:
    """True when the message uses ``min_words`` words the training data uses (almost) only about health."""
    return len(set(_hits(text, (v or vocab()).health))) >= min_words


def topic_matches(text: str, key: str, v: Optional[Vocab] = None) -> bool:
    """True when some word of the message is a keyword of FAQ topic ``key`` (unknown key: True)."""
    v = v or vocab()
    words = v.topics.get(key)
    return True if words is None else bool(_hits(text, words))


#: Below this response-selector confidence the FAQ answer is still given, and a midwife also reads
#: her question (``faq_unsure``): what the selector half-recognises is often a question no answer
#: covers, and an unrelated answer given alone is the worst failure after a missed danger sign.
#: Measured in docs/nlu.md ("answered and read by a midwife", rows K and L).
FAQ_SURE = 0.9
#: Also when no word of hers is a keyword of the chosen topic, however sure the selector is.
FAQ_UNSURE_ON_TOPIC_MISMATCH = False


@dataclass(frozen=True)
class Nearness:
    """The nearest-example check (bot.nlu.nearest_example): unsure when her message is less similar
    than ``min_similarity`` to every training example of the chosen answer, or (``uncovered_wins``)
    more similar to an uncovered question (health_other) than to any of them."""
    min_similarity: float = 0.0
    uncovered_wins: bool = False

    def unsure(self, text: str, faq_key: str) -> bool:
        from bot.nlu.nearest_example import similarities

        to_key, to_uncovered = similarities(text, faq_key)
        if to_key is None:  # a key with no example (not trained): nothing to compare
            return False
        return to_key < self.min_similarity or (self.uncovered_wins and (to_uncovered or 0.0) > to_key)


#: Chosen by measurement on the training data and the held-out files (docs/nlu.md, rows N–Q).
FAQ_NEARNESS = Nearness(min_similarity=0.0, uncovered_wins=True)


def faq_unsure(text: str, faq_key: str, faq_confidence: Optional[float], v: Optional[Vocab] = None,
               sure: float = FAQ_SURE, topic_check: bool = FAQ_UNSURE_ON_TOPIC_MISMATCH,
               nearness: Optional[Nearness] = FAQ_NEARNESS) -> bool:
    """True when the chosen FAQ answer may not be what she asked: answer, and a midwife reads it too.
    No confidence at all (no response selector in the parse) is not a doubt about the topic."""
    if faq_confidence is not None and faq_confidence < sure:
        return True
    if topic_check and not topic_matches(text, faq_key, v):
        return True
    return nearness is not None and nearness.unsure(text, faq_key)


@dataclass(frozen=True)
class GuardConfig:
    fallback_health: bool = True
    faq_min_confidence: float = 0.0
    topic_check: bool = False
    #: the topic check applies only when the response selector is less sure than this
    topic_check_below: float = 1.01
    min_health_words: int = MIN_HEALTH_WORDS
    #: health_other -> the selected FAQ when the response selector is at least this sure and the
    #: message matches that topic's keywords (above 1.0: never)
    rescue_faq_confidence: float = 1.01
    #: a FAQ answer the selector is unsure of (``faq_unsure``) for a message with no health word at all is
    #: off-topic ("quand semer le gombo"): the short out-of-scope reply, not an unrelated answer. Off in
    #: config.yml: it also sent two health questions of nine held-out sets to the short reply (docs/nlu.md)
    unsure_faq_without_health_word_is_off_topic: bool = False


def decide(text: str, intent: str, faq_key: Optional[str], faq_confidence: Optional[float],
           config: GuardConfig = GuardConfig(), v: Optional[Vocab] = None) -> Tuple[str, Optional[str]]:
    """(intent, reason): ``health_other`` with the reason, or the intent unchanged and None."""
    if intent in LOW_CONFIDENCE:
        if config.fallback_health and looks_like_health(text, v, config.min_health_words):
            return "health_other", "health_words"
        return intent, None
    if intent == "health_other" and faq_key and faq_confidence is not None \
            and faq_confidence >= config.rescue_faq_confidence and topic_matches(text, faq_key, v):
        return "faq", "faq_rescued"
    if intent == "faq":
        if config.unsure_faq_without_health_word_is_off_topic and faq_key \
                and not looks_like_health(text, v, 1) and faq_unsure(text, faq_key, faq_confidence, v):
            return "out_of_scope", "faq_unsure_no_health_word"
        if faq_confidence is not None and faq_confidence < config.faq_min_confidence:
            return "health_other", "faq_low_confidence"
        sure = faq_confidence is not None and faq_confidence >= config.topic_check_below
        if config.topic_check and faq_key and not sure and not topic_matches(text, faq_key, v):
            return "health_other", "faq_topic_mismatch"
    return intent, None
