"""The date of an event (not of the verb that reports it), following the annotation guidelines.

Rules (../shared/docs/event-annotation-guidelines.md, "Dates"):

1. A sentence is cut into clauses at the complementizer (أن/إن, a colon or an opening quote) that
   follows a speech verb: «أعلنت الوزارة أمس أن الجبير سيزور موسكو الثلاثاء» has the frame
   «أعلنت الوزارة أمس» and the embedded clause «الجبير سيزور موسكو الثلاثاء».
2. A timex in the trigger's clause dates the event (the nearest one to the trigger).
3. A frame date («أعلن أمس أن …») is not transferred to an embedded event in the past tense;
   it is when the embedded predicate is a present-tense stance («… أن المملكة تدين»), i.e. when
   the statement is the event.
4. No timex in the sentence: a sentence that continues a statement (وأضاف، وأشار، مضيفا …)
   takes the date of the statement it continues (up to ``CONTINUATION_DEPTH`` sentences back).
5. Only day-granular values become ``date`` (the gold keeps coarser ones as ``date_text`` only);
   a vague expression keeps its text; nothing resolvable → ``(None, None, None)``.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterator
from datetime import date

from marsad.arabic.normalize import normalize
from marsad.arabic.segment import MARKS
from marsad.document import Document
from marsad.temporal.context import cues, doc_timexes, published_date, sentence_index, sentence_spans
from marsad.temporal.resolver import Timex

#: Granularities that give an event a ``date`` (others keep only ``date_text``).
EVENT_DATE_GRANULARITIES = ("day",)
#: How many sentences back a continuation («وأضاف …») may look for its statement's date.
CONTINUATION_DEPTH = 4
#: How far (characters) before a timex a speech verb may stand and still own it.
REPORTING_WINDOW_CHARS = 60
#: A relative clause opening this close after the trigger describes the trigger's own event.
OWN_RELATIVE_CHARS = 45
#: Another mention of the trigger (same stem, at least this long) lends it its date …
MIN_COREF_STEM = 3
#: … when it stands within this many nearest sentences.
COREF_SENTENCES = 12
#: How many words before a date may hold the «حتى/إلى/منذ» that makes it a bound of a period.
ENDPOINT_WORDS = 4

_WORD = re.compile(rf"(?:[^\W\d_]|[{MARKS}])+|\d+|[:«“\"]")


def _words(text: str, base: int) -> list[tuple[str, int, int]]:
    return [(normalize(m.group()), base + m.start(), base + m.end()) for m in _WORD.finditer(text)]


#: Words that make «أن» after them a time conjunction («بعد أن», «قبل أن», «منذ أن»), normal form.
_TEMPORAL_CONJ = frozenset({"بعد", "قبل", "منذ", "وبعد", "وقبل"})


def clause_starts(text: str, start: int, end: int) -> list[int]:
    """Offsets in ``text`` where an embedded (reported) clause begins inside ``[start, end)``."""
    cz = cues()
    words = _words(text[start:end], start)
    out: list[int] = []
    seen_verb = False
    prev = ""
    for w, s, _e in words:
        before, prev = prev, w
        if cz.is_verb(w) or w in cz.participles:
            seen_verb = True
            continue
        if before in _TEMPORAL_CONJ:
            continue  # «بعد أن شق طريقه»: a time clause of the same act, no reported clause
        if seen_verb and (cz.is_complementizer(w) or w in (":", "«", "“", '"')):
            out.append(s)
            seen_verb = False
    return out


def relative_starts(text: str, s0: int, s1: int, trigger: tuple[int, int] | None = None) -> list[int]:
    """Offsets of relative clauses («التي», «الذي», «حيث» …) inside ``[s0, s1)``; one that opens right
    after the trigger («التفجير الإرهابي الذي استهدف أمس …») describes the trigger's event and is left out."""
    rel = cues().relative
    out = [s0 + m.start() for m in re.finditer(r"\S+", text[s0:s1]) if normalize(m.group()) in rel]
    if trigger is not None:
        out = [o for o in out if not (trigger[1] <= o <= trigger[1] + OWN_RELATIVE_CHARS)]
    return out


def _reporting_date(text: str, s0: int, t: Timex, trigger: tuple[int, int]) -> bool:
    """Whether a speech verb governs ``t`` (it stands within a few words before it, no clause break)
    and the trigger is elsewhere."""
    cz = cues()
    before = _words(text[max(s0, t.start - REPORTING_WINDOW_CHARS) : t.start], max(s0, t.start - REPORTING_WINDOW_CHARS))
    for w, ws, we in reversed(before):
        if cz.is_complementizer(w) or w in (":", "«", "“", '"'):
            return False
        if cz.is_verb(w):
            return not (ws <= trigger[0] < we or trigger[0] <= ws < trigger[1])
    return False


def _same_time(text: str) -> bool:
    """«وخرجت تظاهرات مماثلة في البصرة»: an event said to be like the one just reported, at its time."""
    return any(w in cues().same_time for w in normalize(text).split())


def _endpoint(text: str, t: Timex) -> bool:
    """«حتى يوم أمس», «إلى 12 أكتوبر المقبل»: a date that bounds a period is not when the event happened."""
    chunk = re.split(r"[،,.;:!?؛]", text[max(0, t.start - 30) : t.start])[-1]
    before = normalize(chunk).split()[-ENDPOINT_WORDS:]
    return any(w in cues().endpoint_words for w in before)  # «إلى جلستي 11 و12 أكتوبر المقبل»


def _after(value: str, pub: date | None) -> bool:
    """Whether an ISO date (or month, or year) lies wholly after the publication date."""
    if pub is None:
        return False
    iso = pub.isoformat()
    return value[:10] > iso[: len(value[:10])]


def _region(starts: list[int], offset: int) -> int:
    return sum(1 for s in starts if s <= offset)


def _usable(t: Timex) -> bool:
    return t.kind in ("date", "vague")


def _result(t: Timex | None) -> tuple[str | None, str | None, str | None]:
    if t is None:
        return None, None, None
    if t.value and t.granularity in EVENT_DATE_GRANULARITIES:
        return t.value, t.text, t.granularity
    return None, t.text, t.granularity


def is_present_stance(text: str, trigger: tuple[int, int]) -> bool:
    """Whether the trigger is a present-tense stance verb («… أن المملكة تدين»): the statement is the event."""
    w = normalize(text[trigger[0] : trigger[1]]).split()
    if not w:
        return False
    word = w[0][1:] if w[0][:1] in "وف" and len(w[0]) > 4 else w[0]
    if word[:1] == "ت" and (word.endswith("ات") or (len(word) == 5 and word[3] == "ي")):
        return False  # a verbal noun: «تعزيزات» (reinforcements), «تفجير» (bombing), not «تدين» (condemns)
    return len(word) >= 4 and word[0] in "يتن" and not word.startswith("تم")


def starts_continuation(text: str) -> bool:
    """Whether a sentence continues a statement: «وأضاف …», «من جانبه أبان …», «مشيرا إلى …»."""
    cz = cues()
    words = [w.strip(",") for w in normalize(text).split()[:6]]
    led = False
    for lead in cz.continuation_leads:
        if tuple(words[: len(lead)]) == lead:
            words, led = words[len(lead):], True
            break
    for phrase in cz.continuation:
        if tuple(words[: len(phrase)]) == phrase or (led and tuple(["و" + words[0]] + words[1 : len(phrase)]) == phrase
                                                     if words else False):
            return True
    return bool(words) and (cz.is_verb(words[0]) and (led or words[0][0] in "وف") or words[0] in cz.participles)


def event_date(
    doc: Document,
    sentence_span: tuple[int, int],
    trigger_span: tuple[int, int] | None = None,
    published: date | str | None = None,
) -> tuple[str | None, str | None, str | None]:
    """(date ISO or None, date_text or None, granularity or None) of the event in ``sentence_span``."""
    res = _sentence_date(doc, sentence_span, trigger_span, published, continuation=True)
    # a clause that states a time of its own, even one coarser than a day («في مايو الماضي»), is not
    # dated by another mention of its verb
    if res[0] is None and res[1] is None and trigger_span is not None:
        other = _coreferent_date(doc, sentence_span, trigger_span, published)
        if other is not None:
            return other
    return res


@functools.lru_cache(maxsize=200_000)
def trigger_stem(word: str) -> str:
    """The lemma of a word in normal form (marsad.arabic.lemma: قتلوا، وقتل → قتل): the key that matches
    repeated mentions of an event."""
    from marsad.arabic import lemma

    return normalize(lemma(word.strip("«»\"“”،,.:()")))


def _coreferent_date(
    doc: Document, sentence_span: tuple[int, int], trigger_span: tuple[int, int], published: date | str | None
) -> tuple[str | None, str | None, str | None] | None:
    """«Repeated mentions are one event»: the date of another mention of the trigger's noun/verb
    (same stem) in the article, nearest sentence first, when that mention has a date of its own."""
    for sent, span in coreferent_mentions(doc, sentence_span, trigger_span):
        r = _sentence_date(doc, sent, span, published, continuation=False)
        if r[0]:
            return r
    return None


def coreferent_mentions(
    doc: Document, sentence_span: tuple[int, int], trigger_span: tuple[int, int]
) -> Iterator[tuple[tuple[int, int], tuple[int, int]]]:
    """Other mentions of the trigger's word (same stem) in the article, nearest sentence first:
    (sentence span, word span) pairs, at most ``COREF_SENTENCES`` sentences away."""
    words = doc.text[trigger_span[0] : trigger_span[1]].split()
    stem = trigger_stem(words[0]) if words else ""
    if len(stem) < MIN_COREF_STEM:
        return
    sents = sentence_spans(doc)
    k = sentence_index(sents, sentence_span[0])
    if k is None:
        return
    order = sorted((i for i in range(len(sents)) if i != k), key=lambda i: (abs(i - k), i > k))
    for i in order[:COREF_SENTENCES]:
        a, b = sents[i]
        for m in re.finditer(r"\S+", doc.text[a:b]):
            if trigger_stem(m.group()) == stem:
                yield (a, b), (a + m.start(), a + m.end())


def _sentence_date(
    doc: Document,
    sentence_span: tuple[int, int],
    trigger_span: tuple[int, int] | None,
    published: date | str | None,
    continuation: bool,
) -> tuple[str | None, str | None, str | None]:
    pub = published_date(doc, published)
    s0, s1 = sentence_span
    txs = [t for t in doc_timexes(doc, pub) if s0 <= t.start and t.end <= s1 and _usable(t)]
    if txs:
        starts = clause_starts(doc.text, s0, s1)
        if trigger_span is None:
            txs = [t for t in txs if not _endpoint(doc.text, t)] or txs
            dated = [t for t in txs if t.value] or txs
            embedded = [t for t in dated if _region(starts, t.start) > 0 and t.value]
            return _result((embedded or dated)[0])
        treg = _region(starts, trigger_span[0])
        rel = relative_starts(doc.text, s0, s1, trigger_span)
        rreg = _region(rel, trigger_span[0])
        # a timex inside another clause's relative clause («الهجمات التي وقعت مؤخرا») is that clause's
        txs = [t for t in txs if _region(rel, t.start) == rreg or _region(starts, t.start) != treg]
        same = [t for t in txs if _region(starts, t.start) == treg]
        # «أعلنت القيادة في بيان لها أمس استشهاد الرقيب»: a date right after a speech verb dates the
        # report, not the event the report names (unless the trigger is that verb)
        same = [t for t in same if not _reporting_date(doc.text, s0, t, trigger_span) and not _endpoint(doc.text, t)]
        if same:
            # a resolved date before a vague one («في وقت سابق أمس»), then the nearest to the trigger
            return _result(min(same, key=lambda t: (t.value is None,
                                                    min(abs(t.start - trigger_span[1]), abs(trigger_span[0] - t.end)))))
        if treg > 0:
            frame = [t for t in txs if _region(starts, t.start) < treg]
            if frame and is_present_stance(doc.text, trigger_span):
                return _result(frame[-1])
        return None, None, None
    # no timex in the sentence: a continuation of a statement takes the statement's date
    sents = sentence_spans(doc)
    k = sentence_index(sents, s0)
    if not continuation or k is None or not (starts_continuation(doc.text[s0:s1]) or _same_time(doc.text[s0:s1])):
        return None, None, None
    for back in range(1, CONTINUATION_DEPTH + 1):
        if k - back < 0:
            break
        p0, p1 = sents[k - back]
        prev = [t for t in doc_timexes(doc, pub) if p0 <= t.start and t.end <= p1 and _usable(t) and t.value
                and not _after(t.value, pub)]  # «أرجأت الجلسة إلى 11 أكتوبر المقبل»: no statement's date
        if prev:
            starts = clause_starts(doc.text, p0, p1)
            frame = [t for t in prev if _region(starts, t.start) == 0]
            return _result((frame or prev)[0])
        if back > 1 and not starts_continuation(doc.text[p0:p1]) and not starts_continuation(
                doc.text[sents[k - back + 1][0] : sents[k - back + 1][1]]):
            break  # two statements apart: another report
    return None, None, None
