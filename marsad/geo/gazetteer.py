"""The shipped gazetteer (resources/geo/gazetteer.json.gz, built by scripts/build_gazetteer.py).

``lookup(name)`` gives the places an Arabic name may denote (clitics stripped: بالرباط → الرباط,
ودمشق → دمشق); ``find_names(text)`` finds every gazetteer name in a text by token-tuple lookup on
the normal form (longest match first), with source offsets. Nationality adjectives after المملكة /
الجمهورية / الدولة («المملكة الإسبانية») denote their country.
"""

from __future__ import annotations

import gzip
import json
import re
from dataclasses import dataclass
from functools import cache
from importlib import resources

from marsad.arabic.normalize import NormalizedText, normalize, normalize_with_map

_TOKEN = re.compile(r"[^\W\d_]+|\d+")
_PREFIX1 = ("و", "ف")
Word = tuple[str, int, int]
_PREFIX2 = ("ب", "ل")
#: Rank of a place kind when names collide (higher wins before population).
KIND_RANK = {"country": 5, "continent": 4, "region": 3, "admin": 3, "city": 2, "landmark": 1}


@dataclass(frozen=True, slots=True)
class Place:
    """One gazetteer entry."""

    id: int
    kind: str  # country | city | admin | region | continent
    name: str  # English name
    name_ar: str
    country: str | None  # ISO-3
    iso2: str | None
    lat: float | None
    lon: float | None
    population: int

    def to_dict(self) -> dict:
        return {"id": self.id, "kind": self.kind, "name": self.name, "name_ar": self.name_ar, "country": self.country,
                "lat": self.lat, "lon": self.lon, "population": self.population}


@dataclass(frozen=True, slots=True)
class NameMatch:
    """A gazetteer name found in a text: source offsets, the clitic prefix left out, candidates."""

    start: int
    end: int
    text: str
    prefix: str  # the clitics stripped from the first word (e.g. "ب", "وب")
    candidates: tuple[Place, ...]
    via: str = "name"  # name | adjective
    ti: int = 0  # index of the first word (see Gazetteer.scan)
    tj: int = 0  # index after the last word


class Gazetteer:
    """Places and an index of their normalised Arabic names as token tuples."""

    def __init__(self, places: list[list], names: dict[str, list[int]], adjectives: dict[str, str],
                 context_only: set[str], curated: set[str] | None = None) -> None:
        self.places = [Place(i, *row) for i, row in enumerate(places)]
        self.index: dict[str, dict[tuple[str, ...], list[int]]] = {}
        self.max_len: dict[str, int] = {}
        for name, ids in names.items():
            toks = tuple(name.split())
            ids = sorted(ids, key=lambda i: rank(self.places[i]), reverse=True)  # best first, once
            self.index.setdefault(toks[0], {})[toks] = ids
            self.max_len[toks[0]] = max(self.max_len.get(toks[0], 1), len(toks))
        self.by_country = {p.country: p for p in self.places if p.kind == "country"}
        self.adjectives = adjectives
        self.context_only = context_only
        self.curated = curated
        self.common_words: frozenset[str] = frozenset()
        self.context_only_listed: frozenset[str] = frozenset()  # the hand-listed part of context_only
        self.short_names: frozenset[str] = frozenset()  # two-letter names read after و/ف («وإب»)
        self.harvested: dict[int, str] = {}  # harvested_places.tsv entries: place id -> its province (English)

    def lookup(self, name: str) -> list[Place]:
        """Places named ``name`` (clitic prefixes stripped when the full form is unknown)."""
        toks = tuple(normalize(name).split())
        if not toks:
            return []
        for _p, first in _variants(toks[0]):
            ids = self.index.get(first, {}).get((first, *toks[1:]))
            if ids:
                return [self.places[i] for i in ids]
        adj = self.adjective_country(toks)
        return [adj] if adj else []

    def nationality(self, word: str) -> str | None:
        """The country (ISO-3) of a nationality adjective in normal form, either gender (الأفغاني،
        الإسرائيلية → AFG, ISR), else None."""
        return self.adjectives.get(word) or self.adjectives.get(word + "ه")

    def adjective_country(self, toks: tuple[str, ...]) -> Place | None:
        """«المملكة الإسبانية» → Spain (the head noun then a nationality adjective)."""
        if len(toks) == 2 and toks[0] in _STATE_HEADS:
            iso = self.adjectives.get(toks[1])
            if iso:
                return self.by_country.get(iso)
        return None

    def find_names(self, text: str, nt: NormalizedText | None = None) -> list[NameMatch]:
        """Every gazetteer name in ``text`` (longest first, non-overlapping), with source offsets."""
        return self.scan(text, nt)[0]

    def scan(self, text: str, nt: NormalizedText | None = None) -> tuple[list[NameMatch], list[Word]]:
        """(name matches, words) of ``text``; words are (normal form, source start, source end)."""
        nt = nt or normalize_with_map(text)
        offs = nt.offsets
        words = [(m.group(), offs[m.start()], offs[m.end() - 1] + 1) for m in _TOKEN.finditer(nt.text)]
        out: list[NameMatch] = []
        index, max_len = self.index, self.max_len
        i, nw = 0, len(words)
        while i < nw:
            w = words[i][0]
            found = None
            variants = _variants(w) if w[0] in "وفبل" else (("", w),)
            short = ""
            if len(w) == 3 and w[0] in _PREFIX1 and (w[1:] in self.short_names or self.max_len.get(w[1:], 1) > 1):
                # «تعز وإب»; «والحلة وذي قار»: a two-letter first word of a longer name (which must follow)
                short = w[1:]
                variants = [*variants, (w[0], short)]
            for prefix, first in variants:
                sub = index.get(first)
                if sub is None:
                    continue
                shortest = 2 if first == short and prefix and short not in self.short_names else 1
                for n in range(min(max_len[first], nw - i), shortest - 1, -1):
                    ids = sub.get((first, *(x[0] for x in words[i + 1 : i + n]))) if n > 1 else sub.get((first,))
                    if ids:
                        if found is None or n > found[0]:
                            found = (n, prefix, ids)
                        break
            if found is None and i + 1 < nw:
                adj_match = None
                for pre, stem in variants:
                    adj = self.adjective_country((stem, words[i + 1][0])) if stem in _STATE_HEADS else None
                    if adj:
                        st, e = words[i][1] + len(pre), words[i + 1][2]
                        adj_match = NameMatch(st, e, text[st:e], pre, (adj,), "adjective", i, i + 2)
                        break
                if adj_match:
                    out.append(adj_match)
                    i += 2
                    continue
            if found is None:
                i += 1
                continue
            n, prefix, ids = found
            st, e = words[i][1] + len(prefix), words[i + n - 1][2]
            cands = tuple(self.places[k] for k in ids)
            out.append(NameMatch(st, e, text[st:e], prefix, cands, "name", i, i + n))
            i += n
        return out, words


_STATE_HEADS = {"المملكه", "الجمهوريه", "الدوله", "السلطنه", "الاراضي", "الاماره"}
def rank(p: Place) -> tuple[int, int]:
    """Default preference among same-name places: kind, then population."""
    return KIND_RANK.get(p.kind, 0), p.population


def _variants(word: str) -> list[tuple[str, str]]:
    """(stripped prefix, rest) readings of a word with و/ف and ب/ل/ك clitics removed."""
    out = [("", word)]
    if len(word) > 3 and word[0] in _PREFIX1:
        out.append((word[0], word[1:]))
    for p, rest in list(out):
        if len(rest) > 3 and rest[0] in _PREFIX2:
            if rest.startswith("لل"):
                out.append((p + "ل", "ا" + rest[1:]))
            out.append((p + rest[0], rest[1:]))
    return out


@cache
def gazetteer() -> Gazetteer:
    """The shipped gazetteer (loaded once)."""
    base = resources.files("marsad") / "resources" / "geo"
    with gzip.open(base / "gazetteer.json.gz", "rt", encoding="utf-8") as fh:
        data = json.load(fh)
    adjectives: dict[str, str] = {}
    for line in (base / "curated" / "adjectives.tsv").read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            adj, iso = line.split("\t")
            adjectives[normalize(adj)] = iso
    hand_listed = {
        normalize(x) for x in (base / "curated" / "context_only.txt").read_text(encoding="utf-8").splitlines()
        if x.strip() and not x.startswith("#")
    }
    context_only = set(data.get("context_only", [])) | hand_listed
    curated = {
        normalize(line.split("\t")[0])
        for line in (base / "curated" / "places.tsv").read_text(encoding="utf-8").splitlines()
        if line.strip() and not line.startswith("#")
    }
    places, names = list(data["places"]), dict(data["names"])
    harvested: dict[int, str] = {}  # place id -> English name of the province the news locates it in
    path = base / "harvested_places.tsv"
    if path.is_file():
        for line in path.read_text(encoding="utf-8").splitlines():
            if not line.strip() or line.startswith("#"):
                continue
            name_ar, name_en, _head, container, iso3, lat, lon, _n = line.split("\t")
            key = normalize(name_ar)
            if key in names:
                continue
            harvested[len(places)] = container
            names[key] = [len(places)]
            places.append(["city", f"{name_en}, {container}", name_ar, iso3 or None, None,
                           float(lat) if lat else None, float(lon) if lon else None, 0])
    gz = Gazetteer(places, names, adjectives, context_only, curated)
    gz.harvested = harvested
    gz.common_words = frozenset(data.get("common_words", []))
    gz.context_only_listed = frozenset(hand_listed)
    gz.short_names = frozenset(
        normalize(x) for x in (base / "curated" / "short_names.txt").read_text(encoding="utf-8").splitlines()
        if x.strip() and not x.startswith("#"))
    return gz


def lookup(name: str) -> list[Place]:
    """Places an Arabic name may denote, best first (see :meth:`Gazetteer.lookup`)."""
    return gazetteer().lookup(name)
