"""Compute bot/nlu/data/health_vocab.json from the training data (data/nlu/{fr,bm}/*.yml).

    .venv/bin/python scripts/nlu/build_health_vocab.py          # writes the file
    .venv/bin/python scripts/nlu/build_health_vocab.py --check  # exit 1 if it is out of date

health_words: folded words (3+ letters, not function words) seen at least twice in health labels
(faq/*, danger_sign, health_other, ask_midwife) and at least 85 % of the time there.
faq_keywords[key]: words of that FAQ key's examples that occur at least half the time in that key
among the health labels. See bot/nlu/health_guard.py.
faq_examples[label]: the folded training examples of each faq/* key and of health_other
(bot/nlu/nearest_example.py).
"""
from __future__ import annotations

import glob
import json
import os
import sys
from collections import Counter, defaultdict

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
sys.path.insert(0, ROOT)
sys.path.insert(0, HERE)
import heldout  # noqa: E402
from bot.nlu.health_guard import VOCAB_PATH, tokens  # noqa: E402
from bot.nlu.normalise import normalise  # noqa: E402

# Function words and chat words of both languages that say nothing about the topic.
STOP = set("""
les des une que qui est pas pour avec dans sur par mon mes ton tes son ses nos vos leur aux
ces cette quoi quand comment combien pourquoi est-ce estce tout tous toute toutes plus moins tres
trop bien mal faire fait fais peux peut dois doit veux veut suis sont etre avoir avez avons ont
elle ils elles nous vous moi toi lui ici alors mais donc car encore deja aussi meme autre autres
jour jours fois ans mois semaine semaines normal normale grave quel quelle quels quelles
apres avant pendant depuis entre sans sous chez comme faut dit dire rien chose choses beaucoup
bon bonne bonjour merci svp stp cest jai jsuis c ca cela ceci
ye ka ko bɛ be te tɛ ma na la le ni an aw u wa min mun jumen jumɛn cogo di fo kan kɔ ko fɛ fe
dɔ do dɔw dow ninnu nin olu o bɛɛ bee tuma don yen yan se sɔrɔ soro kɛ ke fɔ fo kelen fila saba
""".split())
# Words common in health examples but ordinary elsewhere: never "health words" on their own
# (still usable as topic keywords). joli = blood AND how many, kono = belly AND inside.
GENERIC = set("""
agent aller ani arrive attendre augmenter baara bas belle bin caisse caman carte cause centre chaque
charges contact contre corps couche deux donnent donner doonin doron dun eau envie eviter font fort
forte frais gratuit heures hier joona kabini kunu kera kele maison man mange manger men mere met moment
notre payer personne petit peu peur possible premier premiere presque pret pris programme puis question
repas repondre rester sen sens sent sort souvent temps terre toujours travail travailler vite waati wele
joli kono sin san mogo nafa nye tombe tombee lever porter lourdes laver dur dure mains pieds jambes
perdu perds passee savoir met mettez eviter repos dormir dort boire
""".split())
HEALTH = lambda label: label.startswith("faq/") or label in {"danger_sign", "health_other", "ask_midwife"}  # noqa: E731


def examples():
    for path in sorted(glob.glob(os.path.join(ROOT, "data", "nlu", "*", "*.yml"))):
        yield from heldout.load_examples(path)


def build() -> dict:
    per_label = defaultdict(Counter)
    for text, label in examples():
        for t in set(tokens(text)):
            if t not in STOP:
                per_label[label][t] += 1
    health, other = Counter(), Counter()
    for label, counts in per_label.items():
        (health if HEALTH(label) else other).update(counts)
    health_words = sorted(t for t, n in health.items()
                          if n >= 2 and n / (n + other[t]) >= 0.85 and t not in GENERIC)
    # The answer's own words (French source and Bambara catalog text) also name its topic, unless
    # they occur in three or more answers (CSCom, grossesse…).
    answer_words = answers()
    in_answers = Counter(t for words in answer_words.values() for t in words)
    keywords = {}
    for label, counts in sorted(per_label.items()):
        if label.startswith("faq/"):
            key = label[4:]
            mine = {t for t, n in counts.items() if n / health[t] >= 0.5}
            mine |= {t for t in answer_words.get(key, ()) if in_answers[t] < 3 and t not in GENERIC}
            keywords[key] = sorted(mine)
    # The FAQ and uncovered-question examples themselves, folded (bot.nlu.nearest_example).
    faq_examples = defaultdict(set)
    for text, label in examples():
        if label.startswith("faq/") or label == "health_other":
            faq_examples[label].add(normalise(text))
    return {"health_words": health_words, "faq_keywords": keywords,
            "faq_examples": {label: sorted(texts) for label, texts in sorted(faq_examples.items())}}


def answers() -> dict:
    from bot.content.faq import FAQ
    from bot.content.i18n import translate

    return {key: {t for language in ("fr", "bm") for t in tokens(translate(language, a.text)) if t not in STOP}
            for key, a in FAQ.items()}


def main(argv):
    data = build()
    text = json.dumps(data, ensure_ascii=False, indent=0, sort_keys=True) + "\n"
    if "--check" in argv:
        with open(VOCAB_PATH, encoding="utf-8") as fh:
            ok = fh.read() == text
        print("up to date" if ok else "out of date: run scripts/nlu/build_health_vocab.py")
        return 0 if ok else 1
    with open(VOCAB_PATH, "w", encoding="utf-8") as fh:
        fh.write(text)
    print(f"{len(data['health_words'])} health words, "
          f"{sum(map(len, data['faq_keywords'].values()))} topic keywords -> {VOCAB_PATH}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
