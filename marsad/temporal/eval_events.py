"""Event-date and event-place agreement with gold events (the events-dev.jsonl form).

Gold events carry ``evidence`` (a verbatim sentence or clause), ``date``, ``date_text`` and
``location`` ({text, name, country}). The evidence is located in the article text, widened to its
sentence, and :func:`event_date` / :func:`event_location` run on it with no trigger (gold has none).
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from marsad.arabic.normalize import normalize, normalize_with_map
from marsad.document import Document
from marsad.temporal.context import sentence_index, sentence_spans
from marsad.temporal.event_date import event_date


def read_gold(path: str | Path) -> Iterator[dict[str, Any]]:
    """The records of a gold JSONL file."""
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            if line.strip():
                yield json.loads(line)


def locate(doc: Document, evidence: str) -> tuple[int, int] | None:
    """The source span of ``evidence`` in ``doc.text`` (exact, else in the normal form)."""
    i = doc.text.find(evidence)
    if i >= 0:
        return i, i + len(evidence)
    nt = doc.cache.get("_marsad_norm")
    if nt is None:
        nt = doc.cache["_marsad_norm"] = normalize_with_map(doc.text)
    ev = normalize(evidence)
    for cut in (len(ev), 80, 40):
        j = nt.text.find(ev[:cut])
        if j >= 0:
            return nt.source_span(j, min(len(nt.text), j + len(ev)))
    return None


def evidence_sentence(doc: Document, span: tuple[int, int]) -> tuple[int, int]:
    """The sentence holding the start of ``span``, widened to cover all of it."""
    sents = sentence_spans(doc)
    k = sentence_index(sents, span[0])
    if k is None:
        return span
    s, e = sents[k]
    return min(s, span[0]), max(e, span[1])


def gold_documents(path: str | Path) -> Iterator[tuple[Document, dict[str, Any]]]:
    """(Document, gold record) pairs of a gold file."""
    for rec in read_gold(path):
        doc = Document(id=rec["id"], text=rec["text"], title=rec.get("title"), published=rec.get("published"))
        yield doc, rec


def evaluate_event_dates(path: str | Path) -> dict[str, Any]:
    """Date accuracy over gold events with a known date, and false dates over gold-null events."""
    known = correct = null = false_dates = missing_ev = 0
    errors: list[dict[str, Any]] = []
    for doc, rec in gold_documents(path):
        for ev in rec.get("events", []):
            span = locate(doc, ev["evidence"])
            if span is None:
                missing_ev += 1
                continue
            sent = evidence_sentence(doc, span)
            value, text, _gran = event_date(doc, sent, None, rec.get("published"))
            if ev.get("date"):
                known += 1
                if value == ev["date"]:
                    correct += 1
                else:
                    errors.append({"doc": doc.id, "gold": ev["date"], "gold_text": ev.get("date_text"),
                                   "pred": value, "pred_text": text, "evidence": ev["evidence"][:120]})
            else:
                null += 1
                if value:
                    false_dates += 1
                    errors.append({"doc": doc.id, "gold": None, "gold_text": ev.get("date_text"),
                                   "pred": value, "pred_text": text, "evidence": ev["evidence"][:120]})
    return {
        "events_with_date": known, "correct": correct, "accuracy": correct / known if known else 0.0,
        "events_without_date": null, "false_dates": false_dates, "evidence_not_found": missing_ev,
        "errors": errors,
    }


def _same_place(pred: dict[str, Any], gold: dict[str, Any]) -> bool:
    """Whether a predicted location names the gold place (English names overlap, or the texts do)."""
    pn = (pred.get("resolved_place") or "").lower()
    gn = (gold.get("name") or "").lower()
    if pn and gn:
        pw = {w for w in re.findall(r"[a-z]+", pn) if w not in _GENERIC_EN}
        gw = {w for w in re.findall(r"[a-z]+", gn) if w not in _GENERIC_EN}
        if pw & gw:
            return True
    pt, gt = normalize(pred.get("extracted_place") or ""), normalize(gold.get("text") or "")
    return bool(pt and gt and (pt in gt or gt in pt))


_GENERIC_EN = {"governorate", "region", "city", "of", "the", "al", "el", "province", "district", "d", "c", "camp",
               "refugee", "village", "road", "port", "base", "air"}


def evaluate_event_places(path: str | Path) -> dict[str, Any]:
    """Place agreement over gold events with a known place: same place, and same country."""
    from marsad.geo.resolve import event_location

    known = same = same_country = null = false_places = 0
    errors: list[dict[str, Any]] = []
    for doc, rec in gold_documents(path):
        for ev in rec.get("events", []):
            span = locate(doc, ev["evidence"])
            if span is None:
                continue
            sent = evidence_sentence(doc, span)
            loc = event_location(doc, sent, None)
            gold = ev.get("location")
            if gold:
                known += 1
                ok = bool(loc) and _same_place(loc, gold)
                okc = bool(loc) and loc.get("country_code") == gold.get("country")
                same += ok
                same_country += okc
                if not ok:
                    errors.append({"doc": doc.id, "gold": f"{gold.get('text')} / {gold.get('name')} / {gold.get('country')}",
                                   "pred": loc and f"{loc['extracted_place']} / {loc['resolved_place']} / {loc['country_code']}",
                                   "evidence": ev["evidence"][:110]})
            else:
                null += 1
                if loc:
                    false_places += 1
    return {
        "events_with_place": known, "same_place": same, "place_accuracy": same / known if known else 0.0,
        "same_country": same_country, "country_accuracy": same_country / known if known else 0.0,
        "events_without_place": null, "false_places": false_places, "errors": errors,
    }
