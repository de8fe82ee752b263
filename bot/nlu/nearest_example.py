"""How close a message is to the training examples of the answer the selector chose.

The response selector's confidence is poorly calibrated on questions no answer covers (it is often
above 0.9 for them: docs/nlu.md). A second opinion that does not come from the same model: the
cosine similarity, on character 3–5-grams of the folded text (TF-IDF over the training examples),
between her message and the *nearest* training example of the chosen FAQ key, and of
``health_other`` (the uncovered questions). A message far from every example of the answer it
would get, or nearer an uncovered question than to any of them, is one the answer may not fit:
``health_guard.faq_unsure`` then has a midwife read it too (she still gets the answer).

Standard library only, like health_guard (the Rasa process and the actions both import it). The
examples are the ``faq_examples`` of bot/nlu/data/health_vocab.json (built from data/nlu by
scripts/nlu/build_health_vocab.py; a test keeps it in step).
"""
from __future__ import annotations

import math
from collections import Counter
from functools import lru_cache
from typing import Dict, List, Optional, Tuple

from bot.nlu.normalise import normalise

UNCOVERED = "health_other"
Vector = Dict[str, float]


def grams(text: str) -> Counter:
    counts: Counter = Counter()
    for word in normalise(text).split():
        padded = f" {word} "
        for n in (3, 4, 5):
            for i in range(len(padded) - n + 1):
                counts[padded[i:i + n]] += 1
    return counts


class Index:
    def __init__(self, examples: Dict[str, List[str]]):
        counted = [(label, grams(text)) for label, texts in examples.items() for text in texts]
        df: Counter = Counter()
        for _, g in counted:
            df.update(g.keys())
        self._n = max(len(counted), 1)
        self._idf = {g: math.log(self._n / (1 + c)) + 1.0 for g, c in df.items()}
        self._by_label: Dict[str, List[Vector]] = {}
        for label, g in counted:
            self._by_label.setdefault(label, []).append(self.vector(g))

    def vector(self, counts: Counter) -> Vector:
        unseen = math.log(self._n) + 1.0
        weighted = {g: c * self._idf.get(g, unseen) for g, c in counts.items()}
        norm = math.sqrt(sum(w * w for w in weighted.values())) or 1.0
        return {g: w / norm for g, w in weighted.items()}

    def nearest(self, text: str, label: str) -> Optional[float]:
        """Cosine similarity to the closest example of ``label`` (None: no example of it)."""
        examples = self._by_label.get(label)
        if not examples:
            return None
        v = self.vector(grams(text))
        return max(sum(w * e.get(g, 0.0) for g, w in v.items()) for e in examples)


@lru_cache(maxsize=1)
def index() -> Index:
    from bot.nlu.health_guard import vocab_file

    return Index(vocab_file()["faq_examples"])


def similarities(text: str, faq_key: str, idx: Optional[Index] = None) -> Tuple[Optional[float], Optional[float]]:
    """(to the nearest example of ``faq/<faq_key>``, to the nearest uncovered question)."""
    idx = idx or index()
    return idx.nearest(text, f"faq/{faq_key}"), idx.nearest(text, UNCOVERED)
