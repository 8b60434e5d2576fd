"""Build marsad/resources/geo/harvested_places.tsv: small places the gazetteer lacks, read off the news.

Arabic news locates villages, districts and quarters by their province: «بقرية المغيرة بمحافظة الحرث»,
«في مديرية يريم بمحافظة إب», «مدينة الحوطة بمحافظة لحج». This script reads every SaudiNewsNet article
(../shared/data/news/saudinewsnet, CC BY-NC-SA 4.0: only the names, their province and a count are
kept) and keeps each name that follows a place head word (cues ``HEADS``) and comes right before a
province phrase («بمحافظة X», «في ولاية X») whose X the shipped gazetteer knows. A name is kept when none
of its words is a stop word, a frequent news word (the gazetteer's common words) or an indefinite nisba
adjective («حي سكني»), and when the gazetteer does not know it already. The place takes its province's country
and, approximately, its coordinates; its Latin name is marsad's transliteration.

The articles of the held-out event gold sets (the dev held-out split, eval/events-extra2, -extra3,
-extra6) are left out, so their places are not read off their own text.

Deterministic: the output is sorted. Usage: .venv/bin/python scripts/build_place_harvest.py [--shared ../shared]
"""

from __future__ import annotations

import argparse
import glob
import json
import re
import sys
import zipfile
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from marsad.actors.translit import transliterate  # noqa: E402
from marsad.arabic.normalize import normalize  # noqa: E402
from marsad.events.evaluate import load_gold, split_of  # noqa: E402
from marsad.geo.gazetteer import gazetteer  # noqa: E402
from marsad.geo.resolve import geo_cues  # noqa: E402

OUT = ROOT / "marsad" / "resources" / "geo" / "harvested_places.tsv"
#: Head words that introduce a small place by name (normal form). «مركز» and «منطقة» are left out: they
#: also head institutions («مركز الملك …») and descriptions («منطقة جبلية»).
HEADS = ("مديريه", "ناحيه", "قضاء", "بلده", "قريه", "حي", "مخيم", "عزله", "مدينه")
#: Province heads of the phrase that locates the place.
CONTAINERS = ("محافظه", "ولايه", "منطقه", "اقليم", "مدينه", "قضاء")
#: Held-out gold sets whose articles are not read.
HELDOUT = ("eval/events-extra2.jsonl", "eval/events-extra3.jsonl", "eval/events-extra6.jsonl")
_WORD = re.compile(r"[\u0621-\u064a]+|[^\s\u0621-\u064a]")
_NAME = re.compile(r"[\u0621-\u064a]{3,}")


def heldout_ids(shared: Path) -> set[str]:
    ids = {a["id"] for a in load_gold(shared / "data" / "events-dev" / "events-dev.jsonl") if split_of(a["id"]) == "heldout"}
    for f in HELDOUT:
        ids |= {a["id"] for a in load_gold(ROOT / f)}
    return ids


def articles(shared: Path, skip: set[str]):
    """(id, text) of every SaudiNewsNet article, in file order, held-out ones left out."""
    for z in sorted(glob.glob(str(shared / "data" / "news" / "saudinewsnet" / "*.zip"))):
        day = Path(z).stem
        with zipfile.ZipFile(z) as zf:
            for name in sorted(zf.namelist()):
                if not name.endswith(".json"):
                    continue
                data = json.loads(zf.read(name))
                for n, a in enumerate(data if isinstance(data, list) else [data]):
                    aid = f"snn-{day}-{n}"
                    if aid not in skip:
                        yield aid, a.get("content") or ""


def harvest(texts, gz, cz) -> Counter:
    """(name, head, container place id) -> count over ``texts``."""
    stop = set(cz.stop_words) | {"التي", "الذي", "او", "ثم"}
    common = gz.common_words
    out: Counter = Counter()
    for text in texts:
        toks = _WORD.findall(normalize(text))
        for i, w in enumerate(toks):
            head = w[1:] if w[:1] in "وب" and w[1:] in HEADS else w
            if head not in HEADS:
                continue
            for length in (1, 2):
                j = i + 1 + length
                if j + 1 >= len(toks):
                    break
                name = toks[i + 1 : j]
                if not all(_NAME.fullmatch(x) for x in name) or any(
                        x in stop or x in common or x[:1] == "و"
                        or (not x.startswith("ال") and x.endswith(("ي", "يه", "يون", "يين"))) for x in name):
                    break
                c = toks[j]
                if c == "في" and toks[j + 1] in CONTAINERS:
                    k = j + 2
                elif c[:1] == "ب" and c[1:] in CONTAINERS:
                    k = j + 1
                else:
                    continue
                for m in (2, 1):
                    places = [p for p in gz.lookup(" ".join(toks[k : k + m])) if p.id not in gz.harvested]
                    if places and places[0].kind != "country":
                        out[(" ".join(name), head, places[0].id)] += 1
                        break
                break
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--shared", default=str(ROOT.parent / "shared"))
    args = ap.parse_args()
    shared = Path(args.shared)
    gz, cz = gazetteer(), geo_cues()
    counts = harvest((t for _, t in articles(shared, heldout_ids(shared))), gz, cz)
    best: dict[str, tuple[int, str, int]] = {}  # name -> (count, head, container id): its most frequent province
    for (name, head, cid), n in sorted(counts.items()):
        if any(p.id not in gz.harvested for p in gz.lookup(name)) or name in gz.common_words:
            continue  # known already (or a frequent word)
        if name not in best or n > best[name][0]:
            best[name] = (n, head, cid)
    lines = ["# Small places read off SaudiNewsNet by scripts/build_place_harvest.py (do not edit by hand).",
             "# name_ar\tname_en\thead\tcontainer_en\tiso3\tlat\tlon\tcount"]
    for name, (n, head, cid) in sorted(best.items()):
        c = gz.places[cid]
        latin = transliterate(name)
        lines.append("\t".join([name, latin, head, c.name, c.country or "", f"{c.lat:.2f}" if c.lat is not None else "",
                                f"{c.lon:.2f}" if c.lon is not None else "", str(n)]))
    OUT.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"{len(best)} places -> {OUT}")


if __name__ == "__main__":
    main()
