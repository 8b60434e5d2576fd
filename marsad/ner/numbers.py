"""Rule layer ``numbers``: NUMBER, MONEY and PERCENT spans over tokens.

Numbers are digit tokens (3, 3.5, 1,200, ٣) and number words from ``resources/ner/numbers.tsv``
(ثلاثة، عشرين، مليون, also with a و proclitic inside a run: وعشرين). A following currency word
makes the run MONEY (5 ملايين دولار); a following or attached percent sign or بالمئة / في المئة
makes it PERCENT.
"""

from __future__ import annotations

import re

from marsad.arabic.normalize import normalize
from marsad.ner import lexicon
from marsad.ner.features import norm_token

_PER_HUNDRED = {normalize("المئة"), normalize("المائة")}
_ORIGINS = {normalize(w) for w in ("أمريكي", "الأمريكي", "أميركي", "الأميركي", "أوروبي", "سعودي", "مغربي")}
_DIGITS = re.compile(r"^[0-9]+([.,][0-9]+)*%?$")


def _cls(n: str, inside: bool) -> str | None:
    words = lexicon.word_list("numbers.tsv")
    if _DIGITS.match(n):
        return "DIG"
    c = words.get(n)
    if c is None and inside and n.startswith("و"):
        c = words.get(n[1:])
        if c in ("NUM", "SCALE"):
            return c
        return None
    return c


def find_numbers(tokens: list[str]) -> list[tuple[int, int, str]]:
    """Number expressions as token ranges ``(start, end, label)``."""
    norms = [norm_token(t) for t in tokens]
    out: list[tuple[int, int, str]] = []
    i, n = 0, len(norms)
    while i < n:
        c = _cls(norms[i], False)
        if c not in ("DIG", "NUM", "SCALE"):
            i += 1
            continue
        j = i + 1
        while j < n and _cls(norms[j], True) in ("DIG", "NUM", "SCALE"):
            j += 1
        label = "NUMBER"
        if norms[j - 1].endswith("%"):
            label = "PERCENT"
        elif j < n and _cls(norms[j], False) == "PCT":
            label, j = "PERCENT", j + 1
        elif j + 1 < n and norms[j] == "في" and norms[j + 1] in _PER_HUNDRED:
            label, j = "PERCENT", j + 2
        elif j < n and _cls(norms[j], False) == "CUR":
            label, j = "MONEY", j + 1
            if j < n and norms[j] in _ORIGINS:
                j += 1
        out.append((i, j, label))
        i = j
    return out
