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


def _pen(form: str) -> float:
    return config()["penalty"].get(form, 1.0)


def _candidates(bare: str):
    """Every analysis the clitic grammar allows: (segments, lookup forms of the core, clitics split)."""
    cfg = config()
    n = len(bare)
    min_stem = cfg["min_stem"]
    conjs = [""] + [c for c in cfg["conjunctions"] if bare.startswith(c)]
    for conj in conjs:
        i = len(conj)
        preps = [""] + [p for p in cfg["prepositions"] if bare.startswith(p, i)]
        preps += [f for f in cfg["future"] if bare.startswith(f, i) and n > i + 1 and bare[i + 1] in cfg["future_next"]]
        for prep in preps:
            j = i + len(prep)
            pre: list[tuple[int, int, str, str]] = []
            if conj:
                pre.append((0, i, PROCLITIC, conj))
            if prep:
                pre.append((i, j, PROCLITIC, prep))
            rest = bare[j:]
            if not rest:
                continue
            # the article, kept on the core for lookup (ل + ال is written لل)
            if prep != "س" and (conj or prep):
                al = 0
                if rest.startswith("ال") and len(rest) - 2 >= min_stem and rest not in cfg["article_words"]:
                    al = 2
                elif prep == "ل" and rest.startswith("ل") and len(rest) - 1 >= min_stem:
                    al = 1
                if al:
                    yield ((*pre, (j, j + al, PROCLITIC, "ال"), (j + al, n, STEM, bare[j + al :])),
                           ["ال" + rest[al:]], [conj, prep])
                    continue
            definite = rest.startswith("ال") and len(rest) > 4
            encs = [""] if definite else [""] + [e for e in cfg["enclitics"] if rest.endswith(e)]
            for enc in encs:
                core = rest[: len(rest) - len(enc)]
                split = [c for c in (conj, prep, enc) if c]
                if not split:
                    continue
                if not core:
                    if prep and prep + enc in cfg["prep_pronoun"] and not conj:
                        yield ((*pre, (j, n, ENCLITIC, enc)), None, split)
                    continue
                if len(core) < min_stem or core == "ال":
                    continue
                segs = [*pre, (j, j + len(core), STEM, core)]
                if enc:
                    segs.append((j + len(core), n, ENCLITIC, enc))
                yield tuple(segs), (_variants(core) if enc else [core]), split


@lru_cache(maxsize=300_000)
def _analyse(bare: str) -> tuple[tuple[int, int, str, str], ...]:
    """Best segmentation of a diacritic-free word as (start, end, label, form) in ``bare``."""
    cfg = config()
    n = len(bare)
    whole = ((0, n, STEM, bare),)
    if bare in cfg["never_split"] or n < 2:
        return _split_article(bare, whole)
    wc = word_counts()
    f_word = wc.get(bare, 0)
    best_score, best = float(f_word), whole
    fallback = None
    for segs, lookups, split in _candidates(bare):
        if lookups is None:  # preposition + pronoun (له، بها)
            return segs
        f_core = _freq(lookups)
        if f_core < cfg["min_core_count"]:
            if fallback is None and f_word < cfg["unknown_max_count"] and _fallback_ok(bare, segs, split, cfg):
                fallback = segs
            continue
        score = f_core
        for c in split:
            score *= _pen(c)
        if split[0] in cfg["hamza_conjunctions"] and bare[1] in "أإآ":
            score *= cfg["hamza_boost"]  # no Arabic stem starts with وأ/فأ: وأضاف, فإن
        if score > best_score:
            best_score, best = score, segs
    if best is whole and fallback is not None and f_word < cfg["unknown_max_count"]:
        best = fallback
    return _split_article(bare, best)


def _fallback_ok(bare: str, segs, split: list[str], cfg: dict) -> bool:
    """For a word and core both unseen: split only patterns that are nearly always clitics."""
    if any(s[3] == "ال" for s in segs):
        return True
    if len(split) != 1 or segs[-1][2] != STEM:
        return False
    rest = bare[segs[-1][0] :]
    if split[0] in cfg["unknown_split"] and len(rest) >= cfg["unknown_min_rest"]:
        return True
    return split[0] in cfg["prepositions"] and rest[0] in "أإآ" and len(rest) >= 3


def _split_article(bare: str, segs: tuple) -> tuple:
    """Split a definite article left on the stem (الرباط → ال + رباط) for the clitic layer."""
    cfg = config()
    if any(s[3] == "ال" for s in segs):
        return segs
    idx = next((k for k, s in enumerate(segs) if s[2] == STEM), None)
    if idx is None:
        return segs
    s0, e0, _, stem = segs[idx]
    if not stem.startswith("ال") or len(stem) - 2 < cfg["min_stem"] or stem in cfg["article_words"]:
        return segs
    return (*segs[:idx], (s0, s0 + 2, PROCLITIC, "ال"), (s0 + 2, e0, STEM, stem[2:]), *segs[idx + 1 :])


@lru_cache(maxsize=300_000)
def split_word(word: str) -> tuple[Segment, ...]:
    """Clitic segmentation of ``word`` (diacritics allowed) with offsets into ``word``."""
    if not _MARKS_RE.search(word):
        return tuple(Segment(*s) for s in _analyse(word))
    keep = [i for i, ch in enumerate(word) if not _MARKS_RE.match(ch)]
    bare = "".join(word[i] for i in keep)
    if not bare:
        return (Segment(0, len(word), STEM, word),)
    keep.append(len(word))
    out = []
    for s, e, label, form in _analyse(bare):
        start = 0 if s == 0 else keep[s]
        end = len(word) if e == len(bare) else keep[e]
        out.append(Segment(start, end, label, form))
    return tuple(out)
