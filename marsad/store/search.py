"""Arabic-variant-aware search text: the same on every backend.

Documents are indexed by their normal form (marsad.arabic.normalize: hamza forms, ى/ي, ة/ه,
diacritics, tatweel) plus the light stem of each word with its proclitics removed (و ف ب ل ك ال),
so «الحموشى», «حموشي» and «بالحموشي» all find «الحموشي».
"""

from __future__ import annotations

import re

from marsad.arabic.normalize import normalize

_WORD = re.compile(r"[\w\u0600-\u06ff]+")
_PROCLITICS = ("وبال", "وال", "فال", "بال", "كال", "لل", "ال", "و", "ف", "ب", "ل", "ك")


def light_stem(word: str) -> str:
    """Strip at most one run of proclitics when at least three letters remain."""
    for p in _PROCLITICS:
        if word.startswith(p) and len(word) - len(p) >= 3:
            return word[len(p):]
    return word


def index_terms(text: str, norm: str | None = None) -> str:
    """The text to index: normal form (``norm`` if already computed), then the light stems of its words."""
    norm = normalize(text) if norm is None else norm
    stems = [light_stem(w) for w in _WORD.findall(norm)]
    return norm + "\n" + " ".join(stems)


def query_alternatives(query: str) -> list[list[str]]:
    """For each query word, the indexed terms that satisfy it: its normal form or its light stem.

    Both are needed: «وزير» must find «الوزير» (indexed stem وزير) although its own stem is زير.
    """
    out = []
    for w in _WORD.findall(normalize(query)):
        alts = list(dict.fromkeys([w, light_stem(w)]))
        out.append(alts)
    return out


def query_terms(query: str) -> list[str]:
    """Every term any query word may match (for highlighting)."""
    return [t for alts in query_alternatives(query) for t in alts]


def snippet(norm_text: str, terms: list[str], width: int = 12) -> str:
    """A window of the normal form around the first word matching a term, matches in [brackets]."""
    words = norm_text.split(" ")
    want = set(terms)
    hits = [i for i, w in enumerate(words) if any(light_stem(x) in want for x in _WORD.findall(w))]
    if not hits:
        return " ".join(words[:width])
    lo = max(0, hits[0] - width // 2)
    hi = min(len(words), lo + width)
    out = [f"[{w}]" if i in hits else w for i, w in enumerate(words[lo:hi], lo)]
    return ("…" if lo > 0 else "") + " ".join(out) + ("…" if hi < len(words) else "")
