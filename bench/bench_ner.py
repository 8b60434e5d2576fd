"""Benchmark the NER tagger: model load time, `marsad tag` throughput (tokens/s, one core), peak memory.

Usage: python bench/bench_ner.py [--shared ../shared] [--repeat 3] [--cold-repeat 1] [--neural]
CPU-seconds (process time) are shown beside wall time because a shared machine slows wall time.
Tags ANERcorp dev (tokens in the order of the file) through the same path as `marsad tag`,
cold (first pass, feature cache empty) and warm; prints the figures, asserts nothing.
``--cold-repeat N`` tags cold N times (the per-word caches emptied before each pass) and reports the best:
one cold pass is short (0.5 s) and noisy on a shared machine.
"""

from __future__ import annotations

import argparse
import os
import resource
import time


def _clear_caches(tagger: object) -> None:
    """Empty the per-word caches of the NER features and of the neural stacker (a cold start again)."""
    from marsad.ner import features, neural

    for mod in (features, neural):
        for obj in vars(mod).values():
            if hasattr(obj, "cache_info") and obj.cache_info().maxsize is not None:  # per word, not resources
                obj.cache_clear()
    nn = getattr(tagger, "_nn", None)
    if nn is not None:
        nn._row.clear()  # the stacker's word -> row of its input-layer table (the rows are then rewritten)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--shared", default="../shared")
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--cold-repeat", type=int, default=1, help="cold passes (caches emptied before each)")
    ap.add_argument("--neural", action="store_true", help="with the neural stacker (what marsad tag uses by default; without it: marsad tag --crf-only)")
    args = ap.parse_args()
    if hasattr(os, "sched_setaffinity"):
        os.sched_setaffinity(0, {sorted(os.sched_getaffinity(0))[0]})
    t0 = time.perf_counter()
    from marsad.ner import lexicon
    from marsad.ner.model import NerTagger

    tagger = NerTagger(neural=args.neural)
    lexicon.gazetteer()
    lexicon.clusters()
    load = time.perf_counter() - t0
    from marsad.ner.conll import read_conll

    sents = [[t for t, _ in s] for s in read_conll(os.path.join(args.shared, "data/ner/anercorp/dev.txt"), sep="\t")]
    n = sum(len(s) for s in sents)
    cold, cold_cpu = float("inf"), float("inf")
    for k in range(args.cold_repeat):
        if k:
            _clear_caches(tagger)
        t1, c1 = time.perf_counter(), time.process_time()
        tagger.tag_sentences(sents)
        cold, cold_cpu = min(cold, time.perf_counter() - t1), min(cold_cpu, time.process_time() - c1)
    warm, warm_cpu = [], []
    for _ in range(args.repeat):
        t1, c1 = time.perf_counter(), time.process_time()
        tagger.tag_sentences(sents)
        warm.append(time.perf_counter() - t1)
        warm_cpu.append(time.process_time() - c1)
    size = sum(p.stat().st_size for p in lexicon.resource_path("").iterdir() if p.is_file())
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"stacker              : {'on' if args.neural else 'off'}")
    print(f"model+resources size : {size / 1e6:.1f} MB")
    print(f"load (model, gazetteer, clusters): {load:.2f} s")
    print(f"tag, cold cache      : {n / cold:,.0f} tokens/s wall, {n / cold_cpu:,.0f} per CPU-second ({n} tokens)")
    print(f"tag, warm cache      : {n / min(warm):,.0f} tokens/s wall, {n / min(warm_cpu):,.0f} per CPU-second")
    print(f"peak memory (RSS)    : {peak:.0f} MB")


if __name__ == "__main__":
    main()
