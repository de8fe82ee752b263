"""Score NLU parses against the held-out files (standard library only, app or Rasa env).

Full-intent accuracy counts a faq message right only when the retrieval key is right too
(faq/nutrition predicted for faq/nutrition), which is stricter than Rasa's intent report.
"""
from __future__ import annotations

import re
from collections import Counter, defaultdict
from typing import Dict, Iterable, List, Tuple

_INTENT = re.compile(r"^- intent:\s*(\S+)")
_EXAMPLE = re.compile(r"^\s+-\s+(.*\S)\s*$")


def load_examples(path: str) -> List[Tuple[str, str]]:
    """(text, intent) pairs from a Rasa NLU YAML file with `examples: |` blocks."""
    out, intent = [], None
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            m = _INTENT.match(line)
            if m:
                intent = m.group(1)
                continue
            m = _EXAMPLE.match(line)
            if m and intent and not line.lstrip().startswith("- intent"):
                text = m.group(1)
                if len(text) >= 2 and text[0] == text[-1] and text[0] in "\"'":
                    text = text[1:-1]
                out.append((text, intent))
    return out


_GROUP = re.compile(r"^#\s*(\w+)\s*$")


def load_grouped(path: str) -> List[Tuple[str, str, str]]:
    """(text, intent, group) triples: ``group`` is the one-word comment line (``# newborn``) last
    seen before the example's ``- intent:`` block, or ``""``."""
    out, group, intent = [], "", None
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            g = _GROUP.match(line)
            if g:
                group = g.group(1)
                continue
            m = _INTENT.match(line)
            if m:
                intent = m.group(1)
                continue
            m = _EXAMPLE.match(line)
            if m and intent:
                text = m.group(1)
                if len(text) >= 2 and text[0] == text[-1] and text[0] in "\"'":
                    text = text[1:-1]
                out.append((text, intent, group))
    return out


def full_intent(parse: dict) -> str:
    intent = (parse.get("intent") or {}).get("name") or "nlu_fallback"
    if intent == "faq":
        key = parse.get("intent", {}).get("full_retrieval_intent_name")
        if not key:
            # A ResponseSelector without `retrieval_intent` (Rasa's default) files under "default".
            selectors = parse.get("response_selector") or {}
            sel = selectors.get("faq") or selectors.get("default") or {}
            key = (sel.get("response") or {}).get("intent_response_key")
        return key or "faq"
    return intent


def f1_per_label(gold: List[str], pred: List[str]) -> Dict[str, float]:
    tp, fp, fn = Counter(), Counter(), Counter()
    for g, p in zip(gold, pred):
        if g == p:
            tp[g] += 1
        else:
            fp[p] += 1
            fn[g] += 1
    out = {}
    for label in set(gold):
        prec = tp[label] / (tp[label] + fp[label]) if tp[label] + fp[label] else 0.0
        rec = tp[label] / (tp[label] + fn[label]) if tp[label] + fn[label] else 0.0
        out[label] = 2 * prec * rec / (prec + rec) if prec + rec else 0.0
    return out


def score(examples: List[Tuple[str, str]], parses: List[dict]) -> dict:
    gold = [g for _, g in examples]
    pred = [full_intent(p) for p in parses]
    coarse = lambda x: "faq" if x.startswith("faq/") else x  # noqa: E731
    f1 = f1_per_label(gold, pred)
    support = Counter(gold)
    danger = [(t, p) for (t, g), p in zip(examples, parses) if g == "danger_sign"]
    false_alarms = [t for (t, g), p in zip(examples, parses)
                    if g != "danger_sign" and full_intent(p) == "danger_sign"]
    lexicon_added = [t for (t, g), p in zip(examples, parses)
                     if g != "danger_sign" and p.get("danger_lexicon")]
    rescued = [t for (t, g), p in zip(examples, parses) if g == "danger_sign" and p.get("danger_lexicon")]
    return {
        "n": len(gold),
        "accuracy": sum(g == p for g, p in zip(gold, pred)) / len(gold),
        "intent_accuracy": sum(coarse(g) == coarse(p) for g, p in zip(gold, pred)) / len(gold),
        "weighted_f1": sum(f1[l] * support[l] for l in f1) / len(gold),
        "macro_f1": sum(f1.values()) / len(f1),
        "f1": f1,
        "danger_recall": (sum(full_intent(p) == "danger_sign" for _, p in danger) / len(danger)) if danger else None,
        "danger_false_alarms": false_alarms,
        "lexicon_false_alarms": lexicon_added,
        "lexicon_rescued": rescued,
        "errors": [(t, g, p) for (t, g), p in zip(examples, pred) if g != p],
    }


def language_accuracy(examples: Iterable[Tuple[str, str]], parses: List[dict], lang: str,
                      min_words: int = 3) -> Tuple[int, int]:
    """(correct, total) for the `language` entity on messages of at least `min_words` words."""
    correct = total = 0
    for (text, _), parse in zip(examples, parses):
        if len(text.split()) < min_words:
            continue
        total += 1
        ents = [e for e in parse.get("entities", []) if e.get("entity") == "language"]
        correct += bool(ents) and ents[0].get("value") == lang
    return correct, total


def fallback_sweep(examples: List[Tuple[str, str]], parses: List[dict],
                   thresholds=(0.0, 0.3, 0.4, 0.5, 0.6, 0.7)) -> List[dict]:
    """What a FallbackClassifier threshold would do, from the model's own ranking.

    For each threshold: share of messages sent to fallback, accuracy when messages below the
    threshold count as "fallback" (right only for out_of_scope), and wrong answers given.
    The danger lexicon runs after the fallback, so danger_sign overrides are kept as they are.
    """
    rows = []
    for t in thresholds:
        right = fallback = wrong = 0
        for (text, gold), parse in zip(examples, parses):
            ranking = [r for r in parse.get("intent_ranking", []) if r["name"] != "nlu_fallback"]
            top = ranking[0] if ranking else {"name": "nlu_fallback", "confidence": 0.0}
            pred = full_intent({**parse, "intent": {**parse.get("intent", {}), "name": top["name"]}})
            if parse.get("danger_lexicon"):
                pred = "danger_sign"
            elif top["confidence"] < t:
                pred = "nlu_fallback"
            if pred == "nlu_fallback":
                fallback += 1
                right += gold == "out_of_scope"
            elif pred == gold:
                right += 1
            else:
                wrong += 1
        n = len(examples)
        rows.append({"threshold": t, "accuracy": right / n, "fallback": fallback / n, "wrong": wrong / n})
    return rows


_OLD_SPELLING = str.maketrans({"ɛ": "è", "ɔ": "ò", "ɲ": "ñ", "Ɛ": "È", "Ɔ": "Ò", "Ɲ": "Ñ", "ŋ": "ng"})
_NO_ACCENT = str.maketrans("éêëàâîïôûùç", "eeeaaiiouuc")


def noisy(text: str, i: int) -> str:
    """A deterministic "typed on a phone" variant of a held-out message, for the robustness check.

    Rotates through: older Bambara spellings (è ò ñ) + no French accents; SHOUTING; emphasis
    ("merciii", "!!!"); an emoji. None of these variants is in the training data.
    """
    kind = i % 4
    if kind == 0:
        return text.translate(_OLD_SPELLING).translate(_NO_ACCENT)
    if kind == 1:
        return text.upper()
    if kind == 2:
        words = text.rstrip("?!. ").split()
        if words:
            words[-1] = words[-1] + words[-1][-1] * 3
        return " ".join(words) + " !!!"
    return text + " 🙏🙏"
