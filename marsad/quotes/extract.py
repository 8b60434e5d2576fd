"""Quotes: who said what, as offsets — reported speech («أكد X أن …») and direct speech («…»).

Per sentence:

- **reported**: a cue verb (قال، أكد، أوضح، أشار … from resources/quotes/cues.json, with a leading
  و/ف), then the speaker (up to a comma, a preposition such as في/خلال, a date, or the
  complementizer), then إن/أن/بأن/أنه (or a colon or an opening quote); the content runs from after
  the complementizer to the end of the sentence — or to the closing quote mark when it opens with
  one, even across sentences. The complementizer is not part of the content (gold convention).
- **direct**: «…» / “…” / "…" right after a cue and its speaker with a colon, or followed by a cue
  («…»، قال X).
- **pronoun drop**: nothing between the cue and the complementizer («وأشار … إلى أن», «وقالت إن»)
  continues the previous quote's speaker (or, with actors, the last person/organisation mentioned).

The speaker is linked to an actor (``Quote.speaker_actor``) when ``doc.actors`` has a mention inside
the speaker span (a person preferred); ``attrs`` carries ``speaker_text`` (the actor's mention, else
the span's text), ``cue`` and ``content`` strings.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from marsad.arabic.normalize import normalize
from marsad.arabic.segment import MARKS
from marsad.document import Document, Quote
from marsad.temporal.context import Cues, cues, sentence_spans

_TOKEN = re.compile(rf"(?:[^\W\d_]|[{MARKS}])+|\d+(?:[.,:/]\d+)*|[^\s\w{MARKS}]")
#: Furthest (in tokens) a complementizer may stand from its cue verb.
MAX_CUE_GAP = 40
#: Furthest (in characters) a direct quote opened in a sentence may run past its end.
MAX_QUOTE_SPAN = 1500
#: Most words an apposition after the speaker's comma may have («…، عيسى قراقع»).
MAX_APPOSITION_WORDS = 5
#: Most words a speaker phrase may have before it is cut.
MAX_SPEAKER_WORDS = 14


@dataclass(slots=True)
class _Tok:
    norm: str
    start: int
    end: int


def _tokens(text: str, start: int, end: int) -> list[_Tok]:
    return [_Tok(normalize(m.group()), start + m.start(), start + m.end()) for m in _TOKEN.finditer(text[start:end])]


def _is_word(t: _Tok) -> bool:
    return t.norm[:1].isalpha()


def _closing_quote(text: str, start: int, opener: str, cz: Cues) -> int | None:
    """Offset of the quote mark closing the one at ``start`` (None when not found nearby)."""
    closers = {"«": "»", "“": "”", '"': '"', "„": "“"}.get(opener)
    if closers is None:
        return None  # «:»» used as an opener: no reliable pairing
    limit = min(len(text), start + MAX_QUOTE_SPAN)
    for i in range(start + 1, limit):
        if text[i] in closers:
            return i
    return None


def _speaker_span(toks: list[_Tok], i: int, j: int, cz: Cues, stops: set[int]) -> tuple[int, int] | None:
    """The speaker phrase among tokens (i, j): the words after the cue up to a stop; one apposition
    after a comma is kept («رئيس هيئة شؤون الأسرى، عيسى قراقع»)."""
    k = i + 1
    if k < j and toks[k].norm in cz.preps:
        return None  # «وأشار إلى أن»: no subject
    if k < j and toks[k].norm in cz.participles:
        return None  # «وأضاف مخاطبا …»
    words: list[_Tok] = []
    commas, before_comma = 0, 0
    while k < j:
        t = toks[k]
        if t.norm in (",", "،"):
            commas += 1
            if commas > 1 or not words:
                break
            before_comma = len(words)
            k += 1
            continue
        if t.norm in (":", "(", "-") or t.norm in cz.speaker_stop or k in stops:
            break
        if t.norm in cz.preps and k == j - 1:
            break  # «ولفتت المصادر إلى أن»
        if t.norm[:1] == "ل" and len(t.norm) > 3 and t.norm[1:] in cz.source_nouns | {"وكاله", "صحيفه", "قناه"}:
            break
        if _is_word(t):
            words.append(t)
        k += 1
        if len(words) >= MAX_SPEAKER_WORDS:
            break
    if before_comma and len(words) - before_comma > MAX_APPOSITION_WORDS:
        words = words[:before_comma]  # what follows the comma is not a short apposition
    if not words:
        return None
    end = words[-1].end
    return words[0].start, end


def _opening(toks: list[_Tok], k: int, text: str, cz: Cues) -> int | None:
    """If token ``k`` opens a direct quote (not a scare-quoted name), the offset of its closing mark."""
    close = _closing_quote(text, toks[k].start, text[toks[k].start], cz)
    if close is None:
        return None
    after = [t for t in toks if t.start > close][:3]
    if any(cz.is_complementizer(t.norm) for t in after):
        return None  # «… “معهد هدسون”، أن …»: a quoted name inside the speaker phrase
    if close - toks[k].end < 15:
        return None
    return close


def _actor_for(doc: Document, span: tuple[int, int]) -> tuple[str | None, tuple[int, int] | None]:
    """(actor id, mention span) of the actor mentioned inside ``span``, a person preferred."""
    best: tuple[int, str, tuple[int, int]] | None = None
    for a in doc.actors:
        for s, e in a.mentions:
            if span[0] <= s and e <= span[1] + 1:
                score = (2 if a.kind in ("PER", "PERS") else 1) * 10_000 + s
                if best is None or score > best[0]:
                    best = (score, a.id, (s, e))
    if best is None:
        return None, None
    return best[1], best[2]


def _last_actor_before(doc: Document, offset: int, window: int = 600) -> tuple[str | None, tuple[int, int] | None]:
    best: tuple[int, str, tuple[int, int]] | None = None
    for a in doc.actors:
        if a.kind not in ("PER", "PERS", "ORG"):
            continue
        for s, e in a.mentions:
            if offset - window <= s and e <= offset and (best is None or s > best[0]):
                best = (s, a.id, (s, e))
    if best is None:
        return None, None
    return best[1], best[2]


def _trim(text: str, s: int, e: int) -> tuple[int, int]:
    """Strip spaces, colons, commas and quote marks from both ends of a content span."""
    strip = " \t\n:،,«»“”\"'-.؛"
    while s < e and text[s] in strip:
        s += 1
    while e > s and text[e - 1] in strip:
        e -= 1
    return s, e


def extract_quotes(doc: Document) -> list[Quote]:
    """The quotes of a document, in text order."""
    cz = cues()
    text = doc.text
    out: list[Quote] = []
    covered_until = -1
    last: tuple[str | None, tuple[int, int] | None, str | None] = (None, None, None)
    for s0, s1 in sentence_spans(doc):
        if s1 <= covered_until:
            continue
        toks = _tokens(text, max(s0, covered_until), s1)
        stops = {k for k, t in enumerate(toks) if t.norm in cz.speaker_stop}
        for i, t in enumerate(toks):
            verb = cz.is_verb(t.norm)
            if not (verb or (t.norm in cz.participles and i > 0)):
                continue
            if i > 0 and toks[i - 1].norm in cz.negators:
                continue  # «لم يتم ذكر اسمه»
            base = t.norm[1:] if t.norm[:1] in "وف" and t.norm[1:] in cz.verbs else t.norm
            j, close = None, None
            for k in range(i + 1, min(len(toks), i + MAX_CUE_GAP)):
                w = toks[k].norm
                if cz.is_complementizer(w) or w == ":":
                    j = k
                    break
                if base in cz.content_after_prep and w == cz.content_after_prep[base] and k <= i + 3:
                    j = k
                    break
                if w in cz.quote_open and k > i + 1:
                    close = _opening(toks, k, text, cz)
                    if close is not None:
                        j = k
                        break
                if cz.is_verb(w) and k > i + 1:
                    break
            speaker = None if t.norm in cz.participles else _speaker_span(toks, i, j if j is not None else len(toks), cz, stops)
            if j is None:
                if speaker is not None and i <= 2:  # «شددت الحكومة اليمنية … على»: a speaker for what follows
                    actor_id, mention = _actor_for(doc, speaker)
                    last = (actor_id, speaker, text[mention[0] : mention[1]] if mention else text[speaker[0] : speaker[1]])
                continue
            cue_end = t.end
            if i + 1 < j and toks[i + 1].norm in cz.preps and (i + 2 == j or toks[i + 2].norm in cz.preps):
                cue_end = toks[j - 1].end  # «وأشار إلى أن», «أعرب فيه عن»
            if base in cz.content_after_prep and toks[j].norm == cz.content_after_prep[base]:
                cue_end = toks[j].end
            raw0 = toks[j].end if (cz.is_complementizer(toks[j].norm) or toks[j].norm == ":" or toks[j].end == cue_end) \
                else toks[j].start
            c0, _ = _trim(text, raw0, s1)
            kind, c1 = "reported", s1
            gap = text[raw0:c0]
            opener = next((ch for ch in gap if ch in cz.quote_open), None)
            if opener and close is None:
                close = _closing_quote(text, raw0 + gap.index(opener), opener, cz)
            if opener or (close is not None and toks[j].norm in cz.quote_open):
                if close is not None and close > c0:
                    c1, kind = max(close, s1), "direct"
            c0, c1 = _trim(text, c0, c1)
            for _ in range(2):  # «:» إن …», «: "إنني …»: the complementizer stays out of the content
                m = re.match(r"\S+", text[c0:c1])
                if not m or not cz.is_complementizer(normalize(m.group())):
                    break
                c0, c1 = _trim(text, c0 + m.end(), c1)
            if c1 - c0 < 8:
                continue
            if speaker is not None:
                actor_id, mention = _actor_for(doc, speaker)
                if mention:
                    speaker = mention  # the actor's name inside «الخبير الأمريكي ريتشارد ويتز، مدير …»
                spk_text = text[speaker[0] : speaker[1]]
                last = (actor_id, speaker, spk_text)
            else:
                actor_id, speaker, spk_text = last
                if doc.actors and (speaker is None or speaker[1] < s0 - 400):
                    actor_id, mention = _last_actor_before(doc, t.start)
                    if mention:
                        speaker, spk_text = mention, text[mention[0] : mention[1]]
            attrs = {"speaker_text": spk_text, "cue": text[t.start : cue_end], "content": text[c0:c1]}
            out.append(Quote(actor_id, speaker, (t.start, cue_end), (c0, c1), kind, attrs))
            if c1 > s1:
                covered_until = c1
            break  # one quote per sentence, from its first cue; the content runs to the end
    out.extend(_trailing_cue_quotes(doc, out, cz))
    out.sort(key=lambda q: q.content[0])
    return out


def _trailing_cue_quotes(doc: Document, found: list[Quote], cz: Cues) -> list[Quote]:
    text = doc.text
    extra: list[Quote] = []
    for m in re.finditer(r"[«“]([^«»“”]{15,600})[»”]\s*[،,]?\s*", text):
        c0, c1 = m.start(1), m.end(1)
        if any(q.content[0] <= c0 < q.content[1] or c0 <= q.content[0] < c1 for q in found):
            continue
        toks = _tokens(text, m.end(), min(len(text), m.end() + 200))
        if not toks or not cz.is_verb(toks[0].norm):
            continue
        spk = _speaker_span(toks, 0, len(toks), cz, set())
        if spk is None:
            continue
        actor_id, mention = _actor_for(doc, spk)
        spk_text = text[mention[0] : mention[1]] if mention else text[spk[0] : spk[1]]
        extra.append(Quote(actor_id, spk, (toks[0].start, toks[0].end), (c0, c1), "direct",
                           {"speaker_text": spk_text, "cue": text[toks[0].start : toks[0].end], "content": text[c0:c1]}))
    return extra
