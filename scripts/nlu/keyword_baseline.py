"""Keyword baseline for docs/nlu.md: no learning beyond counting which folded words belong to
which intent in data/nlu (standard library only).

A word becomes a keyword of an intent when it appears at least twice in the training data and
at least 70 % of its occurrences are in that intent. A message goes to the intent whose keywords
it contains most (weighted by that share); no keyword -> out_of_scope.
"""
from __future__ import annotations

import glob
import os
import sys
from collections import Counter, defaultdict

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
sys.path.insert(0, ROOT)
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from bot.nlu.normalise import normalise  # noqa: E402
import heldout  # noqa: E402


class KeywordBaseline:
    def __init__(self, min_count: int = 2, min_share: float = 0.7):
        self.min_count, self.min_share = min_count, min_share
        self.keywords = {}

    def fit(self, examples):
        per_word = defaultdict(Counter)
        for text, intent in examples:
            for w in set(normalise(text).split()):
                per_word[w][intent] += 1
        for w, c in per_word.items():
            intent, n = c.most_common(1)[0]
            total = sum(c.values())
            if total >= self.min_count and n / total >= self.min_share:
                self.keywords[w] = (intent, n / total)
        return self

    def predict(self, text: str) -> str:
        score = Counter()
        for w in normalise(text).split():
            if w in self.keywords:
                intent, share = self.keywords[w]
                score[intent] += share
        return score.most_common(1)[0][0] if score else "out_of_scope"

    def parse(self, text: str) -> dict:
        """A Rasa-shaped parse so heldout.score() can compare it with the real pipelines."""
        intent = self.predict(text)
        if intent.startswith("faq/"):
            return {"intent": {"name": "faq", "full_retrieval_intent_name": intent}, "entities": []}
        return {"intent": {"name": intent}, "entities": []}


def training_examples():
    out = []
    for path in sorted(glob.glob(os.path.join(ROOT, "data", "nlu", "*", "*.yml"))):
        out += heldout.load_examples(path)
    return out


if __name__ == "__main__":
    model = KeywordBaseline().fit(training_examples())
    for lang in ("fr", "bm"):
        ex = heldout.load_examples(os.path.join(ROOT, "tests", "nlu", f"test_{lang}.yml"))
        s = heldout.score(ex, [model.parse(t) for t, _ in ex])
        print(lang, "accuracy %.3f intent_accuracy %.3f weighted_f1 %.3f" %
              (s["accuracy"], s["intent_accuracy"], s["weighted_f1"]))
