"""Document helpers shared by the dates, places and quotes code: sentences, timexes, speech cues.

Each works with or without the layers of earlier stages: the ``sentences`` layer when present,
else :func:`marsad.arabic.segment.split_sentences`; the ``timex`` layer when present, else
:func:`resolve_dates` over the whole text (cached on ``doc.cache``).
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date
from functools import cache
from importlib import resources

from marsad.arabic.normalize import normalize
from marsad.document import Document
from marsad.temporal.resolver import Timex, resolve_dates


def sentence_spans(doc: Document) -> list[tuple[int, int]]:
    """The document's sentences as (start, end): the ``sentences`` layer, else our own split."""
    if doc.layer("sentences"):
        return [(s.start, s.end) for s in doc.layer("sentences")]
    if "_marsad_sentences" not in doc.cache:
        from marsad.arabic.segment import split_sentences

        doc.cache["_marsad_sentences"] = split_sentences(doc.text)
    return doc.cache["_marsad_sentences"]


def sentence_index(sents: list[tuple[int, int]], offset: int) -> int | None:
    """Index of the sentence holding ``offset`` (None when outside every sentence)."""
    for i, (s, e) in enumerate(sents):
        if s <= offset < e:
            return i
    return None


def published_date(doc: Document, published: date | str | None = None) -> date | None:
    """The anchor date: ``published`` if given, else ``doc.published``."""
    p = published if published is not None else doc.published
    if isinstance(p, str):
        try:
            return date.fromisoformat(p[:10])
        except ValueError:
            return None
    return p


def doc_timexes(doc: Document, published: date | str | None = None) -> list[Timex]:
    """The document's timexes: from the ``timex`` layer if present, else resolved now (cached)."""
    pub = published_date(doc, published)
    layer = doc.layer("timex")
    if layer:
        return [
            Timex(s.start, s.end, doc.text[s.start : s.end], s.attrs.get("value"), s.attrs.get("granularity"),
                  s.attrs.get("kind", s.label or "date"), s.attrs.get("timeml"), dict(s.attrs.get("anchor") or {}))
            for s in layer
        ]
    key = ("_marsad_timex", pub)
    if key not in doc.cache:
        from marsad.stages.normalize import normalized

        doc.cache[key] = resolve_dates(doc.text, pub, normalized(doc))
    return doc.cache[key]


@dataclass(frozen=True)
class Cues:
    """Normalised speech-cue word lists (resources/quotes/cues.json)."""

    verbs: frozenset[str]
    participles: frozenset[str]
    complementizers: frozenset[str]
    comp_suffixes: tuple[str, ...]
    preps: frozenset[str]
    source_nouns: frozenset[str]
    speaker_stop: frozenset[str]
    continuation: tuple[tuple[str, ...], ...]
    continuation_leads: tuple[tuple[str, ...], ...]
    quote_open: str
    quote_close: str
    content_after_prep: dict[str, str]
    negators: frozenset[str]
    relative: frozenset[str]
    endpoint_words: frozenset[str]
    same_time: frozenset[str]

    def is_verb(self, word: str) -> bool:
        """A cue verb, possibly with a leading و/ف or an object pronoun («أعلنها»), normal form."""
        if word in self.verbs or (len(word) > 3 and word[0] in "وف" and word[1:] in self.verbs):
            return True
        for suffix in ("ها", "هم"):
            if word.endswith(suffix) and len(word) > len(suffix) + 2:
                stem = word[: -len(suffix)]
                if stem in self.verbs or (stem[0] in "وف" and stem[1:] in self.verbs):
                    return True
        return False

    def is_complementizer(self, word: str) -> bool:
        """أن/إن (with a pronoun suffix or a ب prefix), normal form."""
        w = word[1:] if word.startswith("ب") and len(word) > 2 else word
        if w in self.complementizers:
            return True
        return any(w == "ان" + s for s in self.comp_suffixes)


@cache
def cues() -> Cues:
    """The speech-cue lexicon, normalised (built once)."""
    raw = json.loads((resources.files("marsad") / "resources" / "quotes" / "cues.json").read_text(encoding="utf-8"))

    def n(xs: list[str]) -> frozenset[str]:
        return frozenset(normalize(x) for x in xs)

    return Cues(
        verbs=n(raw["verbs"]),
        participles=n(raw["participles"]),
        complementizers=n(raw["complementizers"]),
        comp_suffixes=tuple(normalize(x) for x in raw["complementizer_pronoun_suffix"]),
        preps=n(raw["prepositions_after_cue"]),
        source_nouns=n(raw["source_nouns"]),
        speaker_stop=n(raw["speaker_stop"]),
        continuation=tuple(tuple(normalize(x).split()) for x in raw["continuation_openers"]),
        continuation_leads=tuple(tuple(normalize(x).split()) for x in raw["continuation_leads"]),
        quote_open="".join(raw["quote_open"]),
        quote_close="".join(raw["quote_close"]),
        negators=n(raw.get("negators", [])),
        relative=n(raw.get("relative_markers", [])),
        endpoint_words=n(raw.get("endpoint_words", [])),
        same_time=n(raw.get("same_time_words", [])),
        content_after_prep={normalize(k): normalize(v) for k, v in raw.get("content_after_preposition", {}).items()},
    )
