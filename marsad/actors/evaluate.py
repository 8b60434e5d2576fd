"""Scoring the actors stage against gold actors (the events-dev form: each event's ``actors`` /
``recipients`` carry ``text``, ``aliases``, Latin ``name``, ``kind`` and ``country``)."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from marsad.actors.cluster import name_key
from marsad.actors.translit import fold_latin, similarity
from marsad.document import Document, Span


def _looks_named(text: str) -> bool:
    """A proper name rather than a description (قوات الاحتلال، ثلاثة جنود إسرائيليين، 17 مدنيا)."""
    from marsad.actors.offices import core, lexicons

    lex = lexicons()
    generic = {k[0] for k in lex.glossary} | {k[0] for k in lex.heads} | {k[0] for k in lex.countries}
    words = text.split()
    if any(ch.isdigit() for ch in text) or not words:
        return False
    return not any(core(w) in generic or core(w).rstrip("ين").rstrip("ي") + "ي" in generic for w in words)


def _gold_actors(rec: dict[str, Any], named_only: bool = False) -> list[dict[str, Any]]:
    out: dict[str, dict[str, Any]] = {}
    for ev in rec.get("events", []):
        for a in ev.get("actors", []) + ev.get("recipients", []):
            if a.get("kind") in ("PER", "ORG", "GPE") and a.get("text") and a.get("name"):
                if named_only and not _looks_named(a["text"]):
                    continue
                out.setdefault(a["text"], a)
    return list(out.values())


def oracle_entities(rec: dict[str, Any]) -> list[Span]:
    """Entity spans at every occurrence of the gold actors' texts (to score the actors stage alone)."""
    import re

    label = {"PER": "PERS", "ORG": "ORG", "GPE": "GPE"}
    spans: list[Span] = []
    golds = sorted(_gold_actors(rec, named_only=True), key=lambda g: -len(g["text"]))
    for g in golds:
        for m in re.finditer(re.escape(g["text"]), rec["text"]):
            if not any(s.start < m.end() and m.start() < s.end for s in spans):
                spans.append(Span(m.start(), m.end(), label[g["kind"]]))
    return spans


def evaluate(records: Iterable[dict[str, Any]], pipeline, oracle: bool = False) -> dict[str, Any]:
    """Found rate, country accuracy and Latin-name similarity of gold named actors.

    With ``oracle`` the ``entities`` layer is made from the named gold actors' texts (descriptions
    such as قوات الاحتلال left out: the events stage makes those) and ``pipeline`` holds the actors
    stage alone — the stage measured apart from the tagger.
    """
    n = found = c_n = c_ok = 0
    sims: list[float] = []
    exact = 0
    misses: list[str] = []
    wrong: list[str] = []
    for rec in records:
        doc = Document(id=rec["id"], text=rec["text"], published=rec.get("published"))
        if oracle:
            doc.add_layer("entities", oracle_entities(rec))
        doc = pipeline(doc)
        index: dict[tuple[str, ...], Any] = {}
        for a in doc.actors:
            if a.attrs.get("source") != "actors":
                continue
            for s, e in a.mentions:
                index.setdefault(name_key(doc.text[s:e])[0], a)
            index.setdefault(name_key(a.name_ar)[0], a)
        for g in _gold_actors(rec, named_only=oracle):
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
