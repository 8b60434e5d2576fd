"""Clitic segmentation of Arabic words: proclitics (و ف ب ل ك س ال), stem, enclitic pronouns.

``بالرباط`` → ب + ال + رباط, ``لأفريل`` → ل + أفريل, ``استقباله`` → استقبال + ه, ``للسلطة`` →
ل + (ا)ل + سلطة. Each analysis the grammar allows (conjunction? preposition-or-future? article?
stem enclitic?) is scored by how often its core appears as a word of its own in news text
(SaudiNewsNet surface counts, resources/arabic/wordfreq.tsv.gz, with the article kept on the core),
times a penalty per split clitic; the unsplit word competes with its own count. With no lexical
evidence, only the unambiguous preposition+article pattern (وال، بال، لل …) is split.
Results are cached per word type, so a running text costs a dict lookup per token.
"""

from __future__ import annotations

import gzip
import json
from functools import cache, lru_cache
from typing import NamedTuple

from marsad.arabic.segment import _MARKS_RE, RESOURCES

PROCLITIC, STEM, ENCLITIC = "PROCLITIC", "STEM", "ENCLITIC"


class Segment(NamedTuple):
    """One clitic or stem of a word: offsets relative to the word, label, and canonical form."""

    start: int
    end: int
    label: str
    form: str


@cache
def config() -> dict:
    """The clitic inventory and scoring constants (resources/arabic/clitics.json)."""
    return json.loads((RESOURCES / "clitics.json").read_text("utf-8"))


@cache
def word_counts() -> dict[str, int]:
    """Surface word counts from SaudiNewsNet (diacritics removed, hamza kept)."""
    counts: dict[str, int] = {}
    path = RESOURCES / "wordfreq.tsv.gz"
    with gzip.open(path, "rt", encoding="utf-8") as fh:
        for line in fh:
            if line.startswith("#"):
                continue
            w, _, c = line.rstrip("\n").partition("\t")
            counts[w] = int(c)
    return counts


def _variants(stem: str) -> list[str]:
    """Citation spellings of a stem that carried an enclitic (حكومت → حكومة, إلي → إلى …)."""
    out = [stem]
    last = stem[-1]
    if last == "ت":
        out.append(stem[:-1] + "ة")
    elif last == "ي":
        out.append(stem[:-1] + "ى")
    elif last == "و":
        out.append(stem + "ا")
    elif last in "ؤئ":
        out.append(stem[:-1] + "ء")
    elif last == "ا":
        out.append(stem[:-1] + "ى")
    return out


def _freq(forms: list[str]) -> int:
    wc = word_counts()
    return max(wc.get(f, 0) for f in forms)


@lru_cache(maxsize=300_000)
def _analyse(bare: str) -> tuple[tuple[int, int, str, str], ...]:
    """Best segmentation of a diacritic-free word as (start, end, label, form) in ``bare``."""
    cfg = config()
    n = len(bare)
    min_stem = cfg["min_stem"]
    penalty = cfg["penalty"]
    wc = word_counts()
    if bare in cfg["never_split"] or n < 2:
        return ((0, n, STEM, bare),)
    best: tuple[float, tuple] = (float(wc.get(bare, 0)), ((0, n, STEM, bare),))
    fallback: tuple | None = None
    conjs = [("", 0)] + [(c, 1) for c in cfg["conjunctions"] if bare.startswith(c)]
    for conj, i in conjs:
        preps = [("", 0)]
        for p in cfg["prepositions"]:
            if bare.startswith(p, i):
                preps.append((p, 1))
        for f in cfg["future"]:
            if bare.startswith(f, i) and n > i + 1 and bare[i + 1] in cfg["future_next"]:
                preps.append((f, 1))
        for prep, pl in preps:
            j = i + pl
            pre: list[tuple[int, int, str, str]] = []
            if conj:
                pre.append((0, 1, PROCLITIC, conj))
            if prep:
                pre.append((i, j, PROCLITIC, prep))
            rest = bare[j:]
            # the article (ل + ال is written لل)
            arts: list[tuple[int, str]] = [(0, "")]
            if prep != "س":
                if rest.startswith("ال") and len(rest) - 2 >= min_stem and rest not in cfg["article_words"]:
                    arts.append((2, "ال" + rest[2:]))
                elif prep == "ل" and rest.startswith("ل") and len(rest) - 1 >= min_stem:
                    arts.append((1, "ال" + rest[1:]))
            for al, art_core in arts:
                k = j + al
                segs = list(pre)
                if al:
                    segs.append((j, k, PROCLITIC, "ال"))
                stem = bare[k:]
                n_split = len(pre)
                if al:
                    if n_split == 0:
                        continue  # a bare article alone is not split for scoring; handled below
                    score = _freq([art_core]) * penalty**n_split
                    cand = (*segs, (k, n, STEM, bare[k:]))
                    if score > best[0]:
                        best = (score, cand)
                    if fallback is None and n_split and len(stem) >= 3:
                        fallback = cand
                    continue
                # enclitic pronouns (never with the article)
                encs = [("", 0)] + [(e, len(e)) for e in cfg["enclitics"] if stem.endswith(e)]
                for enc, el in encs:
                    core = stem[: len(stem) - el] if el else stem
                    if el and not core:
                        if prep and (prep + stem) in cfg["prep_pronoun"]:
                            cand = (*segs, (k, n, ENCLITIC, enc))
                            score = float(wc.get(bare, 0)) * 1.01 + 1
                            if score > best[0]:
                                best = (score, cand)
                        continue
                    if len(core) < min_stem:
                        continue
                    splits = n_split + (1 if el else 0)
                    if splits == 0:
                        continue
                    pen = penalty**n_split * (cfg["enclitic_penalty"].get(enc, penalty) if el else 1.0)
                    score = _freq(_variants(core) if el else [core]) * pen
                    if score > best[0]:
                        cand = list(segs)
                        cand.append((k, k + len(core), STEM, core))
                        if el:
                            cand.append((k + len(core), n, ENCLITIC, enc))
                        best = (score, tuple(cand))
    if best[0] == 0 and fallback is not None:
        best = (0.0, fallback)
    segs = best[1]
    # split a definite article left on the stem (الرباط → ال + رباط) for the clitic layer
    last = segs[-1] if segs[-1][2] == STEM else segs[-2]
    s0, e0 = last[0], last[1]
    stem = bare[s0:e0]
    has_art = any(s[3] == "ال" for s in segs)
    if (not has_art and stem.startswith("ال") and len(stem) - 2 >= min_stem
            and stem not in cfg["article_words"]):
        out = []
        for s in segs:
            if s is last:
                out.append((s0, s0 + 2, PROCLITIC, "ال"))
                out.append((s0 + 2, e0, STEM, stem[2:]))
            else:
                out.append(s)
        segs = tuple(out)
    return tuple(segs)


def split_word(word: str) -> list[Segment]:
    """Clitic segmentation of ``word`` (diacritics allowed) with offsets into ``word``."""
    if not _MARKS_RE.search(word):
        return [Segment(*s) for s in _analyse(word)]
    keep = [i for i, ch in enumerate(word) if not _MARKS_RE.match(ch)]
    bare = "".join(word[i] for i in keep)
    if not bare:
        return [Segment(0, len(word), STEM, word)]
    keep.append(len(word))
    out = []
    for s, e, label, form in _analyse(bare):
        start = 0 if s == 0 else keep[s]
        end = len(word) if e == len(bare) else keep[e]
        out.append(Segment(start, end, label, form))
    return out
