"""Rule layer ``titles``: office and title phrases with their complements.

A title starts at a head noun from ``resources/ner/titles.tsv`` (مدير، وزيرة، رئيس الوزراء …,
with or without ال and proclitics) and extends over its complements: definite nouns and
adjectives (العام، الوطني), genitives with لل (للأمن), coordinated definites (والاستخبارات, و
مراقبة التراب), and construct chains (أجهزة الاستخبارات). It stops at punctuation, stop words,
person names (tokens the NER tagged PERS) and prepositional phrases with ب/في.
"""

from __future__ import annotations

import functools

from marsad.ner import lexicon
from marsad.ner.features import norm_token, proclitic_forms

MAX_TOKENS = 12


@functools.cache
def _lex() -> tuple[set[tuple[str, ...]], set[str], set[str]]:
    heads: set[tuple[str, ...]] = set()
    mods: set[str] = set()
    stops: set[str] = set()
    for w, c in lexicon.word_list("titles.tsv").items():
        if c == "HEAD":
            heads.add(tuple(w.split()))
        elif c == "MOD":
            mods.add(w)
        elif c == "STOP":
            stops.add(w)
    return heads, mods, stops


def _definite(n: str) -> bool:
    return n.startswith("ال") and len(n) > 3


def _word(n: str) -> bool:
    return any("\u0621" <= c <= "\u064a" for c in n)


def _head_at(norms: list[str], i: int) -> int:
    """Length in tokens of a title head starting at ``i`` (0 when none)."""
    heads, _, _ = _lex()
    for p, r in proclitic_forms(norms[i]):
        if p and p not in ("ال", "و", "ف", "وال", "فال", "ل", "لل", "ب", "بال"):
            continue
        base = r[2:] if r.startswith("ال") else r
        for cand in (base, r):
            nxt = norms[i + 1] if i + 1 < len(norms) else None
            if nxt and (cand, nxt) in heads:
                return 2
            if (cand,) in heads:
                return 1
    return 0


def find_titles(tokens: list[str], blocked: set[int] | None = None) -> list[tuple[int, int]]:
    """Title phrases as token ranges ``(start, end)``; ``blocked`` tokens (names) are never inside."""
    blocked = blocked or set()
    _, mods, stops = _lex()
    norms = [norm_token(t) for t in tokens]
    out: list[tuple[int, int]] = []
    i, n = 0, len(tokens)
    while i < n:
        h = _head_at(norms, i) if i not in blocked else 0
        if not h:
            i += 1
            continue
        j = i + h
        while j < n and j - i < MAX_TOKENS and j not in blocked:
            t = norms[j]
            nxt = norms[j + 1] if j + 1 < n else ""
            if not _word(t) or t in stops:
                break
            if t in mods or _definite(t) or (t.startswith("لل") and len(t) > 4):
                j += 1
            elif t.startswith(("وال", "فال")) and len(t) > 4 and j + 1 not in blocked:
                j += 1
            elif t == "و" and nxt and _word(nxt) and j + 1 not in blocked and (
                    _definite(nxt) or (j + 2 < n and _definite(norms[j + 2]))):
                j += 2 if _definite(nxt) else 3
            elif (_word(nxt) and _definite(nxt) and not t.startswith(("ب", "ف")) and j + 1 not in blocked
                  and norms[j - 1] not in stops and nxt not in stops):
                j += 2  # construct chain: أجهزة الاستخبارات
            else:
                break
        # do not end on a coordinating و
        while j > i + h and norms[j - 1] == "و":
            j -= 1
        out.append((i, j))
        i = j
    return out


def _nisba(n: str) -> bool:
    return _definite(n) and n.endswith(("ي", "يه"))


def complement_organisation(tokens: list[str], start: int, end: int) -> tuple[int, int] | None:
    """The organisation named in a title's complement, as a token range, if there is one.

    "director of X" names X as an institution when X starts with an organisation head noun
    (المركز، وزارة، معهد … from triggers.tsv, class OHEAD) and has a modifier: an optional
    definite genitive noun, nisba adjectives, and an optional لل-genitive with its adjectives
    (مديرة [المركز الوطني للاستخبارات], مدير [مركز التحليل السياسي العسكري]).
    """
    trig = lexicon.word_list("triggers.tsv")
    norms = [norm_token(t) for t in tokens[:end]]
    for i in range(start + 1, end):
        w = norms[i]
        if trig.get(w) == "OHEAD" or trig.get(w[2:] if w.startswith("ال") else w) == "OHEAD":
            j = i + 1
            if j < end and _definite(norms[j]) and not _nisba(norms[j]):
                j += 1
            while j < end and _nisba(norms[j]):
                j += 1
            if j < end and norms[j].startswith("لل") and len(norms[j]) > 4:
                j += 1
                while j < end and _nisba(norms[j]):
                    j += 1
            return (i, j) if j > i + 1 else None
    return None
