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
* inputs go to the workers ``CHUNK`` (8) per task, the input stream is read lazily, and at most
  ``window`` inputs (2 tasks' worth per worker, 32 with 2 workers) are in flight between reading and
  saving, so a 1 GB JSON Lines file never sits in memory;
* documents are committed in input order, a few per transaction (each document all-or-nothing),
  so the database always holds a prefix of the input: a run killed at any moment (SIGKILL
  included) resumes with the same command — stored inputs are skipped, the rest is done.

Coded documents come back as ``Document.to_dict`` dicts (about 3× cheaper than pickling the
objects), without the token-level layers the store does not keep (``UNSTORED_LAYERS``: most of a
document's annotations). ``bench/bench_pipeline.py`` measures all of this.
"""

from __future__ import annotations

import contextlib
import gc
import logging
import os
import sys
import time
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from marsad.document import Document
from marsad.ingest.limits import STREAMING_GC_THRESHOLDS
from marsad.ingest.raw import RawInput
from marsad.ingest.readers import JSONL_SUFFIXES, WARC_SUFFIXES, iter_inputs
from marsad.ingest.runner import Prepared, Summary, Writer, _progress, code, prepare, streaming_gc, warm_up
from marsad.pipeline import Pipeline
from marsad.store import UNSTORED_LAYERS

__all__ = ["ingest_distributed", "worker_pipeline", "count_inputs", "peak_rss_mb", "cpu_seconds", "RunReport"]

#: Inputs per prepare task (fewer, larger tasks: Dask's per-task cost is milliseconds). 8 rather than
#: 4, the same 32 inputs in flight with 2 workers: 31.8 vs 29.7 articles/s steady (three alternating
#: runs each, 300 SaudiNewsNet articles, 2 workers on 2 cores).
CHUNK = 8
#: How many tasks' worth of inputs may be in flight (read but not yet saved) per worker.
WINDOW_PER_WORKER = 2

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


_WARMED: set[tuple[str, ...] | None] = set()
_NICED: list[int] = []
#: Niceness added to the worker processes of a LocalCluster this runner starts: the single writer
#: is the critical path, so it should win the CPU whenever it has work (measured: ~+30 % articles/s
#: with 2 workers on 2 cores). Workers of an existing cluster (``--scheduler``) are left alone.
WORKER_NICE = 5


def _warm(stages: tuple[str, ...] | None, nice: int = 0) -> dict[str, Any]:
    """Build the pipeline and load the language model on a worker before the first document arrives."""
    if nice and not _NICED:  # the single writer is the critical path: let it win the CPU
        os.nice(nice)
        _NICED.append(nice)
    pipe = worker_pipeline(stages)
    if stages not in _WARMED:  # stages load some resources lazily: load them now, off the clock
        warm_up(pipe)
        _WARMED.add(stages)
        # Lexicons, gazetteers and models live as long as the worker: keep the cyclic garbage
        # collector from scanning them again and again while documents come and go.
        gc.freeze()
        gc.set_threshold(*STREAMING_GC_THRESHOLDS)  # a worker process only ever codes documents
    return {"pid": os.getpid(), "rss_mb": peak_rss_mb(), "cpu_s": cpu_seconds()}


def cpu_seconds() -> float:
    """CPU time (user + system) this process has used so far, all its threads together."""
    import resource

    ru = resource.getrusage(resource.RUSAGE_SELF)
    return ru.ru_utime + ru.ru_stime


def _prepare_task(raws: list[RawInput], published: str | None) -> list[Prepared]:
    return [prepare(raw, published) for raw in raws]


def _code_task(ps: list[Prepared], which: list[int], stages: tuple[str, ...] | None, ship: str
               ) -> tuple[list[Any], dict[str, float], int, float]:
    """Code the documents ``which`` of a prepared chunk; returns (results, stage seconds, pid, peak RSS MB)."""
    pipe = worker_pipeline(stages)
    before = dict(pipe.timings)
    out = []
    for i in which:
        p = ps[i]
        # ``ps`` is the prepare task's stored result: code a copy, so that a rerun (after a lost
        # worker) starts from the same state.
        q = Prepared(**{k: getattr(p, k) for k in p.__dataclass_fields__})
        q.doc = Document.from_dict(p.doc.to_dict()) if p.doc is not None else None
        q.status = "new"
        q = code(q, pipe)
        if q.doc is not None:
            q.doc.cache.clear()  # offset maps and the like: not needed by the writer, costly to ship
            if ship == "dict":
                d = q.doc.to_dict(skip_layers=UNSTORED_LAYERS)  # the writer never reads them
                q.doc = None
                out.append((q, d))
                continue
        out.append(q)
    spent = {k: v - before.get(k, 0.0) for k, v in pipe.timings.items()}
    return out, spent, os.getpid(), peak_rss_mb()


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
    writer_cpu_s: float = 0.0  # CPU of this process (writer, scheduler, (de)serialisation) after start-up
    worker_cpu_s: dict[int, float] = field(default_factory=dict)  # worker pid -> CPU after warm-up
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
    # No dashboard; the scheduler's small HTTP server (health, metrics) takes any free local port.
    cluster = LocalCluster(
        n_workers=workers, processes=True, threads_per_worker=1, dashboard_address=None,
        silence_logs=logging.ERROR, memory_limit=0, host="127.0.0.1",
        scheduler_kwargs={"dashboard_address": "127.0.0.1:0"},
    )
    return Client(cluster), cluster


@dataclass
class _Slot:
    """One input between reading and saving."""

    seq: int
    source: str = ""
    doc_id: str = ""
    chunk: int = -1  # the prepare task it went to (-1: none, decided without one)
    pos: int = 0  # its position in that chunk
    prepared: Prepared | None = None  # after prepare (or a decision made without it)
    done: Prepared | None = None  # ready to save


@dataclass
class _Chunk:
    """Consecutive inputs prepared by one task, and then coded (the new ones) by one task."""

    future: Any
    seqs: list[int]
    left: int = 0  # not yet classified
    new: list[int] = field(default_factory=list)  # positions classified as new


def ingest_distributed(
    paths: Iterable[str],
    store,
    published: str | None = None,
    workers: int = 2,
    scheduler: str | None = None,
    progress: bool | None = None,
    on_result: Callable[[Prepared], None] | None = None,
    stages: Iterable[str] | None = None,
    chunk: int = CHUNK,
    window: int | None = None,
    ship: str = "dict",
    report: RunReport | None = None,
    inputs: Iterator[RawInput] | None = None,
    batch: int = 16,
    max_wait: float = 2.0,
) -> Summary:
    """Ingest ``paths`` with Dask workers; same results as the sequential runner.

    ``stages`` names the pipeline (default: ``Pipeline.default()``). Inputs go to workers ``chunk`` at
    a time (fewer, larger tasks); at most ``window`` inputs (default 4 × workers × chunk) are in
    flight between reading and saving. ``ship`` is how coded documents come back (``dict``:
    ``Document.to_dict``, ~3× cheaper than pickling the objects; or ``pickle``). ``report`` receives
    timings, CPU and peak memory; ``inputs`` replaces reading ``paths``. Documents are committed
    ``batch`` at a time (each all-or-nothing), at the latest ``max_wait`` seconds after the first of
    a batch was ready.
    """
    from distributed import as_completed

    t_start = time.perf_counter()
    stage_key = tuple(stages) if stages is not None else None
    client, cluster = _start_client(workers, scheduler)
    writer_gc = contextlib.ExitStack()
    writer_gc.enter_context(streaming_gc())  # the writer allocates a lot too
    try:
        n_workers = max(1, len(client.scheduler_info().get("workers", {})) or workers)
        chunk = max(1, chunk)
        window = max(window or WINDOW_PER_WORKER * n_workers * chunk, chunk)
        # build the pipeline everywhere (raises if it cannot)
        warm = client.run(_warm, stage_key, WORKER_NICE if cluster is not None else 0)
        writer = Writer(store)  # loads the writer's resources: start-up, like the workers' warm-up
        t_ready = time.perf_counter()
        summary = Summary()
        rep = report if report is not None else RunReport()
        rep.workers = n_workers
        rep.startup_s = t_ready - t_start
        cpu0 = cpu_seconds()
        for info in warm.values():
            rep.peak_rss_mb[info["pid"]] = info["rss_mb"]
            rep.worker_cpu_s[info["pid"]] = -info["cpu_s"]

        want_bar = progress or (progress is None and sys.stderr.isatty())
        bar = _progress(count_inputs(paths) if want_bar and inputs is None else None, progress)
        stream = iter(inputs if inputs is not None else iter_inputs(paths))
        slots: dict[int, _Slot] = {}
        chunks: dict[int, _Chunk] = {}
        keys: dict[str, tuple[str, int]] = {}  # future key -> (phase, chunk id)
        claimed: set[str] = set()  # ids decided on but not yet committed
        ac = as_completed(with_results=True, raise_errors=False)
        pending: list[Prepared] = []  # saved in order, waiting for the batch's commit
        st: dict[str, Any] = {"read": 0, "classify": 0, "save": 0, "chunks": 0, "exhausted": False, "since": 0.0}

        def submit_chunk(raws: list[RawInput], seqs: list[int]) -> None:
            cid = st["chunks"]
            st["chunks"] += 1
            fut = client.submit(_prepare_task, raws, published, pure=False)
            chunks[cid] = _Chunk(fut, seqs, left=len(seqs))
            keys[fut.key] = ("prepare", cid)
            for pos, seq in enumerate(seqs):
                slots[seq].chunk, slots[seq].pos = cid, pos
            ac.add(fut)

        def fill() -> None:
            raws: list[RawInput] = []
            seqs: list[int] = []
            # start a chunk only when a whole one fits in the window (no trickle of 1-input tasks)
            while not st["exhausted"] and st["read"] - st["save"] < window and (
                    raws or window - (st["read"] - st["save"]) >= chunk):
                raw = next(stream, None)
                if raw is None:
                    st["exhausted"] = True
                    break
                seq = st["read"]
                st["read"] += 1
                slot = slots[seq] = _Slot(seq, raw.source, raw.doc_id)
                if raw.error is None and (raw.doc_id in claimed or writer.known(raw.doc_id)):
                    slot.prepared = Prepared(source=raw.source, doc_id=raw.doc_id, status="skipped")
                    continue
                raws.append(raw)
                seqs.append(seq)
                if len(raws) == chunk:
                    submit_chunk(raws, seqs)
                    raws, seqs = [], []
            if raws:
                submit_chunk(raws, seqs)
            rep.max_in_flight = max(rep.max_in_flight, st["read"] - st["save"])

        def flush() -> None:
            """Commit the pending documents in order, feeding the workers between two documents."""
            if not pending:
                return
            saved: list[Prepared] = []
            i = 0
            while i < len(pending):
                if _alone(pending[i]):  # failures (and skips) are written on their own
                    saved.append(writer.save(pending[i]))
                    i += 1
                    pump()
                    continue
                with store.begin() as conn:  # a run of documents in one transaction
                    while i < len(pending) and not _alone(pending[i]):
                        saved.append(writer.save(pending[i], conn))
                        i += 1
                        pump()
            for p in saved:
                claimed.discard(p.doc_id)  # committed now: the store answers for it (the set stays small)
                summary.add(p)
                if on_result:
                    on_result(p)
                if bar is not None:
                    n = summary.coded + summary.not_arabic + summary.duplicates + summary.skipped + summary.failed
                    rate = n / max(time.perf_counter() - t_ready, 1e-6)
                    bar.update(bar.task_ids[0], advance=1, rate=f"{rate:.1f} docs/s")
            pending.clear()

        def pump() -> None:
            """While the writer writes: take finished tasks, classify in order, hand out more work."""
            for fut, res in ac.next_batch(block=False):
                receive(fut, res)
            classify_ready()
            fill()

        def classify(slot: _Slot) -> None:
            p = slot.prepared
            assert p is not None
            if p.status != "skipped":
                if p.failure is None and p.doc_id in claimed:
                    p.status = "skipped"  # an earlier input of this run had the same id
                else:
                    p = writer.classify(p)
            if p.status in ("new", "not_arabic", "duplicate"):
                claimed.add(p.doc_id)
            slot.prepared = None
            if slot.chunk < 0:
                slot.done = p
                return
            ch = chunks[slot.chunk]
            ch.left -= 1
            if p.status == "new":
                ch.new.append(slot.pos)
            else:
                slot.done = p
            if ch.left == 0:
                if ch.new:
                    fut = client.submit(_code_task, ch.future, ch.new, stage_key, ship, pure=False)
                    keys[fut.key] = ("code", slot.chunk)
                    ac.add(fut)
                else:
                    del chunks[slot.chunk]

        def classify_ready() -> None:
            while (slot := slots.get(st["classify"])) is not None and slot.prepared is not None:
                classify(slot)
                st["classify"] += 1

        def advance() -> None:
            t0 = time.perf_counter()
            moved = True
            while moved:
                before = (st["classify"], st["read"])
                classify_ready()
                moved = False
                while (slot := slots.get(st["save"])) is not None and slot.done is not None:
                    if not pending:
                        st["since"] = time.perf_counter()
                    pending.append(slot.done)
                    del slots[slot.seq]
                    st["save"] += 1
                    moved = True
                    if len(pending) >= batch or time.perf_counter() - st["since"] > max_wait:
                        flush()
                fill()
                moved = moved or (st["classify"], st["read"]) != before
            rep.writer_busy_s += time.perf_counter() - t0

        def receive(fut: Any, res: Any) -> None:
            phase, cid = keys.pop(fut.key)
            ch = chunks[cid]
            if fut.status != "finished":
                exc = res[1] if isinstance(res, tuple) and len(res) == 3 else RuntimeError(fut.status)
                lost = [_lost(slots[ch.seqs[i]], exc) for i in range(len(ch.seqs))]
                res = lost if phase == "prepare" else ([lost[i] for i in ch.new], {}, 0, 0.0)
            if phase == "prepare":
                for seq, p in zip(ch.seqs, res, strict=True):
                    slots[seq].prepared = p
                return
            results, spent, pid, rss = res
            for pos, q in zip(ch.new, results, strict=True):
                slots[ch.seqs[pos]].done = _unship(q)
            for k, v in spent.items():
                rep.stage_seconds[k] = rep.stage_seconds.get(k, 0.0) + v
            if pid:
                rep.peak_rss_mb[pid] = max(rep.peak_rss_mb.get(pid, 0.0), rss)
            del chunks[cid]

        try:
            fill()
            advance()
            while True:
                if ac.count():
                    fut, res = next(ac)
                    receive(fut, res)
                    advance()
                    if pending and not ac.count():
                        flush()
                        advance()
                    continue
                flush()  # nothing in flight: commit what is left (which may hand out more work)
                advance()
                if not ac.count():
                    break
        except KeyboardInterrupt:
            flush()  # keep what is done (a resume would redo it otherwise)
            raise
        finally:
            if bar is not None:
                bar.stop()
        if slots:
            raise RuntimeError(f"internal error: {len(slots)} inputs left unsaved")
        rep.writer_cpu_s = cpu_seconds() - cpu0
        try:
            for info in client.run(_warm, stage_key).values():
                rep.peak_rss_mb[info["pid"]] = max(rep.peak_rss_mb.get(info["pid"], 0.0), info["rss_mb"])
                rep.worker_cpu_s[info["pid"]] = rep.worker_cpu_s.get(info["pid"], 0.0) + info["cpu_s"]
        except Exception:  # noqa: BLE001 - the report is best effort
            pass
        rep.writer_peak_rss_mb = peak_rss_mb()
        rep.wall_s = time.perf_counter() - t_start
        return summary
    finally:
        writer_gc.close()
        client.close()
        if cluster is not None:
            cluster.close()


def _alone(p: Prepared) -> bool:
    """Outcomes written in their own transaction (a failure record) or not at all (skipped)."""
    return p.status in ("failed", "skipped") or p.failure is not None


def _lost(slot: _Slot, exc: BaseException) -> Prepared:
    """A failure record for an input whose task could not run (e.g. its worker died repeatedly)."""
    return Prepared(source=slot.source, doc_id=slot.doc_id, status="failed",
                    failure=("error", f"worker lost: {exc.__class__.__name__}: {exc}"))
