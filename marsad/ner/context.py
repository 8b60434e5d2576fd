"""Document-context features for the second CRF pass (two-stage tagging).

The first pass tags every sentence; then each word gets, as extra features, the entity types the
first pass gave the same word (clitic-stripped form) in the *other* sentences of its document (or,
without document boundaries, in the ``window`` sentences either side). This lets a name recognised
in one sentence ("البنك التجاري الدولي") be recognised again where its local context is weak.
"""

from __future__ import annotations

from collections import Counter

from marsad.ner.features import norm_token, proclitic_forms

#: Sentences either side that count as a document's context when boundaries are unknown.
WINDOW = 20


def _key(tok: str) -> str | None:
    forms = proclitic_forms(norm_token(tok))
    k = forms[-1][1]
    return k if len(k) >= 2 and any(c.isalpha() for c in k) else None


def _votes(tokens: list[str], tags: list[str]) -> Counter:
    c: Counter = Counter()
    for tok, tag in zip(tokens, tags, strict=True):
        if tag != "O" and "-" in tag:
            k = _key(tok)
            if k:
                c[(k, tag.split("-", 1)[1])] += 1
    return c


def context_features(sentences: list[list[str]], tags: list[list[str]], window: int | None = WINDOW
                     ) -> list[list[list[str]]]:
    """Per sentence, per token: extra features from first-pass tags of the other sentences.

    ``window=None`` treats all ``sentences`` as one document.
    """
    votes = [_votes(s, t) for s, t in zip(sentences, tags, strict=True)]
    total: Counter = Counter()
    if window is None:
        for v in votes:
            total.update(v)
    out: list[list[list[str]]] = []
    n = len(sentences)
    for i, sent in enumerate(sentences):
        if window is None:
            ctx = total - votes[i]
        else:
            ctx = Counter()
            for j in range(max(0, i - window), min(n, i + window + 1)):
                if j != i:
                    ctx.update(votes[j])
        by_key: dict[str, list[tuple[int, str]]] = {}
        for (k, t), c in ctx.items():
            by_key.setdefault(k, []).append((c, t))
        feats: list[list[str]] = []
        keys = [_key(tok) for tok in sent]
        for k in keys:
            f: list[str] = []
            if k and k in by_key:
                c, t = max(by_key[k])
                f.append(f"dc={t}")
                f.append(f"dc{min(c, 3)}={t}")
            feats.append(f)
        for idx in range(len(sent)):
            for d in (-1, 1):
                j = idx + d
                if 0 <= j < len(sent):
                    feats[idx].extend(f"{d}{x}" for x in feats[j] if x.startswith("dc="))
        out.append(feats)
    return out
