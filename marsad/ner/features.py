"""Token features for the CRF tagger: normal form, affixes, clitic-stripped forms, word clusters,
gazetteer matches (single tokens and multi-token phrases), trigger words and a ±2 window.

Features are strings (binary attributes). Everything that depends only on the token is computed
once per distinct token (cached); the per-sentence work is gazetteer phrase matching and copying
neighbours' features with a position prefix.
"""

from __future__ import annotations

import functools
import re

from marsad.arabic.normalize import normalize
from marsad.ner import lexicon

_ARABIC = re.compile(r"[\u0621-\u064a]")
_LATIN = re.compile(r"[A-Za-z]")
_DIGIT = re.compile(r"[0-9]")
_PUNCT = re.compile(r"^[^\w]+$")

#: Feature set names accepted by :func:`sentence_features` (for comparisons on dev).
FEATURE_SETS = ("full+", "full", "no_clusters", "no_gazetteer", "basic")
_CLUSTERS = {"full+", "full", "no_gazetteer"}
_GAZ = {"full+", "full", "no_clusters"}


@functools.lru_cache(maxsize=200_000)
def norm_token(tok: str) -> str:
    """The normal form of one token (marsad normalisation, Latin lower-cased)."""
    n = normalize(tok).lower()
    return n or tok


@functools.lru_cache(maxsize=200_000)
def proclitic_forms(n: str) -> tuple[tuple[str, str], ...]:
    """Candidate forms of a normalised token with proclitics (و ف ب ل ك ال) removed.

    Returns ``(prefix, rest)`` pairs, the unstripped form first; e.g. بالرباط →
    [("", بالرباط), ("ب", الرباط), ("بال", رباط)].
    """
    out = [("", n)]
    seen = {n}

    def add(p: str, r: str) -> None:
        if r not in seen and len(r) >= 2:
            seen.add(r)
            out.append((p, r))

    for p, r in list(out):
        if r[:1] in ("و", "ف") and len(r) >= 4:
            add(p + r[0], r[1:])
    for p, r in list(out):
        if r.startswith("لل") and len(r) >= 5:
            add(p + "ل", "ال" + r[2:])
        elif r[:1] in ("ب", "ل", "ك") and len(r) >= 4:
            add(p + r[0], r[1:])
    for p, r in list(out):
        if r.startswith("ال") and len(r) >= 4:
            add(p + "ال", r[2:])
    return tuple(out)  # cached per word type: callers only read it


def _shape(tok: str) -> str:
    if _PUNCT.match(tok):
        return "P"
    if _DIGIT.search(tok):
        return "D" if not _ARABIC.search(tok) else "DA"
    if _LATIN.search(tok):
        return "L"
    if _ARABIC.search(tok):
        return "A"
    return "X"


@functools.lru_cache(maxsize=200_000)
def _word(tok: str, fset: str) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """(features of the token itself, compact features shown to its neighbours)."""
    n = norm_token(tok)
    forms = proclitic_forms(n)
    stem = forms[-1][1]
    pre = forms[-1][0]
    f: list[str] = [f"w={n}", f"sh={_shape(tok)}", f"s={stem}", f"pre={pre}",
                    f"x1={n[-1:]}", f"x2={n[-2:]}", f"x3={n[-3:]}", f"p2={n[:2]}", f"p3={n[:3]}",
                    f"sx2={stem[-2:]}", f"sp2={stem[:2]}", f"len={min(len(stem), 8)}"]
    nb: list[str] = [f"w={n}", f"sh={_shape(tok)}", f"s={stem}"]
    if fset != "basic":
        trig = lexicon.word_list("triggers.tsv")
        for p, r in forms:
            t = trig.get(r)
            if t:
                tag = f"t={t}" if not p else f"ts={t}"
                f.append(tag)
                nb.append(tag)
                break
    if fset in _CLUSTERS:
        cl = lexicon.clusters()
        cid = None
        for p, r in forms:
            cid = cl.get(r) or (cl.get("ال" + r) if p.endswith("ال") else None)
            if cid:
                if p:
                    f.append("cstrip")
                break
        if cid:
            f.extend(f"c{i}={c}" for i, c in enumerate(cid))
            nb.extend((f"c1={cid[1]}", f"c2={cid[2]}"))
        else:
            f.append("c=oov")
            nb.append("c=oov")
    if fset in _GAZ:
        gz = lexicon.gazetteer()
        for p, r in forms:
            types = gz.get((r,))
            if not types and p.endswith("ال"):
                types = gz.get(("ال" + r,))
            if types:
                kind = "g" if not p else "gs"
                for t in sorted(types):
                    f.append(f"{kind}={t}")
                    nb.append(f"{kind}={t}")
                break
    return tuple(f), tuple(nb)


@functools.cache
def _multi_first() -> frozenset[str]:
    return frozenset(k[0] for k in lexicon.gazetteer() if len(k) > 1)


def phrase_matches(norms: list[str], gz: dict | None = None) -> list[tuple[int, int, frozenset[str], int]]:
    """Longest multi-token gazetteer matches ``(start, end, types, strip)`` over normalised tokens.

    The first token may match with its proclitics removed (بالولايات المتحدة → الولايات المتحدة);
    ``strip`` is the number of leading characters of the first token outside the phrase.
    """
    gz = gz if gz is not None else lexicon.gazetteer()
    first = _multi_first()
    maxlen = lexicon.gazetteer_max_len()
    out = []
    i = 0
    while i < len(norms):
        best = None
        for p, r in proclitic_forms(norms[i]):
            if p.endswith("ال") and "ال" + r in first:
                p, r = p[:-2], "ال" + r
            if r not in first:
                continue
            for j in range(min(len(norms), i + maxlen), i + 1, -1):
                types = gz.get((r, *norms[i + 1 : j]))
                if types:
                    if best is None or j > best[1]:
                        best = (i, j, types, len(p))
                    break
        if best:
            out.append(best)
            i = best[1]
        else:
            i += 1
    return out


@functools.lru_cache(maxsize=16_384)
def phrase_matches_cached(norms: tuple[str, ...]) -> tuple[tuple[int, int, frozenset[str], int], ...]:
    """:func:`phrase_matches` with the packaged gazetteer, cached per sentence: the CRF features and the
    neural stacker both need them (:meth:`marsad.ner.model.NerTagger.tag_sentences` clears the cache
    after each call)."""
    return tuple(phrase_matches(list(norms)))


def phrase_features(norms: list[str]) -> list[list[str]]:
    """Per token, the features of the gazetteer phrase matches of a sentence: gB/gI inside a match,
    gnext/gprev on the tokens just before and after it (none for a one-token sentence)."""
    out: list[list[str]] = [[] for _ in norms]
    if len(norms) > 1:
        for s, e, types, _ in phrase_matches_cached(tuple(norms)):
            for t in sorted(types):
                out[s].append(f"gB={t}")
                for k in range(s + 1, e):
                    out[k].append(f"gI={t}")
                if s > 0:
                    out[s - 1].append(f"gnext={t}")
                if e < len(norms):
                    out[e].append(f"gprev={t}")
    return out


@functools.lru_cache(maxsize=200_000)
def _neighbour(tok: str, fset: str) -> dict[int, tuple[str, ...]]:
    """A token's compact features as seen from each neighbour offset (cached per word type)."""
    compact = _word(tok, fset)[1]
    return {d: tuple(f"{d}{x}" for x in compact) for d in (-2, -1, 1, 2)}


@functools.lru_cache(maxsize=200_000)
def _kept(tok: str, fset: str, keep: frozenset[str]) -> tuple[tuple[str, ...], dict[int, tuple[str, ...]]]:
    """The token's own features and its features as a neighbour (:func:`_neighbour`), both restricted
    to ``keep`` (cached per word type)."""
    own = tuple(x for x in _word(tok, fset)[0] if x in keep)
    return own, {d: tuple(x for x in fs if x in keep) for d, fs in _neighbour(tok, fset).items()}


def sentence_features(tokens: list[str], fset: str = "full", keep: frozenset[str] | None = None
                      ) -> list[list[str]]:
    """The feature lists of every token of one sentence.

    ``keep``: the attributes a trained model knows (:func:`marsad.ner.model.known_attributes`); others
    are left out. A CRF ignores attributes it does not know, so its tags are the same, only faster
    (fewer strings to hand to crfsuite). Training passes none.
    """
    words = [_word(t, fset) for t in tokens]
    n = len(tokens)
    if keep is None:
        feats = [list(w[0]) for w in words]
        nbrs = [_neighbour(t, fset) for t in tokens]
    else:
        kept = [_kept(t, fset, keep) for t in tokens]
        feats = [list(k[0]) for k in kept]
        nbrs = [k[1] for k in kept]
    for i in range(n):
        fi = feats[i]
        for d in (-2, -1, 1, 2):
            j = i + d
            if 0 <= j < n:
                fi.extend(nbrs[j][d])
            else:
                fi.append(f"{d}BOS" if d < 0 else f"{d}EOS")
        if i > 0:
            bg = f"bg-={words[i - 1][0][0]}|{words[i][0][0]}"
            if keep is None or bg in keep:
                fi.append(bg)
        if i + 1 < n:
            bg = f"bg+={words[i][0][0]}|{words[i + 1][0][0]}"
            if keep is None or bg in keep:
                fi.append(bg)
    if fset == "full+":
        _pattern_features([w[0][0][2:] for w in words], feats)
    if fset in _GAZ and n > 1:
        for f, extra in zip(feats, phrase_features([w[0][0][2:] for w in words]), strict=True):
            f.extend(extra)
    return feats


def _nisba(n: str) -> bool:
    return n.startswith("ال") and n.endswith(("ي", "يه")) and len(n) > 4


def _pattern_features(norms: list[str], feats: list[list[str]]) -> None:
    """Mark organisation-like phrases: a head (وزارة، المركز …) + nisba adjectives (+ لل-genitive)."""
    trig = lexicon.word_list("triggers.tsv")
    i, n = 0, len(norms)
    while i < n:
        w = norms[i]
        if trig.get(w) != "OHEAD" and trig.get(w[2:] if w.startswith("ال") else w) != "OHEAD":
            i += 1
            continue
        j = i + 1
        while j < n and _nisba(norms[j]):
            j += 1
        gen = j < n and norms[j].startswith(("لل", "ل")) and len(norms[j]) > 4
        if gen:
            j += 1
            while j < n and _nisba(norms[j]):
                j += 1
        if j > i + 1:
            kind = "opg" if gen else "opa"
            feats[i].append(f"{kind}=B")
            for k in range(i + 1, j):
                feats[k].append(f"{kind}=I")
            if j < n:
                feats[j].append(f"{kind}=after")
        i = max(j, i + 1)
