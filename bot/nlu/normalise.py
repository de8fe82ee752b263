"""Fold the ways women type French and Bambara on a phone into one form.

Used by the Rasa tokenizer (training and inference), by language identification and by the
danger lexicon, so the three always see the same text. Standard library only.
"""
from __future__ import annotations

import re
import unicodedata

# Bambara letters typed on phones without them (CONTENT_FACTS: e, o, ny, ng; è, ò in older spelling).
_LETTERS = str.maketrans({
    "ɛ": "e", "ɔ": "o", "ɲ": "ny", "ŋ": "ng",
    "Ɛ": "e", "Ɔ": "o", "Ɲ": "ny", "Ŋ": "ng",
    "ñ": "ny", "Ñ": "ny",  # older Bambara spelling of ɲ (ñògònyè), before accents are stripped
    "œ": "oe", "æ": "ae", "ß": "ss",
    # Look-alikes phones and fonts produce for ɛ / ɔ.
    "ε": "e", "Ɛ": "e", "ͻ": "o",
})

_APOSTROPHES = str.maketrans({"’": "'", "‘": "'", "`": "'", "´": "'", "ʼ": "'", "′": "'"})

# Elisions. Bambara: b'a = bɛ a, k'a = ka a, n'i = ni i, y'a = ye a, t'a = tɛ a, m'a = ma a.
# French: c'est, j'ai, l'enfant, d'accord, qu'il, s'il. A lone "n'"/"m'"/"t'" is Bambara *or*
# French (n'ai, m'a dit); both languages get the same expansion, which is all the classifier needs.
_ELISIONS = {
    "b": "be", "k": "ka", "n": "ni", "y": "ye", "t": "te", "m": "ma",
    "c": "c", "j": "je", "l": "le", "d": "de", "qu": "que", "s": "s",
}
_ELISION_RE = re.compile(r"\b(qu|[bkn ytmcjlds])'(?=\w)".replace(" ", ""))

# Unambiguous SMS abbreviations (none of them is a Bambara word in the Bayelemabaga corpus).
_SMS = {
    "bjr": "bonjour", "bjour": "bonjour", "bsr": "bonsoir", "slt": "salut",
    "mrc": "merci", "mci": "merci", "mrci": "merci", "svp": "s il vous plait",
    "stp": "s il te plait", "pk": "pourquoi", "pq": "pourquoi", "pkoi": "pourquoi",
    "tjr": "toujours", "tjrs": "toujours", "bcp": "beaucoup", "qd": "quand",
    "koi": "quoi", "kel": "quel", "kelle": "quelle", "cc": "coucou", "dac": "d accord",
    "dacc": "d accord", "ok": "ok", "okay": "ok", "oki": "ok", "rdv": "rendez vous",
    "sf": "sage femme", "svt": "souvent", "auj": "aujourd hui", "ajd": "aujourd hui",
    "ojd": "aujourd hui", "dem": "demain", "mtn": "maintenant", "pr": "pour",
    "ds": "dans", "vs": "vous", "jsp": "je sais pas", "g": "j ai",
}

# An emoji that *is* the whole message carries its meaning ("👍" = ok, "🙏" = merci); next to words
# it is politeness or decoration ("aide moi 🙏", "c quand 😊") and is dropped, otherwise every
# message ending in 🙏 would look like a thank-you.
_EMOJI_WORDS = {
    "👍": " ok ", "👌": " ok ", "✅": " ok ", "🆗": " ok ", "🙏": " merci ", "👎": " non ",
}

_REPEAT_RE = re.compile(r"(\w)\1{2,}")       # "ouiii" -> "oui", 3+ only: Bambara has long vowels (aa)
_NON_WORD_RE = re.compile(r"[^\w?]+")
_SPACE_RE = re.compile(r"\s+")
_QMARK_RE = re.compile(r"\?+")


def _is_emoji(ch: str) -> bool:
    cat = unicodedata.category(ch)
    return cat in ("So", "Sk", "Cs", "Co") or 0x1F000 <= ord(ch) <= 0x1FAFF or ch in "\u200d\ufe0f"


def normalise(text: str) -> str:
    """Return the folded form of ``text``: lower case ASCII-ish words separated by single spaces.

    Steps, in order: NFC; emoji -> word or nothing; lower case; ɛ ɔ ɲ ŋ -> e o ny ng; every
    combining mark (tones, French accents, è ò) dropped; apostrophes unified and elisions
    expanded; punctuation -> space (a question mark is kept as a token "?"); letters repeated 3+
    times collapsed; a few SMS abbreviations expanded. Idempotent: normalise(normalise(x)) ==
    normalise(x).
    """
    if not text:
        return ""
    text = unicodedata.normalize("NFC", text)
    emoji_only = not any(ch.isalnum() for ch in text)
    out = []
    prev = ""
    for ch in text:
        if ch == prev and (ch in _EMOJI_WORDS or _is_emoji(ch)):
            continue  # "🙏🙏🙏" counts once
        prev = ch
        if ch in _EMOJI_WORDS:
            out.append(_EMOJI_WORDS[ch] if emoji_only else " ")
        elif _is_emoji(ch):
            out.append(" ")
        else:
            out.append(ch)
    text = "".join(out).lower().translate(_LETTERS).translate(_APOSTROPHES)
    text = unicodedata.normalize("NFD", text)
    text = "".join(ch for ch in text if unicodedata.category(ch) != "Mn")
    text = unicodedata.normalize("NFC", text).translate(_LETTERS)
    text = _ELISION_RE.sub(lambda m: _ELISIONS[m.group(1)] + " ", text)
    text = text.replace("_", " ")
    text = _NON_WORD_RE.sub(" ", text)
    text = _QMARK_RE.sub(" ? ", text)
    text = _REPEAT_RE.sub(r"\1", text)
    words = [_SMS.get(w, w) for w in text.split()]
    return _SPACE_RE.sub(" ", " ".join(words)).strip()
