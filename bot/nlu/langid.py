"""French / Bambara identification for one chat message. Standard library only.

A multinomial naive Bayes over word unigrams and character 1–4-grams of the *normalised* text
(``bot.nlu.normalise``), trained at first use from Bayelemabaga lines copied into
``bot/nlu/data/`` (attribution in ``bot/nlu/data/README.md``). Restricted to the two languages
Jigiya speaks: there is no "other" answer.

``identify(text)`` returns a ``LanguageGuess``: the language, a calibrated-ish confidence in
[0.5, 1.0] and the number of words it saw. Short messages ("ok", "merci", "i ni ce") carry little
evidence; the confidence says so and the app falls back to the woman's stored language.
"""
from __future__ import annotations

import math
import os
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache
from typing import Dict, Iterable, List, Optional, Tuple

from bot.nlu.normalise import normalise

LANGUAGES = ("fr", "bm")
DATA_DIR = os.path.join(os.path.dirname(__file__), "data")
_FILES = {"fr": "langid_train.fr", "bm": "langid_train.bam"}

# Words whose language is not in doubt in this chat but which the literary corpus under-represents
# (SMS French; chat Bambara from data/bambara/vocab_health.tsv). Counted as extra training lines.
_CHAT_SEED = {
    "fr": "bonjour salut bonsoir merci oui non ok svp stp s il vous plait je suis enceinte "
          "c est normal est ce que j ai mal au ventre mon bebe ma grossesse la sage femme "
          "quand est la prochaine reunion aide moi je veux arreter aujourd hui demain",
    "bm": "i ni ce i ni sogoma aw ni ce abarika owo awo ayi n be a fe n te a fe musokonoma "
          "konomaya denyerenin jiginni basibon farigan kunkolodimi konodimi dimi wari bilankoro "
          "safune fini deme kalo nba nse a dabila a ka nyi tinye don bamanankan",
}
_SEED_WEIGHT = 20  # each seed line counts as this many corpus lines

# Code-mixed messages ("sage-femme bɛ min?", "n bɛ saigner") are Bambara sentences with French
# loanwords: the grammatical words decide the language, not the content words. These function
# words are exclusive to one language after normalisation (French "n'"/"m'" are expanded to
# "ni"/"ma", so a lone "n" or "i" is Bambara). Each one adds MARKER_WEIGHT to that side's log-odds.
_MARKERS = {
    "bm": {"be", "te", "ye", "wa", "ka", "ko", "min", "mun", "jumen", "cogo", "fe", "bena", "tena",
           "n", "i", "an", "aw", "u", "don", "kan", "man", "tun", "nin", "o", "do", "bee"},
    "fr": {"je", "tu", "est", "vous", "nous", "pas", "que", "qui", "les", "des", "du", "une", "un",
           "mon", "pour", "avec", "quand", "comment", "suis", "veux", "peux", "dois", "c", "ce",
           "et", "il", "elle", "sur", "dans", "au", "aux", "mes", "ou", "quoi", "quel", "quelle"},
}
MARKER_WEIGHT = 2.0


@dataclass(frozen=True)
class LanguageGuess:
    language: str          # "fr" or "bm"
    confidence: float      # P(language | text) under the model, squashed; 0.5 = no evidence
    words: int             # words in the normalised text
    scores: Dict[str, float]  # per-language average log-likelihood per feature (for debugging)


def features(norm_text: str) -> List[str]:
    """Word unigrams ("w:be") and char 1–4-grams inside space-padded words."""
    feats: List[str] = []
    for word in norm_text.split():
        if word == "?":
            continue
        feats.append("w:" + word)
        padded = " " + word + " "
        for n in (1, 2, 3, 4):
            for i in range(len(padded) - n + 1):
                gram = padded[i:i + n]
                if gram.strip():
                    feats.append(gram)
    return feats


class NaiveBayesLangId:
    def __init__(self, alpha: float = 0.5) -> None:
        self.alpha = alpha
        self.counts: Dict[str, Counter] = {lang: Counter() for lang in LANGUAGES}
        self.totals: Dict[str, int] = {lang: 0 for lang in LANGUAGES}
        self.vocab: set = set()

    def fit(self, lines_by_lang: Dict[str, Iterable[str]], weight: int = 1) -> "NaiveBayesLangId":
        for lang, lines in lines_by_lang.items():
            for line in lines:
                feats = features(normalise(line))
                for _ in range(weight):
                    self.counts[lang].update(feats)
                self.totals[lang] += len(feats) * weight
                self.vocab.update(feats)
        return self

    def scores(self, norm_text: str) -> Tuple[Dict[str, float], int]:
        feats = features(norm_text)
        v = len(self.vocab) + 1
        out = {}
        for lang in LANGUAGES:
            c, denom = self.counts[lang], self.totals[lang] + self.alpha * v
            out[lang] = sum(math.log((c.get(f, 0) + self.alpha) / denom) for f in feats)
        return out, len(feats)

    def identify(self, text: str, default: str = "fr") -> LanguageGuess:
        norm = normalise(text)
        words = len([w for w in norm.split() if w != "?"])
        sc, nfeat = self.scores(norm)
        if nfeat == 0:
            return LanguageGuess(default, 0.5, 0, {lang: 0.0 for lang in LANGUAGES})
        diff = sc["bm"] - sc["fr"]
        # Naive Bayes is over-confident (features are far from independent): temper the log-odds
        # by the number of features per word so a 1-word message cannot reach certainty.
        tempered = diff / max(1.0, nfeat / max(words, 1))
        toks = norm.split()
        tempered += MARKER_WEIGHT * (sum(t in _MARKERS["bm"] for t in toks)
                                     - sum(t in _MARKERS["fr"] for t in toks))
        p_bm = 1.0 / (1.0 + math.exp(-max(-50.0, min(50.0, tempered))))
        lang = "bm" if p_bm >= 0.5 else "fr"
        conf = p_bm if lang == "bm" else 1.0 - p_bm
        avg = {k: s / nfeat for k, s in sc.items()}
        return LanguageGuess(lang, round(conf, 4), words, avg)


def _read_lines(path: str, limit: Optional[int] = None) -> List[str]:
    with open(path, encoding="utf-8") as fh:
        lines = [ln.strip() for ln in fh if ln.strip()]
    return lines[:limit] if limit else lines


@lru_cache(maxsize=1)
def default_model() -> NaiveBayesLangId:
    model = NaiveBayesLangId()
    model.fit({lang: _read_lines(os.path.join(DATA_DIR, fn)) for lang, fn in _FILES.items()})
    model.fit({lang: [seed] for lang, seed in _CHAT_SEED.items()}, weight=_SEED_WEIGHT)
    return model


def identify(text: str, default: str = "fr") -> LanguageGuess:
    """Identify ``text`` (raw or already normalised; normalisation is idempotent)."""
    return default_model().identify(text, default=default)
