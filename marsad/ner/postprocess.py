"""Rules applied to the CRF's tags (ANERcorp scheme), each checked on ANERcorp train and dev.

- :func:`join_names`: a person name the CRF split in two (B-PERS right after a PERS token:
  «مها» «أحمد», «محمد» «عبدالله القرقاوي») is one name, unless the second part starts with the
  conjunction و or follows a comma (ANERcorp tags adjacent names as one span in all but such lists).
- :func:`join_abd_names`: a compound first name written as one word (عبدربه، عبدالله) the CRF left out
  before a person name is part of it (no such case in ANERcorp train or dev, where the CRF gets
  them: neutral there; «عبدربه منصور هادي» in the news).
- :func:`quoted_titles`: a quoted title right after a word that introduces a work
  (برنامج « الناس وأنا », رواية « أولاد حارتنا », ``work_triggers.txt``) becomes MISC when the model
  tagged none of it.
- :func:`propagate_spans`: a multi-token entity the model tagged in one sentence is tagged again where
  the same words occur untagged in the other sentences of the document (one sense per discourse:
  «البنك التجاري» found once is found everywhere; the first word may carry proclitics: للبنك التجاري).

See MODEL_CARD.md for what each adds on dev and on jackknifed train tags.
"""

from __future__ import annotations

import re
from collections import Counter

from marsad.ner import lexicon
from marsad.ner.evaluate import bio_spans
from marsad.ner.features import norm_token, proclitic_forms

#: Opening quote -> its closing quote.
_QUOTES = {"«": "»", '"': '"', "“": "”", "'": "'"}
#: The longest quoted title (tokens) taken as one work.
MAX_TITLE = 6
_ARABIC_WORD = re.compile(r"^[\u0621-\u064a]+$")


def join_names(tokens: list[str], tags: list[str]) -> list[str]:
    """``tags`` with a B-PERS right after a PERS token turned into I-PERS (one name), see above."""
    out = list(tags)
    for i in range(1, len(out)):
        if (out[i] == "B-PERS" and out[i - 1] in ("B-PERS", "I-PERS") and not tokens[i].startswith("و")
                and tokens[i - 1] not in (",", "،")):
            out[i] = "I-PERS"
    return out


def join_abd_names(tokens: list[str], tags: list[str]) -> list[str]:
    """``tags`` with an untagged «عبد…» compound first name written as one word (عبدربه، عبدالله)
    right before a person name joined to it: «عبدربه منصور هادي» is one name."""
    out = list(tags)
    for i in range(1, len(out)):
        if out[i] == "B-PERS" and out[i - 1] == "O":
            n = norm_token(tokens[i - 1])
            if n.startswith("عبد") and len(n) > 4 and _ARABIC_WORD.match(tokens[i - 1]):
                out[i - 1], out[i] = "B-PERS", "I-PERS"
    return out


def quoted_titles(tokens: list[str], tags: list[str]) -> list[str]:
    """``tags`` with untagged quoted titles after a work word (``work_triggers.txt``) tagged MISC."""
    trig = lexicon.word_list("work_triggers.txt")
    out = list(tags)
    n = len(tokens)
    for i in range(n - 2):
        close = _QUOTES.get(tokens[i + 1])
        if close is None or not any(r in trig for _p, r in proclitic_forms(norm_token(tokens[i]))):
            continue
        for j in range(i + 2, min(n, i + 3 + MAX_TITLE)):
            if tokens[j] == close:
                if j > i + 2 and all(t == "O" for t in out[i + 2 : j]):
                    out[i + 2] = "B-MISC"
                    out[i + 3 : j] = ["I-MISC"] * (j - i - 3)
                break
    return out


def _key(first: str, rest: list[str]) -> tuple[str, ...]:
    return (proclitic_forms(first)[-1][1], *rest)


def _phrases(tokens: list[str], tags: list[str]) -> Counter:
    """(key, type) of every multi-token entity of one sentence."""
    c: Counter = Counter()
    norms = None
    for a, b, typ in bio_spans(tags):
        if b - a >= 2:
            norms = norms or [norm_token(t) for t in tokens]
            c[(_key(norms[a], norms[a + 1 : b]), typ)] += 1
    return c


def propagate_spans(sentences: list[list[str]], tags: list[list[str]], window: int | None
                    ) -> list[list[str]]:
    """Tag untagged repeats of multi-token entities found in the other sentences of the document.

    ``window`` sentences either side are the document (``None``: all of ``sentences``). Where the
    context gave one phrase several types, the most frequent wins (then the alphabetically first).
    """
    found = [_phrases(s, t) for s, t in zip(sentences, tags, strict=True)]
    n = len(sentences)
    w = n if window is None else window
    ctx: Counter = Counter()  # phrases of sentences i-w .. i+w (a sliding window)
    for j in range(min(n, w + 1)):
        ctx.update(found[j])
    out: list[list[str]] = []
    for i, (sent, tg) in enumerate(zip(sentences, tags, strict=True)):
        if i > 0:
            if i + w < n:
                ctx.update(found[i + w])
            if i - w - 1 >= 0:
                ctx.subtract(found[i - w - 1])
                for k in found[i - w - 1]:
                    if ctx[k] <= 0:
                        del ctx[k]
        out.append(_retag(sent, tg, ctx, found[i]) if ctx else list(tg))
    return out


def _retag(sent: list[str], tg: list[str], ctx: Counter, own: Counter) -> list[str]:
    """One sentence's tags with the phrases of ``ctx`` (less its own, ``own``) tagged where untagged."""
    firsts = {k[0] for k, _t in ctx}
    norms = [norm_token(t) for t in sent]
    starts = [a for a in range(len(sent) - 1) if tg[a] == "O" and proclitic_forms(norms[a])[-1][1] in firsts]
    if not starts:
        return list(tg)
    best: dict[tuple[str, ...], tuple[int, str]] = {}
    for (k, typ), c in ctx.items():
        c -= own.get((k, typ), 0)
        if c > 0 and (k not in best or (-c, typ) < (-best[k][0], best[k][1])):
            best[k] = (c, typ)
    if not best:
        return list(tg)
    longest = max(len(k) for k in best)
    new = list(tg)
    end = 0
    for a in starts:
        if a < end:
            continue
        for size in range(min(longest, len(sent) - a), 1, -1):
            if any(t != "O" for t in new[a : a + size]):
                continue
            hit = best.get(_key(norms[a], norms[a + 1 : a + size]))
            if hit:
                new[a] = f"B-{hit[1]}"
                new[a + 1 : a + size] = [f"I-{hit[1]}"] * (size - 1)
                end = a + size
                break
    return new
