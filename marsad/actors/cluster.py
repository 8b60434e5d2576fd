"""Within one document: entity mentions → actors (one per person, organisation or state).

Person mentions are reduced to a *name key* (honorifics, office heads and the article dropped, normal
form): عبد اللطيف حموشي → (عبد, لطيف, حموشي), الحموشي → (حموشي,). Full names open clusters (longest
first); a shorter mention joins the one cluster whose name contains it as a contiguous run, or
whose surname or (non-compound) first name it is — never when two clusters qualify, so two
different "محمد …" stay apart. Organisations cluster on equal keys; states (GPE) on their ISO-3 code.
Offices, country and sector come from title phrases before a mention and appositions after it
(:mod:`marsad.actors.offices`), and from the ``titles`` layer's phrases adjacent to a mention when
that layer is present (both are read; offices are de-duplicated).
"""

from __future__ import annotations

import functools
from collections import Counter
from dataclasses import dataclass, field

from marsad.actors.offices import (
    Title,
    Tok,
    best_sector,
    core,
    cores,
    lexicons,
    match,
    parse_title,
    render,
    tokenize,
)
from marsad.actors.translit import rules, transliterate
from marsad.arabic.normalize import normalize
from marsad.document import Actor, Document, Mention, Span

#: Window sizes (words) for title phrases before a mention and appositions after it.
BEFORE_WORDS = 12
AFTER_WORDS = 16
_QUOTES = set('"\'“”«»‘’')
_PROCLITICS = set("وفبلك")
_COMPOUND_FIRST = {"عبد", "ابو", "ام", "ابن", "بن", "بنت"}


@functools.cache
def _compound_first() -> set[str]:
    return _COMPOUND_FIRST | {core(w) for w in rules()["compound_prefixes"]}


@functools.cache
def _document_country_offices() -> frozenset[str]:
    import json

    from marsad.actors.offices import RES

    return frozenset(json.loads((RES / "sectors.json").read_text("utf-8"))["document_country_offices"])


@functools.cache
def _honorifics() -> dict[tuple[str, ...], bool]:
    return {k: True for k in lexicons().honorifics}


def name_words(text: str, person: bool = True) -> tuple[list[Tok], int]:
    """The words of the name proper in a mention, and how many leading words were titles/honorifics.

    For a person, a title after the name (محمد بن سلمان ولي ولي العهد) is left out too.
    """
    toks = [t for t in tokenize(text) if not t.is_punct or t.norm == "."]
    lex = lexicons()
    i = 0
    while i < len(toks):
        n, _ = match(toks, i, _honorifics())
        if n:
            i += n
            continue
        n, _ = match(toks, i, lex.heads)
        if n and i + n < len(toks):
            i += n
            continue
        break
    words = [t for t in toks[i:] if not t.is_punct]
    if person:
        for k in range(2, len(words)):
            if match(words, k, lex.heads)[0]:
                words = words[:k]
                break
    return words, i


def name_key(text: str, person: bool = True) -> tuple[tuple[str, ...], int]:
    """The name key of a person/organisation mention and how many leading words were titles/honorifics."""
    words, i = name_words(text, person)
    key = []
    for t in words:
        c = core(t.text)
        if c.startswith("عبدال") and len(c) > 6:  # عبدالعزيز = عبد العزيز
            key += ["عبد", c[5:]]
        else:
            key.append(c)
    if key and key[0].startswith("لل") and len(key[0]) > 4:
        key[0] = key[0][2:]  # ل + ال: للأمم المتحدة = الأمم المتحدة
    return tuple(key), i


@dataclass
class Cluster:
    """A document-local actor under construction."""

    kind: str
    key: tuple[str, ...]
    mentions: list[tuple[int, int, str]] = field(default_factory=list)
    titles: list[Title] = field(default_factory=list)
    country: str | None = None
    countries: Counter = field(default_factory=Counter)
    affiliation: str | None = None

    @property
    def full_text(self) -> str:
        """The most complete mention, as a name: «للأمم المتحدة» (ل + ال, which the text fuses) reads
        «الأمم المتحدة»."""
        text = max((m[2] for m in self.mentions), key=lambda s: (len(s.split()), len(s)))
        if text.startswith("لل") and len(text.split()[0]) > 4:
            text = "ال" + text[2:]
        return text


_PATRONYMIC = {"بن", "ابن", "بنت", "ولد"}
_JOIN_NEXT = {"عبد", "ابو", "بو", "ال"}  # ال: the normal form of آل (آل سعود)
_JOIN_PREV = {"الله", "دين"}  # نصر الله، صلاح الدين


def name_units(key: tuple[str, ...]) -> tuple[str, ...]:
    """Name key words grouped into name units: (سلمان, بن, عبد عزيز), (حسن, نصر الله)."""
    out: list[str] = []
    join = False
    for w in key:
        if out and (join or w in _JOIN_PREV):
            out[-1] += " " + w
        else:
            out.append(w)
        join = w in _JOIN_NEXT
    return tuple(out)


def surname(key: tuple[str, ...]) -> str | None:
    """The family name unit of a full name key, or None (one unit, or a father's name: بن سلمان)."""
    u = name_units(key)
    if len(u) < 2 or u[-2] in _PATRONYMIC or u[-1] in _PATRONYMIC:
        return None
    return u[-1]


def _is_sub(short: tuple[str, ...], full: tuple[str, ...]) -> bool:
    """``short`` is a run of whole name units of ``full`` not starting with a father's name (بن سلمان ≠ سلمان)."""
    su, fu = name_units(short), name_units(full)
    n = len(su)
    return any(fu[i : i + n] == su and not (i > 0 and fu[i - 1] in _PATRONYMIC)
               for i in range(len(fu) - n + 1))


def _person_clusters(items: list[tuple[Span, tuple[str, ...], str]]) -> list[tuple[Cluster, list[Span]]]:
    """Cluster person mentions (span, key, text); full names first."""
    clusters: list[tuple[Cluster, list[Span]]] = []
    order = sorted(range(len(items)), key=lambda i: (-len(items[i][1]), items[i][0].start))
    for i in order:
        span, key, text = items[i]
        if not key:
            continue
        exact = [c for c in clusters if c[0].key == key]
        if exact:
            target = exact[0]
        else:
            cands = [c for c in clusters if _is_sub(key, c[0].key) and not (
                len(key) == 1 and key[0] in _compound_first())]
            if len(key) == 1 and not cands:
                cands = []
            target = cands[0] if len(cands) == 1 else None
        if target is None:
            clusters.append((Cluster("PER", key), [span]))
        else:
            target[1].append(span)
    return clusters


def _window_before(toks: list[Tok], idx: int, stop_at: int, through_quotes: bool = False) -> list[Tok]:
    """Words before a mention, back to punctuation (quote marks crossed only with ``through_quotes``:
    مركز التفكير الأمريكي “معهد هدسون”, but not «تم وضع مئير اتينغر)."""
    out: list[Tok] = []
    j = idx - 1
    while j >= 0 and len(out) < BEFORE_WORDS and toks[j].end > stop_at:
        t = toks[j]
        if t.is_punct and (t.text not in _QUOTES or not through_quotes):
            break
        if not t.is_punct:
            out.append(t)
        j -= 1
    return list(reversed(out))


@functools.cache
def _head_firsts() -> frozenset[str]:
    return frozenset(k[0] for k in lexicons().heads)


def _window_after(toks: list[Tok], idx: int, stop_at: int) -> list[Tok]:
    """Words of an apposition: ``X، TITLE،`` or ``X TITLE`` (an office head right after the name)."""
    if idx >= len(toks):
        return []
    if toks[idx].norm in (",", "-"):
        j = idx + 1
        if j < len(toks) and core(toks[j].text) not in _head_firsts():
            return []  # X، ووزير … is a list of people, X، الذي … a clause
    elif core(toks[idx].text) in _head_firsts():
        j = idx  # عادل الجبير وزير الخارجية … (not ووزير: a coordinated person)
    else:
        return []
    out: list[Tok] = []
    while j < len(toks) and len(out) < AFTER_WORDS and toks[j].start < stop_at:
        t = toks[j]
        if t.is_punct and t.text not in _QUOTES:
            break
        if not t.is_punct:
            out.append(t)
        j += 1
    return out


def _country_right_before(words: list[Tok]) -> str | None:
    """A nationality adjective just before the name: الرهينة الفرنسية إيزابيل بريم → FRA."""
    if not words:
        return None
    lex = lexicons()
    for k in (2, 1):
        if len(words) >= k:
            n, iso = match(words, len(words) - k, lex.countries)
            if n == k:
                return str(iso)
    return None


def _title_before(words: list[Tok]) -> Title | None:
    """The title phrase that ends the window: starts at the last office head not inside an earlier one."""
    lex = lexicons()
    starts = []
    i = 0
    while i < len(words):
        n, _ = match(words, i, lex.heads)
        if n:
            starts.append(i)
            i += n
        else:
            i += 1
    for s in reversed(starts):
        t = parse_title(words[s:], transliterate)
        if t is not None:
            return t
    # no head: a bare country adjective right before the name (الإسباني X) says little; skip
    return None


def main_country(doc: Document, toks: list[Tok]) -> str | None:
    """The country the document is most about (most frequent country name or adjective)."""
    lex = lexicons()
    counts: Counter = Counter()
    i = 0
    while i < len(toks):
        n, iso = match(toks, i, lex.countries)
        if n:
            counts[iso] += 1
            i += n
        else:
            i += 1
    if not counts:
        return None
    (iso, c), *rest = counts.most_common(2) + [(None, 0)]
    return iso if c >= 2 and c > rest[0][1] else None


def _country_of_text(text: str) -> str | None:
    toks = tokenize(text)
    n, iso = match(toks, 0, lexicons().countries)
    return str(iso) if n and n == len([t for t in toks if not t.is_punct]) else None


def _surname_mentions(doc: Document, toks: list[Tok], clusters: list[tuple[Cluster, list[Span]]],
                      ents: list[Span]) -> None:
    """Add mentions the tagger missed: a full name's surname standing alone (… جمعت الحموشي بمسؤولين)."""
    lex = lexicons()
    taken = [(s.start, s.end) for s in ents]
    owners: dict[str, list[int]] = {}
    for i, (cl, _spans) in enumerate(clusters):
        sur = surname(cl.key)
        if sur and " " not in sur:
            owners.setdefault(sur, []).append(i)
    firsts = {cl.key[0] for cl, _ in clusters}
    for sur, idx in owners.items():
        if len(idx) != 1 or len(sur) < 4 or sur in firsts or sur in _compound_first():
            continue
        if (sur,) in lex.heads or (sur,) in lex.glossary or (sur,) in lex.countries:
            continue
        cl, spans = clusters[idx[0]]
        for t in toks:
            if t.is_punct or sur not in cores(t.norm):
                continue
            if any(a < t.end and t.start < b for a, b in taken):
                continue
            if len(t.norm) != len(t.text):  # diacritics: offsets of the core are not exact
                continue
            rest = t.norm[: len(t.norm) - len(sur)]
            article = rest.endswith("ال")
            pre = rest[:-2] if article else rest
            if not (pre in ("", "و") or (article and pre in ("ف", "ب", "ل", "ك", "وب", "ول"))):
                continue  # لصالح is "in favour of", not the surname صالح
            sp = Span(t.start + len(pre), t.end, "PERS", {"source": "surname"})
            spans.append(sp)
            taken.append((sp.start, sp.end))


def build_actors(doc: Document) -> tuple[list[Actor], list[Mention]]:
    """Cluster the document's entities into actors (local ids L1, L2 …) and mentions."""
    ents = [s for s in doc.layer("entities") if s.label in ("PERS", "PER", "ORG", "GPE", "LOC")]
    if not ents:
        return [], []
    toks = tokenize(doc.text)
    starts = [t.start for t in toks]
    titles_layer = doc.layer("titles")
    import bisect

    def tok_index(offset: int) -> int:
        return bisect.bisect_left(starts, offset)

    per_items: list[tuple[Span, tuple[str, ...], str]] = []
    org: dict[tuple[str, ...], tuple[Cluster, list[Span]]] = {}
    gpe: dict[str, tuple[Cluster, list[Span]]] = {}
    span_start: dict[int, int] = {}  # span id → start of the name proper (after titles)
    for s in ents:
        text = doc.span_text(s)
        key, skip = name_key(text, person=s.label in ("PERS", "PER"))
        if skip:
            words = [t for t in tokenize(text, s.start) if not t.is_punct]
            span_start[id(s)] = words[skip].start if skip < len(words) else s.start
        if s.label in ("PERS", "PER"):
            per_items.append((s, key, text))
        elif s.label == "ORG":
            if key:
                org.setdefault(key, (Cluster("ORG", key), []))[1].append(s)
        else:
            iso = _country_of_text(text)
            if iso:
                gpe.setdefault(iso, (Cluster("GPE", (iso,), country=iso), []))[1].append(s)
    per_clusters = _person_clusters(per_items)
    _surname_mentions(doc, toks, per_clusters, ents)
    clusters = per_clusters + list(org.values()) + list(gpe.values())
    clusters.sort(key=lambda c: min(sp.start for sp in c[1]))
    per_bounds = sorted((s.start, s.end) for s in ents if s.label in ("PERS", "PER"))
    doc_country = main_country(doc, toks)

    actors: list[Actor] = []
    mentions: list[Mention] = []
    for n, (cl, spans) in enumerate(clusters, 1):
        lid = f"L{n}"
        offices: list[str] = []
        office_ar: list[str] = []
        sectors: list[str] = []
        countries: Counter = Counter()
        found_any: list[Title] = []
        for sp in sorted(spans, key=lambda x: x.start):
            start = span_start.get(id(sp), sp.start)
            if start == sp.start and doc.text[start : start + 1] in _PROCLITICS and doc.text[start + 1 : start + 3] == "ال":
                start += 1  # a proclitic the tagger left in the span: بالمغرب → المغرب
            text = doc.text[start : sp.end]
            cl.mentions.append((start, sp.end, text))
            mentions.append(Mention(start, sp.end, text, cl.kind, lid))
            if cl.kind == "GPE":
                continue
            prev_end = max([e for b, e in per_bounds if e <= sp.start] or [0])
            next_start = min([b for b, e in per_bounds if b >= sp.end] or [len(doc.text)])
            ti = tok_index(sp.start)
            tj = tok_index(sp.end)
            found: list[Title] = []
            if cl.kind == "PER" and sp.start != start:  # the entity span itself holds the title (الرئيس X)
                t = parse_title(tokenize(doc.text[sp.start:start], sp.start), transliterate)
                if t:
                    found.append(t)
            if cl.kind == "PER":  # … or ends with one (محمد بن سلمان ولي ولي العهد)
                words = [w for w in tokenize(text, start) if not w.is_punct]
                for k in range(2, len(words)):
                    if match(words, k, lexicons().heads)[0]:
                        t = parse_title(words[k:], transliterate)
                        if t:
                            found.append(t)
                        break
            lay = [t for t in titles_layer if t.end <= sp.start and not doc.text[t.end : sp.start].strip(" \u0640")
                   or (t.start >= sp.end and doc.text[sp.end : t.start].strip() in ("،", ","))]
            for t in lay if cl.kind == "PER" else []:
                pt = parse_title(tokenize(doc.span_text(t), t.start), transliterate)
                if pt:
                    found.append(pt)
            if cl.kind == "PER":
                wb = _window_before(toks, ti, prev_end)
                if not wb and ti > 0 and toks[ti - 1].norm == ",":  # هدد وزير الدفاع الإسرائيلي، موشيه يعلون
                    wb = _window_before(toks, ti - 1, prev_end)
                t = _title_before(wb)
                if t:
                    found.append(t)
                else:
                    iso = _country_right_before(wb)
                    if iso:
                        countries[iso] += 1
            if cl.kind == "PER":
                after = _window_after(toks, tj, next_start)
                if after and next_start < len(doc.text) and not doc.text[after[-1].end : next_start].strip():
                    after = []  # عادل الجبير السفير الأمريكي جوزيف ويستفول: the title is the next name's
                t = parse_title(after, transliterate) if after else None
                if t:
                    found.append(t)
            if cl.kind == "ORG":  # a country in the name or right after it (… بالمملكة الإسبانية)
                words = [t for t in tokenize(text, start) if not t.is_punct]
                for k in range(len(words)):
                    m_ = match(words, k, lexicons().countries)
                    if m_[0]:
                        countries[m_[1]] += 2
                nxt = toks[tj : tj + 4]
                if nxt and nxt[0].norm == "في":
                    nxt = nxt[1:]
                elif nxt and not nxt[0].norm.startswith("ب"):
                    nxt = []  # only a place complement: … بالمملكة الإسبانية, … في إسبانيا
                m_ = match(nxt, 0, lexicons().countries)
                if m_[0]:
                    countries[m_[1]] += 2
                iso = _country_right_before(_window_before(toks, ti, prev_end, through_quotes=True))
                if iso:  # مركز التفكير الأمريكي “معهد هدسون”
                    countries[iso] += 1
            found_any += [t for t in found if t.offices]
            for t in found:
                for o in t.offices:
                    if o not in offices:
                        offices.append(o)
                if t.offices and t.office_ar not in office_ar:
                    office_ar.append(t.office_ar)
                sectors += t.sectors
                if t.country:
                    countries[t.country] += 1
        from_document = False
        if cl.kind == "GPE":
            name = lexicons().country_names.get(cl.country or "", cl.country or "")
            country, sector = cl.country, "GOV"
        elif cl.kind == "ORG":
            words = [t for t in tokenize(cl.full_text) if not t.is_punct]
            name, secs = render(words, transliterate)
            sectors += secs
            sector = best_sector(sectors)
            country = countries.most_common(1)[0][0] if countries and sector != "IGO" else None
        else:
            words, _skip = name_words(cl.full_text)
            name = transliterate(" ".join(w.text for w in words) or cl.full_text)
            country = countries.most_common(1)[0][0] if countries else None
            national = any({"وطني", "وطنيه"}.intersection(cores(normalize(w))) for oa in office_ar
                           for w in oa.split()) or any(
                o in _document_country_offices() for o in offices)
            from_document = country is None and national and doc_country and "IGO" not in sectors
            if from_document:
                country = doc_country  # a "national" office with no country named: the document's country
            sector = best_sector(sectors)
            if found_any and all(t.former for t in found_any):
                sector = "ELI"  # former officials (السابق، الأسبق)
        a = Actor(id=lid, name_ar=cl.full_text, kind=cl.kind, name=name, country=country, sector=sector,
                  office=offices, office_ar=office_ar, mentions=[(m[0], m[1]) for m in cl.mentions],
                  aliases=sorted({m[2] for m in cl.mentions}),
                  attrs={"key": list(cl.key), "source": "actors"})
        if country is None and offices and not doc_country:
            a.attrs["country_unknown"] = True
        if from_document:
            a.attrs["country_from_document"] = True  # a guess the seeded dictionary may overrule
        actors.append(a)
    mentions.sort(key=lambda m: m.start)
    return actors, mentions
