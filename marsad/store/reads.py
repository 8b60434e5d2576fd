"""Reads for the HTTP API and dashboard, written once for SQLite and PostgreSQL.

Functions take a :class:`marsad.store.Store` and return JSON-ready dicts: filtered and counted
event pages, actor lists and pages (aliases, offices, timeline, counterparts), an article with its
highlight spans, the actor network, the timeline, map points and summary statistics.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from typing import Any

from sqlalchemy import Text, and_, func, literal_column, or_, select, type_coerce

from marsad.arabic.normalize import normalize, normalize_with_map
from marsad.store import attach_details
from marsad.store import schema as S
from marsad.store.search import _WORD, light_stem, query_terms

#: Prefix of actor keys made from a participant's text when it has no knowledge-base id.
NAME_KEY = "name:"
#: Characters of article text shown around an evidence sentence on the event page.
CONTEXT_CHARS = 160
#: Characters of the text shown as a title for articles without one.
LEAD_CHARS = 90
#: Most search hits used to turn ``q`` into a document filter for events.
MAX_Q_DOCS = 2000


# -- events -----------------------------------------------------------------------------------
def _actor_clause(store, actor: str):
    p = S.event_participants
    with store.engine.connect() as conn:  # an exact actor id: the index, no name matching
        if conn.execute(select(p.c.event_id).where(p.c.actor_id == actor).limit(1)).first() is not None:
            return S.events.c.id.in_(select(p.c.event_id).where(p.c.actor_id == actor))
    if actor.startswith(NAME_KEY):
        name = actor[len(NAME_KEY):]
        return S.events.c.id.in_(select(p.c.event_id).where(
            p.c.actor_id.is_(None), _txt(p.c.entity).like(f'%"entity_text": {_json_str(name)}%')))
    ids, raws = match_participants(store, actor)
    cond = []
    if ids:
        cond.append(p.c.actor_id.in_(sorted(ids)))
    if raws:
        cond.append(and_(p.c.actor_id.is_(None), _txt(p.c.entity).in_(sorted(raws))))
    if not cond:
        return S.events.c.id.in_([""])
    return S.events.c.id.in_(select(p.c.event_id).where(or_(*cond)))


_NAME_INDEX: dict[str, tuple[tuple[int, int], list[tuple[str | None, str, str]]]] = {}


def _name_index(store) -> list[tuple[str | None, str, str]]:
    """(actor id, raw entity JSON, normalised names) for every distinct participant and known actor.

    Rebuilt when the number of participants or actors changes; a name filter then costs a scan of
    this list instead of a LIKE over every participant row.
    """
    import json

    p, a = S.event_participants, S.actors
    with store.engine.connect() as conn:
        version = (int(conn.execute(select(func.count()).select_from(p)).scalar() or 0),
                   int(conn.execute(select(func.count()).select_from(a)).scalar() or 0))
        cached = _NAME_INDEX.get(store.url)
        if cached and cached[0] == version:
            return cached[1]
        out: list[tuple[str | None, str, str]] = []
        for aid, raw in conn.execute(select(p.c.actor_id, _txt(p.c.entity)).distinct()):
            ent = json.loads(raw) if raw else {}
            hay = " | ".join(str(x) for x in (aid, ent.get("entity_text"), ent.get("identifier_text")) if x)
            out.append((aid, raw, normalize(hay).lower()))
        for aid, name, name_ar, aliases in conn.execute(select(a.c.id, a.c.name, a.c.name_ar, _txt(a.c.aliases))):
            hay = " | ".join(str(x) for x in (aid, name, name_ar, aliases) if x)
            out.append((aid, "", normalize(hay).lower()))
    _NAME_INDEX[store.url] = (version, out)
    return out


def match_participants(store, name: str) -> tuple[set[str], set[str]]:
    """Actor ids, and raw entities of participants without one, whose names contain ``name``."""
    needle = normalize(name).lower()
    ids: set[str] = set()
    raws: set[str] = set()
    for aid, raw, hay in _name_index(store):
        if needle in hay:
            if aid:
                ids.add(aid)
            elif raw:
                raws.add(raw)
    return ids, raws


def _txt(col):
    """A JSON-as-text column compared as plain text (no JSON encoding of the pattern)."""
    return type_coerce(col, Text)


def _json_str(s: str) -> str:
    import json

    return json.dumps(s, ensure_ascii=False)


def event_filters(store, actor: str | None = None, type: str | None = None, mode: str | None = None,
                  context: str | None = None, country: str | None = None, place: str | None = None,
                  since: str | None = None, until: str | None = None, q: str | None = None,
                  status: str | None = None, doc_id: str | None = None) -> list[Any]:
    """SQL conditions on ``events`` for the API's filters (all optional, combined with AND)."""
    e = S.events
    w: list[Any] = []
    if type:
        w.append(e.c.type == type.upper())
    if mode:
        w.append(_txt(e.c.mode).like(f'%"{mode}"%'))
    if context:
        w.append(_txt(e.c.context).like(f'%"{context}"%'))
    if country:
        w.append(e.c.country_code == country.upper())
    if place:
        w.append(or_(e.c.place.ilike(f"%{place}%"), _txt(e.c.location).like(f"%{place}%")))
    if since:
        w.append(e.c.date >= since)
    if until:
        w.append(e.c.date <= until + "\uffff")
    if status:
        w.append(e.c.status == status)
    if doc_id:
        w.append(e.c.id.in_(select(S.event_sources.c.event_id).where(S.event_sources.c.doc_id == doc_id)))
    if actor:
        w.append(_actor_clause(store, actor))
    if q:
        docs = [r["id"] for r in store.search(q, limit=MAX_Q_DOCS)]
        w.append(e.c.id.in_(select(S.event_sources.c.event_id).where(S.event_sources.c.doc_id.in_(docs or [""]))))
    return w


def events_page(store, limit: int = 50, offset: int = 0, **filters: Any) -> dict[str, Any]:
    """A page of events (newest first) matching ``filters``, with the total count."""
    e = S.events
    where = event_filters(store, **filters)
    # ids first (served by the (date, id) index), then the page's rows
    ids_q = select(e.c.id).where(*where).order_by(e.c.date.desc().nulls_last(), e.c.id.desc())
    cq = select(func.count()).select_from(e).where(*where)
    with store.engine.connect() as conn:
        total = int(conn.execute(cq).scalar() or 0)
        ids = [r[0] for r in conn.execute(ids_q.limit(limit).offset(offset))]
        by_id = {r["id"]: dict(r) for r in conn.execute(select(e).where(e.c.id.in_(ids or [""]))).mappings()}
        rows = [by_id[i] for i in ids if i in by_id]
        attach_details(conn, rows)
    return {"total": total, "limit": limit, "offset": offset, "items": [event_summary(r) for r in rows]}


def participant(p: dict[str, Any]) -> dict[str, Any]:
    """A participant as the API shows it: actor key, Arabic and Latin names, country, sector."""
    ent = p.get("entity") or {}
    key = p.get("actor_id") or ent.get("identifier_id") or (NAME_KEY + (ent.get("entity_text") or ""))
    return {"key": key, "role": p.get("role"), "name_ar": ent.get("entity_text"), "name": ent.get("identifier_text"),
            "country": ent.get("code"), "sector": ent.get("sector"), "office": ent.get("office"), "entity": ent}


def event_summary(r: dict[str, Any]) -> dict[str, Any]:
    """An event row as a JSON object (participants split by role, report count)."""
    parts = [participant(p) for p in r.get("participants", [])]
    return {
        "id": r["id"], "type": r["type"], "mode": r.get("mode") or [], "context": r.get("context") or [],
        "status": r.get("status"), "date": r.get("date"), "date_text": r.get("date_text"),
        "date_granularity": r.get("date_granularity"), "place": r.get("place"),
        "country_code": r.get("country_code"), "lat": r.get("lat"), "lon": r.get("lon"),
        "location": r.get("location"), "confidence": r.get("confidence"), "evidence": r.get("evidence"),
        "actors": [p for p in parts if p["role"] == "actor"],
        "recipients": [p for p in parts if p["role"] == "recipient"],
        "doc_id": r.get("first_doc_id"), "n_reports": len(r.get("sources", [])),
    }


def event_detail(store, event_id: str) -> dict[str, Any] | None:
    """One event with every report: its article, evidence offsets and the text around it."""
    ev = store.event(event_id)
    if ev is None:
        return None
    rows = [ev]
    with store.engine.connect() as conn:
        out = event_summary(rows[0])
        out["merge_info"] = rows[0].get("merge_info")
        doc_ids = [s["doc_id"] for s in rows[0]["sources"]]
        docs = {r["id"]: dict(r) for r in conn.execute(
            select(S.documents.c.id, S.documents.c.title, S.documents.c.published, S.documents.c.site,
                   S.documents.c.url, S.documents.c.text).where(S.documents.c.id.in_(doc_ids or [""]))).mappings()}
    reports = []
    for s in rows[0]["sources"]:
        d = docs.get(s["doc_id"], {})
        text = d.get("text") or ""
        st, en = s.get("evidence_start"), s.get("evidence_end")
        rep = {"doc_id": s["doc_id"], "doc_event_id": s["doc_event_id"], "title": d.get("title"),
               "published": d.get("published"), "url": s.get("url") or d.get("url"),
               "publication": s.get("publication") or d.get("site"), "evidence": s.get("evidence"),
               "evidence_start": st, "evidence_end": en, "merge_reason": s.get("merge_reason"),
               "before": "", "after": "", "lead": lead(text)}
        if st is not None and en is not None and 0 <= st <= en <= len(text):
            rep["before"] = text[max(0, st - CONTEXT_CHARS): st]
            rep["after"] = text[en: en + CONTEXT_CHARS]
        reports.append(rep)
    out["reports"] = reports
    return out


# -- actors -----------------------------------------------------------------------------------
def actors_list(store, q: str | None = None, limit: int = 100, offset: int = 0) -> dict[str, Any]:
    """Known actors (knowledge base) and event participants without one, by number of events."""
    p, a = S.event_participants, S.actors
    with store.engine.connect() as conn:
        counts: Counter[str] = Counter()
        info: dict[str, dict[str, Any]] = {}
        for r in conn.execute(select(p.c.actor_id, p.c.entity, func.count(func.distinct(p.c.event_id)))
                              .group_by(p.c.actor_id, p.c.entity)):
            part = participant({"actor_id": r[0], "entity": r[1]})
            counts[part["key"]] += int(r[2])
            info.setdefault(part["key"], {k: part[k] for k in ("key", "name_ar", "name", "country", "sector")})
        for r in conn.execute(select(a.c.id, a.c.name, a.c.name_ar, a.c.kind, a.c.country, a.c.sector,
                                     a.c.mention_count, a.c.aliases)).mappings():
            info[r["id"]] = {"key": r["id"], "name_ar": r["name_ar"], "name": r["name"], "country": r["country"],
                             "sector": r["sector"], "kind": r["kind"], "mentions": r["mention_count"],
                             "aliases": r["aliases"] or []}
    items = []
    nq = normalize(q) if q else None
    for key, d in info.items():
        if nq and not any(nq in normalize(x or "") for x in [d.get("name_ar"), d.get("name"), key,
                                                                 *(d.get("aliases") or [])]):
            continue
        items.append({**d, "events": counts.get(key, 0)})
    items.sort(key=lambda d: (-d["events"], -(d.get("mentions") or 0), d["key"]))
    return {"total": len(items), "limit": limit, "offset": offset, "items": items[offset: offset + limit]}


def actor_detail(store, key: str, timeline_limit: int = 500) -> dict[str, Any] | None:
    """An actor: names, aliases, offices, country, sector, event timeline, frequent counterparts, quotes."""
    p, a = S.event_participants, S.actors
    with store.engine.connect() as conn:
        row = conn.execute(select(a).where(a.c.id == key)).mappings().first()
        if key.startswith(NAME_KEY):
            mine = p.c.actor_id.is_(None) & _txt(p.c.entity).like(
                f'%"entity_text": {_json_str(key[len(NAME_KEY):])}%')
        else:
            mine = p.c.actor_id == key
        my_parts = [dict(r) for r in conn.execute(select(p).where(mine)).mappings()]
        if row is None and not my_parts:
            return None
        ev_ids = sorted({r["event_id"] for r in my_parts})
        roles = {r["event_id"]: r["role"] for r in my_parts}
        evs: list[dict[str, Any]] = []
        for i in range(0, len(ev_ids), 500):
            evs += [dict(r) for r in conn.execute(select(S.events).where(S.events.c.id.in_(ev_ids[i: i + 500])))
                    .mappings()]
        evs.sort(key=lambda r: (r.get("date") or "", r["id"]))
        evs = evs[-timeline_limit:]
        attach_details(conn, evs)
        quotes = [dict(r) for r in conn.execute(select(S.quotes).where(S.quotes.c.speaker_actor_id == key)
                                                 .order_by(S.quotes.c.doc_id, S.quotes.c.start).limit(100)).mappings()]
        n_mentions = int(conn.execute(select(func.count()).select_from(S.mentions)
                                      .where(S.mentions.c.actor_id == key)).scalar() or 0)
    ent = (my_parts[0].get("entity") or {}) if my_parts else {}
    if row is not None:
        out = {"key": key, "name_ar": row["name_ar"], "name": row["name"], "kind": row["kind"],
               "aliases": row["aliases"] or [], "office": row["office"] or [], "office_ar": row["office_ar"] or [],
               "country": row["country"], "sector": row["sector"], "origin": row["origin"],
               "first_seen": row["first_seen"], "last_seen": row["last_seen"], "mentions": row["mention_count"]}
    else:
        out = {"key": key, "name_ar": ent.get("entity_text"), "name": ent.get("identifier_text"), "kind": None,
               "aliases": sorted({(r.get("entity") or {}).get("entity_text") for r in my_parts} - {None}),
               "office": [ent["office"]] if ent.get("office") else [], "office_ar": [],
               "country": ent.get("code"), "sector": ent.get("sector"), "origin": None,
               "first_seen": None, "last_seen": None, "mentions": n_mentions}
    counter: Counter[str] = Counter()
    by_type: dict[str, Counter[str]] = defaultdict(Counter)
    names: dict[str, dict[str, Any]] = {}
    timeline = []
    for ev in evs:
        s = event_summary(ev)
        others = [x for x in s["actors"] + s["recipients"] if x["key"] != key]
        for o in others:
            counter[o["key"]] += 1
            by_type[o["key"]][s["type"]] += 1
            names.setdefault(o["key"], {k: o[k] for k in ("key", "name_ar", "name", "country")})
        timeline.append({"id": s["id"], "date": s["date"], "type": s["type"], "mode": s["mode"],
                         "status": s["status"], "role": roles.get(s["id"]), "place": s["place"],
                         "counterparts": [{k: o[k] for k in ("key", "name_ar", "name")} for o in others],
                         "evidence": s["evidence"]})
    out["n_events"] = len(ev_ids)
    out["timeline"] = timeline
    out["counterparts"] = [{**names[k], "count": n, "types": dict(by_type[k])} for k, n in counter.most_common(20)]
    out["quotes"] = [{"doc_id": q["doc_id"], "content": q["content"], "cue": q["cue"], "kind": q["kind"],
                      "start": q["start"], "end": q["end"]} for q in quotes]
    return out


# -- documents --------------------------------------------------------------------------------
_LAYER_KINDS = {"entities": "entity", "titles": "title", "timex": "date", "places": "place"}


def document_view(store, doc_id: str) -> dict[str, Any] | None:
    """An article's text with entity, event (trigger, evidence) and quote spans, and its records."""
    row = store.get_document(doc_id)
    if row is None:
        return None
    doc = row["doc"]
    es = S.event_sources
    with store.engine.connect() as conn:
        reports = [dict(r) for r in conn.execute(
            select(es.c.doc_event_id, es.c.event_id, es.c.evidence_start, es.c.evidence_end, S.events.c.type)
            .join(S.events, S.events.c.id == es.c.event_id).where(es.c.doc_id == doc_id)).mappings()]
    stored = {r["doc_event_id"]: r["event_id"] for r in reports}
    spans: list[dict[str, Any]] = []
    for layer, kind in _LAYER_KINDS.items():
        for s in doc.layer(layer):
            spans.append({"start": s.start, "end": s.end, "kind": kind, "label": s.label,
                          "attrs": {k: v for k, v in s.attrs.items() if isinstance(v, str | int | float | bool)}})
    if not doc.layer("entities"):
        for m in doc.mentions:
            spans.append({"start": m.start, "end": m.end, "kind": "entity", "label": m.kind,
                          "attrs": {"actor": m.actor_key} if m.actor_key else {}})
    actors = {a.id: a for a in doc.actors}
    events = []
    for ev in doc.events:
        sid = stored.get(ev.id)
        if ev.evidence:
            spans.append({"start": ev.evidence[0], "end": ev.evidence[1], "kind": "evidence", "label": ev.type,
                          "attrs": {"event": sid or ev.id}})
        if ev.trigger:
            spans.append({"start": ev.trigger[0], "end": ev.trigger[1], "kind": "trigger", "label": ev.type,
                          "attrs": {"event": sid or ev.id}})

        def names(ids: list[str]) -> list[dict[str, Any]]:
            return [{"key": i, "name_ar": actors[i].name_ar if i in actors else i,
                     "name": actors[i].name if i in actors else None} for i in ids]

        events.append({"id": sid, "doc_event_id": ev.id, "type": ev.type, "mode": ev.mode, "status": ev.status,
                       "date": ev.date, "actors": names(ev.actors), "recipients": names(ev.recipients),
                       "evidence": list(ev.evidence) if ev.evidence else None,
                       "trigger": list(ev.trigger) if ev.trigger else None})
    # Stored reports whose event the document's own records lack (e.g. written by a writer later).
    known = {ev.id for ev in doc.events}
    extra = [r for r in reports if r["doc_event_id"] not in known]
    if extra:
        with store.engine.connect() as conn:
            rows = [dict(r) for r in conn.execute(select(S.events).where(
                S.events.c.id.in_([r["event_id"] for r in extra]))).mappings()]
            attach_details(conn, rows)
        summaries = {r["id"]: event_summary(r) for r in rows}
        for r in extra:
            s = summaries.get(r["event_id"])
            if s is None:
                continue
            ev_span = None
            if r["evidence_start"] is not None and r["evidence_end"] is not None:
                ev_span = [r["evidence_start"], r["evidence_end"]]
                spans.append({"start": ev_span[0], "end": ev_span[1], "kind": "evidence", "label": s["type"],
                              "attrs": {"event": s["id"]}})
            events.append({"id": s["id"], "doc_event_id": r["doc_event_id"], "type": s["type"], "mode": s["mode"],
                           "status": s["status"], "date": s["date"],
                           "actors": [{k: p[k] for k in ("key", "name_ar", "name")} for p in s["actors"]],
                           "recipients": [{k: p[k] for k in ("key", "name_ar", "name")} for p in s["recipients"]],
                           "evidence": ev_span, "trigger": None})
    quotes = []
    for q in doc.quotes:
        spans.append({"start": q.content[0], "end": q.content[1], "kind": "quote", "label": q.kind,
                      "attrs": {"speaker": q.speaker_actor} if q.speaker_actor else {}})
        if q.speaker:
            spans.append({"start": q.speaker[0], "end": q.speaker[1], "kind": "speaker", "label": "",
                          "attrs": {}})
        if q.cue:
            spans.append({"start": q.cue[0], "end": q.cue[1], "kind": "cue", "label": "", "attrs": {}})
        quotes.append({"speaker_actor": q.speaker_actor, "speaker": doc.span_text(q.speaker) if q.speaker else None,
                       "content": doc.span_text(q.content), "kind": q.kind, "start": q.content[0],
                       "end": q.content[1]})
    spans = [s for s in spans if 0 <= s["start"] < s["end"] <= len(doc.text)]
    spans.sort(key=lambda s: (s["start"], -s["end"]))
    return {
        "id": doc.id, "title": row.get("title"), "lead": lead(doc.text), "url": row.get("url"), "published": row.get("published"),
        "site": row.get("site"), "language": row.get("language"), "status": row.get("status"),
        "duplicate_of": row.get("duplicate_of"), "text": doc.text, "spans": spans, "events": events,
        "quotes": quotes,
        "actors": [{"key": a.id, "name_ar": a.name_ar, "name": a.name, "kind": a.kind, "country": a.country,
                    "office": a.office} for a in doc.actors],
        "pipeline": row.get("pipeline"),
    }


def lead(text: str) -> str:
    """The start of an article's first line, for articles without a title."""
    first = (text or "").strip().split("\n", 1)[0]
    return first if len(first) <= LEAD_CHARS else first[:LEAD_CHARS].rsplit(" ", 1)[0] + "…"


# -- search -----------------------------------------------------------------------------------
def match_spans(text: str, query: str, limit: int = 50) -> list[tuple[int, int]]:
    """Offsets in the original ``text`` of the words matching the query's terms (variants included)."""
    terms = set(query_terms(query))
    if not terms:
        return []
    nt = normalize_with_map(text)
    out = []
    for m in _WORD.finditer(nt.text):
        if light_stem(m.group(0)) in terms:
            out.append(nt.source_span(m.start(), m.end()))
            if len(out) >= limit:
                break
    return out


def search_hits(store, q: str, limit: int = 20) -> list[dict[str, Any]]:
    """Search results with a snippet of the original text and the matched words' offsets in it."""
    hits = store.search(q, limit=limit)
    if not hits:
        return []
    with store.engine.connect() as conn:
        texts = {r[0]: r[1] for r in conn.execute(select(S.documents.c.id, S.documents.c.text)
                                                    .where(S.documents.c.id.in_([h["id"] for h in hits])))}
    out = []
    for h in hits:
        text = texts.get(h["id"]) or ""
        spans = match_spans(text, q)
        lo = max(0, spans[0][0] - 80) if spans else 0
        hi = min(len(text), lo + 240)
        out.append({"id": h["id"], "title": h.get("title"), "lead": lead(text), "published": h.get("published"),
                    "url": h.get("url"),
                    "snippet": text[lo:hi], "snippet_offset": lo,
                    "matches": [[a - lo, b - lo] for a, b in spans if a >= lo and b <= hi],
                    "text_matches": [list(x) for x in spans],
                    "n_matches": len(spans)})
    return out


# -- overviews --------------------------------------------------------------------------------
def network(store, limit_events: int = 5000) -> dict[str, Any]:
    """Actor → recipient edges with counts per event type, over the most recent events."""
    e, p = S.events, S.event_participants
    with store.engine.connect() as conn:
        ids = [r[0] for r in conn.execute(select(e.c.id).order_by(e.c.date.desc().nulls_last(), e.c.id.desc())
                                          .limit(limit_events))]
        types = {}
        parts: dict[str, list[dict[str, Any]]] = defaultdict(list)
        for i in range(0, len(ids), 500):
            chunk = ids[i: i + 500]
            types.update({r[0]: r[1] for r in conn.execute(select(e.c.id, e.c.type).where(e.c.id.in_(chunk)))})
            for r in conn.execute(select(p).where(p.c.event_id.in_(chunk))).mappings():
                parts[r["event_id"]].append(participant(dict(r)))
    nodes: dict[str, dict[str, Any]] = {}
    edges: dict[tuple[str, str], dict[str, Any]] = {}
    for eid, ps in parts.items():
        acts = [x for x in ps if x["role"] == "actor"]
        recs = [x for x in ps if x["role"] == "recipient"]
        for a in acts:
            for r in recs:
                if a["key"] == r["key"]:
                    continue
                for n in (a, r):
                    node = nodes.setdefault(n["key"], {"key": n["key"], "name_ar": n["name_ar"], "name": n["name"],
                                                       "country": n["country"], "events": 0})
                    node["events"] += 1
                ed = edges.setdefault((a["key"], r["key"]), {"source": a["key"], "target": r["key"], "count": 0,
                                                             "types": {}})
                ed["count"] += 1
                ed["types"][types[eid]] = ed["types"].get(types[eid], 0) + 1
    return {"nodes": list(nodes.values()), "edges": list(edges.values())}


def timeline(store) -> list[dict[str, Any]]:
    """Event counts per date and type (dated events only), in date order."""
    e = S.events
    # literal positions: PostgreSQL needs GROUP BY to repeat the selected expression exactly
    day = func.substr(e.c.date, literal_column("1"), literal_column("10"))
    with store.engine.connect() as conn:
        rows = conn.execute(select(day, e.c.type, func.count())
                            .where(and_(e.c.date.is_not(None), e.c.date != ""))
                            .group_by(day, e.c.type).order_by(day, e.c.type))
        return [{"date": r[0], "type": r[1], "count": int(r[2])} for r in rows]


def geo_points(store, limit: int = 5000) -> list[dict[str, Any]]:
    """Located events for the map: id, type, date, place, lat, lon."""
    e = S.events
    with store.engine.connect() as conn:
        rows = conn.execute(select(e.c.id, e.c.type, e.c.date, e.c.place, e.c.country_code, e.c.lat, e.c.lon)
                            .where(e.c.lat.is_not(None), e.c.lon.is_not(None))
                            .order_by(e.c.date.desc().nulls_last(), e.c.id.desc()).limit(limit)).mappings()
        return [dict(r) for r in rows]


def full_stats(store) -> dict[str, Any]:
    """The store's counts plus events by type and country and the date range."""
    out: dict[str, Any] = dict(store.stats())
    e = S.events
    with store.engine.connect() as conn:
        out["by_type"] = {r[0]: int(r[1]) for r in conn.execute(
            select(e.c.type, func.count()).group_by(e.c.type).order_by(func.count().desc()))}
        out["by_country"] = {r[0]: int(r[1]) for r in conn.execute(
            select(e.c.country_code, func.count()).where(e.c.country_code.is_not(None))
            .group_by(e.c.country_code).order_by(func.count().desc()))}
        lo, hi = conn.execute(select(func.min(e.c.date), func.max(e.c.date))).first()
    out["dates"] = {"first": lo, "last": hi}
    with store.engine.connect() as conn:
        out["participants"] = int(conn.execute(select(func.count()).select_from(
            select(S.event_participants.c.actor_id, S.event_participants.c.entity)
            .group_by(S.event_participants.c.actor_id, S.event_participants.c.entity).subquery())).scalar() or 0)
    out["backend"] = store.dialect
    return out
