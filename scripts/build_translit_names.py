"""Write eval/translit/names_tune.tsv and names_heldout.tsv: whole person names (Arabic as the article
writes it, Latin as the annotators wrote it, in the press / English Wikipedia form) taken from the
PER participants of the hand-annotated event golds. A whole-name check of the transliterator beside the
word-level Wikidata splits: it scores exact match of the full name (``marsad eval translit FILE --names``).

The split follows the event golds': tune = the dev gold's tune half, events-extra, -extra4, -extra5,
-extra7, -extra8; held-out = the dev gold's held-out half, events-extra2, -extra3, -extra6, -extra9.
Kept: names of at most six words without digits whose Latin form is a name (capitalised words, with
al-/el-/bin/ibn/de/van/von between); the annotators' Latin forms are press forms, so some references
are not transliterations at all (a title, a short form) — the figure is a floor, not a ceiling.

Usage: python scripts/build_translit_names.py [--shared ../shared]
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from marsad.events.evaluate import split_of  # noqa: E402

TUNE = ["events-extra.jsonl", "events-extra4.jsonl", "events-extra5.jsonl", "events-extra7.jsonl", "events-extra8.jsonl"]
HELDOUT = ["events-extra2.jsonl", "events-extra3.jsonl", "events-extra6.jsonl", "events-extra9.jsonl"]
LATIN_NAME = re.compile(r"[A-Z][\w'’\-]*( (al-|el-|bin |ibn |de |van |von )?[A-Z][\w'’\-]*)*")
MAX_WORDS = 6


def names(files: list[tuple[Path, str]]) -> dict[str, str]:
    """Arabic name → Latin name over the PER participants of the gold files (``split`` all/tune/heldout)."""
    out: dict[str, str] = {}
    for path, split in files:
        for line in path.read_text(encoding="utf-8").splitlines():
            if not line.strip():
                continue
            art = json.loads(line)
            if split != "all" and split_of(art["id"]) != split:
                continue
            for ev in art.get("events") or []:
                for p in (ev.get("actors") or []) + (ev.get("recipients") or []):
                    ar, lat = p.get("text") or "", p.get("name") or ""
                    if p.get("kind") != "PER" or not ar or not lat or any(c.isdigit() for c in ar):
                        continue
                    if len(ar.split()) <= MAX_WORDS and LATIN_NAME.fullmatch(lat):
                        out.setdefault(ar, lat)
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    a = ap.parse_args()
    dev = a.shared / "data" / "events-dev" / "events-dev.jsonl"
    for name, split, files in (("names_tune.tsv", "tune", TUNE), ("names_heldout.tsv", "heldout", HELDOUT)):
        pairs = names([(dev, split)] + [(ROOT / "eval" / f, "all") for f in files])
        out = ROOT / "eval" / "translit" / name
        out.write_text("".join(f"{ar}\t{lat}\n" for ar, lat in sorted(pairs.items())), encoding="utf-8")
        print(f"{out}: {len(pairs)} names")


if __name__ == "__main__":
    main()
