"""Storage: one :class:`Store` interface over SQLAlchemy Core, for SQLite and PostgreSQL.

``Store(url)`` accepts a file path (SQLite, WAL mode) or a ``postgresql://`` URL, applies the named
migrations, and offers the reads and writes the CLI, API and runner need. Every document is
written in one transaction with everything found in it, so a killed run loses nothing committed.

Cross-article steps run inside that transaction through *writers*: the actor linker (one identity
per person across articles) and the event writer (merging reports of one event). They are looked up
at first use so areas can provide better ones without touching this module.
"""

from __future__ import annotations

import datetime as _dt
import hashlib
import importlib
from collections.abc import Iterable, Iterator
from typing import Any

from sqlalchemy import (
    Text,
    create_engine,
    delete,
    event,
    func,
    insert,
    or_,
    select,
    text,
    type_coerce,
    update,
)
from sqlalchemy.engine import Connection, Engine

from marsad.arabic.normalize import normalize
from marsad.document import Document
from marsad.errors import StoreError
from marsad.store import schema as S
from marsad.store.migrations import all_migrations
from marsad.store.search import index_terms, query_alternatives, snippet

__all__ = ["Store", "now"]


def now() -> str:
    return _dt.datetime.now(_dt.UTC).isoformat(timespec="seconds")


def _url(db: str) -> str:
    if "://" in db:
        if db.startswith("postgresql://") or db.startswith("postgres://"):
            return "postgresql+psycopg://" + db.split("://", 1)[1]
        return db
    return f"sqlite:///{db}"


def _load(path: str):
    mod, _, attr = path.rpartition(".")
    try:
        return getattr(importlib.import_module(mod), attr)
    except (ModuleNotFoundError, AttributeError):
        return None


#: Providers of the cross-article writers, first importable wins.
ACTOR_LINKERS = ("marsad.actors.kb.ActorLinker",)
EVENT_WRITERS = ("marsad.dedup.merge.EventMerger", "marsad.store.events.PlainEventWriter")


class Store:
    """A marsad database (SQLite file or PostgreSQL URL)."""

    def __init__(self, db: str, migrate: bool = True) -> None:
        self.db = db
        self.url = _url(db)
        self.dialect = "postgresql" if self.url.startswith("postgresql") else "sqlite"
        try:
            if self.dialect == "sqlite":
                self.engine: Engine = create_engine(self.url, connect_args={"timeout": 60})
                event.listen(self.engine, "connect", _sqlite_pragmas)
            else:
                self.engine = create_engine(self.url, pool_pre_ping=True)
            if migrate:
                self.migrate()
        except StoreError:
            raise
        except Exception as exc:  # noqa: BLE001 - one clear line for the user
            detail = str(getattr(exc, "orig", None) or exc).splitlines()[0]
            raise StoreError(f"cannot open database {db!r}: {detail}") from exc
        self._actor_linker = None
        self._event_writer = None

    # -- schema ----------------------------------------------------------------------------------
    def migrate(self) -> list[str]:
        """Apply pending migrations; return the names applied."""
        applied: list[str] = []
        with self.engine.begin() as conn:
            if self.dialect == "postgresql":
                conn.execute(text("SELECT pg_advisory_xact_lock(7261001)"))
            S.schema_migrations.create(conn, checkfirst=True)
            done = {r[0] for r in conn.execute(select(S.schema_migrations.c.name))}
            for name, upgrade in all_migrations():
                if name in done:
                    continue
                upgrade(conn, self.dialect)
                conn.execute(insert(S.schema_migrations).values(name=name, applied_at=now()))
                applied.append(name)
        return applied

    def migrations(self) -> list[str]:
        with self.engine.connect() as conn:
            return [r[0] for r in conn.execute(select(S.schema_migrations.c.name).order_by(S.schema_migrations.c.name))]

    def close(self) -> None:
        self.engine.dispose()

    # -- writers ---------------------------------------------------------------------------------
    @property
    def actor_linker(self):
        if self._actor_linker is None:
            for p in ACTOR_LINKERS:
                cls = _load(p)
                if cls is not None:
                    self._actor_linker = cls(self)
                    break
        return self._actor_linker

    @property
    def event_writer(self):
        if self._event_writer is None:
            for p in EVENT_WRITERS:
                cls = _load(p)
                if cls is not None:
                    self._event_writer = cls(self)
                    break
        return self._event_writer

    # -- documents -------------------------------------------------------------------------------
    def has_document(self, doc_id: str) -> bool:
        with self.engine.connect() as conn:
            return conn.execute(select(S.documents.c.id).where(S.documents.c.id == doc_id)).first() is not None

    def find_by_hash(self, content_hash: str) -> str | None:
        with self.engine.connect() as conn:
            row = conn.execute(
                select(S.documents.c.id).where(S.documents.c.content_hash == content_hash,
                                               S.documents.c.duplicate_of.is_(None)).order_by(S.documents.c.created_at)
            ).first()
            return row[0] if row else None

    def minhash_signatures(self) -> Iterator[tuple[str, bytes]]:
        with self.engine.connect() as conn:
            yield from conn.execute(select(S.minhashes.c.doc_id, S.minhashes.c.signature))

    def save_document(
        self,
        doc: Document,
        status: str = "coded",
        content_hash: str | None = None,
        duplicate_of: str | None = None,
        duplicate_kind: str | None = None,
        minhash: bytes | None = None,
        conn: Connection | None = None,
        derived: dict[str, str] | None = None,
    ) -> bool:
        """Write a document and everything found in it in one transaction; False if it was there.

        ``derived`` may carry what :func:`derived_fields` computes, done on a worker beforehand so
        that the single writer does less.
        """
        if conn is None:
            with self.engine.begin() as c:
                return self.save_document(doc, status, content_hash, duplicate_of, duplicate_kind, minhash, c,
                                          derived)
        if self.dialect == "postgresql":
            # One writer at a time across processes: the cross-article writers read then write.
            conn.execute(text("SELECT pg_advisory_xact_lock(7261002)"))
        if conn.execute(select(S.documents.c.id).where(S.documents.c.id == doc.id)).first():
            return False
        derived = derived or {}
        conn.execute(insert(S.documents).values(
            id=doc.id, source=doc.source, url=doc.url, title=doc.title, published=doc.published, site=doc.site,
            author=doc.author, language=doc.language, status=status, duplicate_of=duplicate_of,
            duplicate_kind=duplicate_kind, content_hash=content_hash, text=doc.text,
            text_norm=derived.get("text_norm") or normalize(doc.text),
            title_norm=derived.get("title_norm") or normalize(doc.title or ""), doc_json=None,
            pipeline=doc.stages and [{"name": s["name"], "version": s["version"]} for s in doc.stages],
            created_at=now(),
        ))
        self._index_document(conn, doc, derived)
        if minhash is not None:
            conn.execute(insert(S.minhashes).values(doc_id=doc.id, signature=minhash))
        if status == "coded":
            # The row above is this transaction's first write, so on SQLite it holds the write lock
            # before the actor linker reads the knowledge base (concurrent writers stay consistent).
            if doc.actors and self.actor_linker is not None:
                self.actor_linker.link(conn, doc)
            self._save_annotations(conn, doc)
        elif status == "duplicate" and duplicate_of and hasattr(self.event_writer, "add_copy"):
            self.event_writer.add_copy(conn, doc, duplicate_of, duplicate_kind)  # a copy reports the same events
        # written once, after linking, so it carries the global actor ids
        conn.execute(update(S.documents).where(S.documents.c.id == doc.id).values(doc_json=stored_doc_json(doc)))
        if doc.source:
            conn.execute(update(S.failures).where(S.failures.c.id == failure_id(doc.source))
                         .values(resolved=1, updated_at=now()))
        return True

    def _index_document(self, conn: Connection, doc: Document, derived: dict[str, str] | None = None) -> None:
        derived = derived or {}
        body = derived.get("index_body") or index_terms(doc.text)
        title = derived.get("index_title") or index_terms(doc.title or "")
        if self.dialect == "sqlite":
            conn.execute(text("INSERT INTO documents_fts(doc_id, title, body) VALUES (:i, :t, :b)"),
                         {"i": doc.id, "t": title, "b": body})
        else:
            conn.execute(text("INSERT INTO documents_search(doc_id, title, body) VALUES (:i, :t, :b)"),
                         {"i": doc.id, "t": title, "b": body})

    def _save_annotations(self, conn: Connection, doc: Document) -> None:
        sents = doc.layer("sentences")
        if sents:
            conn.execute(insert(S.sentences), [
                {"doc_id": doc.id, "idx": i, "start": s.start, "end": s.end} for i, s in enumerate(sents)
            ])
        if doc.mentions:
            conn.execute(insert(S.mentions), [
                {"doc_id": doc.id, "start": m.start, "end": m.end, "text": m.text, "kind": m.kind,
                 "actor_id": m.actor_key} for m in doc.mentions
            ])
        if doc.quotes:
            rows = []
            for q in doc.quotes:
                rows.append({
                    "doc_id": doc.id, "speaker_actor_id": q.speaker_actor,
                    "speaker_text": doc.span_text(q.speaker) if q.speaker else None,
                    "cue": doc.span_text(q.cue) if q.cue else None, "content": doc.span_text(q.content),
                    "start": q.content[0], "end": q.content[1], "kind": q.kind,
                })
            conn.execute(insert(S.quotes), rows)
        if doc.events and self.event_writer is not None:
            self.event_writer.write(conn, doc)

    def get_document(self, doc_id: str) -> dict[str, Any] | None:
        """The stored document row with its annotated Document under ``"doc"``."""
        with self.engine.connect() as conn:
            row = conn.execute(select(S.documents).where(S.documents.c.id == doc_id)).mappings().first()
        if row is None:
            return None
        out = dict(row)
        dj = dict(out.pop("doc_json") or {"id": doc_id})
        dj["text"] = out["text"]
        out["doc"] = Document.from_dict(dj)
        return out

    def documents(self, status: str | None = None, limit: int | None = None) -> list[dict[str, Any]]:
        q = select(S.documents.c.id, S.documents.c.title, S.documents.c.published, S.documents.c.url,
                   S.documents.c.site, S.documents.c.language, S.documents.c.status, S.documents.c.duplicate_of,
                   S.documents.c.source).order_by(S.documents.c.created_at, S.documents.c.id)
        if status:
            q = q.where(S.documents.c.status == status)
        if limit:
            q = q.limit(limit)
        with self.engine.connect() as conn:
            return [dict(r) for r in conn.execute(q).mappings()]

    # -- failures --------------------------------------------------------------------------------
    def add_failure(self, source: str, reason: str, message: str, payload: bytes | None = None,
                    meta: dict | None = None) -> str:
        """Record (or re-record) a failed input; it is kept until a retry succeeds."""
        fid = failure_id(source)
        with self.engine.begin() as conn:
            row = conn.execute(select(S.failures.c.attempts).where(S.failures.c.id == fid)).first()
            if row is None:
                conn.execute(insert(S.failures).values(
                    id=fid, source=source, reason=reason, message=message, payload=payload, meta=meta,
                    attempts=1, resolved=0, created_at=now(), updated_at=now()))
            else:
                conn.execute(update(S.failures).where(S.failures.c.id == fid).values(
                    reason=reason, message=message, resolved=0, updated_at=now(), attempts=S.failures.c.attempts + 1,
                    payload=payload if payload is not None else S.failures.c.payload))
        return fid

    def failures(self, include_resolved: bool = False) -> list[dict[str, Any]]:
        q = select(S.failures.c.id, S.failures.c.source, S.failures.c.reason, S.failures.c.message,
                   S.failures.c.attempts, S.failures.c.resolved, S.failures.c.created_at,
                   S.failures.c.updated_at).order_by(S.failures.c.created_at, S.failures.c.id)
        if not include_resolved:
            q = q.where(S.failures.c.resolved == 0)
        with self.engine.connect() as conn:
            return [dict(r) for r in conn.execute(q).mappings()]

    def failure_payload(self, fid: str) -> tuple[bytes | None, dict | None]:
        with self.engine.connect() as conn:
            row = conn.execute(select(S.failures.c.payload, S.failures.c.meta).where(S.failures.c.id == fid)).first()
        return (row[0], row[1]) if row else (None, None)

    def resolve_failure(self, source: str) -> None:
        with self.engine.begin() as conn:
            conn.execute(update(S.failures).where(S.failures.c.id == failure_id(source))
                         .values(resolved=1, updated_at=now()))

    # -- reads -----------------------------------------------------------------------------------
    def stats(self) -> dict[str, int]:
        """Counts: documents (all stored), coded, not_arabic, duplicates, events, reports, actors, ..."""
        with self.engine.connect() as conn:
            def count(table, *where) -> int:
                q = select(func.count()).select_from(table)
                if where:
                    q = q.where(*where)
                return int(conn.execute(q).scalar() or 0)
            return {
                "documents": count(S.documents),
                "coded": count(S.documents, S.documents.c.status == "coded"),
                "not_arabic": count(S.documents, S.documents.c.status == "not_arabic"),
                "duplicates": count(S.documents, S.documents.c.status == "duplicate"),
                "events": count(S.events),
                "reports": count(S.event_sources),
                "actors": int(conn.execute(select(func.count(func.distinct(S.mentions.c.actor_id)))).scalar() or 0),
                "actors_known": count(S.actors),
                "mentions": count(S.mentions),
                "quotes": count(S.quotes),
                "failures": count(S.failures, S.failures.c.resolved == 0),
            }

    def search(self, query: str, limit: int = 20) -> list[dict[str, Any]]:
        """Documents matching every word of ``query``, spelling variants included."""
        alternatives = query_alternatives(query)
        terms = [t for alts in alternatives for t in alts]
        if not terms:
            return []
        with self.engine.connect() as conn:
            if self.dialect == "sqlite":
                match = " AND ".join("(" + " OR ".join(f'"{t}"' for t in alts) + ")" for alts in alternatives)
                rows = conn.execute(text(
                    "SELECT f.doc_id AS id, d.title AS title, d.published AS published, d.url AS url, "
                    "snippet(documents_fts, 2, '[', ']', '…', 12) AS snippet "
                    "FROM documents_fts f JOIN documents d ON d.id = f.doc_id "
                    "WHERE documents_fts MATCH :m ORDER BY bm25(documents_fts) LIMIT :l"),
                    {"m": match, "l": limit}).mappings()
            else:
                # The same indexed terms as SQLite (normal form + light stems), every one required;
                # the snippet is cut from the normal form like FTS5's (marsad.store.search.snippet).
                found = conn.execute(text(
                    "SELECT s.doc_id AS id, d.title AS title, d.published AS published, d.url AS url, "
                    "d.text_norm AS text_norm FROM documents_search s JOIN documents d ON d.id = s.doc_id, "
                    "to_tsquery('simple', :q) q WHERE s.tsv @@ q "
                    "ORDER BY ts_rank(s.tsv, q) DESC, s.doc_id LIMIT :l"),
                    {"q": " & ".join("(" + " | ".join(alts) + ")" for alts in alternatives), "l": limit}).mappings()
                rows = [{**{k: v for k, v in r.items() if k != "text_norm"},
                         "snippet": snippet(r["text_norm"] or "", terms)} for r in found]
            out = []
            for r in rows:
                r = dict(r)
                r["snippet"] = (r.get("snippet") or "").split("\n")[0]
                out.append(r)
            return out

    def events(self, actor: str | None = None, type: str | None = None, since: str | None = None,
               until: str | None = None, limit: int | None = None, offset: int = 0, **filters: Any
               ) -> list[dict[str, Any]]:
        """Stored (merged) events with their participants and sources, newest first."""
        e = S.events
        q = select(e).order_by(e.c.date.desc().nulls_last(), e.c.id)
        if type:
            q = q.where(e.c.type == type.upper())
        if since:
            q = q.where(e.c.date >= since)
        if until:
            q = q.where(e.c.date <= until)
        if filters.get("country"):
            q = q.where(e.c.country_code == filters["country"].upper())
        if filters.get("place"):
            q = q.where(e.c.place.like(f"%{filters['place']}%"))
        if filters.get("status"):
            q = q.where(e.c.status == filters["status"])
        if filters.get("mode"):
            q = q.where(type_coerce(e.c.mode, Text).like(f'%"{filters["mode"]}"%'))  # JSON as plain text
        if filters.get("context"):
            q = q.where(type_coerce(e.c.context, Text).like(f'%"{filters["context"]}"%'))
        if filters.get("doc_id"):
            q = q.where(e.c.id.in_(select(S.event_sources.c.event_id).where(S.event_sources.c.doc_id == filters["doc_id"])))
        if actor:
            p = S.event_participants
            a = S.actors
            na = normalize(actor)
            ids = select(p.c.event_id).where(or_(
                p.c.actor_id == actor,
                p.c.actor_id.in_(select(a.c.id).where(or_(a.c.name.ilike(f"%{actor}%"), a.c.name_norm.like(f"%{na}%")))),
                type_coerce(p.c.entity, Text).like(f"%{actor}%"),
            ))
            q = q.where(e.c.id.in_(ids))
        if limit:
            q = q.limit(limit).offset(offset)
        with self.engine.connect() as conn:
            rows = [dict(r) for r in conn.execute(q).mappings()]
            attach_details(conn, rows)
        return rows

    def event(self, event_id: str) -> dict[str, Any] | None:
        with self.engine.connect() as conn:
            row = conn.execute(select(S.events).where(S.events.c.id == event_id)).mappings().first()
            if row is None:
                return None
            rows = [dict(row)]
            attach_details(conn, rows)
        return rows[0]

    def event_counts_by_document(self) -> dict[str, int]:
        """How many events each document reports."""
        q = select(S.event_sources.c.doc_id, func.count()).group_by(S.event_sources.c.doc_id)
        with self.engine.connect() as conn:
            return {r[0]: int(r[1]) for r in conn.execute(q)}

    def count_events(self) -> int:
        with self.engine.connect() as conn:
            return int(conn.execute(select(func.count()).select_from(S.events)).scalar() or 0)

    def quotes(self, actor: str | None = None, limit: int | None = None) -> list[dict[str, Any]]:
        q = select(S.quotes).order_by(S.quotes.c.doc_id, S.quotes.c.start)
        if actor:
            na = normalize(actor)
            q = q.where(or_(S.quotes.c.speaker_actor_id == actor,
                            S.quotes.c.speaker_actor_id.in_(select(S.actors.c.id).where(
                                or_(S.actors.c.name.ilike(f"%{actor}%"), S.actors.c.name_norm.like(f"%{na}%")))),
                            S.quotes.c.speaker_text.like(f"%{actor}%")))
        if limit:
            q = q.limit(limit)
        with self.engine.connect() as conn:
            return [dict(r) for r in conn.execute(q).mappings()]

    def delete_events(self, ids: Iterable[str], conn: Connection) -> None:
        ids = list(ids)
        for t in (S.event_participants, S.event_sources):
            conn.execute(delete(t).where(t.c.event_id.in_(ids)))
        conn.execute(delete(S.events).where(S.events.c.id.in_(ids)))

    def begin(self):
        """A write transaction (``with store.begin() as conn``)."""
        return self.engine.begin()


#: Columns of a report (event source) that event listings carry; the full per-report record
#: (``report``) is read only by the merger.
_SOURCE_COLUMNS = ("event_id", "doc_id", "doc_event_id", "url", "publication", "evidence_start",
                   "evidence_end", "evidence", "merge_reason")


def attach_details(conn: Connection, rows: list[dict[str, Any]]) -> None:
    """Add to each event row its participants (``participants`` rows; ``actors``/``recipients`` as
    PLOVER entities) and its reports (``sources``, in publication order: the first is the citation)."""
    if not rows:
        return
    ids = [r["id"] for r in rows]
    parts: dict[str, list] = {i: [] for i in ids}
    srcs: dict[str, list] = {i: [] for i in ids}
    p, es = S.event_participants, S.event_sources
    for i in range(0, len(ids), 500):
        chunk = ids[i : i + 500]
        for r in conn.execute(select(p).where(p.c.event_id.in_(chunk)).order_by(p.c.role, p.c.position)).mappings():
            parts[r["event_id"]].append(dict(r))
        q = (select(*(es.c[c] for c in _SOURCE_COLUMNS), S.documents.c.published)
             .join(S.documents, S.documents.c.id == es.c.doc_id)
             .where(es.c.event_id.in_(chunk))
             .order_by(S.documents.c.published.nulls_last(), es.c.doc_id, es.c.doc_event_id))
        for r in conn.execute(q).mappings():
            srcs[r["event_id"]].append(dict(r))
    for r in rows:
        r["participants"] = parts[r["id"]]
        r["actors"] = [x["entity"] for x in parts[r["id"]] if x["role"] == "actor"]
        r["recipients"] = [x["entity"] for x in parts[r["id"]] if x["role"] == "recipient"]
        r["sources"] = srcs[r["id"]]


#: Token-level layers are not stored: they are large (most of a document's annotations) and
#: ``marsad process --format json`` recomputes them exactly from the stored text.
UNSTORED_LAYERS = frozenset({"tokens", "clitics", "lemmas"})


def stored_doc_json(doc: Document) -> dict[str, Any]:
    """The annotated document as stored in ``documents.doc_json`` (no text, no token-level layers)."""
    d = doc.to_dict(skip_layers=UNSTORED_LAYERS)
    d.pop("text", None)
    return d


def derived_fields(doc: Document) -> dict[str, str]:
    """Normal forms and search terms of a document, computable anywhere (e.g. on a Dask worker)."""
    text_norm, title_norm = normalize(doc.text), normalize(doc.title or "")
    return {
        "text_norm": text_norm, "title_norm": title_norm,
        "index_body": index_terms(doc.text, text_norm), "index_title": index_terms(doc.title or "", title_norm),
    }


def failure_id(source: str) -> str:
    return hashlib.sha256(source.encode("utf-8", "surrogateescape")).hexdigest()[:32]


def _sqlite_pragmas(dbapi_conn, _record) -> None:
    cur = dbapi_conn.cursor()
    cur.execute("PRAGMA journal_mode=WAL")
    cur.execute("PRAGMA synchronous=NORMAL")
    cur.execute("PRAGMA foreign_keys=ON")
    cur.execute("PRAGMA busy_timeout=60000")
    cur.close()

