"""Country names the tagger missed (المملكة المغربية): found by phrase lookup, tagged GPE.

Names (not adjectives) come from the shipped country table (``resources/actors/countries.tsv``,
built from mledoze countries); names that are also ordinary words are listed in
``resources/ner/country_name_exclusions.txt``. The first word may carry a proclitic (بالمغرب,
للمملكة → المملكة).
"""

from __future__ import annotations

from functools import cache, lru_cache
from importlib import resources

from marsad.arabic.normalize import normalize
from marsad.ner import lexicon
from marsad.ner.features import proclitic_forms

MAX_NAME_WORDS = 5


@cache
def country_names() -> dict[tuple[str, ...], str]:
    """Normalised country name (as a word tuple) → ISO-3."""
    skip = set(lexicon.word_list("country_name_exclusions.txt"))
    out: dict[tuple[str, ...], str] = {}
    text = resources.files("marsad.resources").joinpath("actors/countries.tsv").read_text("utf-8")
    for line in text.splitlines():
        if not line or line.startswith("#"):
            continue
        parts = line.split("\t")
        if len(parts) < 3:
            continue
        for name in parts[2].split("|"):
            key = tuple(normalize(name).split())
            if key and " ".join(key) not in skip:
                out[key] = parts[0]
    return out


@cache
def _first_words() -> frozenset[str]:
    return frozenset(k[0] for k in country_names())


@lru_cache(maxsize=100_000)
def _first_forms(word: str) -> tuple[str, ...]:
    """The word and its proclitic-stripped forms that can begin a country name (often none)."""
    firsts = _first_words()
    return tuple(r for _p, r in proclitic_forms(word) if r in firsts)


def country_phrases(norms: list[str], taken: set[int]) -> list[tuple[int, int, str]]:
    """(start, end, ISO-3) of country names among a sentence's normalised tokens, longest first,
    skipping tokens in ``taken`` (already part of an entity)."""
    names = country_names()
    out: list[tuple[int, int, str]] = []
    i = 0
    while i < len(norms):
        hit = None
        firsts = _first_forms(norms[i]) if i not in taken else ()
        if firsts:
            for n in range(min(MAX_NAME_WORDS, len(norms) - i), 0, -1):
                if any(k in taken for k in range(i, i + n)):
                    continue
                rest = tuple(norms[i + 1 : i + n])
                for first in firsts:
                    iso = names.get((first, *rest))
                    if iso:
                        hit = (i, i + n, iso)
                        break
                if hit:
                    break
        if hit:
            out.append(hit)
            i = hit[1]
        else:
            i += 1
    return out
