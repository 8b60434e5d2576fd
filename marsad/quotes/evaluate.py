"""Quote agreement with gold quotes (the events-dev.jsonl form: speaker_text, cue, content).

Gold lists at most five quotes per article, so precision against it is not meaningful; reported:
recall (a predicted quote whose content covers at least half of the gold content's words), speaker
agreement over the found ones (one speaker text contains the other, normal form), cue agreement,
and the mean word-overlap F1 of the contents.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from marsad.arabic.normalize import normalize
from marsad.document import Quote
from marsad.quotes.extract import extract_quotes
from marsad.temporal.eval_events import gold_documents


def _words(s: str) -> list[str]:
    return [w for w in normalize(s).replace("«", " ").replace("»", " ").split() if any(c.isalpha() for c in w)]


def _overlap(pred: str, gold: str) -> tuple[float, float]:
    p, g = _words(pred), _words(gold)
    if not p or not g:
        return 0.0, 0.0
    gs, ps = set(g), set(p)
    inter = len(gs & ps)
    rec, prec = inter / len(gs), inter / len(ps)
    return rec, (2 * rec * prec / (rec + prec) if rec + prec else 0.0)


def _same_speaker(pred: str | None, gold: str) -> bool:
    if not pred:
        return False
    p, g = normalize(pred), normalize(gold)
    return p in g or g in p


def evaluate_quotes(path: str | Path, prepare=None) -> dict[str, Any]:
    """Score :func:`extract_quotes` on a gold file; ``prepare(doc)`` may run earlier stages first."""
    gold_n = found = spk = cue = 0
    f1_sum = 0.0
    predicted = 0
    errors: list[dict[str, Any]] = []
    for doc, rec in gold_documents(path):
        if prepare is not None:
            doc = prepare(doc)
        quotes: list[Quote] = doc.quotes if doc.quotes else extract_quotes(doc)
        predicted += len(quotes)
        for g in rec.get("quotes", []):
            gold_n += 1
            best = None
            for q in quotes:
                r, f = _overlap(doc.text[q.content[0] : q.content[1]], g["content"])
                if r >= 0.5 and (best is None or f > best[1]):
                    best = (q, f)
            if best is None:
                errors.append({"doc": doc.id, "gold_speaker": g["speaker_text"], "gold_content": g["content"][:80],
                               "pred": None})
                continue
            q, f = best
            found += 1
            f1_sum += f
            sp = q.attrs.get("speaker_text")
            ok = _same_speaker(sp, g["speaker_text"])
            spk += ok
            cue += normalize(q.attrs.get("cue", "")) in normalize(g["cue"]) or normalize(g["cue"]) in normalize(q.attrs.get("cue", "") or "-")
            if not ok:
                errors.append({"doc": doc.id, "gold_speaker": g["speaker_text"], "pred_speaker": sp,
                               "content": g["content"][:60]})
    return {
        "gold_quotes": gold_n, "found": found, "recall": found / gold_n if gold_n else 0.0,
        "speaker_agreement": spk / found if found else 0.0, "cue_agreement": cue / found if found else 0.0,
        "content_f1": f1_sum / found if found else 0.0, "predicted_quotes": predicted, "errors": errors,
    }
