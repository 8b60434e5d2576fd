"""PLOVER JSON records: from a processed Document (``marsad process``) or a stored event (exports).

The record contract (issue 5):
``{"id", "date", "date_text", "event": [TYPE], "mode", "context", "status", "actor": [entity],
"recipient": [entity], "event_loc": {location}, "event_text": [evidence], "cite_info": {...},
"sources": [...], "confidence"}``.
"""

from __future__ import annotations

from typing import Any

from marsad.document import Document, Event

EMPTY_LOCATION = {
    "extracted_place": None, "resolved_place": None, "lat": None, "lon": None,
    "country_code": None, "resolution": None,
}


def entities_of(doc: Document, actor_ids: list[str]) -> list[dict[str, Any]]:
    """PLOVER entity objects for the document's actors with these ids."""
    out = []
    for aid in actor_ids:
        a = doc.actor(aid)
        if a is None:
            out.append({"code": None, "sector": None, "entity_text": aid, "identifier_id": None,
                        "identifier_text": None, "office": None})
        else:
            out.append(a.entity())
    return out


def event_record(doc: Document, ev: Event) -> dict[str, Any]:
    """The PLOVER record of one event as reported in ``doc``."""
    cite = {"doc_id": doc.id, "url": doc.url, "publication": doc.site or doc.meta.get("publication"),
            "published": doc.published, "language": "ar"}
    evidence = [doc.span_text(ev.evidence)] if ev.evidence else []
    return {
        "id": ev.id,
        "date": ev.date,
        "date_text": ev.date_text,
        "event": [ev.type],
        "mode": list(ev.mode),
        "context": list(ev.context),
        "status": ev.status,
        "actor": entities_of(doc, ev.actors),
        "recipient": entities_of(doc, ev.recipients),
        "event_loc": dict(ev.location) if ev.location else dict(EMPTY_LOCATION),
        "event_text": evidence,
        "cite_info": cite,
        "sources": [{"doc_id": doc.id, "url": doc.url, "publication": cite["publication"]}],
        "confidence": round(float(ev.confidence), 3),
    }


def document_records(doc: Document) -> list[dict[str, Any]]:
    return [event_record(doc, ev) for ev in doc.events]


def stored_record(row: dict[str, Any]) -> dict[str, Any]:
    """The PLOVER record of a stored (possibly merged) event, as returned by ``Store.events``."""
    sources = row.get("sources") or []
    first = sources[0] if sources else {}
    loc = row.get("location") or dict(EMPTY_LOCATION)
    rec = {
        "id": row["id"],
        "date": row.get("date"),
        "date_text": row.get("date_text"),
        "event": [row["type"]],
        "mode": row.get("mode") or [],
        "context": row.get("context") or [],
        "status": row.get("status"),
        "actor": row.get("actors") or [],
        "recipient": row.get("recipients") or [],
        "event_loc": loc,
        "event_text": [s["evidence"] for s in sources if s.get("evidence")][:1] or ([row["evidence"]] if row.get("evidence") else []),
        "cite_info": {"doc_id": first.get("doc_id") or row.get("first_doc_id"), "url": first.get("url"),
                      "publication": first.get("publication"), "published": first.get("published"),
                      "language": "ar"},
        "sources": [{"doc_id": s["doc_id"], "url": s.get("url"), "publication": s.get("publication"),
                     "published": s.get("published")} for s in sources],
        "confidence": row.get("confidence"),
    }
    if row.get("merge_info"):
        rec["merge_info"] = row["merge_info"]
    return rec
