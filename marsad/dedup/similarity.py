"""Features of one event report and the symmetric pair decision "same real-world event?".

A report's features are plain JSON (stored with it, so a later article is compared without
re-reading the first): type, status, date, publication date, country and place, participant
keys (knowledge-base actor ids and normalised names) and the content words of its evidence
sentence and of its article's title and lead. Content words are normalised, article/conjunction
prefixes stripped, and weighted by inverse corpus frequency (SaudiNewsNet word counts shipped with
the language core), so «السعودية» counts little and «2235» or «إنجرليك» a lot.

:func:`compare` is symmetric by construction (it orders the two reports by id first).
"""

from __future__ import annotations

import datetime as _dt
import math
import re
from functools import cache
from typing import Any

from marsad.arabic.normalize import normalize
from marsad.dedup import config as C

_WORD = re.compile(r"[^\W_]+")
_PREFIXES = ("وال", "بال", "فال", "كال", "لل", "ال")


def stem(tok: str) -> str:
    """A light stem: the article and a leading conjunction/preposition stripped."""
    for p in _PREFIXES:
        if tok.startswith(p) and len(tok) - len(p) >= 3:
            return tok[len(p):]
    if tok[:1] in ("و", "ف") and len(tok) >= 5:
        return tok[1:]
    return tok


@cache
def _stem_counts() -> tuple[dict[str, int], float]:
    from marsad.arabic.clitics import word_counts

    counts: dict[str, int] = {}
    for w, c in word_counts().items():
        s = stem(normalize(w))
        counts[s] = counts.get(s, 0) + c
    return counts, float(sum(counts.values()))


@cache
def weight(tok: str) -> float:
    """Inverse-frequency weight of a stemmed token."""
    if tok.isdigit():
        return C.NUMBER_WEIGHT
    counts, total = _stem_counts()
    return math.log((total + 1.0) / (counts.get(tok, 0) + 1.0))


def content_words(text: str | None, limit: int | None = None) -> list[str]:
    """Sorted distinct content-word stems of ``text`` (first ``limit`` words only)."""
    if not text:
        return []
    toks = _WORD.findall(normalize(text))
    if limit is not None:
        toks = toks[:limit]
    out = set()
    for t in toks:
        s = stem(t)
        if len(s) >= 2 and weight(s) >= C.MIN_TOKEN_WEIGHT:
            out.add(s)
    return sorted(out)


def overlap(a: list[str], b: list[str]) -> float:
    """Weighted overlap of two word sets: shared weight over the smaller set's weight."""
    if not a or not b:
        return 0.0
    sa, sb = set(a), set(b)
    shared = sum(weight(t) for t in sa & sb)
    small = min(sum(weight(t) for t in sa), sum(weight(t) for t in sb))
    return shared / small if small else 0.0


def compatible_types(t1: str, t2: str) -> bool:
    """Same type, or two types one event is coded as by different outlets."""
    return t1 == t2 or any(t1 in g and t2 in g for g in C.COMPATIBLE_TYPES)


@cache
def compatible_with(t: str) -> tuple[str, ...]:
    """Every type compatible with ``t`` (itself included)."""
    out = {t}
    for g in C.COMPATIBLE_TYPES:
        if t in g:
            out |= g
    return tuple(sorted(out))


def _day(value: str | None) -> _dt.date | None:
    if not value or len(value) < 10:
        return None
    try:
        return _dt.date.fromisoformat(value[:10])
    except ValueError:
        return None


def _entity_keys(ent: dict[str, Any], global_ids: set[str]) -> list[str]:
    keys = []
    ident = ent.get("identifier_id")
    if ident and ident in global_ids:
        keys.append(f"id:{ident}")
    name = normalize(ent.get("entity_text") or "").strip()
    if name and len(name) >= 2:
        keys.append(f"n:{name}")
    return keys


def lead_words(doc) -> list[str]:
    """Content words of the article's title and first sentence (the story it tells)."""
    sents = doc.layer("sentences")
    lead = (doc.title or "") + " " + (doc.text[sents[0].start:sents[0].end] if sents else doc.text[:400])
    return content_words(lead, C.LEAD_WORDS)


def features(rid: str, doc, ev, entities: tuple[list[dict], list[dict]], global_ids: set[str],
             lead: list[str] | None = None) -> dict[str, Any]:
    """The stored features of one report (``ev`` as coded in ``doc``; ``lead``: :func:`lead_words`)."""
    actors, recipients = entities
    loc = ev.location or {}
    place = loc.get("resolved_place") or loc.get("extracted_place")
    evidence = doc.span_text(ev.evidence) if ev.evidence else None
    lw = lead_words(doc) if lead is None else lead
    return {
        "rid": rid, "doc": doc.id, "type": ev.type, "status": ev.status,
        "date": ev.date if (ev.date and (ev.date_granularity in (None, "day"))) else None,
        "published": (doc.published or "")[:10] or None,
        "country": loc.get("country_code"), "place": normalize(place) if place else None,
        "actors": [k for e in actors for k in _entity_keys(e, global_ids)],
        "recipients": [k for e in recipients for k in _entity_keys(e, global_ids)],
        "text": content_words(evidence), "lead": lw,
        "lead_keys": sorted(sorted((t for t in lw if weight(t) >= C.LEAD_KEY_MIN_WEIGHT),
                                   key=lambda t: (-weight(t), t))[:C.LEAD_KEYS]),
    }


def keys_of(f: dict[str, Any]) -> list[str]:
    """Index keys: a stored report is a candidate for a new one when they share a key.

    The keys are the rarest words (by fixed corpus frequency) of the article's title and lead:
    articles telling one story nearly always share one, others rarely (94% and 0.6% of dev
    same-event and random same-day pairs), so candidate lists stay short even for actors named in
    every other article (participant keys would return half the store for «السعودية»).
    """
    return [f"w:{t}" for t in f.get("lead_keys") or ()]


def _named(keys) -> set[str]:
    return {k for k in keys if k.startswith("id:")} if C.CONFLICT_NEEDS_IDS else set(keys)


def _role_conflict(mine: list[str], other_all: set[str], theirs: list[str], mine_all: set[str]) -> bool:
    """Both reports fill a role, and neither's filler appears anywhere in the other report."""
    return bool(mine) and bool(theirs) and not (set(mine) & other_all) and not (set(theirs) & mine_all)


def conflict(f1: dict[str, Any], f2: dict[str, Any]) -> str | None:
    """Why two reports cannot be one event (None if nothing rules it out). Symmetric."""
    if f2["rid"] < f1["rid"]:
        f1, f2 = f2, f1
    if f1["doc"] == f2["doc"]:
        return "same article"
    if not compatible_types(f1["type"], f2["type"]):
        return f"type {f1['type']}/{f2['type']}"
    p1, p2 = _day(f1["published"]), _day(f2["published"])
    if p1 and p2 and abs((p1 - p2).days) > C.PUBLISHED_WINDOW_DAYS:
        return "published too far apart"
    d1, d2 = _day(f1["date"]), _day(f2["date"])
    if d1 and d2 and abs((d1 - d2).days) > C.DATE_WINDOW_DAYS:
        return f"date {f1['date']}/{f2['date']}"
    if f1["country"] and f2["country"] and f1["country"] != f2["country"]:
        return f"country {f1['country']}/{f2['country']}"
    if ("denied" in (f1["status"], f2["status"])) and f1["status"] != f2["status"]:
        return f"status {f1['status']}/{f2['status']}"
    all1 = set(f1["actors"]) | set(f1["recipients"])
    all2 = set(f2["actors"]) | set(f2["recipients"])
    # only identified (knowledge-base) participants can conflict: unnamed ones («مسلحين», «قوة») and
    # their roles are too noisy to keep two reports apart
    for role in ("actors", "recipients"):
        if _role_conflict(_named(f1[role]), _named(all2), _named(f2[role]), _named(all1)):
            return f"different {role}"
    return None


def compare(f1: dict[str, Any], f2: dict[str, Any]) -> dict[str, Any]:
    """Decide whether two reports are one event: ``{"match", "score", "scores", "agree", "conflict"}``.

    Symmetric: the result does not depend on the argument order.
    """
    if f2["rid"] < f1["rid"]:
        f1, f2 = f2, f1
    out: dict[str, Any] = {"match": False, "score": 0.0, "scores": {}, "agree": [], "conflict": None}
    out["conflict"] = conflict(f1, f2)
    if out["conflict"] is not None:
        return out
    if not set(keys_of(f1)) & set(keys_of(f2)):  # never a candidate of the other: no link (order-free)
        return out
    all1 = set(f1["actors"]) | set(f1["recipients"])
    all2 = set(f2["actors"]) | set(f2["recipients"])
    d1, d2 = _day(f1["date"]), _day(f2["date"])
    shared = sorted(all1 & all2)
    scores = {
        "text": round(overlap(f1["text"], f2["text"]), 3),
        "lead": round(overlap(f1["lead"], f2["lead"]), 3),
        "participants": min(len({k.split(":", 1)[1] for k in shared}), 2) / 2.0,
        "type": 1.0 if f1["type"] == f2["type"] else 0.0,
        "date": 1.0 if (d1 and d2 and d1 == d2) else 0.0,
    }
    score = round(sum(C.WEIGHTS[k] * v for k, v in scores.items()), 3)
    agree = [k for k, v in scores.items() if v > 0]
    if f1["place"] and f2["place"] and f1["place"] == f2["place"]:
        agree.append("place")
    out.update(score=score, scores=scores, agree=agree, shared=shared)
    if shared:
        out["match"] = score >= C.MATCH_THRESHOLD
    else:  # linked by the story's words alone (participants missing or named differently)
        out["match"] = (score >= C.MATCH_THRESHOLD and scores["lead"] >= C.LEAD_ONLY_THRESHOLD
                        and scores["text"] >= C.TEXT_ONLY_THRESHOLD)
    if not out["match"] and scores["type"] and scores["lead"] >= C.STORY_THRESHOLD:
        out["match"] = True  # two tellings of one story: an event of the same type in both is the same
        out["agree"].append("story")
    return out
