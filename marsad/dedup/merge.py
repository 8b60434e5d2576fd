"""The report-merging event writer: one stored event per real-world event, every report a source.

Runs inside ``Store.save_document`` (the single writer, in the document's transaction):

1. each event of the new article becomes a *report* (id :func:`marsad.store.events.report_id`) with
   features (:func:`marsad.dedup.similarity.features`) and index keys (participants);
2. stored reports sharing a key, of a compatible type and published within the window, are compared
   with :func:`~marsad.dedup.similarity.compare` (symmetric); matches become *edges*;
3. the connected component of the edge graph around the new reports is clustered again from
   scratch: edges in a fixed order (score, then ids), joining two clusters unless some pair across
   them conflicts (same article, a user's split, different date/country/participants);
4. the component's events are rewritten: a cluster's event id is its smallest report id and every
   value is recomputed from all its reports (majority, ties broken by sorted value).

Everything is a function of the *set* of stored reports, so the same articles give the same events
whatever the order they arrive in. ``split`` records a user's decision in ``merge_blocks``; those
reports are never merged again.
"""

from __future__ import annotations

import time
from collections import Counter
from typing import Any

from sqlalchemy import bindparam, insert, or_, select, update
from sqlalchemy.engine import Connection

from marsad.document import Document
from marsad.errors import MarsadError, StoreError
from marsad.plover import entities_of
from marsad.store import schema as S
from marsad.store.events import report_id, report_row

from . import config as C
from .similarity import compare, compatible_with, conflict, features, keys_of, lead_words, weight
from .tables import dedup_edges, dedup_keys, dedup_reports, merge_blocks

_CHUNK = 400
#: ``doc_event_id`` prefix of the source rows of an article's copies (stored duplicates).
COPY = "copy:"


def _chunks(items: list, n: int = _CHUNK):
    for i in range(0, len(items), n):
        yield items[i : i + n]


def _majority(values: list, key=lambda v: v) -> Any:
    """The most frequent value; ties go to the smallest ``key``."""
    counts = Counter(values)
    return min(counts, key=lambda v: (-counts[v], key(v)))


class EventMerger:
    """Event writer that merges reports of one real-world event across articles."""

    def __init__(self, store) -> None:
        self.store = store
        #: What this writer did in this process (for ``marsad eval dedup`` and benchmarks).
        self.stats = {"articles": 0, "reports": 0, "candidates": 0, "edges": 0, "seconds": 0.0}

    def warm(self) -> None:
        """Load the word-frequency weights now (a writer calls this at start-up, not at its first article)."""
        weight("")

    # -- writing ---------------------------------------------------------------------------------
    def write(self, conn: Connection, doc: Document) -> list[str]:
        """Store the document's events, merged with stored reports of the same events."""
        t0 = time.perf_counter()
        try:
            return self._write(conn, doc)
        finally:
            self.stats["articles"] += 1
            self.stats["seconds"] += time.perf_counter() - t0

    def _write(self, conn: Connection, doc: Document) -> list[str]:
        global_ids = self._global_ids(conn, doc)
        lead = lead_words(doc)
        new: list[dict[str, Any]] = []
        pending: dict[str, dict] = {}
        for ev in doc.events:
            rid = report_id(doc, ev)
            if rid in pending:
                continue
            ents = (entities_of(doc, ev.actors), entities_of(doc, ev.recipients))
            new.append(features(rid, doc, ev, ents, global_ids, lead))
            pending[rid] = report_row(doc, ev, rid)
        if not new:
            return []
        conn.execute(dedup_reports.insert(), [
            {"report_id": f["rid"], "doc_id": doc.id, "doc_event_id": pending[f["rid"]]["doc_event_id"],
             "event_id": f["rid"], "type": f["type"], "published": f["published"], "features": f} for f in new])
        keys = keys_of(new[0])  # the keys are the article's
        if keys:
            conn.execute(dedup_keys.insert(), [{"key": k[:400], "doc_id": doc.id} for k in keys])
        edges = []
        cands = self._candidates(conn, doc.id, new[0]["published"], keys, {f["type"] for f in new})
        self.stats["reports"] += len(new)
        self.stats["candidates"] += len(cands)
        for g in cands:
            for f in new:
                res = compare(f, g)
                if res["match"]:
                    a, b = sorted((f["rid"], g["rid"]))
                    edges.append({"report_a": a, "report_b": b, "score": res["score"], "reason": _reason(res)})
        if not edges:  # nothing to merge with: one event per report
            rows = [dict(pending[f["rid"]]) for f in new]
            self._insert_clusters(conn, [[f["rid"]] for f in new], {f["rid"]: f for f in new},
                                  {f["rid"]: r for f, r in zip(new, rows, strict=True)}, {}, {})
            return [f["rid"] for f in new]
        conn.execute(dedup_edges.insert(), edges)
        self.stats["edges"] += len(edges)
        comp = self._component(conn, [f["rid"] for f in new])
        assign = self._recluster(conn, comp, pending)
        return [assign[f["rid"]] for f in new]

    def _global_ids(self, conn: Connection, doc: Document) -> set[str]:
        """The document's actor ids that are knowledge-base identities (stable across articles)."""
        ids = sorted({a for ev in doc.events for a in ev.actors + ev.recipients})
        out: set[str] = set()
        for chunk in _chunks(ids):
            out |= {r[0] for r in conn.execute(select(S.actors.c.id).where(S.actors.c.id.in_(chunk)))}
        return out

    def _candidates(self, conn: Connection, doc_id: str, published: str | None, keys: list[str],
                    types: set[str]) -> list[dict[str, Any]]:
        """Stored reports of other articles sharing an index key, of a type compatible with ``types``."""
        if not keys:
            return []
        r, k = dedup_reports, dedup_keys
        docs = select(k.c.doc_id).where(k.c.key.in_([x[:400] for x in keys]), k.c.doc_id != doc_id).distinct()
        compat = sorted({c for t in types for c in compatible_with(t)})
        q = select(r.c.report_id, r.c.features).where(r.c.doc_id.in_(docs), r.c.type.in_(compat))
        if published:
            import datetime as dt

            day = dt.date.fromisoformat(published)
            lo = (day - dt.timedelta(days=C.PUBLISHED_WINDOW_DAYS)).isoformat()
            hi = (day + dt.timedelta(days=C.PUBLISHED_WINDOW_DAYS)).isoformat()
            q = q.where(or_(r.c.published.is_(None), r.c.published.between(lo, hi)))
        return [row[1] for row in conn.execute(q.order_by(r.c.report_id))]

    def _component(self, conn: Connection, seeds: list[str]) -> set[str]:
        """Every report connected to ``seeds`` by edges."""
        seen = set(seeds)
        frontier = sorted(seen)
        e = dedup_edges
        while frontier:
            nxt: set[str] = set()
            for chunk in _chunks(frontier):
                for a, b in conn.execute(select(e.c.report_a, e.c.report_b)
                                         .where(or_(e.c.report_a.in_(chunk), e.c.report_b.in_(chunk)))):
                    for x in (a, b):
                        if x not in seen:
                            nxt.add(x)
            seen |= nxt
            frontier = sorted(nxt)
        return seen

    # -- clustering ------------------------------------------------------------------------------
    def _recluster(self, conn: Connection, comp: set[str], pending: dict[str, dict] | None = None
                   ) -> dict[str, str]:
        """Cluster the component again and rewrite its events; returns report id → event id."""

        ids = sorted(comp)
        feats: dict[str, dict] = {}
        old_event: dict[str, str] = {}
        doc_event: dict[str, tuple[str, str]] = {}
        for chunk in _chunks(ids):
            for rid, f, eid, did, deid in conn.execute(select(
                    dedup_reports.c.report_id, dedup_reports.c.features, dedup_reports.c.event_id,
                    dedup_reports.c.doc_id, dedup_reports.c.doc_event_id).where(dedup_reports.c.report_id.in_(chunk))):
                feats[rid], old_event[rid], doc_event[rid] = f, eid, (did, deid)
        edges: list[tuple[float, str, str, dict]] = []
        blocks: set[tuple[str, str]] = set()
        for chunk in _chunks(ids):
            for a, b, s, why in conn.execute(select(dedup_edges).where(dedup_edges.c.report_a.in_(chunk))):
                if b in comp:
                    edges.append((s, a, b, why))
            for a, b in conn.execute(select(merge_blocks.c.report_a, merge_blocks.c.report_b)
                                     .where(merge_blocks.c.report_a.in_(chunk))):
                blocks.add((a, b))
        clusters, links = cluster(ids, feats, edges, blocks)

        # the stored source rows of these reports (new ones come from ``pending``)
        olds = sorted({old_event[r] for r in ids} - set(pending or {}))
        srcs: dict[tuple[str, str], dict] = {}
        copies: dict[tuple[str, str], list[dict]] = {}  # copies of an article, by the report they repeat
        for chunk in _chunks(olds):
            for row in conn.execute(select(S.event_sources).where(S.event_sources.c.event_id.in_(chunk))).mappings():
                row = dict(row)
                if row["doc_event_id"].startswith(COPY):
                    orig = (row["report"]["copy_of"], row["doc_event_id"][len(COPY):])
                    copies.setdefault(orig, []).append(row)
                else:
                    srcs[(row["doc_id"], row["doc_event_id"])] = row
        for row in (pending or {}).values():
            srcs[(row["doc_id"], row["doc_event_id"])] = dict(row)
        if olds:
            self.store.delete_events(olds, conn)

        srcs_by_rid = {rid: srcs[doc_event[rid]] for rid in ids}
        copies_by_rid = {rid: copies.get(doc_event[rid], []) for rid in ids}
        assign = self._insert_clusters(conn, clusters, feats, srcs_by_rid, copies_by_rid, links)
        changed = sorted(r for r in ids if old_event[r] != assign[r])
        if changed:
            conn.execute(update(dedup_reports).where(dedup_reports.c.report_id == bindparam("rid"))
                         .values(event_id=bindparam("eid")), [{"rid": r, "eid": assign[r]} for r in changed])
        return assign

    def add_copy(self, conn: Connection, doc: Document, original: str, kind: str | None = None) -> int:
        """Add a stored copy (exact or near duplicate) of ``original`` as a source of its events."""
        n = 0
        q = (select(S.event_sources).join(dedup_reports, (dedup_reports.c.doc_id == S.event_sources.c.doc_id)
                                          & (dedup_reports.c.doc_event_id == S.event_sources.c.doc_event_id))
             .where(S.event_sources.c.doc_id == original).order_by(S.event_sources.c.doc_event_id))
        rows = [dict(r) for r in conn.execute(q).mappings()]
        for r in rows:
            conn.execute(insert(S.event_sources).values(
                event_id=r["event_id"], doc_id=doc.id, doc_event_id=COPY + r["doc_event_id"], url=doc.url,
                publication=doc.site or doc.meta.get("publication"), evidence_start=None, evidence_end=None,
                evidence=r["evidence"], report={"copy_of": original},
                merge_reason={"copy_of": original, "duplicate": kind or "near"}))
            n += 1
        return n

    def _insert_clusters(self, conn: Connection, clusters: list[list[str]], feats: dict[str, dict],
                         srcs: dict[str, dict], copies: dict[str, list[dict]], links: dict[str, dict]
                         ) -> dict[str, str]:
        """Insert one event per cluster with its participants and sources; report id → event id."""
        from marsad.store import now

        assign: dict[str, str] = {}
        created = now()
        events, parts, sources = [], [], []
        for members in clusters:
            eid = members[0]
            rows = []
            for rid in members:
                row = dict(srcs[rid])
                row["event_id"] = eid
                row["merge_reason"] = links.get(rid) if len(members) > 1 else None
                rows.append(row)
                assign[rid] = eid
            ev_row, ev_parts = build_event(eid, members, rows, feats, created)
            events.append(ev_row)
            parts += ev_parts
            sources += rows
            for rid in members:
                sources += [dict(row, event_id=eid) for row in copies.get(rid, [])]
        conn.execute(S.events.insert(), events)
        if parts:
            conn.execute(S.event_participants.insert(), parts)
        conn.execute(S.event_sources.insert(), sources)
        return assign

    # -- user decisions --------------------------------------------------------------------------
    def split(self, event_id: str) -> list[str]:
        """Split a merged event into one event per report; they are never merged again."""
        from marsad.store import now

        with self.store.begin() as conn:
            rids = sorted(r[0] for r in conn.execute(
                select(dedup_reports.c.report_id).where(dedup_reports.c.event_id == event_id)))
            if not rids:
                if conn.execute(select(S.events.c.id).where(S.events.c.id == event_id)).first():
                    raise MarsadError(f"event {event_id} was not stored by the merger; nothing to split")
                raise StoreError(f"no event {event_id!r}")
            if len(rids) == 1:
                raise MarsadError(f"event {event_id} has a single report; nothing to split")
            have = {(a, b) for a, b in conn.execute(select(merge_blocks.c.report_a, merge_blocks.c.report_b)
                                                    .where(merge_blocks.c.report_a.in_(rids)))}
            rows = [{"report_a": a, "report_b": b, "event_id": event_id, "created_at": now()}
                    for i, a in enumerate(rids) for b in rids[i + 1:] if (a, b) not in have]
            if rows:
                conn.execute(insert(merge_blocks), rows)
            assign = self._recluster(conn, self._component(conn, rids))
            return sorted({assign[r] for r in rids})


def _reason(res: dict[str, Any]) -> dict[str, Any]:
    return {"score": res["score"], "scores": res["scores"], "agree": res["agree"], "shared": res.get("shared", [])}


def cluster(ids: list[str], feats: dict[str, dict], edges: list[tuple[float, str, str, dict]],
            blocks: set[tuple[str, str]]) -> tuple[list[list[str]], dict[str, dict]]:
    """Deterministic clustering of reports: strongest edges first, never joining conflicting reports.

    Returns the clusters (sorted report ids, clusters sorted by first id) and, for each report of a
    merged cluster, the strongest accepted link that explains its membership.
    """
    parent = {r: r for r in ids}
    members = {r: [r] for r in ids}

    def find(x: str) -> str:
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    conflict_cache: dict[tuple[str, str], bool] = {}

    def cannot(x: str, y: str) -> bool:
        a, b = (x, y) if x < y else (y, x)
        if (a, b) in blocks:
            return True
        if (a, b) not in conflict_cache:
            conflict_cache[(a, b)] = conflict(feats[a], feats[b]) is not None
        return conflict_cache[(a, b)]

    links: dict[str, dict] = {}
    for score, a, b, why in sorted(edges, key=lambda e: (-e[0], e[1], e[2])):
        ra, rb = find(a), find(b)
        if ra == rb or len(members[ra]) + len(members[rb]) > C.MAX_CLUSTER:
            continue
        if any(cannot(x, y) for x in members[ra] for y in members[rb]):
            continue
        parent[rb] = ra
        members[ra].extend(members.pop(rb))
        for me, other in ((a, b), (b, a)):
            if me not in links:
                links[me] = {"linked_to": feats[other]["doc"], "linked_report": other, **(why or {"score": score})}
    clusters = sorted((sorted(m) for m in members.values()), key=lambda m: m[0])
    return clusters, links


def _entity_key(ent: dict, f: dict) -> str:
    ident = ent.get("identifier_id")
    keys = set(f["actors"]) | set(f["recipients"])
    if ident and f"id:{ident}" in keys:
        return f"id:{ident}"
    from marsad.arabic.normalize import normalize

    return "n:" + normalize(ent.get("entity_text") or "")


def _loc_key(loc: dict | None) -> tuple[str, str] | None:
    if not loc:
        return None
    place = loc.get("resolved_place") or loc.get("extracted_place") or ""
    if not place and not loc.get("country_code"):
        return None
    return (loc.get("country_code") or "", place)


def build_event(eid: str, members: list[str], rows: list[dict], feats: dict[str, dict], created: str
                ) -> tuple[dict, list[dict]]:
    """The event row and participant rows of a cluster, every value recomputed from all its reports."""
    reps = [r["report"] or {} for r in rows]  # in member (report id) order
    etype = _majority([r.get("type") for r in reps])
    same = [r for r in reps if r.get("type") == etype]
    mode = list(_majority([tuple(r.get("mode") or []) for r in same]))
    ctx_counts = Counter(c for r in reps for c in set(r.get("context") or []))
    context = sorted(ctx_counts, key=lambda c: (-ctx_counts[c], c))
    status = _majority([r.get("status") or "happened" for r in reps])
    dated = [r for r in reps if r.get("date")]
    date = _majority([r["date"] for r in dated]) if dated else None
    dsrc = next((r for r in dated if r["date"] == date), None) or next((r for r in reps if r.get("date_text")), None)
    located = [(k, r) for r in reps if (k := _loc_key(r.get("location"))) is not None]
    loc_key = _majority([k for k, _ in located], key=lambda k: (
        not any(kk == k and r["location"].get("lat") is not None for kk, r in located), k)) if located else None
    loc = next((r["location"] for k, r in located if k == loc_key), None)
    evidence = rows[0].get("evidence")
    first_doc = min(zip(members, rows, strict=True),
                    key=lambda mr: (feats[mr[0]].get("published") or "9999", mr[1]["doc_id"]))[1]["doc_id"]
    ev_row = {
        "id": eid, "type": etype, "mode": mode, "context": context, "status": status,
        "date": date, "date_text": dsrc.get("date_text") if dsrc else None,
        "date_granularity": dsrc.get("date_granularity") if dsrc and date else None,
        "location": loc, "place": (loc or {}).get("resolved_place") or (loc or {}).get("extracted_place"),
        "country_code": (loc or {}).get("country_code"), "lat": (loc or {}).get("lat"), "lon": (loc or {}).get("lon"),
        "confidence": round(max(float(r.get("confidence") or 0.0) for r in reps), 3),
        "evidence": evidence, "first_doc_id": first_doc, "merge_info": None, "created_at": created,
    }
    # participants: one per entity, in the role most reports give it
    tally: dict[str, dict[str, Any]] = {}
    for pos_r, (rid, r) in enumerate(zip(members, reps, strict=True)):
        for role, key in (("actor", "actor_entities"), ("recipient", "recipient_entities")):
            for pos, ent in enumerate(r.get(key) or []):
                k = _entity_key(ent, feats[rid])
                t = tally.setdefault(k, {"entity": ent, "roles": Counter(), "n": 0, "first": (pos_r, pos)})
                t["roles"][role] += 1
                t["n"] += 1
    parts: list[dict] = []
    for role in ("actor", "recipient"):
        chosen = [(k, t) for k, t in tally.items()
                  if _majority(list(t["roles"].elements()), key=lambda x: x != "actor") == role]
        chosen.sort(key=lambda kt: (-kt[1]["n"], kt[1]["first"], kt[0]))
        for pos, (_k, t) in enumerate(chosen):
            parts.append({"event_id": eid, "role": role, "position": pos,
                          "actor_id": t["entity"].get("identifier_id"), "entity": t["entity"]})
    if len(members) > 1:
        ev_row["merge_info"] = merge_info(members, rows, reps, ev_row)
    return ev_row, parts


def merge_info(members: list[str], rows: list[dict], reps: list[dict], ev_row: dict) -> dict[str, Any]:
    """What the reports of a merged event said, and where they disagree."""
    def tally(values: list) -> dict:
        c = Counter(v for v in values if v is not None)
        return {str(k): c[k] for k in sorted(c, key=str)}

    fields = {
        "type": [r.get("type") for r in reps],
        "date": [r.get("date") for r in reps],
        "place": [(r.get("location") or {}).get("resolved_place") or (r.get("location") or {}).get("extracted_place")
                  for r in reps],
        "country": [(r.get("location") or {}).get("country_code") for r in reps],
        "status": [r.get("status") for r in reps],
    }
    disagreements = {k: tally(v) for k, v in fields.items() if len(tally(v)) > 1}
    return {
        "reports": len(members), "articles": len({r["doc_id"] for r in rows}),
        "chosen": {"type": ev_row["type"], "date": ev_row["date"], "place": ev_row["place"],
                   "country": ev_row["country_code"], "status": ev_row["status"]},
        "rule": "majority over reports; ties to the smallest value",
        "disagreements": disagreements,
    }
