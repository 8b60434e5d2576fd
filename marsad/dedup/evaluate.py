"""Scoring report merging on a dedup gold file (``../shared/data/events-dev/dedup-dev.json`` form).

The gold holds ``clusters`` (articles reporting one event) and ``near_misses`` (look-alike pairs
that report different events), with ids ``snn-YYYY-MM-DD-N``: article N (0-based) of the day's
SaudiNewsNet zip. The articles (and optionally the first N of each day as distractors) go through
the full ingest pipeline into a temporary SQLite store; the exported PLOVER events are then read:

* pair recall: share of same-event article pairs that share an exported event (also given that
  both articles have events at all: the merger's part, apart from the events stage's coverage);
* look-alike rate: share of look-alike pairs that do;
* pair precision: among linked pairs of gold articles, the share that are same-event pairs.

An article stored as a duplicate of another (exact or near copy) counts as that article. Clusters
and look-alike pairs are split into a tune half (even positions) and a held-out half (odd).
"""

from __future__ import annotations

import io
import json
import tempfile
import time
import zipfile
from functools import cache
from itertools import combinations
from pathlib import Path
from typing import Any


@cache
def _day(news: str, day: str) -> list[dict]:
    with zipfile.ZipFile(Path(news) / f"{day}.zip") as z:
        return json.loads(z.read(z.namelist()[0]))


def article(news: str, aid: str) -> dict:
    """The SaudiNewsNet article of gold id ``snn-YYYY-MM-DD-N``."""
    _, y, m, d, n = aid.split("-")
    return _day(news, f"{y}-{m}-{d}")[int(n)]


def _record(aid: str, art: dict, day: str) -> dict:
    return {"id": aid, "text": art.get("content") or "", "title": art.get("title") or None,
            "url": art.get("url") or None, "published": day, "site": art.get("source") or None}


def _pairs(gold: dict, half: str | None) -> tuple[list[tuple[str, str]], list[tuple[str, str]]]:
    def keep(i: int) -> bool:
        return half is None or (i % 2 == 0) == (half == "tune")

    same = [tuple(sorted(p)) for i, c in enumerate(gold["clusters"]) if keep(i)
            for p in combinations(c["articles"], 2)]
    near = [tuple(sorted((n["a"], n["b"]))) for i, n in enumerate(gold["near_misses"]) if keep(i)]
    return same, near


def ingest_articles(ids: list[str], news: str, db: str, distractors: int = 0) -> dict[str, Any]:
    """Ingest the gold articles (and distractors) through the full pipeline; returns timing."""
    from marsad.ingest.readers import record_input
    from marsad.ingest.runner import run_inputs
    from marsad.store import Store

    days = sorted({"-".join(a.split("-")[1:4]) for a in ids})
    wanted = list(ids)
    for day in days:
        wanted += [f"snn-{day}-{i}" for i in range(min(distractors, len(_day(news, day))))]
    wanted = list(dict.fromkeys(wanted))
    raws = []
    for aid in wanted:
        day = "-".join(aid.split("-")[1:4])
        raws.append(record_input(f"{aid}", _record(aid, article(news, aid), day)))
    store = Store(db)
    t0 = time.perf_counter()
    summary = run_inputs(raws, store, progress=False)
    secs = time.perf_counter() - t0
    stored = store.count_events()
    merger = dict(getattr(store.event_writer, "stats", {}))
    store.close()
    return {"articles": len(raws), "seconds": round(secs, 2), "coded": summary.coded,
            "duplicates": summary.duplicates, "failed": summary.failed, "events": summary.events,
            "stored_events": stored, "merger": merger}


def linked_events(db: str) -> dict[str, set[str]]:
    """Document id → ids of the exported events it is a source of (duplicates take their original's)."""
    from marsad.export import write_export
    from marsad.store import Store

    store = Store(db)
    buf = io.StringIO()
    write_export(store, "plover", buf)
    out: dict[str, set[str]] = {}
    for line in buf.getvalue().splitlines():
        if line.strip():
            rec = json.loads(line)
            for s in rec["sources"]:
                out.setdefault(s["doc_id"], set()).add(rec["id"])
    for d in store.documents():
        if d.get("duplicate_of"):
            out[d["id"]] = out.get(d["duplicate_of"], set())
    store.close()
    return out


def score(gold: dict, events: dict[str, set[str]], half: str | None = None) -> dict[str, Any]:
    """Pair recall, look-alike rate and pair precision of ``events`` (doc → event ids)."""
    same, near = _pairs(gold, half)

    def linked(a: str, b: str) -> bool:
        return bool(events.get(a, set()) & events.get(b, set()))

    cluster_of = {a: i for i, c in enumerate(gold["clusters"]) for a in c["articles"]}
    arts = sorted(set(cluster_of) | {x for p in near for x in p})
    if half is not None:
        keep = {x for p in same + near for x in p}
        arts = [a for a in arts if a in keep]
    tp = fp = 0
    for a, b in combinations(arts, 2):
        if linked(a, b):
            if a in cluster_of and cluster_of.get(a) == cluster_of.get(b):
                tp += 1
            else:
                fp += 1
    hit = sum(linked(a, b) for a, b in same)
    bad = sum(linked(a, b) for a, b in near)
    # the merger's own share: pairs whose two articles both have events (coverage is the events stage's)
    coded = [(a, b) for a, b in same if events.get(a) and events.get(b)]
    return {
        "pairs": len(same), "pair_recall": round(hit / len(same), 3) if same else None,
        "pairs_with_events": len(coded),
        "recall_given_events": round(sum(linked(a, b) for a, b in coded) / len(coded), 3) if coded else None,
        "look_alikes": len(near), "look_alike_rate": round(bad / len(near), 3) if near else None,
        "pair_precision": round(tp / (tp + fp), 3) if tp + fp else None,
        "articles_with_events": sum(1 for a in arts if events.get(a)), "articles": len(arts),
    }


def evaluate(gold_path: str, news: str, distractors: int = 0, db: str | None = None) -> dict[str, Any]:
    """Ingest, export and score; returns the figures overall and for the tune / held-out halves."""
    gold = json.loads(Path(gold_path).read_text("utf-8"))
    ids = [a for c in gold["clusters"] for a in c["articles"]]
    ids += [x for n in gold["near_misses"] for x in (n["a"], n["b"])]
    ids = list(dict.fromkeys(ids))
    with tempfile.TemporaryDirectory() as tmp:
        path = db or str(Path(tmp) / "dedup-eval.db")
        run = ingest_articles(ids, news, path, distractors)
        events = linked_events(path)
    return {"run": run, "all": score(gold, events), "tune": score(gold, events, "tune"),
            "held_out": score(gold, events, "held-out")}


def report_lines(res: dict[str, Any]) -> list[str]:
    """Human-readable lines of an :func:`evaluate` result."""
    r = res["run"]
    lines = [f"ingested {r['articles']} articles in {r['seconds']} s ({r['coded']} coded, "
             f"{r['duplicates']} duplicates, {r['failed']} failed; {r['events']} reports → "
             f"{r['stored_events']} stored events)"]
    m = r.get("merger") or {}
    if m.get("articles"):
        lines.append(f"merger: {1000 * m['seconds'] / m['articles']:.1f} ms per article with events, "
                     f"{m['candidates'] / max(m['reports'], 1):.1f} candidates and "
                     f"{m['edges'] / max(m['reports'], 1):.2f} links per report")
    for name in ("all", "tune", "held_out"):
        s = res[name]
        lines.append(f"{name:<9} pair recall {s['pair_recall']} ({s['pairs']} pairs; "
                     f"{s['recall_given_events']} of the {s['pairs_with_events']} whose articles both have events)  "
                     f"look-alike rate "
                     f"{s['look_alike_rate']} ({s['look_alikes']} pairs)  pair precision {s['pair_precision']}  "
                     f"articles with events {s['articles_with_events']}/{s['articles']}")
    return lines
