"""The Dask runner: the ingestion pipeline on worker processes, one writer, results as with one worker.

``marsad ingest ... --workers N`` starts a :class:`distributed.LocalCluster` of N worker *processes*
(one thread each: the NLP is pure Python, threads would share one GIL); ``--scheduler tcp://HOST:8786``
uses an existing cluster instead. The work of :mod:`marsad.ingest.runner` is split so that the
results are identical to a sequential run:

* workers run :func:`~marsad.ingest.runner.prepare` (extraction, language, hashes) and, for inputs
  the writer classified as new, :func:`~marsad.ingest.runner.code` (the NLP pipeline, built once
  per worker process and kept in a module-level cache);
* this process is the single writer: it classifies (already stored / duplicate / new) and saves
  strictly in input order, through a reorder buffer keyed by the input's sequence number, so
  duplicate decisions, actor linking and event merging see documents in the same order as with
  ``--workers 1``;
* the input stream is read lazily and at most ``window`` inputs (4 × workers by default) are in
  flight between reading and saving, so a 1 GB JSON Lines file never sits in memory;
* every document is committed on its own (or in a small batch whose documents are each
  all-or-nothing), in input order: a run killed at any moment resumes with the same command.
"""

from __future__ import annotations

import logging
import os
import sys
import time
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from marsad.document import Document
from marsad.ingest.raw import RawInput
from marsad.ingest.readers import JSONL_SUFFIXES, WARC_SUFFIXES, iter_inputs
from marsad.ingest.runner import Prepared, Summary, Writer, _progress, code, prepare
from marsad.pipeline import Pipeline

__all__ = ["ingest_distributed", "worker_pipeline", "count_inputs", "peak_rss_mb", "RunReport"]

#: How many inputs may be in flight (read but not yet saved) per worker.
WINDOW_PER_WORKER = 4

# -- worker side ---------------------------------------------------------------------------------
_PIPELINES: dict[tuple[str, ...] | None, Pipeline] = {}


def worker_pipeline(stages: Iterable[str] | None = None) -> Pipeline:
    """The pipeline of this process, built once (``Pipeline.default()`` unless ``stages`` names one)."""
    key = tuple(stages) if stages is not None else None
    pipe = _PIPELINES.get(key)
    if pipe is None:
        pipe = Pipeline.from_names(key) if key is not None else Pipeline.default()
        _PIPELINES[key] = pipe
    return pipe


def peak_rss_mb() -> float:
    """Peak resident memory of this process so far, in MB."""
    import resource

    kb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return kb / 1024 if sys.platform != "darwin" else kb / 1024 / 1024


def _warm(stages: tuple[str, ...] | None) -> dict[str, Any]:
    """Build the pipeline on a worker before the first document arrives."""
    worker_pipeline(stages)
    return {"pid": os.getpid(), "rss_mb": peak_rss_mb()}


def _prepare_task(raw: RawInput, published: str | None) -> Prepared:
    return prepare(raw, published)


def _code_task(p: Prepared, stages: tuple[str, ...] | None, ship: str) -> tuple[Any, dict[str, float], int, float]:
    """Code one new document; returns (result, stage seconds, pid, peak RSS MB)."""
    pipe = worker_pipeline(stages)
    before = dict(pipe.timings)
    # The input object is the prepare task's stored result: work on a fresh copy so that a rerun
    # (a lost worker) starts from the same state.
    q = Prepared(**{k: getattr(p, k) for k in p.__dataclass_fields__})
    q.doc = Document.from_dict(p.doc.to_dict()) if p.doc is not None else None
    q.status = "new"
    q = code(q, pipe)
    spent = {k: v - before.get(k, 0.0) for k, v in pipe.timings.items()}
    if q.doc is not None:
        q.doc.cache.clear()  # offset maps and the like: not needed by the writer, costly to ship
        if ship == "dict":
            d = q.doc.to_dict()
            q.doc = None
            return (q, d), spent, os.getpid(), peak_rss_mb()
    return q, spent, os.getpid(), peak_rss_mb()


def _unship(res: Any) -> Prepared:
    if isinstance(res, tuple):
        q, d = res
        q.doc = Document.from_dict(d)
        return q
    return res


# -- client side ---------------------------------------------------------------------------------
@dataclass
class RunReport:
    """What a distributed run measured (filled when passed to :func:`ingest_distributed`)."""

    workers: int = 0
    wall_s: float = 0.0
    startup_s: float = 0.0
    stage_seconds: dict[str, float] = field(default_factory=dict)
    peak_rss_mb: dict[int, float] = field(default_factory=dict)  # worker pid -> MB
    writer_peak_rss_mb: float = 0.0
    writer_busy_s: float = 0.0  # classify + save in this process
    max_in_flight: int = 0


def count_inputs(paths: Iterable[str]) -> int | None:
    """How many inputs ``paths`` hold, for the progress bar's ETA (None when it cannot tell cheaply).

    JSON Lines files are counted by streaming their lines; WARC archives and standard input make
    the total unknown; any other file counts one.
    """
    total = 0
    for p in paths:
        if p == "-":
            return None
        path = Path(p)
        files = sorted(x for x in path.rglob("*") if x.is_file() and not x.name.startswith(".")) \
            if path.is_dir() else [path]
        for f in files:
            name = f.name.lower()
            if name.endswith(WARC_SUFFIXES) or name.endswith((".rss", ".atom", ".xml")):
                return None
            if name.endswith(JSONL_SUFFIXES):
                import gzip

                opener = gzip.open if name.endswith(".gz") else open
                try:
                    with opener(f, "rb") as fh:
                        total += sum(1 for line in fh if line.strip())
                except (OSError, EOFError):
                    return None
            else:
                total += 1
    return total


def _start_client(workers: int, scheduler: str | None):
    """A dask.distributed Client: on ``scheduler`` or on a new LocalCluster of worker processes."""
    from distributed import Client, LocalCluster

    if scheduler:
        return Client(scheduler), None
    cluster = LocalCluster(
        n_workers=workers, processes=True, threads_per_worker=1, dashboard_address=None,
        silence_logs=logging.ERROR, memory_limit=0,
    )
    return Client(cluster), cluster


@dataclass
class _Slot:
    seq: int
    source: str = ""
    doc_id: str = ""
    prep_future: Any = None
    prepared: Prepared | None = None  # after prepare (or a pre-decided skip)
    done: Prepared | None = None  # ready to save


def ingest_distributed(
    paths: Iterable[str],
    store,
    published: str | None = None,
    workers: int = 2,
    scheduler: str | None = None,
    progress: bool | None = None,
    on_result: Callable[[Prepared], None] | None = None,
    stages: Iterable[str] | None = None,
    window: int | None = None,
    ship: str = "pickle",
    report: RunReport | None = None,
    inputs: Iterator[RawInput] | None = None,
    batch: int = 16,
    max_wait: float = 2.0,
) -> Summary:
    """Ingest ``paths`` with Dask workers; same results as the sequential runner.

    ``stages`` names the pipeline (default: ``Pipeline.default()``); ``window`` bounds the inputs in
    flight (default 4 × workers); ``ship`` is how coded documents come back (``pickle`` or ``dict``);
    ``report`` receives timings and peak memory; ``inputs`` replaces reading ``paths``. Documents are
    committed ``batch`` at a time (each all-or-nothing), at the latest ``max_wait`` seconds after
    the first of a batch was ready.
    """
    from distributed import as_completed

    t_start = time.perf_counter()
    stage_key = tuple(stages) if stages is not None else None
    client, cluster = _start_client(workers, scheduler)
    try:
        n_workers = max(1, len(client.scheduler_info().get("workers", {})) or workers)
        window = window or WINDOW_PER_WORKER * n_workers
        warm = client.run(_warm, stage_key)  # build the pipeline everywhere (raises if it cannot)
        t_ready = time.perf_counter()
        writer = Writer(store)
        summary = Summary()
        rep = report if report is not None else RunReport()
        rep.workers = n_workers
        rep.startup_s = t_ready - t_start
        for info in warm.values():
            rep.peak_rss_mb[info["pid"]] = info["rss_mb"]

        bar = _progress(count_inputs(paths) if (progress or (progress is None and sys.stderr.isatty()))
                        and inputs is None else None, progress)
        stream = iter(inputs if inputs is not None else iter_inputs(paths))
        slots: dict[int, _Slot] = {}
        keys: dict[str, tuple[str, int]] = {}  # future key -> (phase, seq)
        claimed: set[str] = set()  # ids this run has classified as stored-to-be
        ac = as_completed(with_results=True, raise_errors=False)
        state: dict[str, Any] = {"read": 0, "classify": 0, "save": 0, "exhausted": False, "pending_since": 0.0}

        def fill() -> None:
            while not state["exhausted"] and state["read"] - state["save"] < window:
                raw = next(stream, None)
                if raw is None:
                    state["exhausted"] = True
                    break
                seq = state["read"]
                state["read"] += 1
                slot = slots[seq] = _Slot(seq, raw.source, raw.doc_id)
                if raw.error is None and (raw.doc_id in claimed or writer.known(raw.doc_id)):
                    slot.prepared = Prepared(source=raw.source, doc_id=raw.doc_id, status="skipped")
                    continue
                fut = client.submit(_prepare_task, raw, published, pure=False)
                keys[fut.key] = ("prepare", seq)
                slot.prep_future = fut
                ac.add(fut)
            rep.max_in_flight = max(rep.max_in_flight, state["read"] - state["save"])

        pending: list[Prepared] = []

        def flush() -> None:
            if not pending:
                return
            for p in writer.save_many(pending):
                summary.add(p)
                if on_result:
                    on_result(p)
                if bar is not None:
                    n = summary.coded + summary.not_arabic + summary.duplicates + summary.skipped + summary.failed
                    rate = n / max(time.perf_counter() - t_ready, 1e-6)
                    bar.update(bar.task_ids[0], advance=1, rate=f"{rate:.1f} docs/s")
            pending.clear()

        def advance() -> None:
            t0 = time.perf_counter()
            moved = True
            while moved:
                moved = False
                # classify in input order
                while (slot := slots.get(state["classify"])) is not None and slot.prepared is not None:
                    p = slot.prepared
                    if p.status != "skipped":
                        if p.failure is None and p.doc_id in claimed:
                            p.status = "skipped"
                        else:
                            p = writer.classify(p)
                    if p.status == "new":
                        claimed.add(p.doc_id)
                        fut = client.submit(_code_task, slot.prep_future, stage_key, ship, pure=False)
                        keys[fut.key] = ("code", slot.seq)
                        ac.add(fut)
                    else:
                        if p.status in ("not_arabic", "duplicate"):
                            claimed.add(p.doc_id)
                        slot.done = p
                        slot.prep_future = None
                    slot.prepared = None
                    state["classify"] += 1
                    moved = True
                # save in input order (committed in small batches)
                while (slot := slots.get(state["save"])) is not None and slot.done is not None:
                    if not pending:
                        state["pending_since"] = time.perf_counter()
                    pending.append(slot.done)
                    del slots[slot.seq]
                    state["save"] += 1
                    moved = True
                    if len(pending) >= batch or time.perf_counter() - state["pending_since"] > max_wait:
                        flush()
                before = state["read"]
                fill()
                moved = moved or state["read"] != before
            rep.writer_busy_s += time.perf_counter() - t0

        try:
            fill()
            advance()
            for fut, res in ac:
                phase, seq = keys.pop(fut.key)
                slot = slots[seq]
                if fut.status != "finished":
                    exc = res[1] if isinstance(res, tuple) and len(res) == 3 else RuntimeError(fut.status)
                    res = _lost(slot, exc)
                if phase == "prepare":
                    slot.prepared = res
                else:
                    slot.prep_future = None
                    if isinstance(res, tuple):
                        q, spent, pid, rss = res
                        res = _unship(q)
                        for k, v in spent.items():
                            rep.stage_seconds[k] = rep.stage_seconds.get(k, 0.0) + v
                        rep.peak_rss_mb[pid] = max(rep.peak_rss_mb.get(pid, 0.0), rss)
                    slot.done = res
                advance()
                if pending and not ac.count():
                    flush()
            flush()
        finally:
            if bar is not None:
                bar.stop()
        assert not slots, f"{len(slots)} inputs left unsaved"  # noqa: S101 - an internal invariant
        try:
            for info in client.run(_warm, stage_key).values():
                rep.peak_rss_mb[info["pid"]] = max(rep.peak_rss_mb.get(info["pid"], 0.0), info["rss_mb"])
        except Exception:  # noqa: BLE001 - the report is best effort
            pass
        rep.writer_peak_rss_mb = peak_rss_mb()
        rep.wall_s = time.perf_counter() - t_start
        return summary
    finally:
        client.close()
        if cluster is not None:
            cluster.close()


def _lost(slot: _Slot, exc: BaseException) -> Prepared:
    """A failure record for an input whose task could not run (e.g. its worker died repeatedly)."""
    return Prepared(source=slot.source, doc_id=slot.doc_id, status="failed",
                    failure=("error", f"worker lost: {exc.__class__.__name__}: {exc}"))
