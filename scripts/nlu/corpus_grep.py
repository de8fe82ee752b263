"""Developer tool: find evidence for a Bambara phrase pattern in the Bayelemabaga corpus.

    python scripts/nlu/corpus_grep.py /path/to/bayelemabaga "n kunkolo be n dimi" "sin di den ma"

Patterns are regular expressions matched on the *normalised* Bambara line (bot.nlu.normalise),
so "ɲɔgɔnye", "nyogonye" and "ñògònyè" all match "nyogonye". Prints the hit count and the
shortest aligned lines (split:line | Bambara || French). Reads the corpus from the path you give;
nothing in the app or the tests calls this.
"""
import os
import re
import sys

sys.path.insert(0, os.path.join(os.path.dirname(__file__), "..", ".."))
from bot.nlu.normalise import normalise  # noqa: E402


def main(argv):
    corpus, patterns = argv[1], argv[2:]
    rows = []
    for split in ("train", "dev", "test"):
        with open(os.path.join(corpus, split + ".bam"), encoding="utf-8") as fb, \
                open(os.path.join(corpus, split + ".fr"), encoding="utf-8") as ff:
            for i, (bam, fr) in enumerate(zip(fb, ff), 1):
                rows.append((split, i, " " + normalise(bam) + " ", bam.strip(), fr.strip()))
    n = int(os.environ.get("N", "2"))
    for pat in patterns:
        rx = re.compile(pat)
        hits = sorted((r for r in rows if rx.search(r[2])), key=lambda r: len(r[3]))
        print(f"{pat!r}: {len(hits)} lines")
        for split, i, _, bam, fr in hits[:n]:
            print(f"  {split}:{i} | {bam[:140]} || {fr[:140]}")


if __name__ == "__main__":
    main(sys.argv)
