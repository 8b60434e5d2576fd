"""Offices, affiliations, countries and sectors read from title phrases, plus English renderings.

A title phrase is a head (``office_heads.tsv``: مدير، وزير، المدير العام …) followed by domains
(``office_domains.tsv``: الأمن الوطني، الاستخبارات الوطنية …, else word-by-word through
``org_glossary.tsv``), conjoined with و, and a country (a name or nisba adjective from
``countries.tsv``: بالمملكة الإسبانية → ESP, السعودي → SAU). Matching is on the normal form of each
word with or without the article and the clitics و ب ل ك ف (للأمن → أمن).
"""

from __future__ import annotations

import functools
import json
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from marsad.arabic.normalize import normalize

RES = Path(__file__).resolve().parent.parent / "resources" / "actors"

_TOKEN_RE = re.compile(r"[\w\u064b-\u065f\u0670\u0640]+|[^\w\s\u064b-\u065f\u0670\u0640]")
_PREFIXES = ("وبال", "وال", "بال", "فال", "كال", "ولل", "لل", "ال", "و", "ب", "ل", "ف", "ك")


@dataclass(slots=True)
class Tok:
    """A word or punctuation mark of the text with its offsets and normal form."""

    start: int
    end: int
    text: str
    norm: str
    is_punct: bool = field(init=False)

    def __post_init__(self) -> None:
        self.is_punct = not self.norm[:1].isalnum()


def tokenize(text: str, offset: int = 0) -> list[Tok]:
    """Words and punctuation of ``text`` (offsets relative to ``offset``)."""
    return [Tok(m.start() + offset, m.end() + offset, m.group(), normalize(m.group()))
            for m in _TOKEN_RE.finditer(text)]


def core(word: str) -> str:
    """The normal form of a word without the article (a bare ال: ألماني keeps its أل)."""
    w = normalize(word)
    return w[2:] if word.lstrip().startswith("ال") and len(w) > 3 and w != "الله" else w


@functools.lru_cache(maxsize=50000)
def cores(word_norm: str) -> tuple[str, ...]:
    """Candidate cores of a normalised word: itself, then without each leading clitic/article
    (longest first; a fixed order, so matching never depends on hash order)."""
    out = [word_norm]
    for p in _PREFIXES:
        if word_norm.startswith(p) and len(word_norm) - len(p) >= 2:
            rest = word_norm[len(p):]
            if rest not in out:
                out.append(rest)
    return tuple(sorted(out, key=lambda w: (-len(w), w)))


def _key(phrase: str) -> tuple[str, ...]:
    return tuple(core(w) for w in phrase.split())


def _rows(name: str) -> list[list[str]]:
    out = []
    for line in (RES / name).read_text("utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            out.append(line.split("\t"))
    return out


@dataclass
class Lexicons:
    """The office, domain, glossary, country and honorific tables, keyed by word cores."""

    heads: dict[tuple[str, ...], tuple[str, str, bool]]
    domains: dict[tuple[str, ...], tuple[str, str]]
    glossary: dict[tuple[str, ...], tuple[str, str, str]]
    countries: dict[tuple[str, ...], str]  # names and adjectives → iso3
    country_names: dict[str, str]  # iso3 → English
    honorifics: set[tuple[str, ...]]
    sector_priority: list[str]
    maxlen: int = 6


@functools.cache
def lexicons() -> Lexicons:
    """All actor lexicons (loaded once)."""
    heads: dict[tuple[str, ...], tuple[str, str, bool]] = {}
    for ar, en, sec, is_off in _rows("office_heads.tsv"):
        k = _key(ar)
        heads[k] = (en, sec, is_off == "1")
        if not k[-1].endswith("ه"):  # feminine form: مدير → مديرة
            heads.setdefault(k[:-1] + (k[-1] + "ه",), (en, sec, is_off == "1"))
    domains = {_key(ar): (en, sec) for ar, en, sec in _rows("office_domains.tsv")}
    glossary: dict[tuple[str, ...], tuple[str, str, str]] = {}
    for row in _rows("org_glossary.tsv"):
        ar, en, pos = row[:3]
        glossary[_key(ar)] = (en, pos, row[3] if len(row) > 3 else "")
    countries: dict[tuple[str, ...], str] = {}
    names: dict[str, str] = {}
    for row in _rows("countries.tsv"):
        iso, en = row[0], row[1]
        names[iso] = en
        for col in row[2:4]:
            for f in col.split("|"):
                if f:
                    countries.setdefault(_key(f), iso)
    honor = {_key(h) for (h, *_rest) in _rows("honorifics.txt")}
    pri = json.loads((RES / "sectors.json").read_text("utf-8"))["priority"]
    return Lexicons(heads, domains, glossary, countries, names, honor, pri)


_PREFIXES_OF: dict[int, tuple[dict, frozenset]] = {}


def _key_prefixes(table: dict[tuple[str, ...], object]) -> frozenset[tuple[str, ...]]:
    """Every proper prefix of the table's keys (computed once per table)."""
    hit = _PREFIXES_OF.get(id(table))
    if hit is None or hit[0] is not table:
        hit = (table, frozenset(k[:n] for k in table for n in range(1, len(k))))
        _PREFIXES_OF[id(table)] = hit
    return hit[1]


def match(toks: list[Tok], i: int, table: dict[tuple[str, ...], object], maxlen: int = 6) -> tuple[int, object]:
    """Longest entry of ``table`` starting at word ``i`` (length, value); (0, None) if none."""
    best: tuple[int, object] = (0, None)
    prefixes = _key_prefixes(table)
    if i < len(toks):  # most words start no entry: answer those at once
        t = toks[i]
        if t.is_punct or not any((c,) in prefixes or (c,) in table for c in cores(t.norm)):
            return best
    cand: list[tuple[str, ...]] = [()]
    for j in range(i, min(len(toks), i + maxlen)):
        t = toks[j]
        if t.is_punct:
            break
        cs = cores(t.norm)
        cand = [c + (x,) for c in cand for x in cs]
        if len(cand) > 64:
            cand = cand[:64]
        live = [c for c in cand if c in prefixes or c in table]
        if not live:
            break  # no longer entry can start with any candidate
        cand = live
        for c in cand:
            if c in table:
                best = (j - i + 1, table[c])
                break
    return best


def best_sector(sectors: list[str]) -> str | None:
    """The sector with the highest priority among ``sectors``."""
    pri = lexicons().sector_priority
    sectors = [s for s in sectors if s]
    if not sectors:
        return None
    return min(sectors, key=lambda s: pri.index(s) if s in pri else len(pri))


def find_country(toks: list[Tok]) -> tuple[str | None, int]:
    """The first country named or adjectived in ``toks`` (iso3, word index), else (None, -1)."""
    lex = lexicons()
    for i in range(len(toks)):
        n, iso = match(toks, i, lex.countries)
        if n:
            return str(iso), i
    return None, -1


@dataclass
class Title:
    """What a title phrase says about an actor."""

    offices: list[str] = field(default_factory=list)
    office_ar: str = ""
    country: str | None = None
    sectors: list[str] = field(default_factory=list)
    affiliation: str | None = None
    former: bool = False

    @property
    def sector(self) -> str | None:
        return best_sector(self.sectors)


def render(toks: list[Tok], translit: Callable[[str], str] | None = None,
           office: bool = False) -> tuple[str, list[str]]:
    """English rendering of an organisation/domain phrase and the sector hints of its words.

    Arabic ``N A1 A2`` becomes ``A1 A2 N``; ``N1 N2`` becomes ``N1 of N2`` (``for`` after ل);
    words not in the glossary are proper names (transliterated) and go before the head:
    معهد هدسون → Hudson Institute. With ``office``, an unknown word ends the phrase unless it
    follows a noun that takes a name (معهد، منطقة …), and office heads inside read as nouns
    (لرئيس مجلس الوزراء → Prime Minister).
    """
    lex = lexicons()
    groups: list[dict] = []  # {"noun": str, "adjs": [..], "prep": str, "names": [..]}
    sectors: list[str] = []
    i = 0
    while i < len(toks):
        t = toks[i]
        if t.is_punct:
            i += 1
            continue
        n, dom = match(toks, i, lex.domains)
        if n:
            en, sec = dom  # type: ignore[misc]
            groups.append({"noun": en.removeprefix("the "), "adjs": [], "prep": _prep(t.norm), "names": []})
            sectors.append(sec)
            i += n
            continue
        if office:
            n, h = match(toks, i, lex.heads)
            if n:
                en = h[0].split("|")[0].removesuffix(" of")  # type: ignore[index]
                groups.append({"noun": en, "adjs": [], "prep": _prep(t.norm), "names": [], "np": False})
                if h[1]:  # type: ignore[index]
                    sectors.append(h[1])  # type: ignore[index]
                i += n
                continue
        n, g = match(toks, i, lex.glossary)
        if n:
            en, pos, sec = g  # type: ignore[misc]
            if sec:
                sectors.append(sec)
            if pos == "S":
                break
            if pos == "F":
                i += n
                continue
            if pos == "A" and groups:
                groups[-1]["adjs"].append(en)
            else:
                groups.append({"noun": en, "adjs": [], "prep": _prep(t.norm), "names": [], "np": pos == "NP"})
            i += n
            continue
        iso = match(toks, i, lex.countries)
        if iso[0]:
            i += iso[0]
            continue
        if office and not (groups and groups[-1].get("np")):
            break
        name = (translit(t.text) if translit else t.text).strip()
        if groups and name:
            groups[-1]["names"].append(name)
        elif name:
            groups.append({"noun": "", "adjs": [], "prep": "", "names": [name], "np": False})
        i += 1
    parts: list[str] = []
    for k, g in enumerate(groups):
        words = g["names"] + g["adjs"] + ([g["noun"]] if g["noun"] else [])
        phrase = " ".join(words)
        if k == 0:
            parts.append(phrase)
        else:
            parts.append(("for " if g["prep"] == "ل" else "of ") + phrase)
    return " ".join(parts).strip(), sectors


def _prep(norm: str) -> str:
    if norm.startswith("لل") or (norm.startswith("ل") and not norm.startswith("ال")):
        return "ل"
    return ""


@functools.cache
def _head_firsts() -> frozenset[str]:
    return frozenset(k[0] for k in lexicons().heads)


def _starts_office(t: Tok) -> bool:
    """A word that opens another office in a chain: وزير، ووزير (not لرئيس: a genitive)."""
    firsts = _head_firsts()
    c = core(t.text)
    if c in firsts:
        return True
    return t.text.startswith("و") and core(t.text[1:]) in firsts


def parse_title(toks: list[Tok], translit: Callable[[str], str] | None = None) -> Title | None:
    """Read a title phrase (words starting with an office head, possibly a chain of offices:
    النائب الثاني لرئيس مجلس الوزراء وزير الدفاع); None if it does not start with a head."""
    lex = lexicons()
    words = [t for t in toks if not t.is_punct or t.norm in ("-",)]
    if not words:
        return None
    n, head = match(words, 0, lex.heads)
    if not n:
        return None
    title = Title(office_ar=" ".join(t.text for t in toks))
    former = {"سابق", "اسبق", "سابقه", "اسبقه"}
    title.former = any(former.intersection(cores(t.norm)) for t in words)
    words = [t for t in words if not former.intersection(cores(t.norm))]
    country, ci = find_country(words)
    title.country = country
    if ci >= 0:
        words = words[:ci]  # the country ends the offices; what follows is affiliation
    # split into offices at each new head (after the current head's own words)
    chunks: list[list[Tok]] = []
    i = 0
    while i < len(words):
        n, _ = match(words, i, lex.heads)
        if not n:
            if not chunks:
                break
            chunks[-1].append(words[i])
            i += 1
            continue
        if chunks and not _starts_office(words[i]):
            chunks[-1] += words[i : i + n]  # a head in the genitive: لرئيس مجلس الوزراء
        else:
            chunks.append(list(words[i : i + n]))
            chunks[-1].append(Tok(-1, -1, "", "#HEAD"))  # marks where the head ends
        i += n
    for ch in chunks:
        cut = next(k for k, t in enumerate(ch) if t.norm == "#HEAD")
        head_words, rest = ch[:cut], ch[cut + 1 :]
        _n, head = match(head_words, 0, lex.heads)
        if not _n:
            continue
        head_en, head_sec, is_office = head  # type: ignore[misc]
        alone_en, _, with_dom = head_en.partition("|")
        if head_sec:
            title.sectors.append(head_sec)
        # adjectives right after the head qualify it: النائب الثاني → Second Deputy
        quals = []
        while rest:
            m_, g = match(rest, 0, lex.glossary)
            if m_ and g[1] == "A":  # type: ignore[index]
                quals.append(g[0])  # type: ignore[index]
                rest = rest[m_:]
            else:
                break
        segments: list[list[Tok]] = [[]]
        for t in rest:
            if t.norm == "و":
                segments.append([])
            else:
                segments[-1].append(t)
        offices = []
        for seg in segments:
            if not seg:
                continue
            en, secs = render(seg, translit, office=True)
            title.sectors += secs
            if en:
                h = " ".join(quals + [(with_dom or alone_en).removesuffix(" of")])
                offices.append(f"{h} of {en}")
        if not offices and is_office:
            offices.append(" ".join(quals + [alone_en.removesuffix(" of")]))
        if is_office:
            title.offices += [o for o in offices if o not in title.offices]
    return title
