"""The plain event writer: every reported event is stored as its own event (no merging).

The report-merging writer of marsad.dedup replaces it when present (see Store.EVENT_WRITERS).
"""

from __future__ import annotations

import hashlib

from sqlalchemy import insert
from sqlalchemy.engine import Connection

from marsad.document import Document, Event
from marsad.plover import entities_of
from marsad.store import schema as S


def report_id(doc: Document, ev: Event) -> str:
    """A stable id for one event as reported in one document."""
    return hashlib.sha1(f"{doc.id}\x1f{ev.id}".encode()).hexdigest()[:20]


def report_row(doc: Document, ev: Event, event_id: str, reason: dict | None = None) -> dict:
    ev_dict = ev.to_dict()
    ev_dict["actor_entities"] = entities_of(doc, ev.actors)
    ev_dict["recipient_entities"] = entities_of(doc, ev.recipients)
    return {
        "event_id": event_id, "doc_id": doc.id, "doc_event_id": ev.id, "url": doc.url,
        "publication": doc.site or doc.meta.get("publication"),
        "evidence_start": ev.evidence[0] if ev.evidence else None,
        "evidence_end": ev.evidence[1] if ev.evidence else None,
        "evidence": doc.span_text(ev.evidence) if ev.evidence else None,
        "report": ev_dict, "merge_reason": reason,
    }


def event_row(doc: Document, ev: Event, event_id: str, created_at: str) -> dict:
    loc = ev.location or {}
    return {
        "id": event_id, "type": ev.type, "mode": ev.mode, "context": ev.context, "status": ev.status,
        "date": ev.date, "date_text": ev.date_text, "date_granularity": ev.date_granularity,
        "location": ev.location, "place": loc.get("resolved_place") or loc.get("extracted_place"),
        "country_code": loc.get("country_code"), "lat": loc.get("lat"), "lon": loc.get("lon"),
        "confidence": ev.confidence, "evidence": doc.span_text(ev.evidence) if ev.evidence else None,
        "first_doc_id": doc.id, "merge_info": None, "created_at": created_at,
    }


def participant_rows(doc: Document, ev: Event, event_id: str) -> list[dict]:
    rows = []
    for role, ids in (("actor", ev.actors), ("recipient", ev.recipients)):
        for pos, (_aid, ent) in enumerate(zip(ids, entities_of(doc, ids), strict=True)):
            rows.append({"event_id": event_id, "role": role, "position": pos,
                         "actor_id": ent.get("identifier_id"), "entity": ent})
    return rows


class PlainEventWriter:
    """Stores each event of a document as a separate event with one source."""

    def __init__(self, store) -> None:
        self.store = store

    def write(self, conn: Connection, doc: Document) -> list[str]:
        from marsad.store import now

        ids = []
        for ev in doc.events:
            eid = report_id(doc, ev)
            conn.execute(insert(S.events).values(**event_row(doc, ev, eid, now())))
            parts = participant_rows(doc, ev, eid)
            if parts:
                conn.execute(insert(S.event_participants), parts)
            conn.execute(insert(S.event_sources).values(**report_row(doc, ev, eid)))
            ids.append(eid)
        return ids
