"""Full-pipeline throughput with 1 and 2 workers, side by side with baselines on the same articles.

    .venv/bin/python bench/bench_pipeline.py --day 2015-08-03 --n 400
    .venv/bin/python bench/bench_pipeline.py --n 200 --profile     # cProfile hot spots per stage

Prints articles/s of ``marsad ingest`` (sequential runner, and the Dask runner with 2 worker
processes), the per-stage time breakdown, peak RSS per process, and the same machine's speed on
two baselines run in this script: trafilatura extraction alone on the articles as HTML pages, and
loading plus tokenising with spaCy's blank Arabic tokenizer alone (``pip install -e .[bench]``).
The ratios to the baselines keep their meaning on a busy machine. Each measurement runs in its own
process (clean peak RSS, cold caches). The SaudiNewsNet workload is written under ``bench/data/``
(gitignored; the corpus is CC BY-NC-SA and never committed). Results: ``bench/results/*.json``.
"""

from __future__ import annotations

import argparse
import cProfile
import importlib.util
import io
import json
import os
import pickle
import pstats
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT / "bench" / "data"
RESULTS = ROOT / "bench" / "results"


def _bench_data():
    spec = importlib.util.spec_from_file_location("make_bench_data", ROOT / "scripts" / "make_bench_data.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def workload(day: str, n: int) -> tuple[Path, Path]:
    """The text and HTML JSON Lines of ``n`` articles of ``day`` (written once under bench/data/)."""
    mbd = _bench_data()
    text, html = DATA / f"snn-{day}-{n}.jsonl", DATA / f"snn-{day}-{n}.html.jsonl"
    if not text.exists():
        mbd.write(text, [day], n)
    if not html.exists():
        mbd.write(html, [day], n, html=True)
    return text, html


def _rss_mb() -> float:
    from marsad.batch import peak_rss_mb

    return peak_rss_mb()


def _records(path: Path) -> list[dict]:
    with open(path, encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


# -- measurements, each run in a child process (``--one KIND``) -----------------------------------
def one_trafilatura(html: Path, text: Path, args) -> dict:
    import trafilatura

    pages = [r["html"] for r in _records(html)]
    t0 = time.perf_counter()
    out = [trafilatura.extract(p, include_comments=False, favor_precision=True) for p in pages]
    wall = time.perf_counter() - t0
    assert sum(1 for o in out if o) >= 0.9 * len(pages), "trafilatura lost articles"
    return {"docs": len(pages), "wall_s": wall, "docs_per_s": len(pages) / wall, "peak_rss_mb": _rss_mb()}


def one_spacy(html: Path, text: Path, args) -> dict:
    t0 = time.perf_counter()
    try:
        import spacy
    except ModuleNotFoundError:
        raise SystemExit("spaCy is missing: .venv/bin/pip install -e '.[bench]'") from None
    nlp = spacy.blank("ar")
    t_load = time.perf_counter() - t0
    texts = [r["text"] for r in _records(text)]
    t1 = time.perf_counter()
    ntok = sum(len(nlp.make_doc(t)) for t in texts)
    wall = time.perf_counter() - t1
    return {"docs": len(texts), "tokens": ntok, "load_s": t_load, "wall_s": wall + t_load,
            "docs_per_s": len(texts) / (wall + t_load), "docs_per_s_steady": len(texts) / wall,
            "peak_rss_mb": _rss_mb()}


def one_marsad1(html: Path, text: Path, args) -> dict:
    """The sequential runner (``--workers 1``) into a fresh SQLite database."""
    from marsad.ingest.readers import iter_inputs
    from marsad.ingest.runner import Writer, run_inputs, warm_up
    from marsad.store import Store

    shipped: list = []
    with tempfile.TemporaryDirectory() as tmp:
        # start-up, off the clock as in the Dask runner: the pipeline's lazily loaded resources (one
        # warm-up article, not stored), the language model and the writer's resources
        t0 = time.perf_counter()
        pipe = _pipeline(args)
        warm_up(pipe)
        store = Store(os.path.join(tmp, "b.db"))
        Writer(store)
        startup = time.perf_counter() - t0

        def keep(p) -> None:
            if p.doc is not None and p.status == "coded" and len(shipped) < 100:
                shipped.append(p)

        t1, c1 = time.perf_counter(), time.process_time()
        s = run_inputs(iter_inputs([str(text)]), store, pipeline=pipe, progress=False, on_result=keep)
        wall, cpu = time.perf_counter() - t1, time.process_time() - c1
        stats = store.stats()
    n = s.coded + s.duplicates + s.not_arabic + s.failed + s.skipped
    return {"docs": n, "summary": s.as_dict(), "stats": stats, "stages": pipe.names, "startup_s": startup,
            "wall_s": wall + startup, "docs_per_s": n / (wall + startup), "docs_per_s_steady": n / wall,
            "stage_seconds": dict(pipe.timings), "peak_rss_mb": _rss_mb(), "shipping": _shipping(shipped),
            "cpu_s": cpu, "cpu_ms_per_doc": 1000 * cpu / n, "idle_docs_per_s": n / cpu}


def _pipeline(args):
    from marsad.pipeline import Pipeline

    return Pipeline.from_names(args.stages.split(",")) if args.stages else Pipeline.default()


def _shipping(ps: list) -> dict:
    """Cost of sending coded documents between processes: pickle of the objects vs. to_dict without the
    token layers (what ``marsad.batch`` ships)."""
    from marsad.document import Document
    from marsad.store import UNSTORED_LAYERS

    if not ps:
        return {}
    for p in ps:
        p.doc.cache.clear()
    t0 = time.perf_counter()
    blobs = [pickle.dumps(p, protocol=5) for p in ps]
    back = [pickle.loads(b) for b in blobs]
    t_pickle = time.perf_counter() - t0
    t0 = time.perf_counter()
    dblobs = [pickle.dumps(p.doc.to_dict(skip_layers=UNSTORED_LAYERS), protocol=5) for p in ps]
    dback = [Document.from_dict(pickle.loads(b)) for b in dblobs]
    t_dict = time.perf_counter() - t0
    assert len(back) == len(dback)
    k = len(ps)
    return {"docs": k, "pickle_ms_per_doc": 1000 * t_pickle / k, "pickle_kb_per_doc": sum(map(len, blobs)) / k / 1024,
            "dict_ms_per_doc": 1000 * t_dict / k, "dict_kb_per_doc": sum(map(len, dblobs)) / k / 1024}


def one_marsad2(html: Path, text: Path, args) -> dict:
    """The Dask runner with ``--workers`` worker processes."""
    from marsad.batch import RunReport, ingest_distributed
    from marsad.store import Store

    rep = RunReport()
    with tempfile.TemporaryDirectory() as tmp:
        store = Store(os.path.join(tmp, "b.db"))
        t0 = time.perf_counter()
        s = ingest_distributed([str(text)], store, workers=args.workers, progress=False, report=rep, ship=args.ship,
                               stages=args.stages.split(",") if args.stages else None)
        wall = time.perf_counter() - t0
        stats = store.stats()
    n = s.coded + s.duplicates + s.not_arabic + s.failed + s.skipped
    return {"docs": n, "summary": s.as_dict(), "stats": stats, "workers": rep.workers, "startup_s": rep.startup_s,
            "wall_s": wall, "docs_per_s": n / wall, "docs_per_s_steady": n / (wall - rep.startup_s),
            "stage_seconds": rep.stage_seconds, "peak_rss_mb": max(rep.peak_rss_mb.values()),
            "worker_peak_rss_mb": rep.peak_rss_mb, "writer_peak_rss_mb": rep.writer_peak_rss_mb,
            "writer_busy_s": rep.writer_busy_s, "max_in_flight": rep.max_in_flight, "ship": args.ship,
            "writer_cpu_s": rep.writer_cpu_s, "worker_cpu_s": rep.worker_cpu_s,
            "cpu_ms_per_doc": 1000 * (rep.writer_cpu_s + sum(rep.worker_cpu_s.values())) / n,
            # CPU-bound projection for an otherwise idle machine with this many cores: the work spread
            # over the cores, but never faster than the single writer process alone
            "idle_docs_per_s": n / max((rep.writer_cpu_s + sum(rep.worker_cpu_s.values())) / (os.cpu_count() or 1),
                                       rep.writer_cpu_s, 1e-9)}


def one_profile(html: Path, text: Path, args) -> dict:
    """cProfile of prepare, each stage and the writer on the first ``--n`` articles; prints hot spots."""
    from marsad.ingest.readers import iter_inputs
    from marsad.ingest.runner import Writer, prepare
    from marsad.store import Store

    pipe = _pipeline(args)
    profs = {name: cProfile.Profile() for name in ["prepare", *pipe.names, "save"]}
    with tempfile.TemporaryDirectory() as tmp:
        w = Writer(Store(os.path.join(tmp, "p.db")))
        for raw in iter_inputs([str(text)]):
            profs["prepare"].enable()
            p = w.classify(prepare(raw))
            profs["prepare"].disable()
            if p.status == "new" and p.doc is not None:
                for st in pipe.stages:
                    profs[st.name].enable()
                    try:
                        p.doc = st(p.doc)
                    finally:
                        profs[st.name].disable()
                    p.doc.stages.append({"name": st.name, "version": st.version, "provides": list(st.provides)})
            profs["save"].enable()
            w.save(p)
            profs["save"].disable()
    out = {}
    for name, prof in profs.items():
        buf = io.StringIO()
        st = pstats.Stats(prof, stream=buf)
        total = st.total_tt
        st.sort_stats("tottime").print_stats(args.top)
        rows = []
        for (fn, line, func), (_cc, nc, tt, ct, _callers) in sorted(st.stats.items(), key=lambda kv: -kv[1][2])[:args.top]:
            rows.append({"where": f"{_short(fn)}:{line}({func})", "calls": nc, "tottime_s": round(tt, 4),
                         "cumtime_s": round(ct, 4)})
        cum = []
        for (fn, line, func), (_cc, nc, tt, ct, _callers) in sorted(st.stats.items(), key=lambda kv: -kv[1][3]):
            if "/marsad/" in fn and ct < 0.98 * total:
                cum.append({"where": f"{_short(fn)}:{line}({func})", "calls": nc, "tottime_s": round(tt, 4),
                            "cumtime_s": round(ct, 4)})
            if len(cum) >= args.top:
                break
        out[name] = {"total_s": round(total, 3), "top": rows, "marsad_cumulative": cum}
    return out


def _short(fn: str) -> str:
    for marker in ("site-packages/", "/marsad/", "lib/python3"):
        if marker in fn:
            return fn.split(marker, 1)[1] if marker != "/marsad/" else "marsad/" + fn.split(marker, 1)[1]
    return fn


KINDS = {"trafilatura": one_trafilatura, "spacy": one_spacy, "marsad1": one_marsad1, "marsad2": one_marsad2,
         "profile": one_profile}


def child(kind: str, text: Path, html: Path, args, extra: list[str] = ()) -> dict:
    cmd = [sys.executable, __file__, "--one", kind, "--day", args.day, "--n", str(args.n), "--ship", args.ship,
           "--workers", str(args.workers), "--top", str(args.top), "--stages", args.stages, *extra]
    r = subprocess.run(cmd, capture_output=True, text=True, cwd=ROOT)
    if r.returncode != 0:
        raise SystemExit(f"{kind} failed:\n{r.stderr[-4000:]}")
    return json.loads(r.stdout.strip().splitlines()[-1])


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--day", default="2015-08-03")
    ap.add_argument("--n", type=int, default=400, help="articles")
    ap.add_argument("--workers", type=int, default=2, help="workers of the Dask run")
    ap.add_argument("--ship", choices=["pickle", "dict"], default="dict")
    ap.add_argument("--stages", default="", help="comma-separated stage names (default: the full pipeline)")
    ap.add_argument("--profile", action="store_true", help="cProfile each stage instead of timing runs")
    ap.add_argument("--top", type=int, default=8, help="hot spots per stage with --profile")
    ap.add_argument("--only", default="trafilatura,spacy,marsad1,marsad2", help="measurements to run")
    ap.add_argument("--repeat", type=int, default=1,
                    help="run the measurements this many times, alternating, and keep each one's best "
                         "(a busy machine slows some runs down, never speeds them up)")
    ap.add_argument("--one", choices=sorted(KINDS), help=argparse.SUPPRESS)
    args = ap.parse_args(argv)
    text, html = workload(args.day, args.n)
    if args.one:
        print(json.dumps(KINDS[args.one](html, text, args), default=str))
        return 0
    RESULTS.mkdir(parents=True, exist_ok=True)
    if args.profile:
        prof = child("profile", text, html, args)
        for name, d in prof.items():
            print(f"\n## {name}: {d['total_s']:.2f} s")
            for r in d["top"]:
                print(f"  {r['tottime_s']:8.3f} s self {r['cumtime_s']:8.3f} s cum {r['calls']:>9}  {r['where']}")
            print("  -- marsad functions by cumulative time")
            for r in d["marsad_cumulative"]:
                print(f"  {r['tottime_s']:8.3f} s self {r['cumtime_s']:8.3f} s cum {r['calls']:>9}  {r['where']}")
        (RESULTS / f"profile-{args.day}-{args.n}.json").write_text(json.dumps(prof, indent=1))
        return 0
    load0 = os.getloadavg()
    res: dict = {"day": args.day, "n": args.n, "cpus": os.cpu_count(), "load_before": load0, "runs": {}}
    for r in range(args.repeat):  # alternate the measurements, keep each one's best run
        for kind in args.only.split(","):
            print(f"running {kind} ({r + 1}/{args.repeat}) ...", file=sys.stderr)
            one = child(kind, text, html, args)
            res["runs"].setdefault(kind, []).append(one)
            if kind not in res or one.get("docs_per_s_steady", one["docs_per_s"]) > \
                    res[kind].get("docs_per_s_steady", res[kind]["docs_per_s"]):
                res[kind] = one
    res["load_after"] = os.getloadavg()
    report(res, args)
    stamp = time.strftime("%Y%m%dT%H%M%S")
    (RESULTS / f"pipeline-{stamp}.json").write_text(json.dumps(res, indent=1, default=str))
    return 0


def report(res: dict, args) -> None:
    print(f"\nSaudiNewsNet {res['day']}, {res['n']} articles; {res['cpus']} CPUs; "
          f"load average before {res['load_before'][0]:.1f}, after {res['load_after'][0]:.1f}; "
          f"best of {args.repeat} alternating run(s)")
    for k, runs in res.get("runs", {}).items():
        if len(runs) > 1:
            print(f"  {k}: steady articles/s of each run: "
                  + ", ".join(f"{x.get('docs_per_s_steady', x['docs_per_s']):.1f}" for x in runs))
    print("\n| run | articles/s | steady articles/s | wall s | peak RSS MB/process |")
    print("|---|---:|---:|---:|---:|")
    names = {"trafilatura": "trafilatura.extract alone (HTML)", "spacy": "spaCy blank('ar') load + tokenize",
             "marsad1": "marsad ingest --workers 1", "marsad2": f"marsad ingest --workers {args.workers} (Dask)"}
    for k, label in names.items():
        if k in res:
            r = res[k]
            print(f"| {label} | {r['docs_per_s']:.1f} | {r.get('docs_per_s_steady', r['docs_per_s']):.1f} | "
                  f"{r['wall_s']:.1f} | {r['peak_rss_mb']:.0f} |")
    m1, m2 = res.get("marsad1"), res.get("marsad2")
    if m1 and m2:
        print(f"\nspeed-up {args.workers} workers / 1 worker: {m2['docs_per_s'] / m1['docs_per_s']:.2f}× "
              f"(steady {m2['docs_per_s_steady'] / m1['docs_per_s_steady']:.2f}×)")
        print(f"CPU per article: --workers 1 {m1['cpu_ms_per_doc']:.0f} ms; --workers {args.workers} "
              f"{m2['cpu_ms_per_doc']:.0f} ms (writer process {1000 * m2['writer_cpu_s'] / m2['docs']:.0f} ms, "
              f"workers {1000 * sum(m2['worker_cpu_s'].values()) / m2['docs']:.0f} ms)")
        print(f"CPU-bound projection on an idle {res['cpus']}-core machine: --workers 1 {m1['idle_docs_per_s']:.1f}/s, "
              f"--workers {args.workers} {m2['idle_docs_per_s']:.1f}/s "
              f"({m2['idle_docs_per_s'] / m1['idle_docs_per_s']:.2f}×)")
    for k in ("trafilatura", "spacy"):
        if m1 and k in res:
            print(f"marsad --workers 1 / {k}: {m1['docs_per_s_steady'] / res[k]['docs_per_s']:.3f}")
    if m1:
        print(f"\nsummary: {m1['summary']}; events stored {m1['stats'].get('events')}")
        tot = sum(m1["stage_seconds"].values()) or 1.0
        print("per-stage time (--workers 1): " + ", ".join(
            f"{k} {v:.2f}s ({100 * v / tot:.0f}%, {1000 * v / max(m1['summary']['coded'], 1):.1f} ms/article)"
            for k, v in m1["stage_seconds"].items()))
        print(f"pipeline {tot:.1f}s of {m1['wall_s'] - m1['startup_s']:.1f}s run (the rest: reading, extraction, "
              f"language id, hashing, database writes); start-up {m1['startup_s']:.1f}s")
        if m1.get("shipping"):
            s = m1["shipping"]
            print(f"shipping a coded document: pickle {s['pickle_ms_per_doc']:.2f} ms / {s['pickle_kb_per_doc']:.0f} KB, "
                  f"to_dict {s['dict_ms_per_doc']:.2f} ms / {s['dict_kb_per_doc']:.0f} KB")
    if m2:
        print(f"Dask: start-up {m2['startup_s']:.1f}s, writer busy {m2['writer_busy_s']:.1f}s, "
              f"writer peak RSS {m2['writer_peak_rss_mb']:.0f} MB, max in flight {m2['max_in_flight']}")


if __name__ == "__main__":
    sys.exit(main())
