"""Score :func:`resolve_dates` against TimeML (TIMEX3) files: detection P/R/F and value accuracy.

The anchor of each document is its creation time: a ``<DCT>`` element or a TIMEX3 with
``functionInDocument="CREATION_TIME"`` when the file has one, else ``default_dct``. The Arabic
TimeML sample in ../shared/data/timeml has none; its annotators resolved every «اليوم» to
2015-12-24, so that is the default anchor for it (``marsad eval dates --dct`` overrides).
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from marsad.errors import InputError
from marsad.temporal.resolver import Timex, resolve_dates

DEFAULT_DCT = date(2015, 12, 24)
_TAG = re.compile(r"<(/?)([A-Za-z0-9_]+)([^>]*)>")
_ATTR = re.compile(r'(\w+)="([^"]*)"')


@dataclass(slots=True)
class GoldTimex:
    """A TIMEX3 of a TimeML file, with offsets into the file's plain text."""

    start: int
    end: int
    text: str
    type: str
    value: str


@dataclass
class TimeMLDoc:
    """The plain text of one TimeML file, its TIMEX3s and its creation time (if stated)."""

    name: str
    text: str
    timexes: list[GoldTimex] = field(default_factory=list)
    dct: date | None = None


def read_tml(path: str | Path) -> TimeMLDoc:
    """Parse one TimeML file (tolerant of the loose XML in the Arabic sample)."""
    raw = Path(path).read_text(encoding="utf-8-sig")
    body_start = raw.find("<TimeML")
    raw = raw[raw.find(">", body_start) + 1 :] if body_start >= 0 else raw
    out: list[str] = []
    pos = 0
    n = 0
    open_tx: tuple[int, dict[str, str]] | None = None
    doc = TimeMLDoc(Path(path).name, "")
    gold: list[GoldTimex] = []
    for m in _TAG.finditer(raw):
        chunk = html.unescape(raw[pos : m.start()]).replace("\ufeff", "")
        out.append(chunk)
        n += len(chunk)
        pos = m.end()
        closing, tag, attrs = m.group(1), m.group(2), dict(_ATTR.findall(m.group(3)))
        if tag == "TIMEX3" and not closing:
            if attrs.get("functionInDocument") == "CREATION_TIME" and attrs.get("value", "")[:10].count("-") == 2:
                doc.dct = date.fromisoformat(attrs["value"][:10])
            open_tx = (n, attrs)
        elif tag == "TIMEX3" and closing and open_tx:
            s, a = open_tx
            gold.append(GoldTimex(s, n, "", a.get("type", ""), a.get("value", "")))
            open_tx = None
        elif tag == "DCT" and closing is False:
            pass
    tail = html.unescape(raw[pos:]).replace("\ufeff", "")
    out.append(tail)
    doc.text = "".join(out)
    for g in gold:
        g.text = doc.text[g.start : g.end]
    if doc.dct is None:
        m = re.search(r"<DCT>\s*<TIMEX3[^>]*value=\"(\d{4}-\d{2}-\d{2})", Path(path).read_text(encoding="utf-8-sig"))
        if m:
            doc.dct = date.fromisoformat(m.group(1))
    doc.timexes = gold
    return doc


def value_matches(pred: Timex, gold: GoldTimex) -> bool:
    """Whether a predicted value equals the gold TIMEX3 value (a TIME keeps only its date part)."""
    pv = pred.timeml
    if pv is None:
        return False
    gv = gold.value
    if gold.type == "TIME":
        gv = gv.split("T")[0]
    return pv == gv


def evaluate(paths: list[Path], default_dct: date = DEFAULT_DCT) -> dict[str, Any]:
    """Detection precision/recall/F1 (overlap), value accuracy over matched and over all gold."""
    n_gold = n_pred = n_match = n_correct = 0
    errors: list[dict[str, str]] = []
    for p in sorted(paths):
        doc = read_tml(p)
        preds = resolve_dates(doc.text, doc.dct or default_dct)
        n_gold += len(doc.timexes)
        n_pred += len(preds)
        used: set[int] = set()
        for g in doc.timexes:
            best = None
            for k, pr in enumerate(preds):
                if k not in used and pr.start < g.end and g.start < pr.end:
                    best = k
                    break
            if best is None:
                errors.append({"doc": doc.name, "gold": g.text, "value": g.value, "pred": "-"})
                continue
            used.add(best)
            n_match += 1
            if value_matches(preds[best], g):
                n_correct += 1
            else:
                errors.append({"doc": doc.name, "gold": g.text, "value": g.value,
                               "pred": f"{preds[best].text} → {preds[best].timeml}"})
    prec = n_match / n_pred if n_pred else 0.0
    rec = n_match / n_gold if n_gold else 0.0
    f1 = 2 * prec * rec / (prec + rec) if prec + rec else 0.0
    return {
        "documents": len(paths), "gold": n_gold, "predicted": n_pred, "matched": n_match,
        "precision": prec, "recall": rec, "f1": f1,
        "value_accuracy": n_correct / n_match if n_match else 0.0,
        "value_recall": n_correct / n_gold if n_gold else 0.0,
        "errors": errors,
    }


def tml_paths(target: str | Path) -> list[Path]:
    """The .tml files of a directory (or the one file given)."""
    p = Path(target)
    if p.is_dir():
        paths = sorted(p.glob("*.tml"))
    elif p.is_file():
        paths = [p]
    else:
        raise InputError(f"no such file or directory: {p}")
    if not paths:
        raise InputError(f"no .tml files in {p}")
    return paths
