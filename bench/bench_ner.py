"""Benchmark the NER tagger: model load time, `marsad tag` throughput (tokens/s, one core), peak memory.

Usage: python bench/bench_ner.py [--shared ../shared] [--repeat 3]
CPU-seconds (process time) are shown beside wall time because a shared machine slows wall time.
Tags ANERcorp dev (tokens in the order of the file) through the same path as `marsad tag`,
cold (first pass, feature cache empty) and warm; prints the figures, asserts nothing.
"""

from __future__ import annotations

import argparse
import os
import resource
import time


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--shared", default="../shared")
    ap.add_argument("--repeat", type=int, default=3)
    args = ap.parse_args()
    if hasattr(os, "sched_setaffinity"):
        os.sched_setaffinity(0, {sorted(os.sched_getaffinity(0))[0]})
    t0 = time.perf_counter()
    from marsad.ner import lexicon
    from marsad.ner.model import NerTagger

    tagger = NerTagger()
    lexicon.gazetteer()
    lexicon.clusters()
    load = time.perf_counter() - t0
    from marsad.ner.conll import read_conll

    sents = [[t for t, _ in s] for s in read_conll(os.path.join(args.shared, "data/ner/anercorp/dev.txt"), sep="\t")]
    n = sum(len(s) for s in sents)
    t1, c1 = time.perf_counter(), time.process_time()
    tagger.tag_sentences(sents)
    cold, cold_cpu = time.perf_counter() - t1, time.process_time() - c1
    warm, warm_cpu = [], []
    for _ in range(args.repeat):
        t1, c1 = time.perf_counter(), time.process_time()
        tagger.tag_sentences(sents)
        warm.append(time.perf_counter() - t1)
        warm_cpu.append(time.process_time() - c1)
    size = sum(p.stat().st_size for p in lexicon.resource_path("").iterdir() if p.is_file())
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"model+resources size : {size / 1e6:.1f} MB")
    print(f"load (model, gazetteer, clusters): {load:.2f} s")
    print(f"tag, cold cache      : {n / cold:,.0f} tokens/s wall, {n / cold_cpu:,.0f} per CPU-second ({n} tokens)")
    print(f"tag, warm cache      : {n / min(warm):,.0f} tokens/s wall, {n / min(warm_cpu):,.0f} per CPU-second")
    print(f"peak memory (RSS)    : {peak:.0f} MB")


if __name__ == "__main__":
    main()
