"""Deterministic recognition of a birth or a loss she reports, run by the worker's triage after
the danger check (a danger sign is always answered first) and STOP/START — like
``bot.nlu.danger_lexicon`` for danger, so the journey does not depend on a model reading it right.
The NLU intents ``report_birth`` and ``report_loss`` catch the rest.

Patterns run on ``normalise(text)`` (lower case, no accents, ɛ->e ɔ->o ɲ->ny, elisions expanded).
Precision first for a birth (a question about giving birth is not a birth): only a past tense in
the first person, or "le bébé est né". A loss is matched only when she says it happened to her or
the baby; a question about miscarriage in general is not a loss. Bambara: words from
vocab_health.tsv (ka den wolo, ka jigin, kɔnɔtiɲɛni); the past forms are constructed (# bm).

``birth_date_in(text, today)``: the day she names — "hier", "avant-hier", "kunu" (bm, yesterday),
"il y a N jours", "le 3/12", "le 3 décembre" — today when she names none; never a future date."""
from __future__ import annotations

import re
from datetime import date, timedelta

from bot.nlu.normalise import normalise

_ME = r"(je ai|j ai|jai|ai|je viens de|je viens d|nous avons|on a)"
_BABY = r"(bebe|bb|enfant|petit|petite|fils|fille|garcon|jumeaux|jumelles|nourrisson|den|denyerenin)"

_LOSS = re.compile("|".join([
    rf"\b{_ME} (perdu|perdue) (le |la |mon |ma |notre |mes |les |l )?({_BABY}|grossesse)s?\b",
    rf"\b{_ME} (fait|eu) (une |un )?(fausse couche|avortement spontane|bebe mort|enfant mort)",
    r"\b(mort ne|mort nee|morte nee|mortne|ne mort|nee morte|mort in utero|mort dans (le|mon) ventre)\b",
    rf"\b(mon|ma|notre|le|la) {_BABY} (est|etait|sont) (mort|morte|morts|decede|decedee|parti au ciel)\b",
    r"\b(un|le|mon|ma|notre) (bebe|enfant) (mort|morte|mort ne|sans vie|decede|decedee)\b",
    r"\bgrossesse (s est |est )?arretee\b",
    r"\bkonotinyeni\b|\bkonotinye\b",  # bm: vocab_health.tsv "miscarriage"
]))
# A loss happening now (bleeding, pains): the danger path, "go to the CSCom now".
_LOSS_NOW = re.compile(
    r"\b(je fais|je suis en train de faire|je suis entrain de faire) une fausse couche\b"
    r"|\bje (suis en train de|suis entrain de|vais) perdre (le|mon|la|ma) (bebe|enfant|grossesse)\b")

_BIRTH = re.compile("|".join([
    rf"\b{_ME} (accouche|accouchee|enfante)\b",
    r"\bje viens (de |d )?accoucher\b",
    r"\bje suis accouchee\b",
    rf"\b{_ME} (eu|fait|mis au monde) (un |une |mon |ma |des |le |la )?(bebe|enfant|garcon|fille|fils|jumeaux|jumelles)\b",
    r"\b(je ai|j ai|jai|ai) donne (la )?naissance\b",
    rf"\b(mon |ma |notre |le |la )?{_BABY} (est|sont) (ne|nee|nes|nees|arrive|arrivee|arrives|venu au monde|venue au monde)\b",
    r"\b(n|ne) ye den wolo\b|\bden wolola\b|\b(n|ne) jiginna\b|\b(n|ne) bangera\b",  # bm: constructed past forms
]))
# "pas encore accouché", "je n'ai pas accouché", "avant d'accoucher", a question about the birth.
_NOT_YET = re.compile(r"\b(pas encore|pas|jamais|ne ai|ne est|quand|comment|avant|apres avoir|est ce que|si)\b.{0,40}\b(accouch|ne\b|nee)")

_MONTHS = {"janvier": 1, "fevrier": 2, "mars": 3, "avril": 4, "mai": 5, "juin": 6, "juillet": 7,
           "aout": 8, "septembre": 9, "octobre": 10, "novembre": 11, "decembre": 12}
_NUMERIC_DATE = re.compile(r"\b(\d{1,2})[/.\-](\d{1,2})(?:[/.\-](\d{2,4}))?\b")
_WORD_DATE = re.compile(r"\b(?:le )?(\d{1,2}|1er) (%s)(?: (\d{4}))?\b" % "|".join(_MONTHS))
_DAYS_AGO = re.compile(r"\bil y a (\d{1,2}|un|une|deux|trois|quatre|cinq|six|sept) (jours?|semaines?)\b")
_SMALL = {"un": 1, "une": 1, "deux": 2, "trois": 3, "quatre": 4, "cinq": 5, "six": 6, "sept": 7}


def is_loss(text: str) -> bool:
    return _LOSS.search(normalise(text)) is not None


def is_loss_now(text: str) -> bool:
    return _LOSS_NOW.search(normalise(text)) is not None


def is_birth(text: str) -> bool:
    norm = normalise(text)
    found = _BIRTH.search(norm)
    # Read what comes before the report, not a question she adds after it.
    return found is not None and _NOT_YET.search(norm[:found.end()]) is None


def asks_more(text: str) -> bool:
    """A report with a question or more to read in it: the model answers the rest too."""
    return "?" in text or len(normalise(text).split()) > 10


def birth_date_in(text: str, today: date) -> date:
    """The birth date she names, else ``today``; never after today, never more than a year back."""
    found = _named_date(text, today)
    if found is None or found > today or found < today - timedelta(days=365):
        return today
    return found


def _named_date(text: str, today: date) -> date | None:
    numeric = _NUMERIC_DATE.search(text)
    if numeric:
        return _day(today, int(numeric.group(1)), int(numeric.group(2)), numeric.group(3))
    norm = normalise(text)
    worded = _WORD_DATE.search(norm)
    if worded:
        day = 1 if worded.group(1) == "1er" else int(worded.group(1))
        return _day(today, day, _MONTHS[worded.group(2)], worded.group(3))
    if re.search(r"\bavant hier\b", norm):
        return today - timedelta(days=2)
    if re.search(r"\b(hier|kunu)\b", norm):  # bm kunu "yesterday": constructed, native review
        return today - timedelta(days=1)
    ago = _DAYS_AGO.search(norm)
    if ago:
        count = int(ago.group(1)) if ago.group(1).isdigit() else _SMALL[ago.group(1)]
        return today - timedelta(days=count * (7 if ago.group(2).startswith("semaine") else 1))
    return None


def _day(today: date, day: int, month: int, year: str | None) -> date | None:
    """A day and month without a year: the latest such day not after today (3/12 on 2 January is
    last December)."""
    try:
        if year:
            full = int(year) + (2000 if len(year) == 2 else 0)
            return date(full, month, day)
        candidate = date(today.year, month, day)
        return candidate if candidate <= today else date(today.year - 1, month, day)
    except ValueError:  # 31/11, 29/02 of a common year
        return None
