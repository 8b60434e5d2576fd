"""Build marsad/resources/arabic/wordfreq.tsv.gz: surface word frequencies from SaudiNewsNet.

Counts Arabic word forms (diacritics and tatweel removed, hamza kept) in the titles and bodies of
the SaudiNewsNet daily zips under ../shared, leaving out 2015-08-08/09 (the events-dev days, kept
held-out for benchmarks). Words seen fewer than MIN_COUNT times are dropped. The clitic segmenter
(marsad/arabic/clitics.py) uses these counts to decide whether a prefix/suffix is a clitic: it only
splits when the remainder is a well-attested word.

Usage: python scripts/build_arabic_lexicon.py [--shared ../shared] [--min-count 3] [--out FILE]
"""

from __future__ import annotations

import argparse
import gzip
import json
import re
import zipfile
from collections import Counter
from pathlib import Path

from marsad.arabic.segment import strip_marks

HELD_OUT = {"2015-08-08.zip", "2015-08-09.zip"}
WORD = re.compile(r"[\u0621-\u064A\u0671\u064B-\u065F\u0670\u0640]+")
OUT = Path(__file__).resolve().parents[1] / "marsad" / "resources" / "arabic" / "wordfreq.tsv.gz"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--shared", default=str(Path(__file__).resolve().parents[2] / "shared"))
    ap.add_argument("--min-count", type=int, default=3)
    ap.add_argument("--out", default=str(OUT), help="where to write (default: the packaged resource)")
    args = ap.parse_args()
    out = Path(args.out)
    root = Path(args.shared) / "data" / "news" / "saudinewsnet"
    counts: Counter[str] = Counter()
    n_docs = 0
    for zpath in sorted(root.glob("*.zip")):
        if zpath.name in HELD_OUT:
            continue
        with zipfile.ZipFile(zpath) as z:
            for name in z.namelist():
                for art in json.loads(z.read(name)):
                    n_docs += 1
                    text = (art.get("title") or "") + "\n" + (art.get("content") or "")
                    counts.update(strip_marks(w) for w in WORD.findall(text))
    counts.pop("", None)
    kept = sorted(((w, c) for w, c in counts.items() if c >= args.min_count), key=lambda x: (-x[1], x[0]))
    out.parent.mkdir(parents=True, exist_ok=True)
    with gzip.GzipFile(out, "wb", mtime=0) as fh:
        fh.write(f"# SaudiNewsNet surface word counts; {n_docs} articles; min count {args.min_count}\n".encode())
        fh.write("".join(f"{w}\t{c}\n" for w, c in kept).encode("utf-8"))
    print(f"{n_docs} articles, {len(counts)} word types, kept {len(kept)} -> {out} ({out.stat().st_size} bytes)")


if __name__ == "__main__":
    main()
