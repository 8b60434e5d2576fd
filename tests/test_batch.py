"""The Dask runner: --workers 2 gives the same database as --workers 1; inputs stream through a window."""

from __future__ import annotations

import importlib.util
import json
import subprocess
import sys
from pathlib import Path

import pytest

from marsad.batch import RunReport, count_inputs, ingest_distributed, worker_pipeline
from marsad.ingest.readers import iter_inputs
from marsad.ingest.runner import Prepared, Writer, prepare
from marsad.store import Store

ROOT = Path(__file__).resolve().parents[1]
SNN = ROOT.parent / "shared" / "data" / "news" / "saudinewsnet"


def _bench_data():
    spec = importlib.util.spec_from_file_location("make_bench_data", ROOT / "scripts" / "make_bench_data.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def workload(path: Path, n: int = 40, day: str = "2015-07-23") -> list[dict]:
    """``n`` SaudiNewsNet articles plus an exact copy, a near copy, an English record and a broken line."""
    recs = list(_bench_data().articles(day, limit=n))
    assert len(recs) == n
    exact = dict(recs[3], id="copy-exact")
    near = dict(recs[5], id="copy-near", text=recs[5]["text"] + "\nوالله الموفق.")
    english = {"id": "english", "text": "The committee met on Monday to discuss the budget and the new roads. " * 5}
    lines = [json.dumps(r, ensure_ascii=False) for r in recs[:20]]
    lines += [json.dumps(exact, ensure_ascii=False), "{not json", json.dumps(english)]
    lines += [json.dumps(r, ensure_ascii=False) for r in recs[20:]]
    lines.append(json.dumps(near, ensure_ascii=False))
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return recs


def marsad(*args: str, cwd: Path) -> subprocess.CompletedProcess:
    """Run the real command line in a fresh process."""
    r = subprocess.run([sys.executable, "-m", "marsad.cli", *args], cwd=cwd, capture_output=True, text=True,
                       timeout=600)
    assert r.returncode == 0, r.stderr[-3000:]
    return r


def snapshot(db: Path, cwd: Path) -> dict:
    """What a run left in the database: stats, documents, failures, exported PLOVER events."""
    store = Store(str(db))
    docs = {d["id"]: (d["status"], d["duplicate_of"]) for d in store.documents()}
    fails = sorted((f["source"].rsplit("/", 1)[-1], f["reason"]) for f in store.failures())
    export = marsad("export", "--db", str(db), "--format", "plover", cwd=cwd).stdout
    events = sorted(json.dumps({k: v for k, v in json.loads(line).items() if "created" not in k}, sort_keys=True,
                               ensure_ascii=False) for line in export.splitlines() if line.strip())
    return {"stats": store.stats(), "docs": docs, "failures": fails, "events": events}


@pytest.mark.slow
def test_two_workers_store_what_one_worker_stores(tmp_path: Path) -> None:
    data = tmp_path / "snn.jsonl"
    workload(data)
    one, two = tmp_path / "one.db", tmp_path / "two.db"
    # both at once: the same code and resources for both (and half the wall time)
    runs = [subprocess.Popen([sys.executable, "-m", "marsad.cli", "ingest", str(data), "--db", str(db), "--workers", w,
                              "--json", "--no-progress"], cwd=tmp_path, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                             text=True) for db, w in ((one, "1"), (two, "2"))]
    outs = [r.communicate(timeout=600) for r in runs]
    assert [r.returncode for r in runs] == [0, 0], outs[0][1][-2000:] + outs[1][1][-2000:]
    s1, s2 = json.loads(outs[0][0]), json.loads(outs[1][0])
    assert s1 == s2
    assert s1["coded"] == 40 and s1["duplicates"] == 2 and s1["not_arabic"] == 1 and s1["failed"] == 1
    a, b = snapshot(one, tmp_path), snapshot(two, tmp_path)
    assert a["docs"]["copy-exact"] == ("duplicate", "snn-2015-07-23-00003")
    assert a["docs"]["copy-near"][0] == "duplicate"
    assert a == b
    # the same command again stores nothing new
    again = json.loads(marsad("ingest", str(data), "--db", str(two), "--workers", "2", "--json", "--no-progress",
                              cwd=tmp_path).stdout)
    assert again["skipped"] == 43 and again["coded"] == 0 and again["failed"] == 1
    assert snapshot(two, tmp_path) == b


@pytest.mark.slow
def test_inputs_stream_through_a_bounded_window(tmp_path: Path) -> None:
    data = tmp_path / "snn.jsonl"
    workload(data, n=30)
    read: list[int] = []
    seen_at_result: list[int] = []

    def counted():
        for raw in iter_inputs([str(data)]):
            read.append(1)
            yield raw

    rep = RunReport()
    summary = ingest_distributed([str(data)], Store(str(tmp_path / "w.db")), workers=2, chunk=4, window=5, batch=4,
                                 inputs=counted(), report=rep, stages=("normalize", "segment"),
                                 on_result=lambda p: seen_at_result.append(len(read)))
    assert summary.coded == 30 and summary.duplicates == 2 and summary.failed == 1
    assert rep.max_in_flight <= 5
    # the first results were saved long before the whole file had been read
    assert seen_at_result[0] <= 5 + 4
    assert len(read) == 34
    assert set(rep.stage_seconds) == {"normalize", "segment"} and rep.stage_seconds["segment"] > 0
    assert len(rep.peak_rss_mb) == 2 and all(50 < mb < 1500 for mb in rep.peak_rss_mb.values())
    stored = Store(str(tmp_path / "w.db")).documents()
    assert len(stored) == 33  # 30 coded, 2 duplicates, 1 English


def test_count_inputs_counts_jsonl_records(tmp_path: Path) -> None:
    data = tmp_path / "snn.jsonl"
    workload(data, n=10)
    (tmp_path / "page.html").write_text("<html><body><p>نص</p></body></html>", encoding="utf-8")
    assert count_inputs([str(data)]) == 14
    assert count_inputs([str(tmp_path)]) == 15
    assert count_inputs(["-"]) is None


def test_worker_pipeline_is_built_once_per_process() -> None:
    a = worker_pipeline(("normalize", "segment"))
    assert worker_pipeline(("normalize", "segment")) is a
    assert a.names == ["normalize", "segment"]


def test_save_many_commits_documents_and_failures_in_order(tmp_path: Path) -> None:
    data = tmp_path / "snn.jsonl"
    workload(data, n=6)
    store = Store(str(tmp_path / "m.db"))
    w = Writer(store)
    ps = [w.classify(prepare(raw)) for raw in iter_inputs([str(data)])]
    assert [p.status for p in ps].count("failed") == 1
    ps.append(Prepared(source="x", doc_id="x", status="skipped"))
    out = w.save_many(ps)
    assert [p.status for p in out] == ["coded"] * 6 + ["duplicate", "failed", "not_arabic", "duplicate", "skipped"]
    assert {f"snn-2015-07-23-{i:05d}" for i in range(6)} <= {d["id"] for d in store.documents()}
    assert store.find_by_hash(ps[6].content_hash) == "snn-2015-07-23-00003"  # the first copy, not the duplicate
    assert len(store.failures()) == 1 and store.stats()["documents"] == 9



@pytest.mark.slow
def test_an_existing_scheduler_is_used(tmp_path: Path) -> None:
    import logging

    from distributed import LocalCluster

    data = tmp_path / "snn.jsonl"
    workload(data, n=12)
    one = json.loads(marsad("ingest", str(data), "--db", str(tmp_path / "one.db"), "--json", "--no-progress",
                            cwd=tmp_path).stdout)
    with LocalCluster(n_workers=1, processes=True, threads_per_worker=1, dashboard_address=None,
                      silence_logs=logging.ERROR) as cluster:
        out = marsad("ingest", str(data), "--db", str(tmp_path / "sched.db"), "--scheduler", cluster.scheduler_address,
                     "--json", "--progress", cwd=tmp_path)
        assert len(cluster.workers) == 1
    assert json.loads(out.stdout) == one and one["coded"] == 12
    assert "16/16" in out.stderr and "docs/s" in out.stderr  # the bar (with its total) goes to stderr
    assert snapshot(tmp_path / "sched.db", tmp_path) == snapshot(tmp_path / "one.db", tmp_path)
