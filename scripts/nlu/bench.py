"""Measure the NLU on the held-out files and write the figures used in docs/nlu.md.

    .venv/bin/python scripts/nlu/bench.py --out /tmp/jigiya-nlu-bench [--default] [--images]

Trains (timed) the project pipeline (config.yml) and, with --default, Rasa's default pipeline
(scripts/nlu/config_rasa_default.yml) with `rasa train nlu`, parses tests/nlu/test_{fr,bm}.yml
with each, scores them next to the keyword baseline, measures language id and parse latency, and
with --images runs `rasa test nlu` on both files and copies the confusion matrix to docs/img/.
Nothing is written to models/.
"""
from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
sys.path.insert(0, ROOT)
sys.path.insert(0, HERE)
import heldout  # noqa: E402
import openworld  # noqa: E402
from keyword_baseline import KeywordBaseline, training_examples  # noqa: E402
from bot.nlu.langid import identify  # noqa: E402

RASA = os.path.join(ROOT, ".venv-rasa", "bin", "rasa")
RASA_PY = os.path.join(ROOT, ".venv-rasa", "bin", "python")
ENV = dict(os.environ, PYTHONPATH=ROOT, RASA_TELEMETRY_ENABLED="false", TF_CPP_MIN_LOG_LEVEL="3")


def train(config: str, out: str, name: str) -> float:
    # Rasa caches trained components between runs (.rasa/cache); an empty cache directory makes
    # the time a full training.
    env = dict(ENV, RASA_CACHE_DIRECTORY=tempfile.mkdtemp(prefix="rasa-cache-"))
    t0 = time.time()
    subprocess.run([RASA, "train", "nlu", "--config", config, "--domain", "domain", "--nlu", "data/nlu",
                    "--out", out, "--fixed-model-name", name], cwd=ROOT, env=env, check=True,
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return time.time() - t0


def parse(model: str, texts, work: str):
    src, dst = os.path.join(work, "in.json"), os.path.join(work, "out.json")
    with open(src, "w", encoding="utf-8") as fh:
        json.dump(texts, fh, ensure_ascii=False)
    subprocess.run([RASA_PY, os.path.join(HERE, "parse_batch.py"), model, src, dst], cwd=ROOT, env=ENV,
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    with open(dst, encoding="utf-8") as fh:
        return json.load(fh)


def lines(path):
    with open(path, encoding="utf-8") as fh:
        return [ln.strip() for ln in fh if ln.strip()]


def langid_figures(tests):
    out = {}
    for lang, name in (("bm", "langid_heldout.bam"), ("fr", "langid_heldout.fr")):
        ls = [l for l in lines(os.path.join(ROOT, "tests", "nlu", name)) if len(l.split()) >= 3]
        out[f"corpus_{lang}"] = (sum(identify(l).language == lang for l in ls), len(ls))
    for lang, examples in tests.items():
        if lang.endswith("-noisy"):
            continue
        for label, cond in (("3+", lambda n: n >= 3), ("1-2", lambda n: n < 3)):
            ex = [t for t, _ in examples if cond(len(t.split()))]
            out[f"chat_{lang}_{label}"] = (sum(identify(t).language == lang for t in ex), len(ex))
    return out


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--out", default="/tmp/jigiya-nlu-bench")
    ap.add_argument("--default", action="store_true", help="also train and score Rasa's default pipeline")
    ap.add_argument("--images", action="store_true", help="run rasa test nlu and copy the confusion matrix")
    ap.add_argument("--reuse", action="store_true", help="reuse models already in --out")
    ap.add_argument("--cv", action="store_true", help="also 3-fold cross-validation of each system")
    ap.add_argument("--noisy", action="store_true",
                    help="also score phone-typed variants of the held-out messages (heldout.noisy)")
    ap.add_argument("--heldout", default=os.path.join("tests", "nlu"),
                    help="folder of held-out files (tests/nlu/fresh: the set written after the tuning)")
    args = ap.parse_args()
    os.makedirs(args.out, exist_ok=True)
    folder = os.path.join(ROOT, args.heldout)
    tests = {lang: heldout.load_examples(os.path.join(folder, f"test_{lang}.yml"))
             for lang in ("fr", "bm")}
    if args.noisy:
        for lang in ("fr", "bm"):
            tests[lang + "-noisy"] = [(heldout.noisy(t, i), g) for i, (t, g) in enumerate(tests[lang])]
    results = {"systems": {}, "train_seconds": {}}

    systems = [("jigiya", os.path.join(ROOT, "config.yml"))]
    if args.default:
        systems.append(("rasa_default", os.path.join(HERE, "config_rasa_default.yml")))
    for name, config in systems:
        model = os.path.join(args.out, name + ".tar.gz")
        if not (args.reuse and os.path.exists(model)):
            results["train_seconds"][name] = round(train(config, args.out, name), 1)
        results["systems"][name] = {}
        for lang, examples in tests.items():
            got = parse(model, [t for t, _ in examples], args.out)
            s = heldout.score(examples, got["parses"])
            lat = sorted(got["latency_ms"])
            s["latency_p50_ms"] = round(statistics.median(lat), 1)
            s["latency_p95_ms"] = round(lat[int(0.95 * (len(lat) - 1))], 1)
            s["language_entity_3plus"] = heldout.language_accuracy(examples, got["parses"], lang[:2], 3)
            s["fallback_sweep"] = heldout.fallback_sweep(examples, got["parses"])
            results["systems"][name][lang] = s

    # Issue 17: danger recall per class, precision, uncovered/covered routing, on every held-out file.
    rows = openworld.load(folder, noisy=args.noisy)
    results["openworld"], results["guard_variants"] = {}, {}
    for name, _ in systems:
        got = parse(os.path.join(args.out, name + ".tar.gz"), [r["text"] for r in rows], args.out)
        preds = [openworld.as_answered(r["text"], p, heldout.full_intent(p)) for r, p in zip(rows, got["parses"])]
        results["openworld"][name] = openworld.figures(rows, preds)
        if name == "jigiya":
            results["guard_variants"] = guard_variants(rows, got["parses"])
    if args.cv:
        results["cross_validation"] = {name: cross_validation(config, args.out, name) for name, config in systems}

    kw = KeywordBaseline().fit(training_examples())
    results["systems"]["keywords"] = {
        lang: heldout.score(ex, [kw.parse(t) for t, _ in ex]) for lang, ex in tests.items()}
    results["langid"] = langid_figures(tests)

    if args.images:
        combined = os.path.join(args.out, "rasa-test")
        # the covered-question files only (the issue-17 files carry labels such as not_danger)
        covered = tempfile.mkdtemp(prefix="covered-")
        for lang in ("fr", "bm"):
            shutil.copy(os.path.join(folder, f"test_{lang}.yml"), covered)
        subprocess.run([RASA, "test", "nlu", "--nlu", covered, "--model",
                        os.path.join(args.out, "jigiya.tar.gz"), "--out", combined],
                       cwd=ROOT, env=ENV, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        os.makedirs(os.path.join(ROOT, "docs", "img"), exist_ok=True)
        for src, dst in (("intent_confusion_matrix.png", "nlu_intent_confusion_matrix.png"),
                         ("response_selection_confusion_matrix.png", "nlu_faq_confusion_matrix.png")):
            if os.path.exists(os.path.join(combined, src)):
                shutil.copy(os.path.join(combined, src), os.path.join(ROOT, "docs", "img", dst))

    with open(os.path.join(args.out, "results.json"), "w", encoding="utf-8") as fh:
        json.dump(results, fh, ensure_ascii=False, indent=1, default=list)
    report(results)


def guard_variants(rows, parses):
    """The routing mechanisms compared on the same parses (docs/nlu.md, issue 17 item 1)."""
    from bot.nlu.health_guard import GuardConfig

    variants = [
        ("A. trained health_other intent only (no guard)", None),
        ("B. A + fallback with 1+ health word -> midwife", GuardConfig(True, 0.0, False, 1.01, 1)),
        ("C. A + fallback with 2+ health words -> midwife", GuardConfig(True, 0.0, False, 1.01, 2)),
        ("D. C + FAQ confidence < 0.5 -> midwife", GuardConfig(True, 0.5, False, 1.01, 2)),
        ("E. C + FAQ confidence < 0.7 -> midwife", GuardConfig(True, 0.7, False, 1.01, 2)),
        ("F. C + FAQ confidence < 0.9 -> midwife", GuardConfig(True, 0.9, False, 1.01, 2)),
        ("G. C + topic keywords must match", GuardConfig(True, 0.0, True, 1.01, 2)),
        ("H. C + topic keywords when FAQ confidence < 0.9", GuardConfig(True, 0.0, True, 0.9, 2)),
        ("I. C + topic keywords and FAQ confidence < 0.7", GuardConfig(True, 0.7, True, 1.01, 2)),
        ("J. C + health_other -> FAQ when selector >= 0.7 and on topic (config.yml)",
         GuardConfig(True, 0.0, False, 1.01, 2, 0.7)),
    ]
    # Answer AND a midwife reads it when the selector is unsure (bot.intents.faq, health_guard.faq_unsure).
    from bot.nlu.health_guard import Nearness

    hedged = [
        ("K. J + answered and read by a midwife when FAQ confidence < 0.7", 0.7, False, None),
        ("L. J + answered and read by a midwife when FAQ confidence < 0.9", 0.9, False, None),
        ("M. L + also when no topic keyword matches", 0.9, True, None),
        ("N. L + also when nearer an uncovered question than any example of the answer (action_faq)",
         0.9, False, Nearness(0.0, True)),
        ("O. L + also when no example of the answer is 0.35 similar", 0.9, False, Nearness(0.35, False)),
        ("P. N + O", 0.9, False, Nearness(0.35, True)),
        ("Q. N + 0.4", 0.9, False, Nearness(0.4, True)),
    ]
    out = {}
    j = variants[-1][1]
    for label, config, hedge in [(label, config, None) for label, config in variants] + \
            [(label, j, (sure, topic, near)) for label, sure, topic, near in hedged]:
        preds = [openworld.replay(r["text"], p, config, hedge=hedge) for r, p in zip(rows, parses)]
        out[label] = openworld.figures(rows, preds)
    return out


def cross_validation(config, out, name):
    """3-fold CV on data/nlu with `rasa test nlu --cross-validation`; intent and FAQ-key figures."""
    folder = os.path.join(out, "cv-" + name)
    env = dict(ENV, RASA_CACHE_DIRECTORY=tempfile.mkdtemp(prefix="rasa-cache-"))
    subprocess.run([RASA, "test", "nlu", "--nlu", "data/nlu", "--config", config, "--cross-validation",
                    "--folds", "3", "--out", folder], cwd=ROOT, env=env, check=True,
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    figures = {}
    for kind, fname in (("intent", "intent_report.json"), ("faq_key", "response_selection_report.json")):
        path = os.path.join(folder, fname)
        if os.path.exists(path):
            with open(path, encoding="utf-8") as fh:
                rep = json.load(fh)
            figures[kind] = {"accuracy": rep.get("accuracy"),
                             "weighted_f1": (rep.get("weighted avg") or {}).get("f1-score"),
                             "lowest_f1": sorted((v["f1-score"], k) for k, v in rep.items()
                                                 if isinstance(v, dict) and "f1-score" in v
                                                 and k not in ("macro avg", "weighted avg", "micro avg"))[:6]}
    return figures


def _fmt(v):
    if isinstance(v, (list, tuple)) and len(v) == 3:
        n, d, share = v
        return f"{share:.3f} ({n}/{d})" if d else "—"
    return str(v)


def report_openworld(r):
    systems = list(r.get("openworld", {}))
    if not systems:
        return
    keys = list(r["openworld"][systems[0]])
    print("\n## Issue 17 figures\n")
    print("| figure | " + " | ".join(systems) + " |")
    print("| --- | " + " | ".join("---:" for _ in systems) + " |")
    for k in keys:
        if k == "danger_recall":
            for cls in r["openworld"][systems[0]][k]:
                print(f"| danger recall {cls} | " + " | ".join(
                    _fmt(r["openworld"][s][k].get(cls, (0, 0, 0))) for s in systems) + " |")
        else:
            print(f"| {k} | " + " | ".join(_fmt(r["openworld"][s].get(k)) for s in systems) + " |")
    print("\n## HealthGuard variants (this pipeline's parses replayed)\n")
    names = ["danger_precision", "uncovered_unrelated_faq/fr/standard", "uncovered_unrelated_faq/bm/standard",
             "uncovered_wrong_faq_relabelled/fr/standard", "uncovered_wrong_faq_relabelled/bm/standard",
             "uncovered_to_midwife/fr/standard", "uncovered_to_midwife/bm/standard",
             "offtopic_short_reply/fr/standard", "offtopic_short_reply/bm/standard",
             "covered_to_midwife/fr/standard", "covered_to_midwife/bm/standard",
             "covered_answered_and_midwife/fr/standard", "covered_answered_and_midwife/bm/standard",
             "covered_intent_accuracy/fr/standard", "covered_intent_accuracy/bm/standard"]
    print("| variant | " + " | ".join(names) + " |")
    print("| --- | " + " | ".join("---:" for _ in names) + " |")
    for label, figs in r.get("guard_variants", {}).items():
        print(f"| {label} | " + " | ".join(_fmt(figs.get(n)).split(" ")[0] for n in names) + " |")
    for name, cv in (r.get("cross_validation") or {}).items():
        print(f"\ncross-validation {name}: {json.dumps(cv)}")


def report(r):
    print("| system | lang | n | intent acc. | full acc. (faq key) | weighted F1 | macro F1 | danger recall | p50 ms |")
    print("| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |")
    for name, per in r["systems"].items():
        for lang, s in per.items():
            dr = "—" if s["danger_recall"] is None else "%.2f" % s["danger_recall"]
            print(f"| {name} | {lang} | {s['n']} | {s['intent_accuracy']:.3f} | {s['accuracy']:.3f} | "
                  f"{s['weighted_f1']:.3f} | {s['macro_f1']:.3f} | {dr} | {s.get('latency_p50_ms', '—')} |")
    report_openworld(r)
    print("\ntraining seconds:", r["train_seconds"])
    print("langid:", {k: "%d/%d = %.3f" % (c, n, c / n if n else 0) for k, (c, n) in r["langid"].items()})
    print("\nFallbackClassifier threshold sweep (jigiya): threshold, accuracy, share to fallback, share wrong")
    for lang, s in r["systems"]["jigiya"].items():
        for row in s["fallback_sweep"]:
            print(f"  {lang} {row['threshold']:.1f}  acc {row['accuracy']:.3f}  fallback {row['fallback']:.3f}  wrong {row['wrong']:.3f}")
    for lang, s in r["systems"]["jigiya"].items():
        print(f"\n[{lang}] lexicon rescued: {s['lexicon_rescued']}\n[{lang}] lexicon false alarms: "
              f"{s['lexicon_false_alarms']}\n[{lang}] language entity (3+ words): {s['language_entity_3plus']}")
        for t, g, p in s["errors"]:
            print(f"   {g:>24} -> {p:<24} | {t}")


if __name__ == "__main__":
    main()
