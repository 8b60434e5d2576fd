"""Stage ``ner``: named entities (learned CRF), title phrases and numbers (rules).

Layers added:
- ``entities``: PERS, ORG, LOC, GPE (a LOC that the gazetteer knows as a country or city), MISC;
  a leading proclitic (و ف ب ل ك) of the first token is left out of the span when the gazetteer,
  the word list or the ``clitics`` layer shows it is one (بالرباط → الرباط); attrs ``text_norm`` (normal form; a
  fused لل that cannot be cut out of the span is restored to ال there: للولايات → الولايات).
  An organisation named in a title's complement (مديرة المركز الوطني للاستخبارات) that the model
  missed is added as ORG with attrs ``source: "title complement"``. A region head (منطقة، إقليم,
  ``region_heads.txt``) followed by a name the geo gazetteer knows as a region, an administrative area
  or a continent is added as LOC when the model tagged none of it (attrs ``source: "geo region"``;
  the span includes the head when the gazetteer names the region with it: منطقة الساحل).
  A person named right after an institution head (مركز الملك سلمان للإغاثة, جامعة الملك سعود) is
  part of an ORG spanning head, name and complement (attrs ``source: "institution"``;
  :mod:`marsad.ner.institutions`). A country name the model missed (المملكة المغربية) is added as
  GPE (:mod:`marsad.ner.countries`).
- ``titles``: office phrases (label TITLE; attrs ``text_norm``).
- ``numbers``: NUMBER, MONEY, PERCENT (attrs ``text_norm``).
"""

from __future__ import annotations

import functools

from marsad.arabic.normalize import normalize, normalize_with_map
from marsad.document import Document, Span
from marsad.ner import lexicon
from marsad.ner.countries import country_phrases
from marsad.ner.evaluate import bio_spans
from marsad.ner.features import _multi_first, norm_token, proclitic_forms
from marsad.ner.institutions import institution_phrases
from marsad.ner.model import default_tagger
from marsad.ner.numbers import find_numbers
from marsad.ner.titles import complement_organisation, find_titles
from marsad.pipeline import Stage, register_stage

_CLITIC_LETTERS = set("وفبلك")


@functools.cache
def _vocab_rank() -> dict[str, int]:
    return {w: i for i, w in enumerate(lexicon.clusters())}


def _known(form: str) -> bool:
    gz = lexicon.gazetteer()
    return (form,) in gz or form in _multi_first()


def proclitic_strip(token: str, clitic_prefix: str = "") -> int:
    """How many characters of ``token`` (source text) are a proclitic outside the entity.

    ``clitic_prefix`` is the proclitic string the ``clitics`` layer found (e.g. ``"ب"``), if any.
    """
    n = norm_token(token)
    if _known(n) or len(n) < 4:
        return 0
    ranks = _vocab_rank()
    strip = ""
    for p, r in proclitic_forms(n)[1:]:
        if not p or not set(p) <= _CLITIC_LETTERS or n.startswith("لل"):
            continue
        if _known(r) or r.startswith("ال") or (n not in ranks and r in ranks) or p == clitic_prefix:
            strip = p
            break
    if not strip:
        return 0
    nm = normalize_with_map(token)
    return nm.offsets[len(strip)] if len(strip) < len(nm.offsets) else 0


def _canonical(text_norm: str) -> str:
    """The normal form with a fused لل restored to ال (للولايات المتحدة → الولايات المتحده)."""
    first, _, rest = text_norm.partition(" ")
    if first.startswith("لل") and len(first) > 4:
        cand = "ال" + first[2:]
        if _known(cand) or cand in _vocab_rank():
            return f"{cand} {rest}".strip()
    return text_norm


_REGION_KINDS = frozenset({"region", "admin", "continent"})


def _is_region(toks: tuple[str, ...]) -> bool:
    from marsad.geo.gazetteer import gazetteer as geo_gazetteer

    gz = geo_gazetteer()
    ids = gz.index.get(toks[0], {}).get(toks) if toks else None
    return bool(ids) and any(gz.places[i].kind in _REGION_KINDS for i in ids)


def region_phrase(norms: list[str], i: int) -> tuple[int, int] | None:
    """The LOC span ``(start, end)`` for a region head at token ``i`` (منطقة الساحل), if any.

    ``norms`` are the sentence's normalised tokens; the longest geo-gazetteer region name after the
    head wins; the head is inside the span when the gazetteer's name includes it.
    """
    if norms[i] not in lexicon.word_list("region_heads.txt"):
        return None
    for j in range(min(len(norms), i + 5), i + 1, -1):
        if _is_region(tuple(norms[i:j])):
            return i, j
        if _is_region(tuple(norms[i + 1 : j])):
            return i + 1, j
    return None


def _gpe(text_norm: str) -> bool:
    gz = lexicon.gazetteer()
    toks = tuple(text_norm.split())
    variants = {toks}
    if toks and toks[0].startswith("ال"):
        variants.add((toks[0][2:], *toks[1:]))
    elif toks:
        variants.add(("ال" + toks[0], *toks[1:]))
    return any(gz.get(v, frozenset()) & {"COUNTRY", "CITY"} for v in variants)


@register_stage
class NerStage(Stage):
    """Tag entities with the packaged CRF; find titles and numbers with rules."""

    name = "ner"
    version = "2"
    requires = ("sentences", "tokens")
    provides = ("entities", "titles", "numbers")

    def __call__(self, doc: Document) -> Document:
        text = doc.text
        toks = doc.layer("tokens")
        # the proclitic string of each token, from the clitics layer (و, ب, وب …; ال left out)
        tok_pro: dict[int, str] = {}
        if doc.layer("clitics"):
            cl = doc.layer("clitics")
            k = 0
            for t in toks:
                s = ""
                while k < len(cl) and cl[k].start < t.start:
                    k += 1
                j = k
                while j < len(cl) and cl[j].end <= t.end and cl[j].label == "PROCLITIC":
                    form = cl[j].attrs.get("form", "")
                    if form in _CLITIC_LETTERS:
                        s += form
                    j += 1
                tok_pro[t.start] = s
        sents: list[list[Span]] = []
        si = 0
        for sent in doc.layer("sentences"):
            cur = []
            while si < len(toks) and toks[si].start < sent.end:
                if toks[si].start >= sent.start:
                    cur.append(toks[si])
                si += 1
            if cur:
                sents.append(cur)
        words = [[text[t.start : t.end] for t in s] for s in sents]
        tags = default_tagger().tag_sentences(words, window=None)
        entities: list[Span] = []
        titles: list[Span] = []
        numbers: list[Span] = []
        for sent, ws, tg in zip(sents, words, tags, strict=True):
            pers: set[int] = set()
            tagged: set[int] = set()
            spans = bio_spans(tg)
            norms = [norm_token(w) for w in ws]
            in_spans = {t for a, b, _typ in spans for t in range(a, b)}
            spans += [(a, b, "LOC") for a, b, _iso in country_phrases(norms, in_spans)]  # tagged GPE below
            absorbed: dict[int, tuple[int, int]] = {k: (i, e) for i, e, k in institution_phrases(norms, spans)}
            for k, (a, b, typ) in enumerate(spans):
                if k in absorbed:  # «مركز الملك سلمان للإغاثة»: the person names an institution
                    a, b = absorbed[k]
                    typ = "ORG"
                tagged.update(range(a, b))
                start = sent[a].start + proclitic_strip(ws[a], tok_pro.get(sent[a].start, ""))
                end = sent[b - 1].end
                tn = _canonical(normalize(text[start:end]))
                label = "GPE" if typ == "LOC" and _gpe(tn) else typ
                attrs = {"text_norm": tn, "source": "institution"} if k in absorbed else {"text_norm": tn}
                entities.append(Span(start, end, label, attrs))
                if typ == "PERS":
                    pers.update(range(a, b))
            for a, b in find_titles(ws, pers):
                start = sent[a].start + proclitic_strip(ws[a], tok_pro.get(sent[a].start, ""))
                tn = normalize(text[start : sent[b - 1].end])
                titles.append(Span(start, sent[b - 1].end, "TITLE", {"text_norm": tn}))
                org = complement_organisation(ws, a, b)
                if org and not tagged.intersection(range(*org)):
                    s, e = sent[org[0]].start, sent[org[1] - 1].end
                    entities.append(Span(s, e, "ORG", {"text_norm": normalize(text[s:e]),
                                                       "source": "title complement"}))
                    tagged.update(range(*org))
            heads = lexicon.word_list("region_heads.txt")
            for i, n in enumerate(norms):
                reg = region_phrase(norms, i) if n in heads else None
                if reg and not tagged.intersection(range(i, reg[1])):
                    s, e = sent[reg[0]].start, sent[reg[1] - 1].end
                    entities.append(Span(s, e, "LOC", {"text_norm": normalize(text[s:e]), "source": "geo region"}))
                    tagged.update(range(*reg))
            for a, b, label in find_numbers(ws):
                numbers.append(Span(sent[a].start, sent[b - 1].end, label,
                                    {"text_norm": normalize(text[sent[a].start : sent[b - 1].end])}))
        doc.add_layer("entities", entities)
        doc.add_layer("titles", titles)
        doc.add_layer("numbers", numbers)
        return doc
