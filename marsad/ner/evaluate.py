"""Entity-level precision, recall and F1 with conlleval rules (exact span and type)."""

from __future__ import annotations

from collections.abc import Iterable


def bio_spans(tags: Iterable[str]) -> list[tuple[int, int, str]]:
    """Entity chunks ``(start, end, type)`` from a BIO/IOB tag sequence, following conlleval.

    A chunk starts at B-X, at I-X after O or after a different type, and ends before the next
    chunk start or O.
    """
    spans: list[tuple[int, int, str]] = []
    start, typ = None, None
    tags = list(tags)
    for i, tag in enumerate(tags + ["O"]):
        if tag in ("O", "", "_") or "-" not in tag:
            prefix, t = "O", None
        else:
            prefix, t = tag.split("-", 1)
        starts = prefix == "B" or (prefix == "I" and (typ is None or t != typ)) or prefix == "S"
        ends = typ is not None and (prefix == "O" or starts or t != typ)
        if ends:
            spans.append((start, i, typ))
            start, typ = None, None
        if starts:
            start, typ = i, t
        if prefix in ("E", "S") and typ is not None:
            spans.append((start, i + 1, typ))
            start, typ = None, None
    return spans


def score(gold: list[list[str]], pred: list[list[str]]) -> dict[str, dict[str, float]]:
    """Per-type and ``micro`` precision/recall/F1 (and counts) over sentences of BIO tags."""
    counts: dict[str, list[int]] = {}  # type -> [tp, n_pred, n_gold]
    for g, p in zip(gold, pred, strict=True):
        gs, ps = set(bio_spans(g)), set(bio_spans(p))
        for s in gs:
            counts.setdefault(s[2], [0, 0, 0])[2] += 1
        for s in ps:
            c = counts.setdefault(s[2], [0, 0, 0])
            c[1] += 1
            if s in gs:
                c[0] += 1
    out: dict[str, dict[str, float]] = {}
    tot = [0, 0, 0]
    for t in sorted(counts):
        out[t] = _prf(*counts[t])
        tot = [a + b for a, b in zip(tot, counts[t], strict=True)]
    out["micro"] = _prf(*tot)
    return out


def _prf(tp: int, npred: int, ngold: int) -> dict[str, float]:
    p = tp / npred if npred else 0.0
    r = tp / ngold if ngold else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {"precision": p, "recall": r, "f1": f, "tp": tp, "pred": npred, "gold": ngold}


def format_table(scores: dict[str, dict[str, float]]) -> str:
    """A plain-text table of :func:`score`'s result."""
    lines = [f"{'type':<8}{'prec':>8}{'rec':>8}{'F1':>8}{'gold':>7}{'pred':>7}"]
    for t, s in scores.items():
        lines.append(f"{t:<8}{s['precision']:>8.4f}{s['recall']:>8.4f}{s['f1']:>8.4f}{s['gold']:>7}{s['pred']:>7}")
    return "\n".join(lines)
