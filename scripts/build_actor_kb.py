"""Build the actors knowledge-base resources under marsad/resources/actors/.

* countries.tsv — iso3, English name, Arabic names, Arabic adjectives, from
  ../shared/data/gazetteer/mledoze-countries.json (ODbL 1.0; common + official Arabic names) plus
  marsad/resources/actors/country_extra.tsv (hand-made); adjectives (nisba) derived by rule
  (إسبانيا → إسباني/إسبانية, المغرب → مغربي/مغربية).
* kb.json.gz — named actors from ../shared/data/events/upetrarch-arabic/actor_dict_ar_v4.txt (MIT):
  entries ``name_with_underscores_ [CODE]`` or followed by date-bounded lines
  ``\t[CODE start-end]`` / ``[CODE >start]``. Kept: entries that name someone (no generic word:
  office heads, glossary nouns, country names/adjectives), no one-letter token (broken entries such
  as ب_أن_كي_مون_), with at least one code. CAMEO codes split into country + PLOVER sectors.
  Known errors of the dictionary remain (wrong country codes on some names); the linker uses the
  KB's country/sector only when the text gives none, and never lets it override a user's curation.

Usage: python scripts/build_actor_kb.py [--shared ../shared]
"""

from __future__ import annotations

import argparse
import gzip
import json
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))


RES = ROOT / "marsad" / "resources" / "actors"
CODE_RE = re.compile(r"\[\s*([A-Z]+)\s*(?:([<>])?\s*(\d{8}))?(?:\s*-\s*(\d{8}))?\s*\]")


def adjective(name: str) -> list[str]:
    """Nisba adjectives (masculine, feminine) of a one-word Arabic country name."""
    w = name[2:] if name.startswith("ال") else name
    if " " in w or len(w) < 3:
        return []
    if w.endswith("يا"):
        base = w[:-1]
    elif w.endswith("ية") or w.endswith("يه"):
        base = w[:-1]
    elif w.endswith("ا") or w.endswith("ة"):
        base = w[:-1] + "ي"
    elif w.endswith("ي"):
        base = w
    else:
        base = w + "ي"
    return [base, base + "ة"]


def build_countries(shared: Path) -> dict[str, dict]:
    data = json.loads((shared / "data" / "gazetteer" / "mledoze-countries.json").read_text("utf-8"))
    out: dict[str, dict] = {}
    for c in data:
        iso = c["cca3"]
        ara = c.get("translations", {}).get("ara", {})
        names = [n for n in (ara.get("common"), ara.get("official")) if n]
        adjs = []
        if ara.get("common"):
            adjs = adjective(ara["common"])
        out[iso] = {"name": c["name"]["common"], "ar": names, "adj": adjs}
    stop: set[str] = set()
    for line in (RES / "country_extra.tsv").read_text("utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        iso, kind, forms = line.split("\t")
        fl = [f for f in forms.split("|") if f]
        if kind == "stop":
            stop |= {_core(f) for f in fl}
            continue
        ent = out.setdefault(iso, {"name": iso, "ar": [], "adj": []})
        ent["ar" if kind == "name" else "adj"] += fl
    for ent in out.values():
        ent["ar"] = sorted({f for f in ent["ar"] if _core(f) not in stop})
        ent["adj"] = sorted({f for f in ent["adj"] if _core(f) not in stop
                             and _core(f)[:-1] not in stop})
    return out


def write_countries(countries: dict[str, dict]) -> None:
    lines = ["# iso3\tenglish\tarabic names (|)\tarabic adjectives (|) — built by scripts/build_actor_kb.py"]
    for iso in sorted(countries):
        c = countries[iso]
        lines.append(f"{iso}\t{c['name']}\t{'|'.join(c['ar'])}\t{'|'.join(c['adj'])}")
    (RES / "countries.tsv").write_text("\n".join(lines) + "\n", "utf-8")


def _generic_words(countries: dict[str, dict]) -> set[str]:
    words: set[str] = set()
    for fname in ("office_heads.tsv", "office_domains.tsv", "org_glossary.tsv", "honorifics.txt"):
        for line in (RES / fname).read_text("utf-8").splitlines():
            if not line.strip() or line.startswith("#"):
                continue
            for w in line.split("\t")[0].split():
                words.add(_core(w))
    for c in countries.values():
        for f in c["ar"] + c["adj"]:
            for w in f.split():
                words.add(_core(w))
    extra = ("قوه قوات حكومه دوله وسيله اعلام صحافه عسكري مسلح مسلحين جندي جنود مواطن مواطنين شعب طالب طلاب "
             "مسؤول مسؤولين متحدث ناطق وفد سلطه سلطات نظام معارضه ولايه متحد سفاره قاعده جوي حرس حد زوارق حربي "
             "شرطه امن ارهاب ارهابي متمرد مقاتل مقاتلين لاجي لاجيين عامل عمال مصنع شركات قبيله عشيره")
    words |= set(extra.split())
    words.discard("")
    return words


def _core(w: str) -> str:
    from marsad.actors.offices import core

    return core(w)


def parse_dictionary(path: Path, countries: dict[str, dict], cameo: dict[str, str]) -> list[dict]:
    generic = _generic_words(countries)
    isos = set(countries) | {"IGO", "NGO", "IMG", "MNC"}
    entries: list[dict] = []
    cur: dict | None = None
    for raw in path.read_text("utf-8").splitlines():
        line = raw.rstrip()
        if not line.strip():
            continue
        stripped = line.strip()
        if stripped.startswith("[") and cur is not None:  # a date-bounded role line
            cur["codes"] += CODE_RE.findall(stripped)
            continue
        head = stripped.split("[")[0].strip()
        cur = {"raw": head, "codes": CODE_RE.findall(stripped)}
        entries.append(cur)
    out: dict[str, dict] = {}
    for e in entries:
        toks = [t for t in e["raw"].replace("_", " ").split() if t]
        if not toks or not e["codes"]:
            continue
        if any(len(t) < 2 for t in toks):
            continue
        cores = [_core(t) for t in toks]
        if any(c in generic for c in cores):
            continue
        roles = []
        for code, cmp_, d1, d2 in e["codes"]:
            country = code[:3] if code[:3] in isos else None
            rest = code[3:] if country else code
            secs = [cameo[rest[i : i + 3]] for i in range(0, len(rest), 3) if rest[i : i + 3] in cameo]
            if country in ("IGO", "NGO"):
                secs = secs or [country]
                country = None
            elif country in ("IMG", "MNC"):
                secs = secs or [cameo.get(country, "UNK")]
                country = None
            start, end = "", ""
            if cmp_ == "<":
                end = d1
            elif d1:
                start = d1
            if d2 and d2 != "18000101":
                end = d2
            roles.append([country, secs[0] if secs else None, start, end])
        if not any(r[0] or r[1] for r in roles):
            continue
        name = " ".join(toks)
        key = " ".join(cores)
        if key in out:
            out[key]["roles"] += [r for r in roles if r not in out[key]["roles"]]
            continue
        dated = any(r[2] or r[3] for r in roles)
        kind = "PER" if (len(toks) >= 2 or dated) else "UNK"
        if kind == "UNK" and not any(r[0] for r in roles):
            continue  # one generic word with a sector only (قنبلة, ثانوي): not a named actor
        out[key] = {"name_ar": name, "kind": kind, "roles": roles, "cameo": e["codes"][0][0]}
    return sorted(out.values(), key=lambda x: x["name_ar"])


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    a = ap.parse_args()
    countries = build_countries(a.shared)
    write_countries(countries)
    cameo = json.loads((RES / "sectors.json").read_text("utf-8"))["cameo"]
    kb = parse_dictionary(a.shared / "data" / "events" / "upetrarch-arabic" / "actor_dict_ar_v4.txt", countries, cameo)
    data = json.dumps({"source": "upetrarch-arabic actor_dict_ar_v4.txt (MIT)", "actors": kb},
                      ensure_ascii=False, separators=(",", ":")).encode("utf-8")
    (RES / "kb.json.gz").write_bytes(gzip.compress(data, 9, mtime=0))
    print(f"countries: {len(countries)}; kb actors: {len(kb)} "
          f"({sum(1 for k in kb if k['kind'] == 'PER')} persons)", file=sys.stderr)


if __name__ == "__main__":
    main()
