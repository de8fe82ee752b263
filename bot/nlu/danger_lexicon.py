"""Deterministic safety net for danger signs (French, Bambara, phone spellings).

Applied *after* the classifier: if a message matches, the parse becomes ``danger_sign`` whatever
the model said. Recall comes first, so patterns are broad; the false alarms they add are counted
in docs/nlu.md. The app calls ``is_danger`` as a last guard before answering anything.

All patterns run on ``normalise(text)`` output (``is_danger`` normalises for you; raw or
already-normalised text both work because normalisation is idempotent). Standard library only.

Ambiguous Bambara words are never matched alone:
- ``joli`` is "blood" *and* "how many/how much": only ``joli`` followed by ``bo``/``bora``/``bon``
  ("blood comes out", Bayelemabaga "joli be bɔ o nun ni o da fɛ") counts.
- ``kalo`` is "month/moon" *and* "menstruation": never matched.
- ``konodimi`` (belly ache) is not a danger sign by itself; ``kɔnɔ`` also means "inside".
"""
from __future__ import annotations

import re
from typing import List, Optional, Tuple

from bot.nlu.normalise import normalise

# (category, pattern) over normalised text: lower case, no accents, ɛ->e ɔ->o ɲ->ny, elisions expanded.
_PATTERNS: List[Tuple[str, str]] = [
    # --- bleeding -------------------------------------------------------------------------
    ("bleeding", r"\b\w{0,2}saign\w*"),                            # saigne, saignement, "jsaigne"
    ("bleeding", r"\bseign\w*|\bsegne\w*|\bsaing\w*"),             # common typos
    ("bleeding", r"\bhemor+ag\w*|\bhemor+ra\w*|\bemoragi\w*"),
    ("bleeding", r"\b(du|le|de|des|mon|en|beaucoup de) sang\b(?! ?(test|analyse|groupe))"),
    ("bleeding", r"\bsang (coule|sort|qui|vient|partout|rouge)"),
    ("bleeding", r"\bperte\w* (de|du|rouge\w*) ?sang|\bpertes? rouges?\b"),
    ("bleeding", r"\b(mes|les|des) regles\b.*\b(enceinte|grossesse)|\b(enceinte|grossesse)\b.*\bregles\b"),
    ("bleeding", r"\bbasi ?bo\w*|\bjoli ?bo\w*"),                    # basibɔn, jolibɔn (vocab_health.tsv)
    ("bleeding", r"\b(basi|joli) (be|bora|bo|ka|ye) ?(bo\w*|n na|a la|n fe)"),  # joli bɛ bɔ
    ("bleeding", r"\bbasi bonni|\bjoli (be|bora) bo"),
    ("bleeding", r"\bsang (be|bora|ka|te) ?bo\w*|\bsang bora\b"),     # mixed: "sang bɛ bɔ"
    # --- convulsions / fits / loss of consciousness --------------------------------------------
    ("convulsions", r"\bconvuls\w*|\bconvilsi\w*|\bconvulti\w*"),
    ("convulsions", r"\bepilep\w*|\bcrise\w* (d|de|du) (epilep|nerf|convul)\w*"),
    ("convulsions", r"\b(elle|je|il) (a )?(fait|fais|fai) (une|des) crise\w*"),
    ("convulsions", r"\b(evanoui\w*|perdu connaissance|perd connaissance|tombee? sans connaissance)"),
    ("convulsions", r"\bkirin(ni|na|nen)?\w?\b|\bjali\b|\bkirikirimas\w*"),   # kirinni, a kirinna
    # --- severe headache / blurred vision ------------------------------------------------------
    ("headache", r"\bmal (a|de|au) (la )?tete\b"),                 # recall first: any headache report
    ("headache", r"\b(ma|la) tete (me )?(fait|fai|tourne|va exploser)\b"),
    ("headache", r"\bcephal\w*"),
    ("headache", r"\b(vue|vision|yeux)\b.{0,20}\b(trouble|floue?|brouill\w*|noir\w*)"),
    ("headache", r"\bje (vois|voit) (flou|trouble|mal|des etoiles|des points)"),
    ("headache", r"\bkun[kg]olo ?dimi\b|\bkun[kg]olo (be|b) .{0,12}dimi"),   # kunkolodimi, "n kunkolo bɛ n dimi"
    # --- baby not moving ----------------------------------------------------------------------
    ("no_movement", r"\b(bebe|enfant|petit|il|elle)\b.{0,25}\bne (le )?(bouge|bougent|remue|tape|sent)\w* (plus|pas|presque plus|presque pas)"),
    ("no_movement", r"\b(bebe|enfant|petit|il|elle)\b.{0,20}\b(bouge|remue|tape)\w* (moins|plus beaucoup|a peine)"),
    ("no_movement", r"\b(bebe|enfant|petit|il|elle)\b.{0,10}\b(bouge|remue)\w* pas\b"),
    ("no_movement", r"\bje (ne )?(le |la )?sens (plus|pas) (le |mon |bouger|du tout|rien)\w*"),
    ("no_movement", r"\b(plus|pas|aucun|moins) de mouvements?\b|\bmouvements? (du bebe )?(ont )?(diminu|arret|reduit|stop)\w*"),
    ("no_movement", r"\bbouge plus\b|\bbouge pas\b|\bne bouge\b"),
    ("no_movement", r"\b(den|a) (te|ma|tena) lamaga\w*|\blamaga\w* (te|dogoyara|banna)"),
    # --- waters breaking ------------------------------------------------------------------------
    ("waters", r"\bpertes? (des|d|de|les) eaux\b|\bperdu (les|des|mes) eaux\b|\bperds? (les|des|mes) eaux\b"),
    ("waters", r"\bpoche\b.{0,20}\b(perce|casse|rompu|eclat|ouvert|perc\w*|cass\w*|rompu\w*|eclat\w*)"),
    ("waters", r"\b(eau|liquide|de l eau) (coule|coulent|sort|sortent|qui coule|qui sort)\b"),
    ("waters", r"\brupture (de la )?poche\b|\bles eaux (ont|sont) (casse|perce|coule|parti)\w*"),
    ("waters", r"\bji (be|bora|ye) (bo|n na bo|bora)\w*|\bji bora\b"),
    # --- other WHO danger signs (CONTENT_FACTS), kept because recall comes first -----------------
    ("other", r"\b(forte|grosse|tres forte) fievre\b|\bfievre\b.{0,30}\b(faible|lever|tres|forte)\b"),
    ("other", r"\bfarigan\b.{0,25}\b(kosebe|juguman|ka bon|ka gelen|te se ka wuli)\b|\bfarigan juguman\b"),
    ("other", r"\b(respire|respir\w*) (mal|difficilement|vite|plus)\b|\bdu mal a respirer\b|\bessouffl\w*"),
    ("other", r"\b(visage|mains|pieds|figure) (gonfl|enfl)\w*|\b(gonfl|enfl)\w* (du|de|le|la|les) (visage|mains|figure)"),
    ("other", r"\b(tres|trop|fort|forte|grave) mal (au|a|de) ventre\b|\b(mal|douleur\w*) (au|de|du) ventre\b.{0,20}\b(tres|trop|fort|grave|insupportable)\b"),
    ("other", r"\bkonodimi\b.{0,10}\b(juguman|kosebe|ka bon)\b"),
    ("other", r"\bninakili\b.{0,15}\b(ka gelen|te se)\b"),
    ("other", r"\b(visage|mains|pieds|figure)\b.{0,30}\b(gonfl|enfl)\w*"),
    ("other", r"\burgen(ce|t|te)s?\b|\bau secours\b|\bje suis tombee\b"),
]

# A few plain negations of bleeding ("je ne saigne pas") that would otherwise alarm the midwife.
_NEGATED = re.compile(r"\b(ne saigne pas|pas de saignement|sans saignement|pas saigne)\b")

# Benign phrases removed before matching: "prise de sang" at the CPN is not bleeding.
# "pas assez de sang" / "manque de sang" is how women name anaemia (a FAQ), not a bleed.
_BENIGN = re.compile(r"\b(prises?|analyses?|tests?|examens?|groupes?) (de|du) sang\b|\bgroupe sanguin\b"
                     r"|\b(assez|peu|manque|manquer) de sang\b|\b(augmenter|ameliorer|faire) (mon|le|du) sang\b"
                     r"|\bgencives? (qui )?saign\w*|\bsaign\w* (des|les|de mes) gencives?\b")

_COMPILED = [(cat, re.compile(p)) for cat, p in _PATTERNS]


def match(text: str) -> Optional[Tuple[str, str]]:
    """Return (category, matched text) for the first danger pattern in ``text``, else None."""
    norm = _BENIGN.sub(" ", normalise(text))
    for cat, rx in _COMPILED:
        m = rx.search(norm)
        if m:
            if cat == "bleeding" and _NEGATED.search(norm) and not _other_bleeding(norm, m):
                continue
            return cat, m.group(0)
    return None


def _other_bleeding(norm: str, m: "re.Match[str]") -> bool:
    # "pas de saignement mais du sang coule" is still bleeding: look past the negated phrase.
    rest = _NEGATED.sub(" ", norm)
    return any(rx.search(rest) for cat, rx in _COMPILED if cat == "bleeding")


def is_danger(text: str) -> bool:
    """True when ``text`` (raw or normalised) reports a danger sign in French or Bambara."""
    return match(text) is not None
