"""Stage ``events``: PLOVER events (type, mode, context, status, actor/recipient, evidence).

Triggers come from the lexicon (marsad/resources/events/triggers.tsv) matched clitic-tolerantly;
participants from the Actors layer (plus unnamed noun phrases the stage makes actors of, ids
``E…``); roles from the clause structure (:mod:`marsad.events.roles`); status from negation and
modality cues; dates and places from :mod:`marsad.temporal` / :mod:`marsad.geo` when installed.
"""

from __future__ import annotations

import bisect
import re
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from marsad.arabic.normalize import normalize
from marsad.document import Document, Event
from marsad.events.detect import Match, Tok, find_triggers, tokenize
from marsad.events.lexicon import clause_opener_at, cue_words, cues
from marsad.events.roles import Part, assign, deconj, in_vocab, participants
from marsad.events.status import status_of
from marsad.pipeline import Stage, register_stage
from marsad.temporal.event_date import relative_starts

#: Types whose denial is coded (status denied); denials of verbal acts are mostly denials of
#: accusations, which the annotation conventions leave out.
_DENIABLE = {"ASSAULT", "COERCE", "PROTEST", "MOBILIZE", "SANCTION", "RETREAT"}

#: Types of physical acts, which sports reports use as metaphors.
_PHYSICAL = {"ASSAULT", "COERCE", "MOBILIZE", "THREATEN", "RETREAT"}

#: Verbal event types, never coded without an actor.
_NEED_ACTOR = {"AGREE", "CONSULT", "SUPPORT", "REQUEST", "ACCUSE", "REJECT", "THREATEN", "CONCEDE"}

#: Cooperative types that become AGREE when the text reports them as future acts.
_PLANNED_TO_AGREE = {"CONSULT", "COOPERATE", "AID", "SUPPORT"}


def _optional(module: str, name: str) -> Callable[..., Any] | None:
    """``module.name`` (or ``module.name.name``) if that is installed and callable, else None."""
    import importlib

    for modname in (f"{module}.{name}", module):
        try:
            mod = importlib.import_module(modname)
        except ImportError:
            continue
        fn = getattr(mod, name, None)
        if callable(fn):
            return fn
    return None


#: How far back (tokens) a pronoun or a dropped subject may find its antecedent.
ANTECEDENT_WINDOW = 80

_YEAR_RE = re.compile(r"\b(19\d\d|20\d\d)\b")

#: Events dated more than this many days before publication are background, not coded.
MAX_BACKGROUND_DAYS = 31
#: An event placed no finer than this (PLOVER resolution: 1 country, 2 province) by its own sentence
#: takes a finer place from a later mention of it (chosen on the tuning sets: 0 and 1 gain nothing, 3 and 4 lose).
REPEAT_PLACE_MAX_RESOLUTION = 2
#: A lead placed no finer than this that the article goes on to enumerate place by place is dropped
#: (tuning sets: 1 changes nothing, the lead takes its province from a later mention).
SUMMARY_MAX_RESOLUTION = 2
#: How many words after a demand verb may name God for the demand to be a prayer.
PRAYER_WINDOW_WORDS = 5
#: Verbal event types: what a statement says is the act, so the statement's place is the event's.
_STATEMENT_TYPES = frozenset({"ACCUSE", "SUPPORT", "AGREE", "REQUEST", "REJECT", "THREATEN"})
#: meetings and statements: «بحثا الوضع في اليمن» names their topic, not where they happened
_TOPICAL_TYPES = _STATEMENT_TYPES | {"CONSULT"}


#: Words opening a time clause («بعد مقتل ثلاثة …»): its places belong to another act; not before a time
#: noun («بعد منتصف ليل أمس» is a time of this act).
_TIME_SUBORDINATORS = frozenset({"بعد", "اثر", "عقب", "اعقاب"})
_TIME_NOUNS = frozenset({"منتصف", "ظهر", "عصر", "مغرب", "فجر", "صلاه", "ساعات", "ساعه", "يوم", "يومين", "ايام",
                         "اسبوع", "اسابيع", "شهر", "اشهر", "دقائق", "ان", "ما", "ذلك", "قليل"})


def _time_clause(words: list[str]) -> bool:
    """Whether ``words`` hold a time clause about another act («… بعد مقتل ثلاثة أشخاص …»)."""
    return any(w in _TIME_SUBORDINATORS and (k + 1 >= len(words) or words[k + 1] not in _TIME_NOUNS)
               for k, w in enumerate(words))


#: head words of towns and districts: an unknown name after one may be split out like a known town
_DISTRICT_HEADS = frozenset({"ناحيه", "قضاء", "مديريه", "مدينه", "بلده"})


def _joined(doc: Document, a: Any, b: Any) -> bool:
    """Whether two places-layer spans stand next to each other joined by و («ناحية باودش وقضاء البعاج»)."""
    first, second = (a, b) if a.start < b.start else (b, a)
    return normalize(doc.text[first.end : second.start]).split() == ["و"]


def _governorate(doc: Document, p: Any) -> bool:
    """Whether a places-layer span names a governorate: by kind, or by its head word in the text
    («بمحافظة «الحديدة»» names the governorate even where the gazetteer resolves the name to the city)."""
    return p.attrs.get("kind") == "admin" or normalize(p.attrs.get("name_ar") or "").startswith("محافظه") \
        or normalize(doc.text[p.start:p.end]).startswith("محافظه")


def _older_than(date: str, published: str, days: int) -> bool:
    """Whether ISO ``date`` (YYYY, YYYY-MM or YYYY-MM-DD) ends more than ``days`` before ``published``."""
    import datetime as dt

    try:
        pub = dt.date.fromisoformat(published[:10])
        parts = [int(x) for x in date[:10].split("-")]
    except ValueError:
        return False
    if len(parts) == 1:
        end = dt.date(parts[0], 12, 31)
    elif len(parts) == 2:
        nxt = dt.date(parts[0] + (parts[1] == 12), parts[1] % 12 + 1, 1)
        end = nxt - dt.timedelta(days=1)
    else:
        end = dt.date(*parts[:3])
    return (pub - end).days > days


#: At most this many words (the first starting with و) between a dual place phrase and one more place
#: it enumerates («… والبحصة وأطراف بلدة المنصورة», «… واجزاء من منطقة الرضمة»).
DUAL_MORE_GAP_WORDS = 3
#: Types whose enumerated places make separate events (annotation conventions: strikes per place).
SPLIT_TYPES = {"ASSAULT", "PROTEST", "RETREAT"}

_RESOLUTION = {"landmark": 5, "facility": 5, "city": 4, "place": 4, "district": 3, "admin": 2, "region": 2,
               "country": 1, "continent": 1}


def _dual_head(doc: Document, p: Any) -> bool:
    """Whether a places-layer span starts with a dual place head (cues dual_place_heads: «قريتي تل أعور»)."""
    words = normalize(doc.text[p.start:p.end]).split()
    if not words:
        return False
    w, heads = words[0], cues()["dual_place_heads"]
    # one proclitic at most: «وقريتي», «بقريتي»; «بلدتي» is itself a head (no ب to strip)
    return w in heads or (w[:1] in "وبف" and w[1:] in heads) or (w[:2] in ("وب", "فب") and w[2:] in heads)


def _part_at(ev: Event, location: dict[str, Any]) -> Event:
    """A copy of ``ev`` at one of the places it was split over (``attrs["split_from"]`` = its id)."""
    part = Event.from_dict(ev.to_dict())
    part.location = location
    part.attrs = dict(ev.attrs, split_from=ev.id)
    return part


def _place_location(doc: Document, span) -> dict[str, Any]:
    """The PLOVER location object of a ``places`` span."""
    a = span.attrs
    return {
        "extracted_place": doc.text[span.start:span.end].replace("«", "").replace("»", ""),
        "resolved_place": a.get("name") or doc.text[span.start:span.end],
        "lat": a.get("lat"), "lon": a.get("lon"), "country_code": a.get("country"),
        "resolution": _RESOLUTION.get(a.get("kind") or "", 4),
    }


#: Openings of an outlet's link formula ("رابط الخبر بصحيفة الوئام: <headline>").
_BOILERPLATE = [normalize(p).split() for p in ("رابط الخبر", "لقراءة الخبر", "رابط المقال", "سمات")]

#: Sentence openers that continue the previous sentence's list ("إضافة إلى ...").
_CONTINUATIONS = {"اضافه", "بالاضافه", "علاوه", "فضلا"}


@dataclass
class _DocState:
    """What the stage remembers while reading one document."""

    last_meeting: list[str] = field(default_factory=list)  # parties of the last CONSULT
    recv_host: list[str] = field(default_factory=list)  # host of a run of received calls
    callers: set[str] = field(default_factory=set)
    topic_of: list[Event] = field(default_factory=list)  # meetings whose topics the text is listing
    speaker: list[str] = field(default_factory=list)  # subject of the sentence before (for dropped subjects)
    last_actors: dict[str, list[str]] = field(default_factory=dict)  # actors of the last event of each type


#: Words before a year that make it the time of an act ("في صيف 2012", "منذ عام 2011", "يونيو 2014").
_YEAR_BEFORE = {normalize(w) for w in (
    "في", "عام", "العام", "منذ", "سنة", "صيف", "شتاء", "ربيع", "خريف", "أواخر", "أوائل", "مطلع", "منتصف",
    "يناير", "فبراير", "مارس", "أبريل", "إبريل", "مايو", "يونيو", "يوليو", "أغسطس", "سبتمبر", "أكتوبر", "نوفمبر",
    "ديسمبر", "شباط", "آذار", "نيسان", "أيار", "حزيران", "تموز", "آب", "أيلول", "الأول", "الثاني", ")")}

#: Event attributes used only while reading the document (repeat detection), not output.
_INTERNAL_ATTRS = ("definite", "anaphoric", "new_act", "definite_victims", "counted", "visit_noun", "condemned", "verb")

#: Verbs of expressing («أعرب X عن تضامنه/شكره»).
_EXPRESS_VERBS = {"اعرب", "اعربت", "يعرب", "تعرب", "عبر", "عبرت", "يعبر", "تعبر", "معربا", "معربه"}

#: Cardinal number words before a counted noun ("سبع غارات", "ثلاثة هجمات").
_COUNT_WORDS = {"ثلاث", "ثلاثه", "اربع", "اربعه", "خمس", "خمسه", "ست", "سته", "سبع", "سبعه", "ثماني", "ثمانيه",
                "تسع", "تسعه", "عشر", "عشره"}

#: Counts that carry the article without naming anyone known ("وأصيب العشرات").
_COUNTS = {"العشرات", "المئات", "الالاف", "الالوف", "العديد", "الكثير", "البعض"}

#: Words before an attack noun that make it the scene or cause of a toll ("قتلا في الهجوم").
_SCENE_PREPS = {"في", "خلال", "اثناء", "جراء", "اثر", "اعقاب", "وفي"}


#: Prevention nouns that head compounds ("شرطة مكافحة الشغب", "قوات مكافحة الإرهاب"): they
#: prevent only the act right after them ("لمواجهة الهجمات", "لمكافحة أي اعتداء").
_PREVENTION_NOUNS = {"مكافحه", "لمكافحه", "مواجهه", "لمواجهه"}


def _definite(word: str) -> bool:
    """Whether a normalised word carries the article (الهجوم, بالهجوم, وللمواجهات)."""
    if word[:1] in "وف":
        word = word[1:]
    return word.startswith(("ال", "بال", "كال", "لل"))


def _first_mode(toks: list[Tok], lo: int, hi: int, table: list[list[str]]) -> str | None:
    """The mode of the cue (a word or a phrase of the table) nearest after ``lo`` in ``lo..hi-1``."""
    index = _mode_index(id(table), table)
    words = [_bare(t.norm) for t in toks[lo:hi]]
    for k, w in enumerate(words):
        for kws, md in index.get(w, ()):
            if len(kws) == 1 or tuple(words[k:k + len(kws)]) == kws:
                return md
    return None


_MODE_INDEXES: dict[int, dict[str, list[tuple[tuple[str, ...], str]]]] = {}


def _mode_index(key: int, table: list[list[str]]) -> dict[str, list[tuple[tuple[str, ...], str]]]:
    """A cue table (word or phrase → mode) indexed by its first word without clitics, built once."""
    index = _MODE_INDEXES.get(key)
    if index is None:
        index = {}
        for kw, md in table:
            kws = tuple(_bare(x) for x in kw.split())
            index.setdefault(kws[0], []).append((kws, md))
        _MODE_INDEXES[key] = index
    return index


def _bare(word: str) -> str:
    """A word without و and a preposition or the article before it (وبالدعم → دعم)."""
    if word[:1] == "و" and len(word) > 3:
        word = word[1:]
    for pre in ("بال", "لل", "ال", "ب", "ل"):
        if word.startswith(pre) and len(word) - len(pre) >= 3:
            return word[len(pre):]
    return word


def _indefinite_noun(word: str) -> bool:
    """A word that may be an indefinite noun or adjective (حكومتين, مسلحة): no article, no particle."""
    return len(word) > 3 and word.isalpha() and not _definite(word) and word not in _PARTICLES


#: Function words that are not nouns (a verb after them is a main verb).
_PARTICLES = {"التي", "الذي", "انها", "انه", "لكن", "ولكن", "بينما", "حيث", "عندما", "كذلك", "ايضا", "بدوره",
              "بدورها", "وقال", "وقالت", "واضاف", "واضافت", "فيما"}


def _light_with_pronoun(word: str, light: list[str]) -> bool:
    """A light verb with the act noun's pronoun ("هجوم شنه مسلحون", "غارات شنتها"): the act is asserted."""
    return any(word.endswith(suf) and word[: -len(suf)] in light for suf in ("ه", "ها", "هم"))


def _unnamed_id(aid: str) -> bool:
    """Ids of the unnamed-phrase actors this stage makes (E1, E2 …)."""
    return aid[:1] == "E" and aid[1:].isdigit()


def _sentences(doc: Document) -> list[tuple[int, int]]:
    sents = [(s.start, s.end) for s in doc.layer("sentences")]
    if sents:
        return sents
    from marsad.arabic.segment import split_sentences

    return list(split_sentences(doc.text))


def _clause(toks: list[Tok], lo: int, hi: int, m: Match) -> tuple[int, int]:
    breaks = set(cues()["clause_breaks"])
    a = m.first
    while a > lo and toks[a - 1].norm not in breaks:
        a -= 1
    b = m.last + 1
    while b < hi and toks[b].norm not in breaks:
        b += 1
    return a, b


def _assault_mode(toks: list[Tok], lo: int, hi: int, mode: str | None) -> str | None:
    words = {t.norm for t in toks[lo:hi]}
    found = None
    for kw, md in cues()["assault_modes"]:
        if (" " in kw and kw in " ".join(t.norm for t in toks[lo:hi])) or kw in words:
            if md == "suicide-attack":
                return md
            found = found or md
    return mode or found


def _contexts(toks: list[Tok], lo: int, hi: int) -> list[str]:
    words = {t.norm for t in toks[lo:hi]}
    joined = " ".join(t.norm for t in toks[lo:hi])
    out = []
    for ctx, kws in cues()["contexts"].items():
        if any((kw in joined) if " " in kw else (kw in words) for kw in kws):
            out.append(ctx)
    return out


@register_stage
class EventsStage(Stage):
    """Code the events an article reports in PLOVER."""

    name = "events"
    version = "1"
    requires = ("sentences", "tokens", "mentions", "actors")
    provides = ("events",)

    def __init__(self) -> None:
        self.event_date = _optional("marsad.temporal", "event_date")
        self.event_location = _optional("marsad.geo", "event_location")

    def __call__(self, doc: Document) -> Document:
        toks = tokenize(doc)
        starts = [t.start for t in toks]
        st = _DocState()
        parts = participants(doc, toks)
        unnamed = (doc.cache.get("events.unnamed") or []) + (doc.cache.get("events.entity_actors") or [])
        used_unnamed: set[str] = set()
        seen: set[tuple] = set()
        events: list[Event] = []
        repeats: list[Event] = []  # later mentions of a kept event (dropped), for its place
        for s_start, s_end in _sentences(doc):
            lo = bisect.bisect_left(starts, s_start)
            hi = bisect.bisect_left(starts, s_end)
            sent_events: list[Event] = []
            if self._boilerplate(toks, lo, hi):
                continue  # "رابط الخبر بصحيفة الوئام: غارات للتحالف": a link to the story, no report
            matches = find_triggers(toks, lo, hi)
            topic_sentence = False
            if st.topic_of and lo < hi and toks[lo].norm in _CONTINUATIONS:
                # "إضافة إلى المخاطر ...": the previous sentence's list of meeting topics goes on
                for prev in st.topic_of:
                    prev.context = list(dict.fromkeys(prev.context + _contexts(toks, lo, hi)))
                topic_sentence = True
            for mi, m in enumerate(matches):
                main = next((e.actors for e in sent_events[-1:] if e.attrs.get("frame") not in ("victim", "multi")), None)
                ev = self._event(doc, toks, parts, m, lo, hi, (s_start, s_end), st, matches[:mi], main)
                if ev is None:
                    if m.trigger.type == "CONSULT":  # "انصبت محادثات الطرفين حول ...": topics of the meeting
                        st.topic_of = [prev for prev in events[-3:] if prev.type == "CONSULT"]
                        for prev in st.topic_of:
                            prev.context = list(dict.fromkeys(prev.context + _contexts(toks, lo, hi)))
                        topic_sentence = True
                    continue
                if ev.status == "happened" and any(e.status == "planned" for e in sent_events) and any(
                        toks[k].norm in ("خلالها", "خلاله") for k in range(max(lo, m.first - 3), m.first)):
                    # "سيزور موسكو ... يجري خلالها مباحثات": an act during a planned one is planned too
                    ev.status = "planned"
                    if ev.type in _PLANNED_TO_AGREE:
                        ev.type, ev.mode = "AGREE", []
                if sent_events and sent_events[-1].actors and m.proclitic[:1] in ("و", "ف") and m.trigger.pos == "V" \
                        and "noobj" not in m.trigger.flags and not set(ev.actors) & set(sent_events[-1].actors):
                    # "دعا X حزب العمال ... وحث الحكومة": a verb joined by و shares the subject; what follows it is its object
                    if not ev.recipients:
                        ev.recipients = [a for a in ev.actors if a not in sent_events[-1].actors]
                    ev.actors = [a for a in sent_events[-1].actors if a not in ev.recipients]
                if ev.attrs.get("counted") and any(e.type == ev.type and e.attrs.get("counted") for e in sent_events):
                    # "شنت 16 غارة جوية في العراق وسبع غارات في سوريا": separately counted acts
                    ev.attrs["distinct"] = True
                    sent_events.append(ev)
                elif not self._merge_into(sent_events, ev, doc.text):
                    sent_events.append(ev)
            if not topic_sentence:
                st.topic_of = []
            st.speaker = self._subject_of(toks, parts, lo, hi, sent_events) or (
                st.speaker if not any(lo <= p.first < hi for p in parts) else [])
            for ev in sent_events:
                if not ev.actors and ev.type in _NEED_ACTOR:
                    continue  # "التعاون مع المغرب ضرورة": a verbal act needs someone who performs it
                if ev.type == "ASSAULT" and self._collision(doc.text, ev):
                    continue  # "اصطدمت حافلة صغيرة بسور": a road accident, no clash
                if ev.type == "ASSAULT" and self._aim(doc.text, ev):
                    continue  # "تستهدف ألمانيا الحصول على 80 في المائة …": a goal, no attack
                if ev.type == "REQUEST" and self._prayer(doc.text, ev):
                    continue  # "ودعت الخارجية الله أن يتقبل …": a prayer, no demand
                if ev.type in ("ACCUSE", "REQUEST") and all(self._anonymous(doc, x) for x in ev.actors):
                    continue  # "أدان ... ومسؤولون دوليون": accusations and demands of anonymous sources
                if not self._when(doc, ev):
                    continue  # background: "أفرج في ديسمبر 2014 عن ..."
                key = self._key(ev) + ((ev.trigger[0],) if ev.attrs.get("distinct") else ()) + (
                    (ev.evidence[0],) if self._new_strike(ev) else ())
                if key in seen or self._repeat(events, ev, lambda o, e: self._elsewhere(doc, o, e)):
                    repeats.append(ev)
                    continue
                if self._breakdown(doc.text, events, ev):
                    continue
                seen.add(key)
                ev.id = f"e{len(events) + 1}"
                events.append(ev)
                if ev.actors:
                    st.last_actors[ev.type] = list(ev.actors)
                if ev.type == "CONSULT":
                    st.last_meeting = ev.actors + ev.recipients
                if ev.attrs.get("frame") == "recv":
                    # a run of calls to one host ("كما تلقى نائب خادم الحرمين اتصالا ..."): the host
                    # of the first call, unless this one names its own
                    named = [r for r in ev.recipients if not _unnamed_id(r) and r not in st.callers]
                    if st.recv_host and not named:
                        ev.recipients = [r for r in st.recv_host if r not in ev.actors]
                    st.recv_host = st.recv_host or list(ev.recipients)
                    st.callers.update(ev.actors)
                used_unnamed.update(x for x in ev.actors + ev.recipients if x.startswith("E"))
        if self.event_location is not None:
            for ev in events:
                ev.location = self._location(doc, ev)
                self._visitor_first(doc, ev)
            self._place_from_repeats(doc, events, repeats)
            events = self._split_by_place(doc, events)
            events = self._drop_summaries(events)
            for n, ev in enumerate(events, 1):
                ev.id = f"e{n}"
        for ev in events:
            for k in _INTERNAL_ATTRS:
                ev.attrs.pop(k, None)
        known = {a.id for a in doc.actors}
        for a in unnamed:
            if a.id in used_unnamed and a.id not in known:
                doc.actors.append(a)
        doc.events.extend(events)
        return doc

    def _place_from_repeats(self, doc: Document, events: list[Event], repeats: list[Event]) -> None:
        """An event whose own sentence gives no place, or none finer than a province, takes the finer place
        a later mention of it gives (a lead that names the province, a body sentence that names the town):
        repeated mentions are one event, and the finer place is where it happened."""
        for ev in events:
            res = (ev.location or {}).get("resolution")
            if res is not None and res > REPEAT_PLACE_MAX_RESOLUTION:
                continue
            parts = set(ev.actors) | set(ev.recipients)
            for rep in repeats:
                if rep.type != ev.type or rep.status != ev.status or not rep.evidence or rep.evidence == ev.evidence:
                    continue
                if not (set(rep.actors) | set(rep.recipients)) <= parts:
                    continue
                loc = self._location(doc, rep)
                if loc is None or (loc.get("resolution") or 0) <= (res or 0):
                    continue
                if ev.location and ev.location.get("country_code") not in (None, loc.get("country_code")):
                    continue
                ev.location = loc
                break

    @staticmethod
    def _drop_summaries(events: list[Event]) -> list[Event]:
        """A lead that sums up an act with no place finer than a province («شنت طائرات التحالف … سلسلة من
        الغارات … في العديد من المحافظات») is dropped when the article goes on to enumerate it place by place
        (two or more events of the same type split from one later sentence): the parts are the events (the
        actors are not compared: the lead and the body name them differently, «طائرات التحالف العربي» and
        «طيران التحالف»)."""
        # (type, evidence start) of every sentence an event was split place by place from
        splits = Counter((o.attrs["split_from"], o.type, o.evidence[0]) for o in events
                         if o.attrs.get("split_from") and o.evidence)
        enumerated = [(t, start) for (_sid, t, start), n in splits.items() if n >= 2]
        return [ev for ev in events if not (
            not ev.attrs.get("split_from") and ev.evidence and ev.actors
            and ((ev.location or {}).get("resolution") or 0) <= SUMMARY_MAX_RESOLUTION
            and any(t == ev.type and start > ev.evidence[0] for t, start in enumerated))]

    @staticmethod
    def _merge_into(sent_events: list[Event], ev: Event, doc_text: str = "") -> bool:
        """Merge ``ev`` into an event of the same type and status in the same sentence (one act
        mentioned by several triggers: "أصيب ... في غارة شنها ..."); False if none fits."""
        for other in sent_events:
            if other.type != ev.type or other.status != ev.status:
                continue
            o_all, e_all = set(other.actors) | set(other.recipients), set(ev.actors) | set(ev.recipients)
            clash = (other.actors and ev.actors and not set(other.actors) & set(ev.actors)
                     and other.recipients and ev.recipients and not set(other.recipients) & set(ev.recipients))
            if ev.type in _NEED_ACTOR and other.recipients and ev.recipients \
                    and not set(other.recipients) & set(ev.recipients):
                clash = True  # "دعا X حزب العمال ... وحث الحكومة": two demands, two addressees
            if clash or (o_all and e_all and ev.type == "CONSULT" and not (o_all <= e_all or e_all <= o_all)):
                continue
            if ev.attrs.get("frame") == "multi" and other.attrs.get("frame") not in ("multi", "victim") \
                    and other.recipients and other.trigger and ev.trigger \
                    and clause_opener_at(doc_text, other.trigger[1], ev.trigger[0]) is not None:
                continue  # "كثفت الطائرات غاراتها ضد مواقع المتمردين ...، حيث قتل ... في معارك عنيفة": a new clause, a new act
            if not other.actors:
                other.actors = [a for a in ev.actors if a not in other.recipients]
            multi = "multi" in (other.attrs.get("frame"), ev.attrs.get("frame"))
            opponents = [a for a in ev.actors if a not in other.actors]
            if multi and ev.attrs.get("frame") == "multi" and other.attrs.get("frame") not in ("multi", "victim") \
                    and other.actors and ev.trigger and other.trigger and other.trigger[0] < ev.trigger[0] \
                    and set(normalize(doc_text[max(0, ev.trigger[0] - 8) : ev.trigger[0]]).split()[-1:]) & cue_words("lead_up_words"):
                # "تمكنت القوات من السيطرة على المطار بعد معارك مع المتمردين": the clashes lead up to a
                # directed act; the other side of the clashes is the one it is done to
                other.recipients = list(dict.fromkeys(other.recipients + opponents))
            elif multi:  # clashes: every side is an actor, casualties are no recipients
                other.actors = list(dict.fromkeys(other.actors + ev.actors))
                other.recipients = []
            elif not other.recipients:
                other.recipients = [r for r in ev.recipients if r not in other.actors]
            if not other.mode and ev.mode:
                other.mode = ev.mode
            if ev.attrs.get("new_act"):
                other.attrs.pop("definite", None)  # "وهذا الهجوم ... تفجيرا بشاحنة": a new act named too
            other.confidence = max(other.confidence, ev.confidence)
            return True
        return False

    @staticmethod
    def _repeat(events: list[Event], ev: Event, elsewhere: Callable[[Event, Event], bool] | None = None) -> bool:
        """A later mention of an earlier event: same type, participants a subset of its (and, with
        ``elsewhere``, not stated to have happened in another country)."""
        e_all = set(ev.actors) | set(ev.recipients)
        if ev.attrs.get("distinct"):
            return False
        if ev.type == "AGREE" and ev.status == "planned" and ev.attrs.get("trigger_type") == "CONSULT" and e_all \
                and any(o.type == "CONSULT" and e_all <= set(o.actors) | set(o.recipients) for o in events):
            return True  # "سيركز في لقائه مع الجبير على ...": the plan of a meeting already reported
        if ev.type == "CONSULT" and e_all and any(
                o.type == "AGREE" and o.status == "planned" and e_all <= set(o.actors) | set(o.recipients)
                and not (elsewhere is not None and elsewhere(o, ev)) for o in events):
            return True  # the planned meeting mentioned again ("وتأتي زيارة الجبير ..."), not one held elsewhere
        if ev.type == "CONSULT" and ev.attrs.get("visit_noun") and ev.actors and any(
                o.type == "AGREE" and o.status == "planned" and set(ev.actors) <= set(o.actors) for o in events):
            return True  # "سيزور الجبير موسكو ... وتأتي زيارة الجبير إلى موسكو": the planned visit named again
        if ev.type == "ASSAULT" and ev.attrs.get("definite") and (
                not ev.actors or ev.attrs["definite"] == "in" and all(_unnamed_id(x) for x in ev.actors)) and any(
                o.type == "ASSAULT" and o.status == ev.status for o in events):
            return True  # "في الهجوم الذي وقع ...": the attack already reported, named again
        if ev.type == "ASSAULT" and ev.attrs.get("frame") == "victim" and not ev.actors and ev.recipients and all(
                ev.attrs.get("definite_victims") or [False]) and any(o.type == "ASSAULT" and o.status == ev.status for o in events):
            return True  # "وأصيب غالبية المدنيين": more on the toll of an attack already reported
        if ev.attrs.get("anaphoric") and not ev.actors and ev.type in ("RETREAT", "ASSAULT", "COERCE") and any(
                o.type == ev.type and o.status == ev.status for o in events):
            return True  # "بعد الإعلان عن إطلاق سراح بريم", "بعد إطلاق سراحها": the act reported already
        if ev.type == "ASSAULT" and not ev.actors:
            # the attack a condemnation refers to again and again ("التفجير الذي استهدف ..."), whatever
            # victim or site each condemnation names («المصلين», «مسجد قوات الطوارئ»)
            for o in events:
                if o.type == "ASSAULT" and not o.actors and o.status == ev.status and (
                        not o.recipients or not ev.recipients or set(o.recipients) & set(ev.recipients)
                        or ev.attrs.get("condemned") and o.attrs.get("condemned")):
                    return True
        if not e_all:
            return any(o.type == ev.type and o.status == ev.status and (not o.mode or not ev.mode or o.mode == ev.mode)
                       for o in events)
        for o in events:
            if EventsStage._new_strike(ev) and o.evidence != ev.evidence:
                continue  # "قصفت قوات الأسد قريتي ...": a new sentence with its own verb reports a new strike
            if o.type == ev.type and o.status == ev.status and e_all <= (set(o.actors) | set(o.recipients)):
                if elsewhere is not None and elsewhere(o, ev):
                    continue  # «وكان الجبير قد التقى لافروف في الدوحة»: another meeting than the one in Moscow
                if ev.type in ("REQUEST", "ACCUSE") and ev.attrs.get("verb") and not ev.recipients \
                        and o.recipients and o.evidence != ev.evidence \
                        and not in_vocab(normalize(ev.attrs.get("trigger_text", "")), cues()["first_person"]):
                    # («ندعو الجانبين ...» in a quote restates the demand reported before)
                    continue  # "وأوصت X أهل فلسطين ... ودعت المجتمع الدولي إلى ...": a new demand, not the first again
                return True
        return False

    def _location(self, doc: Document, ev: Event) -> dict[str, Any] | None:
        """The place ``ev``'s own mention gives (``event_location`` for its type), found once per mention:
        the repeat checks, the places of repeats and the final placing ask for the same mentions."""
        key = (ev.evidence, ev.trigger, ev.type)
        memo = doc.cache.setdefault("events.locations", {})
        if key not in memo:
            memo[key] = self.event_location(doc, ev.evidence, ev.trigger, statement=ev.type in _STATEMENT_TYPES,
                                            topical=ev.type in _TOPICAL_TYPES)
        loc = memo[key]
        return dict(loc) if loc is not None else None

    def _elsewhere(self, doc: Document, first: Event, later: Event) -> bool:
        """Whether two mentions are placed in different countries by their own sentences (so they are
        two events, not one mentioned twice)."""
        if self.event_location is None or first.evidence == later.evidence:
            return False
        a, b = self._location(doc, first), self._location(doc, later)
        return bool(a and b and a.get("country_code") and b.get("country_code")
                    and a["country_code"] != b["country_code"])

    @staticmethod
    def _new_strike(ev: Event) -> bool:
        """A strike verb with a named attacker: each sentence that has one reports a strike of its own."""
        return ev.type == "ASSAULT" and bool(ev.attrs.get("verb")) and ev.attrs.get("frame") == "svo" and bool(ev.actors)

    @staticmethod
    def _key(ev: Event) -> tuple:
        if ev.type == "CONSULT" or (not ev.recipients and ev.type != "ASSAULT"):
            return (ev.type, frozenset(ev.actors) | frozenset(ev.recipients), ev.status)
        if not ev.actors and not ev.recipients:
            return (ev.type, "bare", ev.status)
        return (ev.type, frozenset(ev.actors), frozenset(ev.recipients), ev.status)

    @staticmethod
    def _boilerplate(toks: list[Tok], lo: int, hi: int) -> bool:
        """Whether the sentence starts with an outlet's link formula (its headline repeats the story) or is
        its tag list («سمات اليمن تفجير …»)."""
        words = [t.norm for t in toks[lo:min(hi, lo + 3)]]
        return any(words[: len(p)] == p for p in _BOILERPLATE)

    @staticmethod
    def _opens_sentence(toks: list[Tok], m: Match, lo: int) -> bool:
        """Whether the trigger verb is the first word of its sentence (after كما, ثم, قد)."""
        k = lo
        while k < m.first and toks[k].norm in ("كما", "ثم", "قد", "وقد", "فقد", "بدوره", "بدورها", "و", "ف"):
            k += 1
        return k == m.first

    @staticmethod
    def _noun_subject(toks: list[Tok], m: Match, hi: int) -> bool:
        """A definite noun right after a verb whose object is an act (أدانت الدول العربية الهجوم) is
        its subject; after a verb of demand it is the addressee (دعا الدول العربية إلى)."""
        if m.trigger.type == "REQUEST" or m.last + 1 >= hi:
            return False
        nxt = toks[m.last + 1].norm
        return nxt.startswith("ال") and not find_triggers(toks, m.last + 1, m.last + 2)

    @staticmethod
    def _first_mention(doc: Document, aid: str) -> list[tuple[int, int]]:
        """The first mention of an actor (unnamed ones from the stage's cache), or none."""
        a = doc.actor(aid) or next((x for x in doc.cache.get("events.unnamed") or [] if x.id == aid), None)
        return a.mentions[:1] if a is not None and a.mentions else []

    @staticmethod
    def _collision(text: str, ev: Event) -> bool:
        """A collision verb (cues collision_verbs) with a vehicle (cues vehicle_words) right after it."""
        if not ev.trigger:
            return False
        verb = normalize(text[ev.trigger[0] : ev.trigger[1]]).lstrip("وف")
        if verb not in cue_words("collision_verbs"):
            return False
        after = normalize(text[ev.trigger[1] : ev.trigger[1] + 40]).split()[:2]
        return any(w.lstrip("وب") in cue_words("vehicle_words") for w in after)

    @staticmethod
    def _aim(text: str, ev: Event) -> bool:
        """«تستهدف خفض مستحقات الشركات», «تستهدف الحملة جميع شرائح المجتمع»: a «target» verb whose object is an
        aim (cues aim_objects: a verbal noun, an audience, a market) or whose subject is a plan, campaign or
        index (cues aim_subjects) states a goal, not an attack."""
        if not ev.trigger:
            return False
        verb = normalize(text[ev.trigger[0] : ev.trigger[1]])
        if "ستهدف" not in verb:
            return False
        after = [_bare(w.strip("«»\"'،,.()")) for w in normalize(text[ev.trigger[1] : ev.trigger[1] + 40]).split()[:1]]
        before = [_bare(w.strip("«»\"'،,.()")) for w in normalize(text[max(0, ev.trigger[0] - 30) : ev.trigger[0]]).split()[-1:]]
        return any(w in cue_words("aim_objects") for w in after) or any(w in cue_words("aim_subjects") for w in before + after)

    @staticmethod
    def _prayer(text: str, ev: Event) -> bool:
        """A call on God (cues prayer_addressees: a prayer, no REQUEST) among the words after the trigger,
        before what is asked («ودعت الخارجية العراقية الله أن يتقبل …»)."""
        if not ev.trigger:
            return False
        for w in normalize(text[ev.trigger[1] : ev.trigger[1] + 60]).split()[:PRAYER_WINDOW_WORDS]:
            if w in cue_words("prayer_addressees"):
                return True
            if w in ("ان", "الي"):  # what is asked, or of whom: «دعا الحكومة إلى …»
                return False
        return False

    @staticmethod
    def _anonymous(doc: Document, aid: str) -> bool:
        """An unnamed participant headed by an anonymous noun (مسؤولون, مصادر, ناشطون)."""
        if not _unnamed_id(aid):
            return False
        a = doc.actor(aid)
        if a is None:
            for x in doc.cache.get("events.unnamed") or []:
                if x.id == aid:
                    a = x
                    break
        words = normalize(a.name_ar).split() if a is not None else []
        return bool(words) and words[0] in cues()["anonymous_heads"]

    @staticmethod
    def _old_year_near(toks: list[Tok], m: Match, a: int, b: int, published: str) -> bool:
        """A year before publication next to the trigger ("في صيف 2012", "منذ عام 2011", "في يونيو 2014"):
        the act is background (annotation conventions: older than a month is left out)."""
        for k in range(max(a + 1, m.first - 3), min(b, m.last + 7)):
            w = toks[k].norm
            if len(w) == 4 and w.isdigit() and w[:2] in ("19", "20") and toks[k - 1].norm in _YEAR_BEFORE \
                    and _older_than(w, published, MAX_BACKGROUND_DAYS):
                return True
        return False

    @staticmethod
    def _casualties_of_other(toks: list[Tok], m: Match, a: int, b: int) -> bool:
        """Whether an agentless casualty trigger ("قتل", "مقتل", "أصيب") reports the toll of another
        act: a consequence phrase before it ("ما أدى إلى مقتل", "أسفر عن مقتل") or a definite
        attack noun after it in the clause ("في الهجوم", "خلال المواجهات": an attack already named)."""
        before = " ".join(t.norm for t in toks[a:m.first])
        if any(p in before for p in cues()["consequence_before"]):
            return True
        dem = cues()["demonstratives"]
        return any(x.trigger.type == "ASSAULT" and x.trigger.pos != "V" and _definite(toks[x.first].norm)
                   and (toks[x.first - 1].norm in _SCENE_PREPS
                        or toks[x.first - 1].norm in dem and toks[x.first - 2].norm in _SCENE_PREPS)
                   for x in find_triggers(toks, m.last + 1, b))  # "في هذه المواجهات" too

    @staticmethod
    def _subject_of(toks: list[Tok], parts: list[Part], lo: int, hi: int, sent_events: list[Event]) -> list[str]:
        """The subject a following sentence may drop: the actors of the sentence's first event, else
        a named participant right after a reporting verb ("قال السفير محمد صبيح")."""
        for ev in sent_events:
            if ev.attrs.get("frame") == "met" and ev.recipients:
                return list(ev.recipients)  # "قال X عقب لقائه وفدا": the host goes on speaking
            if ev.actors:
                return list(ev.actors)
        verbs = set(cues()["reporting_verbs"]) | set(cues()["speech_verbs"])
        titles = set(cues()["title_words"])
        for p in parts:
            if p.first < lo or p.prep is not None or _unnamed_id(p.actor_id):
                continue
            if p.first >= hi:
                break
            if p.kind.upper() in ("PER", "PERS", "ORG", "GPE") and any(
                    in_vocab(toks[k].norm, verbs) for k in range(max(lo, p.first - 4), p.first)):
                return [p.actor_id]
            # "وقدّم الأمين العام لمنظمة التعاون الإسلامي إياد مدني تعازيه": a title between the verb
            # and the name (its genitives too)
            k = next((k for k in range(p.first - 1, max(lo, p.first - 9) - 1, -1) if in_vocab(toks[k].norm, verbs)), None)
            if k is not None and p.kind.upper() in ("PER", "PERS") and any(
                    deconj(toks[x].norm, titles) in titles or toks[x].norm[2:] in titles for x in range(k + 1, p.first)) \
                    and not any(q.prep is None and k < q.first < p.first for q in parts):
                return [p.actor_id]
        return []

    @staticmethod
    def _in_name(doc: Document, pos: int) -> bool:
        """Whether offset ``pos`` lies inside a mention of a named actor (the Actors layer)."""
        spans = doc.cache.get("events.name_spans")
        if spans is None:
            spans = sorted((s, e) for a in doc.actors for s, e in a.mentions)
            doc.cache["events.name_spans"] = spans
        k = bisect.bisect_right(spans, (pos, float("inf"))) - 1
        return any(s <= pos < e for s, e in spans[max(0, k - 3):k + 1])

    @staticmethod
    def _quoted_speaker(toks: list[Tok], parts: list[Part], lo: int, hi: int) -> str | None:
        """The participant right after the first reporting verb of tokens ``lo..hi-1`` ("قال X")."""
        verbs = set(cues()["reporting_verbs"])
        for k in range(lo, hi):
            if in_vocab(toks[k].norm, verbs):
                for p in parts:
                    if k < p.first <= k + 3 and p.last < hi and p.prep is None:
                        return p.actor_id
                return None
        return None

    def _antecedents(self, parts: list[Part], before_tok: int) -> list[str]:
        """Named participants before a token, nearest first; those after a preposition other than
        من (the guest of لـ, places after في) only after the rest."""
        first: list[str] = []
        second: list[str] = []
        for p in reversed(parts):
            if p.last < before_tok - ANTECEDENT_WINDOW:
                break
            if p.last < before_tok and not _unnamed_id(p.actor_id) and p.kind.upper() in ("PER", "PERS", "ORG", "GPE"):
                lst = first if p.prep in (None, "من") else second
                if p.actor_id not in first and p.actor_id not in second:
                    lst.append(p.actor_id)
                if len(first) + len(second) >= 4:
                    break
        return first + second

    def _event(self, doc: Document, toks: list[Tok], parts: list[Part], m: Match, lo: int, hi: int,
               sent: tuple[int, int], st: _DocState, prev_matches: list[Match] = (),
               main: list[str] | None = None) -> Event | None:
        t = m.trigger
        if self._in_name(doc, toks[m.first].start):
            return None  # "سامح شكري", "تحالف دعم الشرعية": a word of a name, not a trigger
        a, b = _clause(toks, lo, hi, m)
        roles = assign(doc, toks, parts, m, a, b, self._antecedents(parts, m.first), main)
        if t.type == "AGREE" and t.frame == "multi" and not roles.actors and not roles.recipients and st.last_meeting:
            # "وقد تم الاتفاق خلال اللقاء على ...": the parties are those of the meeting just reported
            roles.actors = list(st.last_meeting)
        if not roles.actors and st.speaker and t.pos == "V" and self._opens_sentence(toks, m, lo) \
                and (t.type in _NEED_ACTOR and t.frame == "svo" or m.proclitic[:1] == "ف" and t.frame in ("svo", "multi")) \
                and not self._noun_subject(toks, m, hi):
            # "ودعا الدول العربية إلى ...", "وشدد على ...", "فاصطدمت مع الأهالي": a verb opening the
            # sentence with no subject continues the subject of the sentence before (ف: "and then")
            roles.actors = [x for x in st.speaker if x not in roles.recipients]
            if t.frame == "multi":  # the other side of a clash after مع
                roles.actors = list(dict.fromkeys(roles.actors + [p.actor_id for p in parts
                                                                   if m.last < p.first < b and p.prep == "مع"][:1]))
        elif not roles.actors and t.pos == "V" and t.type in _PHYSICAL and t.frame == "svo" and m.proclitic == "و" \
                and self._opens_sentence(toks, m, lo) and st.last_actors.get(t.type) and not self._noun_subject(toks, m, hi):
            # "شن طيران التحالف غارات على ... . وقصف في وقت سابق موقع ...": a strike verb opening the
            # sentence with no subject continues the attacker of the strike reported before
            roles.actors = [x for x in st.last_actors[t.type] if x not in roles.recipients]
        elif not roles.actors and t.pos == "V" and t.type in _NEED_ACTOR and t.frame == "svo" \
                and m.proclitic[:1] == "و" and m.first > lo and toks[m.first - 1].norm == "," \
                and not self._noun_subject(toks, m, hi):
            # "قال الوزير X إن …، ودعا إلى …": a verb after a comma continues the sentence's speaker
            speaker = self._subject_of(toks, parts, lo, m.first, [])
            roles.actors = [x for x in speaker if x not in roles.recipients]
        if t.pos == "V" and in_vocab(toks[m.first].norm, cues()["first_person"]):
            # «ندين بشدة هذه الهجمات» in a statement: the speaker of the sentence's reporting verb
            # (an unnamed body too: "وقال برلمان إقليم كردستان في بيان") is the one who condemns
            said = self._quoted_speaker(toks, parts, lo, m.first)
            if said:
                roles.actors = [said]
                roles.recipients = [x for x in roles.recipients if x != said]
        if not roles.actors and not roles.recipients and "bare" not in t.flags:
            return None
        if t.type == "CONSULT" and len(set(roles.actors) | set(roles.recipients)) < 2 and any(
                toks[k].norm in ("بينهما", "بينهم") for k in range(m.last + 1, min(hi, m.last + 5))):
            # "عقب المباحثات التي جرت بينهما": the two named at the head of the sentence
            named = [p.actor_id for p in parts if lo <= p.first and p.last < m.first and p.prep is None
                     and p.kind.upper() in ("PER", "PERS", "ORG", "GPE")]
            named = list(dict.fromkeys(named))
            if len(named) >= 2:
                roles.actors, roles.recipients = named[:1], named[1:2]
        if "needrec" in t.flags and not roles.recipients:
            return None
        if "need2" in t.flags and len(set(roles.actors) | set(roles.recipients)) < 2:
            return None
        c = cues()
        if "nob" in t.flags and "ب" in m.proclitic:
            return None  # "بالتعاون مع الأمن": the manner of another act
        if "asserted" in t.flags and not any(
                tk.norm in c["relatives"] or _light_with_pronoun(tk.norm, c["light_verbs"])
                for tk in toks[m.last + 1:min(b, m.last + 4)]) and not any(
                in_vocab(tk.norm, c["light_verbs"]) and tk.norm not in c["prepositions"]
                for tk in toks[max(a, m.first - 2):m.first]) and not (
                m.first > a and toks[m.first - 1].norm == "عن" and any(
                    in_vocab(tk.norm, _EXPRESS_VERBS) for tk in toks[max(a, m.first - 7):m.first - 1])):
            # ("وأعرب رئيس الحزب عن شكره": an expressing verb and its subject before عن assert it)
            return None  # "التزاما بالعقوبات", "إلا عبر استقالة الحكومة": a bare mention ("قدم استقالته" is asserted)
        sports = c["sports_words"]
        if t.pos == "V" and m.first > lo and toks[m.first - 1].norm in c["relatives"] and toks[m.first].norm[:1] in "يت":
            return None  # "التحالف الذي يقصف التنظيم": a description of habitual acts, not a report
        if t.pos == "V" and m.suffix in ("ه", "ها", "هم", "هما") and m.proclitic == "" and toks[m.first].norm[:1] in "يت" \
                and m.first > a and _indefinite_noun(toks[m.first - 1].norm):
            return None  # "حكومتين تدعمهما فصائل": a clause describing an indefinite noun, not a report
        if t.type != "THREATEN" and any(x.trigger.type == "THREATEN" and 0 <= m.first - x.last <= 2 for x in prev_matches):
            return None  # "هددت باعتقال ...": the threatened act is the THREATEN's content, not an event
        if t.type == "ASSAULT" and any(in_vocab(tk.norm, c["nonviolent_objects"]) for tk in toks[m.last + 1:min(b, m.last + 4)]):
            return None  # "يحاولون السيطرة على الحرائق": fire fighting, not violence
        if t.type in _PHYSICAL and any(in_vocab(tk.norm, sports) for tk in toks[lo:hi]):
            return None  # "يهاجم الفريق", "مواجهات الفريقين", "لخطف اللاعب": sports, not violence
        habit = set(c["habitual"])
        # a purpose ("اجتماعات منتظمة ... لبحث"): habitual if the act it serves is
        start = a if m.proclitic[:1] == "ل" else max(a, m.first - 2)
        if any(in_vocab(tk.norm, habit) for tk in toks[start : min(b, m.last + 5)]):
            return None  # "يزوره بصفة منتظمة", "غارات شبه يومية": habitual, not one event
        if t.pos != "V" and any(toks[k].norm in c["ongoing_verbs"] for k in range(max(a, m.first - 6), m.first)):
            return None  # "تشهد مدينة درنة معارك عديدة", "وتشهد مدن العراق موجة احتجاجات": an ongoing state
        prevent = set(c["prevention_before"])
        if any(in_vocab(toks[k].norm, prevent) and not (
                in_vocab(toks[k].norm, _PREVENTION_NOUNS) and k + 1 < m.first and toks[k + 1].norm not in ("اي", "كل"))
               for k in range(max(a, m.first - 3), m.first)):
            return None  # "الحيلولة دون وقوع اعتداءات", "لمواجهة الهجمات": prevented or generic, not an event
        if t.type == "CONSULT" and m.first > a and (
                t.pos != "V" and toks[m.first - 1].norm in ("في", "وفي") and t.frame == "host"
                or t.pos == "V" and not m.proclitic and toks[m.first - 1].norm in ("جانب", "الي", "علي", "عن")):
            # "كان في استقبال خادم الحرمين الأمير X": the welcoming party; "إلى جانب بحث مسائل": a topic
            # of the meeting (a verbal noun), not a new meeting
            return None
        if t.type not in ("REQUEST", "REJECT") and any(
                tk.norm in c["expectation_after"] for tk in toks[m.last + 1:min(b, m.last + 5)]):
            return None  # "شن هجوم أمر مرجح", "انسحابهم ... بات ضرورة": an expectation or a wish, no act
        if t.pos == "V" and m.proclitic in ("ل", "ول", "فل"):
            return None  # "ستعقد ندوات لحثهن على ...": a purpose, not a report of the act
        alleg = c["allegation_words"]
        if m.first > a and toks[m.first - 1].norm in alleg or m.first - 1 > a and toks[m.first - 1].norm == "في" \
                and toks[m.first - 2].norm.lstrip("و") in alleg:
            # "نفت مزاعم قتل مدنيين", "كانوا متورطين في قتل شرطيين": the content of an allegation, not an act reported
            return None
        if t.pos == "V" and m.suffix in ("ه", "ها", "هم") and m.first > a \
                and in_vocab(toks[m.first - 1].norm, c["document_nouns"]):
            return None  # "في بيان نشرته وكالات الأنباء", "رسالة وجهها": a document published, no act
        if any(tk.norm.lstrip("و") in c["then_words"] for tk in toks[a:b]):
            return None  # "وقتل حينها 14 ضابط أمن حين اقتحم مسلحون ...": an earlier act recalled
        if t.type == "COERCE" and t.mode == "restrict" and t.pos != "V" and m.first > a \
                and toks[m.first - 1].norm in ("علي", "ضد"):
            return None  # "هجمات محتملة على نقاط تفتيش": the checkpoint is a target, not a restriction
        after_words = " ".join(tk.norm for tk in toks[m.last + 1:b])
        if any(p in after_words for p in c["past_periods"]):
            return None  # "شنت هجمات مماثلة في الشهور الماضية": acts over past months or years, no one event
        if t.type == "REJECT" and any(toks[k].norm.lstrip("و") in alleg for k in range(m.last + 1, min(b, m.last + 6))):
            return None  # "ورفض الجيش هذه الاتهامات": a denial of an accusation (left out, guidelines)
        if t.type in _PHYSICAL and t.pos != "V" and not roles.actors and m.first > a \
                and toks[m.first - 1].norm in c["demonstratives"]:
            return None  # "ندين بشدة هذه الهجمات": an act named before, pointed at again
        if m.first > a and toks[m.first - 1].norm in c["state_before"]:
            return None  # "أحياء خاضعة لسيطرة المعارضة", "تحت سيطرة النظام": a state, not an act
        if m.first - 2 >= a and toks[m.first - 1].norm in c["intent_verbs"] \
                and in_vocab(toks[m.first - 2].norm, c["negation_before"]):
            return None  # "ولا يريدون التعاون معه": an intent denied, no act
        before = " ".join(tk.norm for tk in toks[max(a, m.first - 12):m.first])
        if any(p in before for p in c["opinion_before"]):
            return None  # "من المهم لجميع الأطراف مواصلة العمل", "توجب على المسلمين ...": an opinion, no act
        if t.type not in ("REQUEST", "THREATEN") and toks[m.first - 1].norm not in c["frame_before"] and any(
                x.trigger.type == "REQUEST" and x.first >= a and 0 < m.first - x.last <= 3 for x in prev_matches):
            return None  # "دعا إلى وقف ...", "يحث الأطراف على العمل معا": the content of a demand, not an act
        if t.pos != "V" and m.first > a and toks[m.first - 1].norm in c["frame_before"] and (
                t.type != "CONSULT" or (_definite(toks[m.first].norm) and not m.suffix)) \
                and not any((tk.norm in c["relatives"] and t.type != "CONSULT") or _light_with_pronoun(tk.norm, c["light_verbs"])
                            for tk in toks[m.last + 1:min(b, m.last + 3)]):
            # "أثناء انسحابهم", "خلال الزيارة": the time frame of another act (a meeting already
            # named), not a report; "خلال لقائه نظيره" is often the only mention of a meeting, and
            # a relative clause asserts the act ("خلال الهجوم الذي شنه متمردون")
            return None
        if t.frame == "victim" and t.type == "ASSAULT" and not roles.actors \
                and not any(x.trigger.type == "ASSAULT" and x.trigger.frame != "victim" for x in prev_matches) \
                and self._casualties_of_other(toks, m, a, b):
            return None  # "قتلا أيضا في الهجوم", "ما أدى إلى مقتل": casualties belong to the attack reported
        if doc.published and self._old_year_near(toks, m, a, b, doc.published):
            return None  # "وبدأت المعارك في حلب في صيف 2012": background older than a month
        status = status_of(toks, m, a, b)
        if status == "denied" and t.type not in _DENIABLE:
            return None
        etype = t.type
        if status == "planned" and etype in _PLANNED_TO_AGREE:
            etype = "AGREE"
        mode = t.mode
        if etype == "ASSAULT":
            mode = _assault_mode(toks, lo, hi, mode)
        elif etype == "THREATEN" and not mode:
            mode = _first_mode(toks, m.last + 1, min(b, m.last + 16), c["threaten_modes"])
        visit = next((x for x in find_triggers(toks, m.last + 1, min(hi, m.last + 22)) if x.trigger.type == "CONSULT"
                      and x.trigger.frame == "visit" and (toks[x.first - 1].norm == "الي" or x.proclitic[-1:] == "ل")),
                     None) if etype == "REQUEST" and t.pos == "V" else None
        if visit is not None:
            # "ودعا خلال لقائه ... المبعوث إسماعيل ولد الشيخ إلى زيارة عدن": an invitation (AGREE,
            # guidelines), not a demand; the one invited is the last bare name before the visit
            etype, mode = "AGREE", None
            invited = [p.actor_id for p in parts if m.last < p.first < visit.first and p.prep is None
                       and p.actor_id not in roles.actors and p.kind.upper() in ("PER", "PERS", "ORG")]
            if invited:
                roles.recipients = invited[-1:]
        elif etype == "REQUEST" and t.pos == "N" and _bare(toks[m.first].norm) == "دعوه" and (
                m.first > a and toks[m.first - 1].norm in c["invitation_before"]
                or "ب" in m.proclitic and m.last + 1 < b and toks[m.last + 1].norm == "من"):
            # "وصل ... تلبية لدعوة من العاهل الأردني", "بدعوة من X": an invitation accepted (AGREE,
            # guidelines): the one who invited (after من) acts, the guest is the one invited
            inviter = [p.actor_id for p in parts if m.last < p.first <= m.last + 4 and p.prep == "من"][:1]
            if not inviter:
                return None
            guest = [p.actor_id for p in parts if a <= p.first and p.last < m.first and p.prep is None
                     and p.kind.upper() in ("PER", "PERS", "ORG", "GPE") and p.actor_id not in inviter]
            etype, mode = "AGREE", None
            roles.actors, roles.recipients = inviter, guest[:1]
        elif etype in ("REQUEST", "REJECT") and not mode:
            # "دعا ... إلى وقف", "حث ... على بدء محادثات", "يرفض وقف إطلاق النار": what is asked for
            # or refused, the nearest cue first
            mode = _first_mode(toks, m.last + 1, min(b, m.last + 10), c["request_modes"])
        elif etype == "AGREE" and t.type != "AGREE":
            mode = None
        trig = (toks[m.first].start, toks[m.last].end)
        ev = Event(
            id="", type=etype, mode=[mode] if mode else [], context=_contexts(toks, lo, hi),
            status=status, actors=roles.actors, recipients=roles.recipients, trigger=trig,
            evidence=sent,
            confidence=round(t.conf * (1.0 if (roles.actors or roles.recipients) else 0.7), 3),
            attrs={"trigger_text": doc.text[trig[0]:trig[1]], "frame": roles.frame or t.frame, "trigger_type": t.type,
                   "verb": t.pos == "V"},
        )
        if t.frame == "victim" and not any(x.trigger.type == "ASSAULT" for x in find_triggers(toks, m.last + 1, b)):
            # "المدنيين" (the civilians named before), not a count ("العشرات", "المئات"); a toll with
            # its cause ("جراء انفجار ألغام") reports the attack
            ev.attrs["definite_victims"] = [
                _unnamed_id(r) and _definite(w) and w not in _COUNTS
                for r in roles.recipients for s, e in self._first_mention(doc, r)
                for w in normalize(doc.text[s:e]).split()[:1]]
        if t.pos == "N" and t.frame != "victim" and not _definite(toks[m.first].norm):
            ev.attrs["new_act"] = True  # an indefinite act noun ("تفجيرا"): not the attack named before
        if t.pos != "V" and (m.suffix in ("ه", "ها", "هم", "هما") or any(
                toks[k].norm in ("بعد", "وبعد", "عقب", "اثر") for k in range(max(a, m.first - 3), m.first))):
            ev.attrs["anaphoric"] = True  # "بعد إطلاق سراحها": the release reported before
        if t.pos != "V" and _definite(toks[m.first].norm):
            # "the attack": "في الهجوم" (the scene of a toll) names it again even with a subject before
            ev.attrs["definite"] = "in" if m.first > a and toks[m.first - 1].norm in ("في", "وفي") else True
        if etype == "ASSAULT" and any(x.trigger.type == "ACCUSE" and x.first >= a for x in prev_matches):
            ev.attrs["condemned"] = True  # "تدين ... الاعتداء الذي استهدف المصلين": the attack a condemnation names
        if t.pos == "N" and t.type == "CONSULT" and t.frame == "visit" and status == "happened":
            ev.attrs["visit_noun"] = True
        if t.pos == "N" and t.type == "ASSAULT" and m.first > a and (
                toks[m.first - 1].norm.isdigit() or toks[m.first - 1].norm.lstrip("و") in _COUNT_WORDS):
            ev.attrs["counted"] = True  # "16 غارة", "وسبع غارات"
        if m.last + 1 < b and toks[m.last + 1].norm in c["distinct_after"]:
            ev.attrs["distinct"] = True  # "وخرجت تظاهرات مماثلة في البصرة ...": similar acts elsewhere, new events
        return ev

    @staticmethod
    def _split_by_place(doc: Document, events: list[Event]) -> list[Event]:
        """One event per place where the text enumerates several (strikes on Ibb, Amran, Hajjah …):
        governorate-level places after the trigger if there are two or more, else cities."""
        out: list[Event] = []
        places = doc.layer("places")
        for ev in events:
            if ev.type not in SPLIT_TYPES or not ev.trigger or not ev.evidence:
                out.append(ev)
                continue
            # the enumeration ends where a new clause opens («… في مأرب وإب، فيما أكدت مصادر … في أبين», «…
            # ومدينة زنجبار عاصمة محافظة أبين، وقال مصدر في المقاومة في أبين …»)
            opener = clause_opener_at(doc.text, ev.trigger[1], ev.evidence[1], reports=True)
            stop = ev.evidence[1] if opener is None else opener
            after, containers = [], []
            for p in places:
                if not ev.trigger[1] <= p.start < stop:
                    continue
                if any(q.start == p.attrs.get("within") and q.attrs.get("kind") in ("city", "admin") for q in after):
                    # «مدينة زنجبار في أبين»: the province only locates the city before it (but it is the
                    # top-level place when the text enumerates governorates: «مديرية حيس بمحافظة الحديدة»)
                    containers.append(p)
                    continue
                gap = normalize(doc.text[after[-1].end:p.start]).replace("،", " ").split() if after else []
                # (an unresolved name may stand between: "في البصرة وذي قار والحلة")
                joined = bool(after) and (gap in (["و"], []) or 1 < len(gap) <= 3 and gap[0][:1] == "و" and gap[-1] == "و")
                if p.attrs.get("locative", True) or joined:
                    after.append(p)  # "في البصرة والحلة والنجف": places joined by و share the في
            admin = [p for p in after if _governorate(doc, p)]
            if len(admin) >= 2 and any(_governorate(doc, p) for p in containers):
                admin = sorted(admin + [p for p in containers if _governorate(doc, p)], key=lambda p: p.start)
            named = {p.attrs.get("name") for p in after}
            # «حي التأميم … الرمادي»: a quarter or village and the city it lies in are one place
            cities = [p for p in after if p.attrs.get("kind") == "city" and p.attrs.get("container") not in named]
            unknown = [p for p in after if p.attrs.get("kind") == "place" and p.attrs.get("within") is None
                       and normalize(doc.text[p.start:p.end]).split()[0] in _DISTRICT_HEADS
                       and any(_joined(doc, p, q) for q in after if q is not p)]
            if cities and unknown:
                # «من ناحية القيارة و… من ناحية باودش وقضاء البعاج»: a district the gazetteer does not know,
                # named with its head word among known towns, is one of the enumerated places; a town that
                # only locates it («ناحية باودش غرب الموصل») is not
                starts = {p.start for p in unknown}
                cities = sorted([p for p in cities if p.attrs.get("within") not in starts] + unknown, key=lambda p: p.start)
            head = after[0].attrs.get("listed") if after else None
            listed = [p for p in after if head is not None and p.attrs.get("listed") == head]
            if len(listed) >= 2:  # «سيطرة التنظيم على بلدات الحدث وحوارين ومهين»: one event per listed place
                out.extend(_part_at(ev, _place_location(doc, p)) for p in listed)
                continue
            if after and _dual_head(doc, after[0]):
                out.extend(EventsStage._split_dual(doc, ev, after))  # «في قريتي تل أعور والفريكة جنوب مدينة …»
                continue
            # «في البصرة وذي قار والحلة»: a governorate inside an enumeration of cities is one of its places
            mixed = sorted(cities + [p for p in admin if p not in cities], key=lambda p: p.start)
            chosen = admin if len(admin) >= 2 else mixed if len(cities) >= 2 else []
            if any(_time_clause(normalize(doc.text[a.end:b.start]).split()) for a, b in zip(chosen, chosen[1:], strict=False)):
                # «تظاهر … في بلدة سيزر … بعد مقتل ثلاثة … ببلدة سيلوبي»: a place of the act a time clause
                # names is no second place of this one
                chosen = []
            names = list(dict.fromkeys(normalize(p.attrs.get("name_ar") or doc.text[p.start:p.end]) for p in chosen))
            if len(names) < 2:
                out.extend(EventsStage._split_dual(doc, ev, after))
                continue
            seen: set[str] = set()
            for p in chosen:
                key = normalize(p.attrs.get("name_ar") or doc.text[p.start:p.end])
                if key in seen:
                    continue
                seen.add(key)
                out.append(_part_at(ev, _place_location(doc, p)))
        return out

    @staticmethod
    def _split_dual(doc: Document, ev: Event, after: list) -> list[Event]:
        """«قصفت قوات الأسد قريتي محمبل وجوزف»: a dual place head (cues dual_place_heads) names two
        places, one event each; the second name may be unknown to the gazetteer (it takes the
        first's country). Else the event unchanged."""
        for p in after:
            if not _dual_head(doc, p):
                continue
            m = re.match(r"\s*و\s*([^\s،,.()«»\"]+)", doc.text[p.end:p.end + 40])
            if not m:
                continue
            name = m.group(1)
            parts = [_part_at(ev, _place_location(doc, p)),
                     _part_at(ev, {"extracted_place": name, "resolved_place": name, "lat": None, "lon": None,
                                   "country_code": p.attrs.get("country"), "resolution": _RESOLUTION["place"]})]
            # «في محيط قريتي المشيك والبحصة وأطراف بلدة المنصورة»: a headed place joined on by و is one more
            last = p.end + m.end()
            for q in after:
                gap = normalize(doc.text[last:q.start]).split()
                if q.start < last:
                    continue
                if not gap or not gap[0].startswith("و") or len(gap) > DUAL_MORE_GAP_WORDS or "within" in q.attrs:
                    break
                parts.append(_part_at(ev, _place_location(doc, q)))
                last = q.end
            return parts
        return [ev]

    @staticmethod
    def _visitor_first(doc: Document, ev: Event) -> None:
        """A meeting held in the actor's own country and not the recipient's: the recipient is the
        visitor (PLOVER: visitor = actor, host = recipient), so swap them."""
        if ev.attrs.get("trigger_type") != "CONSULT" or ev.attrs.get("frame") not in ("sym", "visit"):
            return
        where = (ev.location or {}).get("country_code")
        if not where or len(ev.actors) != 1 or len(ev.recipients) != 1:
            return
        a, r = doc.actor(ev.actors[0]), doc.actor(ev.recipients[0])
        if a is not None and r is not None and a.country == where and r.country and r.country != where:
            ev.actors, ev.recipients = ev.recipients, ev.actors

    @staticmethod
    def _breakdown(text: str, events: list[Event], ev: Event) -> bool:
        """«وقالت القوة إن غارات العراق شملت خمس غارات قرب الموصل وثلاث قرب الرمادي»: the parts of
        strikes already reported (cues ``breakdown_verbs`` within a few words before the trigger)."""
        if not ev.trigger or not any(o.type == ev.type for o in events):
            return False
        verbs = cue_words("breakdown_verbs")
        before = normalize(text[max(0, ev.trigger[0] - 40):ev.trigger[0]]).split()[-4:]
        after = normalize(text[ev.trigger[1]:ev.trigger[1] + 30]).split()[:3]  # «غارات العراق شملت …»
        return any(w in verbs for w in before + after)

    @staticmethod
    def _since_long_ago(doc: Document, ev: Event) -> bool:
        """Whether the trigger's own clause counts from a time («منذ عام 2009») over a month before
        publication; a relative clause («الرهينة التي كانت مختطفة منذ فبراير») does not count."""
        lo, hi = ev.evidence
        rel = relative_starts(doc.text, lo, hi, ev.trigger)
        region = sum(1 for r in rel if r <= ev.trigger[0])
        for x in doc.layer("timex"):
            if not lo <= x.start < hi or sum(1 for r in rel if r <= x.start) != region:
                continue
            if normalize(doc.text[max(lo, x.start - 6):x.start]).split()[-1:] == ["منذ"] and x.attrs.get("value") \
                    and _older_than(x.attrs["value"], doc.published, MAX_BACKGROUND_DAYS):
                return True
        return False

    def _when(self, doc: Document, ev: Event) -> bool:
        """Date the event (marsad.temporal); a future date makes it planned. False: background."""
        if self.event_date is None or not doc.published:
            return True
        res = self.event_date(doc, ev.evidence, ev.trigger, doc.published)
        if res:
            ev.date, ev.date_text, ev.date_granularity = res
            if ev.date and ev.status == "happened" and ev.date > doc.published and ev.type != "THREATEN":
                ev.status = "planned"
                if ev.type in _PLANNED_TO_AGREE:
                    ev.type, ev.mode = "AGREE", []
        if ev.date:
            return not _older_than(ev.date, doc.published, MAX_BACKGROUND_DAYS)
        if ev.evidence and ev.trigger and self._since_long_ago(doc, ev):
            return False  # «قتلت الجماعة عشرة آلاف شخص منذ عام 2009»: a toll over years, no one event
        if ev.date_text and ev.date_granularity == "month" and ev.evidence:
            # «في أواخر يونيو حزيران الماضي» in an article of 6 August: a month that ended long ago
            months = [s.attrs.get("value") for s in doc.layer("timex") if ev.evidence[0] <= s.start < ev.evidence[1]
                      and doc.text[s.start:s.end] == ev.date_text and s.attrs.get("value")]
            if months and _older_than(months[0], doc.published, MAX_BACKGROUND_DAYS):
                return False
        years = _YEAR_RE.findall(normalize(ev.date_text or ""))
        # an undated date text with an old year ("في ديسمبر (كانون الأول) 2014"): background too
        return not (years and _older_than(years[-1], doc.published, MAX_BACKGROUND_DAYS))
