"""Exports of stored events: PLOVER JSON Lines, CSV, Parquet, GraphML (actor network), GeoJSON."""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterator
from typing import IO, Any

from marsad.plover import stored_record

FORMATS = ("plover", "csv", "parquet", "graphml", "geojson")
BINARY_FORMATS = ("parquet",)

CSV_COLUMNS = [
    "id", "date", "date_text", "event", "mode", "context", "status", "actor", "actor_id", "actor_code",
    "recipient", "recipient_id", "recipient_code", "place", "country_code", "lat", "lon", "evidence",
    "doc_id", "url", "publication", "n_sources", "confidence",
]


def _records(store, **filters) -> Iterator[dict[str, Any]]:
    page, offset = 1000, 0
    while True:
        rows = store.events(limit=page, offset=offset, **filters)
        if not rows:
            return
        for r in rows:
            yield stored_record(r)
        offset += page


def _flat(rec: dict[str, Any]) -> dict[str, Any]:
    def names(ents, key):
        return "; ".join(str(e.get(key) or "") for e in ents)

    loc = rec.get("event_loc") or {}
    return {
        "id": rec["id"], "date": rec.get("date"), "date_text": rec.get("date_text"),
        "event": ";".join(rec["event"]), "mode": ";".join(rec.get("mode") or []),
        "context": ";".join(rec.get("context") or []), "status": rec.get("status"),
        "actor": names(rec["actor"], "entity_text"), "actor_id": names(rec["actor"], "identifier_id"),
        "actor_code": names(rec["actor"], "code"), "recipient": names(rec["recipient"], "entity_text"),
        "recipient_id": names(rec["recipient"], "identifier_id"), "recipient_code": names(rec["recipient"], "code"),
        "place": loc.get("resolved_place") or loc.get("extracted_place"), "country_code": loc.get("country_code"),
        "lat": loc.get("lat"), "lon": loc.get("lon"), "evidence": (rec.get("event_text") or [None])[0],
        "doc_id": rec["cite_info"].get("doc_id"), "url": rec["cite_info"].get("url"),
        "publication": rec["cite_info"].get("publication"), "n_sources": len(rec.get("sources") or []),
        "confidence": rec.get("confidence"),
    }


def write_export(store, fmt: str, out: IO, **filters) -> int:
    """Write events in ``fmt`` to ``out`` (text stream, or binary for parquet); returns the count."""
    if fmt not in FORMATS:
        from marsad.errors import MarsadError

        raise MarsadError(f"unknown export format {fmt!r}; choose one of {', '.join(FORMATS)}")
    recs = _records(store, **filters)
    n = 0
    if fmt == "plover":
        for rec in recs:
            out.write(json.dumps(rec, ensure_ascii=False) + "\n")
            n += 1
    elif fmt == "csv":
        w = csv.DictWriter(out, fieldnames=CSV_COLUMNS)
        w.writeheader()
        for rec in recs:
            w.writerow(_flat(rec))
            n += 1
    elif fmt == "parquet":
        import pyarrow as pa
        import pyarrow.parquet as pq

        rows = [_flat(r) for r in recs]
        n = len(rows)
        table = pa.Table.from_pylist(rows, schema=pa.schema([
            (c, pa.float64() if c in ("lat", "lon", "confidence") else pa.int64() if c == "n_sources" else pa.string())
            for c in CSV_COLUMNS]))
        pq.write_table(table, out)
    elif fmt == "graphml":
        import networkx as nx

        g = actor_network(recs)
        n = g.number_of_edges()
        buf = io.BytesIO()
        nx.write_graphml(g, buf)
        out.write(buf.getvalue().decode("utf-8"))
    elif fmt == "geojson":
        feats = []
        for rec in recs:
            loc = rec.get("event_loc") or {}
            if loc.get("lat") is None or loc.get("lon") is None:
                continue
            props = {k: v for k, v in _flat(rec).items() if k not in ("lat", "lon")}
            feats.append({"type": "Feature", "geometry": {"type": "Point", "coordinates": [loc["lon"], loc["lat"]]},
                          "properties": props})
        n = len(feats)
        json.dump({"type": "FeatureCollection", "features": feats}, out, ensure_ascii=False)
    return n


def actor_network(recs) -> Any:
    """A directed multigraph summary: actor → recipient edges with counts per event type."""
    import networkx as nx

    g = nx.DiGraph()
    for rec in recs:
        for a in rec["actor"]:
            for r in rec["recipient"]:
                ai, ri = a.get("identifier_id") or a.get("entity_text"), r.get("identifier_id") or r.get("entity_text")
                if not ai or not ri or ai == ri:
                    continue
                for node, ent in ((ai, a), (ri, r)):
                    if node not in g:
                        g.add_node(node, name_ar=ent.get("entity_text") or "", name=ent.get("identifier_text") or "",
                                   country=ent.get("code") or "", sector=ent.get("sector") or "")
                t = rec["event"][0]
                if g.has_edge(ai, ri):
                    d = g[ai][ri]
                    d["count"] += 1
                    d[t] = d.get(t, 0) + 1
                else:
                    g.add_edge(ai, ri, count=1, **{t: 1})
    return g
