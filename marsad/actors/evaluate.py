"""Scoring the actors stage against gold actors (the events-dev form: each event's ``actors`` /
``recipients`` carry ``text``, ``aliases``, Latin ``name``, ``kind`` and ``country``)."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from marsad.actors.cluster import name_key
from marsad.actors.translit import fold_latin, similarity
from marsad.document import Document


def _gold_actors(rec: dict[str, Any]) -> list[dict[str, Any]]:
    out: dict[str, dict[str, Any]] = {}
    for ev in rec.get("events", []):
        for a in ev.get("actors", []) + ev.get("recipients", []):
            if a.get("kind") in ("PER", "ORG", "GPE") and a.get("text") and a.get("name"):
                out.setdefault(a["text"], a)
    return list(out.values())


def evaluate(records: Iterable[dict[str, Any]], pipeline) -> dict[str, Any]:
    """Found rate, country accuracy and Latin-name similarity of gold named actors."""
    n = found = c_n = c_ok = 0
    sims: list[float] = []
    exact = 0
    misses: list[str] = []
    wrong: list[str] = []
    for rec in records:
        doc = pipeline(Document(id=rec["id"], text=rec["text"], published=rec.get("published")))
        index: dict[tuple[str, ...], Any] = {}
        for a in doc.actors:
            if a.attrs.get("source") != "actors":
                continue
            for s, e in a.mentions:
                index.setdefault(name_key(doc.text[s:e])[0], a)
            index.setdefault(name_key(a.name_ar)[0], a)
        for g in _gold_actors(rec):
            if g["text"] not in rec["text"]:
                continue
            n += 1
            a = index.get(name_key(g["text"])[0])
            if a is None:
                misses.append(g["text"])
                continue
            found += 1
            if g.get("country"):
                c_n += 1
                c_ok += a.country == g["country"]
                if a.country != g["country"]:
                    wrong.append(f"{g['text']}: {a.country} ≠ {g['country']}")
            if g["kind"] == "PER":
                s = similarity(fold_latin(a.name), fold_latin(g["name"]))
                sims.append(s)
                exact += fold_latin(a.name) == fold_latin(g["name"])
    return {"gold_actors": n, "found": found / max(n, 1), "country_accuracy": c_ok / max(c_n, 1),
            "country_n": c_n, "person_name_similarity": sum(sims) / max(len(sims), 1),
            "person_name_exact": exact / max(len(sims), 1), "persons": len(sims),
            "misses": misses, "country_errors": wrong}
