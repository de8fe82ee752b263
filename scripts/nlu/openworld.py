"""Issue 17 figures ("safe in the open world") from parses of the held-out files (stdlib only).

Files (tests/nlu/): test_{fr,bm}.yml (covered questions; their danger messages are the pregnancy
class), heldout_danger_continuum_{fr,bm}.yml (groups ``# postpartum``, ``# newborn``,
``# pregnancy``), heldout_uncovered_{fr,bm}.yml (health_other, out_of_scope),
heldout_benign_{fr,bm}.yml (not_danger: must not be danger). Used by bench.py.
"""
from __future__ import annotations

import os
from collections import defaultdict
from typing import Dict, List, Tuple

import heldout

MIDWIFE = {"health_other", "ask_midwife"}


def _also_to_midwife() -> set:
    """FAQ answers that also open an escalation (bot.content.faq.ALSO_TO_MIDWIFE): she gets the
    general answer and a midwife reads her question, so they count as reaching a midwife."""
    try:
        from bot.content.faq import ALSO_TO_MIDWIFE
    except Exception:  # noqa: BLE001 - the Rasa env has no Babel; bench.py runs in the app env
        return set()
    return {f"faq/{k}" for k in ALSO_TO_MIDWIFE}


ESCALATING_FAQ = _also_to_midwife()
#: Suffix of a FAQ answer also sent to a midwife because the selector was unsure (replay ``hedge``).
ALSO_MIDWIFE = "+midwife"


def _base(pred: str) -> str:
    return pred.removesuffix(ALSO_MIDWIFE)


def _escalates(pred: str) -> bool:
    return pred.endswith(ALSO_MIDWIFE) or pred in ESCALATING_FAQ
NOT_UNDERSTOOD = {"out_of_scope", "nlu_fallback"}


def answered_by(folder: str) -> Dict[Tuple[str, str], str]:
    """(file, text) → the FAQ key that now answers an uncovered question
    (tests/nlu/heldout_uncovered_answered_by.tsv: answers added after the question was written)."""
    path = os.path.join(folder, "heldout_uncovered_answered_by.tsv")
    out: Dict[Tuple[str, str], str] = {}
    if not os.path.exists(path):
        return out
    with open(path, encoding="utf-8") as fh:
        lines = [ln.rstrip("\n").split("\t") for ln in fh if ln.strip() and not ln.startswith("#")]
    for name, text, key, *_ in lines[1:]:
        out[(name, text)] = key
    return out


def load(folder: str, noisy: bool = False) -> List[dict]:
    """Every held-out message of ``folder`` (tests/nlu, or a later set with the same file names such
    as tests/nlu/fresh) as {text, gold, lang, file, cls, variant, answer}: ``answer`` is the FAQ key
    that now answers an uncovered question, or None."""
    rows = []
    now_answered = answered_by(folder)
    for lang in ("fr", "bm"):
        for name in (f"test_{lang}.yml", f"heldout_danger_continuum_{lang}.yml",
                     f"heldout_uncovered_{lang}.yml", f"heldout_benign_{lang}.yml"):
            path = os.path.join(folder, name)
            if not os.path.exists(path):
                continue
            for text, gold, group in heldout.load_grouped(path):
                cls = group if gold == "danger_sign" and group else ("pregnancy" if gold == "danger_sign" else "")
                rows.append({"text": text, "gold": gold, "lang": lang, "file": name, "cls": cls,
                             "variant": "standard", "answer": now_answered.get((name, text))})
    if noisy:
        rows += [dict(r, text=heldout.noisy(r["text"], i), variant="noisy") for i, r in enumerate(rows)]
    return rows


def _share(n: int, d: int) -> Tuple[int, int, float]:
    return n, d, (n / d if d else float("nan"))


def figures(rows: List[dict], raw_preds: List[str]) -> Dict[str, object]:
    """The issue's figures for one system; ``preds`` are full intents (faq/<key>, danger_sign…),
    ``faq/<key>+midwife`` for an answer a midwife also reads."""
    out: Dict[str, object] = {}
    escalated = [_escalates(p) for p in raw_preds]
    preds = [_base(p) for p in raw_preds]
    recall = defaultdict(lambda: [0, 0])
    tp = fp = 0
    for r, p in zip(rows, preds):
        is_danger = r["gold"] == "danger_sign"
        said = p == "danger_sign"
        if is_danger:
            key = f"{r['cls']}/{r['lang']}/{r['variant']}"
            recall[key][0] += said
            recall[key][1] += 1
        tp += is_danger and said
        fp += (not is_danger) and said
    out["danger_recall"] = {k: _share(*v) for k, v in sorted(recall.items())}
    out["danger_precision"] = _share(tp, tp + fp)
    out["danger_false_alarms"] = _share(fp, sum(r["gold"] != "danger_sign" for r in rows))
    benign = [(r, p) for r, p in zip(rows, preds) if r["gold"] == "not_danger"]
    out["benign_flagged"] = _share(sum(p == "danger_sign" for _, p in benign), len(benign))
    for variant in ("standard", "noisy"):
        for lang in ("fr", "bm"):
            sel = [(r, p) for r, p in zip(rows, preds) if r["variant"] == variant and r["lang"] == lang]
            sel_esc = [e for r, e in zip(rows, escalated) if r["variant"] == variant and r["lang"] == lang]
            unc_esc = [e for (r, _), e in zip(sel, sel_esc) if r["gold"] == "health_other"]
            cov_faq_esc = [e for (r, _), e in zip(sel, sel_esc)
                           if r["file"] == f"test_{lang}.yml" and r["gold"].startswith("faq/")]
            unc = [p for r, p in sel if r["gold"] == "health_other"]
            # The same, when an answer added since covers some of them: its own answer is not unrelated.
            unc_rows = [(r, p, e) for (r, p), e in zip(sel, sel_esc) if r["gold"] == "health_other"]
            truly = [(p, e) for r, p, e in unc_rows if not r.get("answer")]
            newly = [(r, p) for r, p, e in unc_rows if r.get("answer")]
            off = [p for r, p in sel if r["gold"] == "out_of_scope" and r["file"].startswith("heldout_uncovered")]
            cov = [(r, p) for r, p in sel if r["file"] == f"test_{lang}.yml"]
            faq = [p for r, p in cov if r["gold"].startswith("faq/")]
            tag = f"{lang}/{variant}"
            if unc:
                out[f"uncovered_unrelated_faq/{tag}"] = _share(
                    sum(p.startswith("faq") and not e for p, e in zip(unc, unc_esc)), len(unc))
                out[f"uncovered_faq_any/{tag}"] = _share(sum(p.startswith("faq") for p in unc), len(unc))
                out[f"uncovered_to_midwife/{tag}"] = _share(
                    sum(p in MIDWIFE or e for p, e in zip(unc, unc_esc)), len(unc))
                out[f"uncovered_danger/{tag}"] = _share(sum(p == "danger_sign" for p in unc), len(unc))
                out[f"uncovered_not_understood/{tag}"] = _share(sum(p in NOT_UNDERSTOOD for p in unc), len(unc))
                out[f"uncovered_wrong_faq_relabelled/{tag}"] = _share(
                    sum(p.startswith("faq") and not e and p != f"faq/{r['answer']}" for r, p, e in unc_rows),
                    len(unc_rows))
                out[f"truly_uncovered_unrelated_faq/{tag}"] = _share(
                    sum(p.startswith("faq") and not e for p, e in truly), len(truly))
                out[f"newly_covered_own_answer/{tag}"] = _share(
                    sum(p == f"faq/{r['answer']}" for r, p in newly), len(newly))
            if off:
                out[f"offtopic_short_reply/{tag}"] = _share(sum(p in NOT_UNDERSTOOD for p in off), len(off))
                out[f"offtopic_to_midwife/{tag}"] = _share(sum(p in MIDWIFE for p in off), len(off))
            if faq:
                out[f"covered_to_midwife/{tag}"] = _share(sum(p in MIDWIFE for p in faq), len(faq))
                # answered, and a midwife reads it too (ALSO_TO_MIDWIFE keys, or an unsure selector)
                out[f"covered_answered_and_midwife/{tag}"] = _share(
                    sum(p.startswith("faq") and e for p, e in zip(faq, cov_faq_esc)), len(faq))
                out[f"covered_faq_key_right/{tag}"] = _share(
                    sum(p == r["gold"] for r, p in cov if r["gold"].startswith("faq/")), len(faq))
            if cov:
                coarse = lambda x: "faq" if x.startswith("faq/") else x  # noqa: E731
                out[f"covered_intent_accuracy/{tag}"] = _share(
                    sum(coarse(r["gold"]) == coarse(p) for r, p in cov), len(cov))
                # nlu_fallback and out_of_scope get the same reply (action_out_of_scope)
                same = lambda x: "out_of_scope" if x in NOT_UNDERSTOOD else coarse(x)  # noqa: E731
                out[f"covered_same_reply_accuracy/{tag}"] = _share(
                    sum(same(r["gold"]) == same(p) for r, p in cov), len(cov))
    return out


def as_answered(text: str, parse: dict, pred: str) -> str:
    """``pred`` as action_faq answers it: marked ``+midwife`` when the selector is unsure
    (bot.nlu.health_guard.faq_unsure with its defaults)."""
    from bot.nlu import health_guard

    if not pred.startswith("faq/"):
        return pred
    selected = health_guard.faq_selection(parse.get("response_selector"))
    unsure = health_guard.faq_unsure(text, pred.partition("/")[2], selected.get("confidence"))
    return pred + ALSO_MIDWIFE if unsure else pred


def raw_intent(parse: dict) -> str:
    """The model's own intent, before HealthGuard and the danger lexicon changed it."""
    guard = parse.get("health_guard") or {}
    if guard.get("model_intent"):
        return guard["model_intent"]
    lex = parse.get("danger_lexicon") or parse.get("danger_let_through") or {}
    if lex.get("model_intent"):
        return lex["model_intent"]
    return (parse.get("intent") or {}).get("name") or "nlu_fallback"


def replay(text: str, parse: dict, config, use_lexicon: bool = True, hedge=None) -> str:
    """What the pipeline would answer with another HealthGuard configuration (None: no guard);
    ``hedge`` (confidence, topic_check, nearness): a FAQ answer the selector is unsure of also goes to a
    midwife (``health_guard.faq_unsure``), marked ``+midwife``."""
    from bot.nlu import danger_lexicon, health_guard

    intent = raw_intent(parse)
    selected = health_guard.faq_selection(parse.get("response_selector"))
    key = (selected.get("intent_response_key") or "").partition("/")[2] or None
    if config is not None:
        intent, _ = health_guard.decide(text, intent, key, selected.get("confidence"), config)
    if use_lexicon and danger_lexicon.is_danger(text):
        return "danger_sign"
    if intent == "faq":
        if key and hedge is not None and health_guard.faq_unsure(text, key, selected.get("confidence"),
                                                                  sure=hedge[0], topic_check=hedge[1],
                                                                  nearness=hedge[2]):
            return f"faq/{key}{ALSO_MIDWIFE}"
        return f"faq/{key}" if key else "faq"
    return intent
