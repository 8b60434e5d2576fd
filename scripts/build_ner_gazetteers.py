"""Build the NER gazetteer (marsad/resources/ner/gazetteer.tsv) from ../shared sources.

Sources (all shippable, see marsad/resources/ner/MODEL_CARD.md):
  PERS     single name tokens: data/translit/steveash_wd_arabic.normalized.aligned.tokens (CC0)
  ACT      actor names (people, groups, bodies): data/events/upetrarch-arabic/actor_dict_ar_v4.txt (MIT)
  CITY     city names: data/gazetteer/world-cities-ar.jamsshhayd.csv (CC BY 4.0)
  COUNTRY  country names: the same csv + data/gazetteer/mledoze-countries.json (ODbL 1.0)

Every entry is stored in marsad's normal form (marsad.arabic.normalize), one per line:
``phrase<TAB>TYPE``. Usage: python scripts/build_ner_gazetteers.py [--shared ../shared] [--out PATH]
"""

from __future__ import annotations

import argparse
import csv
import json
import os
import re

from marsad.arabic.normalize import normalize

_ARABIC = re.compile(r"^[\u0621-\u064a ]+$")


def _clean(s: str) -> str:
    s = normalize(s.replace("_", " "))
    s = re.sub(r"\s*\(.*?\)\s*", " ", s).strip()
    return s


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--shared", default="../shared")
    ap.add_argument("--out", default="marsad/resources/ner/gazetteer.tsv")
    args = ap.parse_args()
    d = os.path.join(args.shared, "data")
    entries: set[tuple[str, str]] = set()

    def add(phrase: str, typ: str, min_len: int = 2) -> None:
        p = _clean(phrase)
        if len(p) >= min_len and _ARABIC.match(p):
            entries.add((p, typ))

    with open(os.path.join(d, "translit/steveash_wd_arabic.normalized.aligned.tokens"), encoding="utf-8") as f:
        for line in f:
            parts = line.rstrip("\n").split("\t")
            if len(parts) >= 2:
                add(parts[1].replace(" ", ""), "PERS", 3)
    with open(os.path.join(d, "events/upetrarch-arabic/actor_dict_ar_v4.txt"), encoding="utf-8-sig") as f:
        for line in f:
            if not line.strip() or line[0] in "\t[#":
                continue
            name = line.split("[")[0].split("#")[0]
            add(name, "ACT", 3)
    with open(os.path.join(d, "gazetteer/world-cities-ar.jamsshhayd.csv"), encoding="utf-8-sig") as f:
        for row in csv.DictReader(f):
            add(row["CityNameAr"], "CITY")
            add(row["CountryNameAr"], "COUNTRY")
    with open(os.path.join(d, "gazetteer/mledoze-countries.json"), encoding="utf-8") as f:
        for c in json.load(f):
            ara = (c.get("translations") or {}).get("ara") or {}
            for k in ("common", "official"):
                if ara.get(k):
                    add(ara[k], "COUNTRY")
    os.makedirs(os.path.dirname(args.out), exist_ok=True)
    with open(args.out, "w", encoding="utf-8") as f:
        f.write("# NER gazetteer built by scripts/build_ner_gazetteers.py; sources in MODEL_CARD.md\n")
        for p, t in sorted(entries):
            f.write(f"{p}\t{t}\n")
    by = {}
    for _, t in entries:
        by[t] = by.get(t, 0) + 1
    print(f"wrote {len(entries)} entries to {args.out}: {by}")


if __name__ == "__main__":
    main()
