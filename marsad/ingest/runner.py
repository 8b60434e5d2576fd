"""The ingestion runner: inputs → clean documents → pipeline → store, one bad input never stopping it.

The work is split so that it can run on Dask workers (marsad.batch) with identical results:

1. :func:`prepare` (pure, any worker): extract the article, identify the language, hash it.
2. :meth:`Writer.classify` (the single writer, in input order): already stored? exact or near
   duplicate of an earlier document? Duplicates are linked to the first copy and not coded again.
3. :func:`code` (pure, any worker): the NLP pipeline.
4. :meth:`Writer.save` (the single writer, in input order): one transaction per document.

Each document is committed on its own, so a run killed at any moment resumes with the same
command: stored documents are skipped, the rest is done.
"""

from __future__ import annotations

import contextlib
import gc
import sys
import traceback
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from typing import Any

from marsad.arabic.normalize import normalize
from marsad.document import Document
from marsad.errors import InputError
from marsad.ingest.duplicates import NearDuplicateIndex, content_hash, from_bytes, minhash, signature_bytes
from marsad.ingest.extract import extract, identify_language
from marsad.ingest.limits import MAX_PAYLOAD_BYTES, STREAMING_GC_THRESHOLDS
from marsad.ingest.raw import RawInput
from marsad.ingest.readers import iter_inputs, reread
from marsad.pipeline import Pipeline
from marsad.store import derived_fields


@dataclass
class Prepared:
    """The outcome of :func:`prepare` for one input."""

    source: str
    doc_id: str
    doc: Document | None = None
    language: str | None = None
    content_hash: str | None = None
    minhash: bytes | None = None
    failure: tuple[str, str] | None = None  # (reason, message)
    payload: bytes | None = None
    meta: dict[str, Any] = field(default_factory=dict)
    # set by the writer
    status: str | None = None  # coded | not_arabic | duplicate | skipped | failed
    duplicate_of: str | None = None
    duplicate_kind: str | None = None
    derived: dict[str, str] | None = None  # normal forms and search terms (store.derived_fields)


@dataclass
class Summary:
    """Counts of what a run did."""

    coded: int = 0
    not_arabic: int = 0
    duplicates: int = 0
    skipped: int = 0
    failed: int = 0
    events: int = 0
    documents: list[str] = field(default_factory=list)

    def add(self, p: Prepared) -> None:
        if p.status == "coded":
            self.coded += 1
            self.events += len(p.doc.events) if p.doc else 0
        elif p.status == "not_arabic":
            self.not_arabic += 1
        elif p.status == "duplicate":
            self.duplicates += 1
        elif p.status == "skipped":
            self.skipped += 1
        elif p.status == "failed":
            self.failed += 1
        if p.status in ("coded", "not_arabic", "duplicate"):
            self.documents.append(p.doc_id)

    def as_dict(self) -> dict[str, Any]:
        return {k: v for k, v in self.__dict__.items() if k != "documents"}


def _payload(raw: RawInput) -> bytes | None:
    if raw.rereadable or not raw.data or len(raw.data) > MAX_PAYLOAD_BYTES:
        return None
    return raw.data


def _meta(raw: RawInput) -> dict[str, Any]:
    return {"kind": raw.kind, **{k: v for k, v in raw.meta.items() if isinstance(v, str | int | float | bool)}}


def prepare(raw: RawInput, published: str | None = None) -> Prepared:
    """Extract, identify the language and fingerprint one input. Never raises for bad input."""
    p = Prepared(source=raw.source, doc_id=raw.doc_id, meta=_meta(raw))
    try:
        doc = extract(raw, published)
    except InputError as exc:
        p.failure = (exc.reason, str(exc))
        p.payload = _payload(raw) if raw.data else None
        return p
    except Exception as exc:  # noqa: BLE001 - kept as a failure, the batch goes on
        p.failure = ("error", f"{exc.__class__.__name__}: {exc}")
        p.payload = _payload(raw)
        return p
    doc.language = identify_language(doc.text)
    p.doc = doc
    p.language = doc.language
    norm = normalize(doc.text)
    p.content_hash = content_hash(doc.text, norm)
    p.minhash = signature_bytes(minhash(doc.text, norm))
    p.payload = _payload(raw)
    return p


def code(p: Prepared, pipeline: Pipeline) -> Prepared:
    """Run the NLP pipeline on a prepared, new, Arabic document. Never raises."""
    if p.doc is None or p.status not in (None, "new"):
        return p
    try:
        p.doc = pipeline(p.doc)
        p.derived = derived_fields(p.doc)
    except Exception as exc:  # noqa: BLE001 - one bad document never stops a batch
        tb = traceback.extract_tb(exc.__traceback__)[-1]
        p.failure = ("error", f"{exc.__class__.__name__}: {exc} (at {tb.filename.rsplit('/', 1)[-1]}:{tb.lineno})")
        p.status = "failed"
    return p


#: An article that makes every stage load its lazily loaded resources (a person named: the
#: transliteration model; a statement: the quotes stage).
WARM_TEXT = ("افتتح أمير المنطقة الأمير فيصل بن بندر اليوم مشروعا جديدا في المدينة، وقال إن المشروع يخدم "
             "الأهالي. ") * 4


def warm_up(pipeline: Pipeline) -> None:
    """Code :data:`WARM_TEXT` (not stored) so that start-up work is done before the first real input;
    the pipeline's stage timings are left as they were."""
    before = dict(pipeline.timings)
    code(prepare(RawInput("warm-up", WARM_TEXT.encode("utf-8"), kind="text", meta={"id": "warm-up"})), pipeline)
    pipeline.timings.update(before)


class Writer:
    """The single writer: duplicate decisions and database writes, in input order."""

    def __init__(self, store) -> None:
        self.store = store
        self.near = NearDuplicateIndex.from_store(store)
        self.hashes: dict[str, str] = {}
        for part in (store.actor_linker, store.event_writer):  # load their resources before the first article
            if hasattr(part, "warm"):
                part.warm()

    def known(self, doc_id: str) -> bool:
        return self.store.has_document(doc_id)

    def classify(self, p: Prepared) -> Prepared:
        """Decide skipped / failed / not_arabic / duplicate / new for a prepared input."""
        if p.failure:
            p.status = "failed"
            return p
        if self.known(p.doc_id):
            p.status = "skipped"
            return p
        assert p.doc is not None
        if p.language != "ar":
            p.status = "not_arabic"
            return p
        first = self.hashes.get(p.content_hash) or self.store.find_by_hash(p.content_hash)
        if first and first != p.doc_id:
            p.status, p.duplicate_of, p.duplicate_kind = "duplicate", first, "exact"
            return p
        mh = from_bytes(p.minhash)
        near = self.near.first_match(mh)
        if near and near != p.doc_id:
            p.status, p.duplicate_of, p.duplicate_kind = "duplicate", near, "near"
            return p
        self.hashes[p.content_hash] = p.doc_id
        self.near.add(p.doc_id, mh)
        p.status = "new"
        return p

    def save(self, p: Prepared, conn=None) -> Prepared:
        """Commit one outcome (document or failure); with ``conn``, write inside that transaction."""
        if p.status == "skipped":
            return p
        if p.status == "failed" or p.failure:
            p.status = "failed"
            if conn is not None:
                raise ValueError("failures are recorded in their own transaction (save them with conn=None)")
            self.store.add_failure(p.source, p.failure[0], p.failure[1], p.payload, p.meta)
            return p
        assert p.doc is not None
        status = "coded" if p.status == "new" else p.status
        saved = self.store.save_document(
            p.doc, status=status, content_hash=p.content_hash, duplicate_of=p.duplicate_of,
            duplicate_kind=p.duplicate_kind, minhash=p.minhash if status == "coded" else None, conn=conn,
            derived=p.derived,
        )
        p.status = status if saved else "skipped"
        return p

    def save_many(self, ps: list[Prepared]) -> list[Prepared]:
        """Commit several outcomes, in order, with one transaction per run of documents.

        Each document is still all-or-nothing (a killed run keeps a prefix of the input); a failure
        record ends the current transaction and is written on its own.
        """
        out: list[Prepared] = []
        i = 0
        while i < len(ps):
            if ps[i].status == "failed" or ps[i].failure or ps[i].status == "skipped":
                out.append(self.save(ps[i]))
                i += 1
                continue
            j = i
            while j < len(ps) and not (ps[j].status in ("failed", "skipped") or ps[j].failure):
                j += 1
            with self.store.begin() as conn:
                out.extend(self.save(p, conn) for p in ps[i:j])
            i = j
        return out


def _progress(total: int | None, enabled: bool | None):
    """A rich progress bar on a terminal; nothing otherwise."""
    if enabled is None:
        enabled = sys.stderr.isatty()
    if not enabled:
        return None
    from rich.console import Console
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

    prog = Progress(TextColumn("[bold]ingest"), BarColumn(), MofNCompleteColumn(),
                    TextColumn("{task.fields[rate]}"), TimeRemainingColumn(), transient=False,
                    console=Console(stderr=True))  # stdout carries the summary (--json)
    prog.start()
    prog.add_task("ingest", total=total, rate="")
    return prog


def ingest(
    paths: Iterable[str],
    store,
    published: str | None = None,
    pipeline: Pipeline | None = None,
    workers: int = 1,
    scheduler: str | None = None,
    progress: bool | None = None,
    on_result: Callable[[Prepared], None] | None = None,
) -> Summary:
    """Ingest every input under ``paths`` into ``store``; returns what was done."""
    if workers > 1 or scheduler:
        from marsad.batch import ingest_distributed

        return ingest_distributed(paths, store, published=published, workers=workers, scheduler=scheduler,
                                  progress=progress, on_result=on_result)
    return run_inputs(iter_inputs(paths), store, published, pipeline, progress, on_result)


@contextlib.contextmanager
def streaming_gc() -> Iterator[None]:
    """Collect reference cycles less often while documents stream (``STREAMING_GC_THRESHOLDS``);
    the previous thresholds come back afterwards."""
    before = gc.get_threshold()
    gc.set_threshold(*STREAMING_GC_THRESHOLDS)
    try:
        yield
    finally:
        gc.set_threshold(*before)


def run_inputs(raws: Iterable[RawInput], store, published: str | None = None, pipeline: Pipeline | None = None,
               progress: bool | None = None, on_result: Callable[[Prepared], None] | None = None) -> Summary:
    """The sequential runner over a stream of inputs."""
    import time

    pipeline = pipeline or Pipeline.default()
    writer = Writer(store)
    summary = Summary()
    bar = _progress(None, progress)
    t0 = time.perf_counter()
    try:
        with streaming_gc():
            for raw in raws:
                if raw.error is None and writer.known(raw.doc_id):
                    p = Prepared(source=raw.source, doc_id=raw.doc_id, status="skipped")
                else:
                    p = writer.classify(prepare(raw, published))
                    if p.status == "new":
                        p = code(p, pipeline)
                    p = writer.save(p)
                summary.add(p)
                if on_result:
                    on_result(p)
                if bar is not None:
                    n = summary.coded + summary.not_arabic + summary.duplicates + summary.skipped + summary.failed
                    bar.update(bar.task_ids[0], advance=1, rate=f"{n / max(time.perf_counter() - t0, 1e-6):.1f} docs/s")
    finally:
        if bar is not None:
            bar.stop()
    return summary


def retry(store, published: str | None = None, pipeline: Pipeline | None = None,
          progress: bool | None = None) -> Summary:
    """Run every unresolved failure again (from its kept payload, or by re-reading its source)."""
    raws: list[RawInput] = []
    for f in store.failures():
        payload, meta = store.failure_payload(f["id"])
        meta = dict(meta or {})
        kind = meta.pop("kind", "auto")
        if payload is not None:
            raws.append(RawInput(f["source"], payload, kind=kind, meta=meta))
        else:
            found = reread(f["source"])
            raws.extend(found or [RawInput(f["source"], error=("missing", f"cannot read {f['source']} again"))])
    return run_inputs(raws, store, published, pipeline, progress)


def process_inputs(paths: Iterable[str], published: str | None = None, pipeline: Pipeline | None = None
                   ) -> Iterator[tuple[RawInput, Document | None, tuple[str, str] | None]]:
    """Process inputs without a database (``marsad process``): yields (raw, doc, failure)."""
    pipeline = pipeline or Pipeline.default()
    for raw in iter_inputs(paths):
        p = prepare(raw, published)
        if p.doc is not None and p.language == "ar":
            p = code(p, pipeline)
        yield raw, p.doc if not p.failure else None, p.failure
