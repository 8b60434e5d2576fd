"""Benchmark the language layer (normalize → segment → lemmas) on one core: tokens/s, articles/s, peak RSS.

Reads SaudiNewsNet articles of 2015-08-08 (a day left out of the word-count lexicon) from ../shared.
Usage: python bench/bench_language.py [--n 1000]   (prints; asserts nothing)
"""

from __future__ import annotations

import argparse
import json
import resource
import time
import zipfile
from pathlib import Path

SHARED = Path(__file__).resolve().parents[2] / "shared"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--n", type=int, default=1000, help="number of articles")
    ap.add_argument("--day", default="2015-08-08")
    args = ap.parse_args()
    with zipfile.ZipFile(SHARED / "data" / "news" / "saudinewsnet" / f"{args.day}.zip") as z:
        arts = json.loads(z.read(z.namelist()[0]))[: args.n]
    texts = [a.get("content") or "" for a in arts]

    t0 = time.process_time()
    from marsad.arabic.clitics import word_counts
    from marsad.document import Document
    from marsad.pipeline import Pipeline

    pipe = Pipeline.from_names(["normalize", "segment", "lemmas"])
    word_counts()
    load_s = time.process_time() - t0

    for label in ("cold caches", "warm caches"):
        n_tok = 0
        per_stage = dict.fromkeys(pipe.names, 0.0)
        for i, text in enumerate(texts):
            doc = Document(str(i), text)
            for st in pipe.stages:
                t0 = time.process_time()
                doc = st(doc)
                per_stage[st.name] += time.process_time() - t0
            n_tok += len(doc.layer("tokens"))
        dt = sum(per_stage.values())
        print(f"{label}: {len(texts)} articles, {n_tok} tokens ({n_tok / len(texts):.0f}/article) in {dt:.2f} CPU s: "
              f"{n_tok / dt:,.0f} tokens/s, {len(texts) / dt:,.1f} articles/s, {1000 * dt / len(texts):.2f} ms/article")
        print("  ms/article per stage: " + ", ".join(f"{k} {1000 * v / len(texts):.2f}" for k, v in per_stage.items()))
    print(f"resource load {load_s:.2f} s; peak RSS {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f} MB")


if __name__ == "__main__":
    main()
