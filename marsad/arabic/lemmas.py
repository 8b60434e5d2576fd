"""A fast light lemmatiser: clitics off, then inflectional affixes off where the base is attested.

``بالرباط`` → رباط, ``استقباله`` → استقبال, ``عمليات`` → عملية, ``الوطنية`` → وطني, ``يتابعون``
→ تابع. The word is clitic-segmented (:mod:`marsad.arabic.clitics`), its stem stripped of
diacritics and tatweel, then the first rule of resources/arabic/lemma_rules.json whose result is
a word seen in news text (SaudiNewsNet counts) applies; lemma exceptions come from the same file.
Cached per word type: a running text costs one dict lookup per token.
"""

from __future__ import annotations

import json
from functools import cache, lru_cache

from marsad.arabic.clitics import ENCLITIC, STEM, split_word, word_counts
from marsad.arabic.segment import RESOURCES, strip_marks


@cache
def rules() -> dict:
    """The lemmatiser's rules and exceptions (resources/arabic/lemma_rules.json)."""
    return json.loads((RESOURCES / "lemma_rules.json").read_text("utf-8"))


def _count(word: str) -> int:
    wc = word_counts()
    return max(wc.get(word, 0), wc.get("ال" + word, 0))


def stem_lemma(stem: str, had_enclitic: bool = False) -> str:
    """The lemma of a clitic-free, diacritic-free stem."""
    cfg = rules()
    exc = cfg["exceptions"].get(stem)
    if exc:
        return exc
    min_count, min_len, default_ratio = cfg["min_count"], cfg["min_len"], cfg["ratio"]
    f_stem = _count(stem)
    for r in cfg["rules"]:
        pre, suf = r.get("prefix", ""), r.get("suffix", "")
        if r.get("only_with_enclitic") and not had_enclitic:
            continue
        if not (stem.startswith(pre) and stem.endswith(suf)):
            continue
        core = stem[len(pre) : len(stem) - len(suf)] if suf else stem[len(pre) :]
        if len(core) < r.get("min_rest", min_len):
            continue
        cand = r.get("prepend", "") + core + r.get("add", "")
        f_cand = _count(cand)
        if cand != stem and f_cand >= min_count and f_cand >= r.get("ratio", default_ratio) * f_stem:
            return cand
    return stem


@lru_cache(maxsize=300_000)
def lemma(word: str) -> str:
    """The lemma of a word token as it appears in text (clitics, diacritics allowed)."""
    segs = split_word(word)
    stem = next((word[s.start : s.end] for s in segs if s.label == STEM), None)
    if stem is None:  # preposition + pronoun (له، بها): the preposition
        return strip_marks(word[segs[0].start : segs[0].end])
    had_enc = any(s.label == ENCLITIC for s in segs)
    return stem_lemma(strip_marks(stem), had_enc)
