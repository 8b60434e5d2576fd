"""Scoring predicted events against gold articles (``marsad eval events GOLD.jsonl``).

A predicted event matches a gold event of the same article when the types agree (the untyped
score drops this) and at least one participant agrees: Arabic surface forms after normalisation
(gold ``text``/``aliases`` against the predicted actor's name, aliases and mention surfaces, either
containing the other) or Latin names. Gold events without participants match on the evidence
sentence (overlap). Matching is one-to-one, greedy by agreement strength.
"""

from __future__ import annotations

import hashlib
import json
import re
import unicodedata
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from marsad.arabic.normalize import normalize
from marsad.document import Actor, Document, Event
from marsad.errors import InputError

_STRIP_RE = re.compile(r"[^\w ]")


def _norm(s: str) -> str:
    s = _STRIP_RE.sub(" ", normalize(s or ""))
    words = [w[2:] if w.startswith("ال") and len(w) > 4 else w for w in s.split()]
    return " ".join(words)


def load_gold(path: str | Path) -> list[dict[str, Any]]:
    """Gold articles from a JSONL file (one article per line)."""
    p = Path(path)
    if not p.exists():
        raise InputError(f"gold file not found: {p}")
    out = []
    for n, line in enumerate(p.read_text(encoding="utf-8").splitlines(), 1):
        if line.strip():
            try:
                out.append(json.loads(line))
            except json.JSONDecodeError as exc:
                raise InputError(f"{p}:{n}: not JSON ({exc.msg})") from None
    return out


def attach_texts(articles: list[dict[str, Any]], news_dir: str | Path) -> list[dict[str, Any]]:
    """Fill in ``text`` of gold records that carry only a SaudiNewsNet id (``snn-DATE-INDEX``)
    from the corpus's daily zips (the text may not be shipped with the annotations)."""
    import zipfile

    days: dict[str, list[dict[str, Any]]] = {}
    for art in articles:
        if art.get("text"):
            continue
        m = re.fullmatch(r"snn-(\d{4}-\d{2}-\d{2})-(\d+)", art.get("id", ""))
        if not m:
            raise InputError(f"gold record {art.get('id')!r} has no text and no SaudiNewsNet id")
        day, idx = m.group(1), int(m.group(2))
        if day not in days:
            zp = Path(news_dir) / f"{day}.zip"
            if not zp.exists():
                raise InputError(f"gold record {art['id']} needs {zp}, which is missing")
            with zipfile.ZipFile(zp) as z:
                days[day] = json.loads(z.read(f"{day}.json"))
        rec = days[day][idx]
        art["text"] = rec["content"]
        art.setdefault("url", rec.get("url"))
    return articles


def split_of(doc_id: str) -> str:
    """The fixed split of a dev article: ``heldout`` for about a third (by id hash), else ``tune``."""
    return "heldout" if int(hashlib.sha1(doc_id.encode()).hexdigest()[:8], 16) % 3 == 0 else "tune"


def _actor_forms(doc: Document, aid: str) -> tuple[set[str], str]:
    a: Actor | None = doc.actor(aid)
    if a is None:
        return {_norm(aid)}, ""
    forms = {_norm(a.name_ar)} | {_norm(x) for x in a.aliases}
    forms |= {_norm(doc.text[s:e]) for s, e in a.mentions}
    return {f for f in forms if f}, (a.name or "").lower()


def participant_match(gold: dict[str, Any], forms: set[str], latin: str) -> bool:
    """Whether a gold participant and a predicted actor (its normalised forms) agree."""
    gforms = {_norm(gold.get("text", ""))} | {_norm(x) for x in gold.get("aliases") or []}
    gforms = {g for g in gforms if g}
    forms = {_norm(f) for f in forms}
    for g in gforms:
        for f in forms:
            if len(f) >= 3 and len(g) >= 3 and (f in g or g in f):
                return True
    name = (gold.get("name") or "").lower()
    return bool(name and latin and len(latin) >= 4 and (latin in name or name in latin))


def _span_of(text: str, evidence: str) -> tuple[int, int] | None:
    if not evidence:
        return None
    i = text.find(evidence)
    if i >= 0:
        return i, i + len(evidence)
    m = re.search(r"\s+".join(re.escape(w) for w in evidence.split()[:12]), text)
    return (m.start(), m.start() + len(evidence)) if m else None


@dataclass
class _Pair:
    gold: dict[str, Any]
    pred: Event
    score: float


def _pair_score(doc: Document, g: dict[str, Any], ev: Event, typed: bool,
                forms: dict[str, tuple[set[str], str]]) -> float:
    if typed and g["type"] != ev.type:
        return 0.0
    gparts = (g.get("actors") or []) + (g.get("recipients") or [])
    if gparts:
        hits = sum(1 for gp in gparts if any(participant_match(gp, *forms[a]) for a in ev.actors + ev.recipients))
        return float(hits) if hits else 0.0
    span = _span_of(doc.text, g.get("evidence", ""))
    if span and ev.evidence and ev.evidence[0] < span[1] and span[0] < ev.evidence[1]:
        return 0.5
    return 0.0


def match(doc: Document, gold_events: list[dict[str, Any]], typed: bool = True) -> list[_Pair]:
    """One-to-one matching of gold and predicted events of one article."""
    ids = {a for ev in doc.events for a in ev.actors + ev.recipients}
    forms = {a: _actor_forms(doc, a) for a in ids}
    cands = []
    for gi, g in enumerate(gold_events):
        for pi, ev in enumerate(doc.events):
            s = _pair_score(doc, g, ev, typed, forms)
            if s > 0:
                cands.append((s, -abs(gi - pi), gi, pi))
    cands.sort(reverse=True)
    used_g: set[int] = set()
    used_p: set[int] = set()
    out = []
    for s, _, gi, pi in cands:
        if gi in used_g or pi in used_p:
            continue
        used_g.add(gi)
        used_p.add(pi)
        out.append(_Pair(gold_events[gi], doc.events[pi], s))
    _swap_for_agreement(out, {(gi, pi): s for s, _, gi, pi in cands}, gold_events, doc.events)
    return out


def _agreement(g: dict[str, Any], ev: Event) -> int:
    place = int(bool(g.get("location")) and _place_ok(ev.location, g["location"])[1])
    return place + int(bool(g.get("date")) and ev.date == g["date"])


def _swap_for_agreement(pairs: list[_Pair], scores: dict[tuple[int, int], float],
                        gold_events: list[dict[str, Any]], events: list[Event]) -> None:
    """Exchange the partners of two matched pairs when both exchanged pairs score the same as before
    and agree better on place and date: events the coder split per place («strikes on Ibb, Amran,
    Hodeidah …») pair with the gold event of their place, not by list order. The number of pairs
    and their scores do not change."""
    gi_of = {id(g): i for i, g in enumerate(gold_events)}
    pi_of = {id(e): i for i, e in enumerate(events)}
    changed = True
    while changed:
        changed = False
        for a in range(len(pairs)):
            for b in range(a + 1, len(pairs)):
                x, y = pairs[a], pairs[b]
                ga, pa, gb, pb = gi_of[id(x.gold)], pi_of[id(x.pred)], gi_of[id(y.gold)], pi_of[id(y.pred)]
                if scores.get((ga, pb)) != x.score or scores.get((gb, pa)) != y.score:
                    continue
                before = _agreement(x.gold, x.pred) + _agreement(y.gold, y.pred)
                if _agreement(x.gold, y.pred) + _agreement(y.gold, x.pred) > before:
                    x.pred, y.pred = y.pred, x.pred
                    changed = True


def _prf(tp: float, npred: float, ngold: float) -> dict[str, float]:
    p = tp / npred if npred else 0.0
    r = tp / ngold if ngold else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {"p": round(p, 4), "r": round(r, 4), "f1": round(f, 4), "tp": tp, "pred": npred, "gold": ngold}


def _role_counts(doc: Document, pair: _Pair) -> tuple[int, int, int]:
    tp = npred = ngold = 0
    for role, grole in (("actors", "actors"), ("recipients", "recipients")):
        golds = pair.gold.get(grole) or []
        preds = getattr(pair.pred, role)
        ngold += len(golds)
        npred += len(preds)
        used: set[str] = set()
        for gp in golds:
            for a in preds:
                if a not in used and participant_match(gp, *_actor_forms(doc, a)):
                    used.add(a)
                    tp += 1
                    break
    return tp, npred, ngold


def _fold_latin(name: str) -> str:
    """A Latin place name compared without case, diacritics, apostrophes or hyphens: «Al-Anad Air Base» is
    «Al Anad Air Base», «Ta’if» is «Taif»."""
    bare = "".join(c for c in unicodedata.normalize("NFKD", name) if not unicodedata.combining(c))
    bare = re.sub(r"[’‘'`ʿʾ]", "", bare.lower())
    return re.sub(r"[\s\-–]+", " ", bare).strip()


def _place_ok(pred: dict[str, Any] | None, gold: dict[str, Any]) -> tuple[bool, bool]:
    if not pred:
        return False, False
    country = bool(gold.get("country")) and pred.get("country_code") == gold.get("country")
    names = {_norm(pred.get("extracted_place") or ""), _norm(pred.get("resolved_place") or "")}
    gname = _norm(gold.get("text") or "")
    latin = _fold_latin(pred.get("resolved_place") or "")
    glatin = _fold_latin(gold.get("name") or "")
    name_ok = any(n and gname and (n in gname or gname in n) for n in names) or bool(
        latin and glatin and (latin.split(",")[0] in glatin or glatin.split(",")[0] in latin))
    return country, country and name_ok


def score(articles: Iterable[dict[str, Any]], run: Callable[[Document], Document]) -> dict[str, Any]:
    """Score ``run`` (a pipeline) on gold articles; per split and overall."""
    acc: dict[str, dict[str, float]] = {}
    per_doc = []

    def bump(split: str, key: str, v: float) -> None:
        for s in (split, "all"):
            acc.setdefault(s, {}).setdefault(key, 0.0)
            acc[s][key] += v

    for art in articles:
        doc = run(Document(id=art["id"], text=art["text"], published=art.get("published"), url=art.get("url")))
        gold = art.get("events") or []
        split = split_of(art["id"])
        typed = match(doc, gold, typed=True)
        untyped = match(doc, gold, typed=False)
        bump(split, "gold", len(gold))
        bump(split, "pred", len(doc.events))
        bump(split, "typed_tp", len(typed))
        bump(split, "untyped_tp", len(untyped))
        for pr in typed:
            tp, npred, ngold = _role_counts(doc, pr)
            bump(split, "role_tp", tp)
            bump(split, "role_pred", npred)
            bump(split, "role_gold", ngold)
            if pr.gold.get("date"):
                bump(split, "date_n", 1)
                bump(split, "date_ok", float(pr.pred.date == pr.gold["date"]))
            if pr.gold.get("location"):
                c_ok, full_ok = _place_ok(pr.pred.location, pr.gold["location"])
                bump(split, "place_n", 1)
                bump(split, "place_country_ok", float(c_ok))
                bump(split, "place_ok", float(full_ok))
            gm = pr.gold.get("mode")
            bump(split, "mode_n", 1)
            bump(split, "mode_ok", float((gm or None) == (pr.pred.mode[0] if pr.pred.mode else None)))
            bump(split, "status_ok", float(pr.gold.get("status", "happened") == pr.pred.status))
        per_doc.append({"id": art["id"], "split": split, "gold": len(gold), "pred": len(doc.events),
                        "typed_tp": len(typed)})
    out: dict[str, Any] = {}
    for split, a in acc.items():
        g = a.get
        out[split] = {
            "articles": sum(1 for d in per_doc if split in ("all", d["split"])),
            "typed": _prf(g("typed_tp", 0), g("pred", 0), g("gold", 0)),
            "untyped": _prf(g("untyped_tp", 0), g("pred", 0), g("gold", 0)),
            "role": _prf(g("role_tp", 0), g("role_pred", 0), g("role_gold", 0)),
            "date_accuracy": round(g("date_ok", 0) / g("date_n", 1), 4) if g("date_n") else None,
            "date_n": int(g("date_n", 0)),
            "place_accuracy": round(g("place_ok", 0) / g("place_n", 1), 4) if g("place_n") else None,
            "place_country_accuracy": round(g("place_country_ok", 0) / g("place_n", 1), 4) if g("place_n") else None,
            "place_n": int(g("place_n", 0)),
            "mode_accuracy": round(g("mode_ok", 0) / g("mode_n", 1), 4) if g("mode_n") else None,
            "status_accuracy": round(g("status_ok", 0) / g("mode_n", 1), 4) if g("mode_n") else None,
        }
    out["documents"] = per_doc
    return out


def oracle_actors(art: dict[str, Any], doc: Document) -> None:
    """Diagnostics only: actors made from the gold participants' surfaces found in the text."""
    seen: dict[str, Actor] = {}
    for ev in art.get("events") or []:
        for p in (ev.get("actors") or []) + (ev.get("recipients") or []):
            key = p.get("name") or p.get("text")
            if key in seen:
                continue
            a = Actor(id=f"G{len(seen) + 1}", name_ar=p["text"], kind=p.get("kind") or "PER",
                      name=p.get("name") or "", country=p.get("country"))
            for form in [p["text"]] + list(p.get("aliases") or []):
                for mt in re.finditer(re.escape(form), doc.text):
                    a.mentions.append((mt.start(), mt.end()))
            if a.mentions:
                seen[key] = a
    doc.actors.extend(seen.values())


def format_report(res: dict[str, Any]) -> str:
    """A plain-text table of the scores."""
    lines = []
    for split in ("tune", "heldout", "all"):
        if split not in res:
            continue
        r = res[split]
        lines.append(f"[{split}] {r['articles']} articles")
        for k in ("typed", "untyped", "role"):
            v = r[k]
            lines.append(f"  {k:8s} P={v['p']:.3f} R={v['r']:.3f} F1={v['f1']:.3f}  (tp={v['tp']:g} pred={v['pred']:g} gold={v['gold']:g})")
        for k in ("date_accuracy", "place_accuracy", "place_country_accuracy", "mode_accuracy", "status_accuracy"):
            v = r[k]
            n = r["date_n"] if k.startswith("date") else r["place_n"] if k.startswith("place") else None
            lines.append(f"  {k:24s} {'-' if v is None else f'{v:.3f}'}" + (f"  (n={n})" if n is not None else ""))
    return "\n".join(lines)
