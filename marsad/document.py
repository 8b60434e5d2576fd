"""The Document that pipeline stages annotate, and the records they add to it.

A :class:`Document` holds the raw input's metadata, the clean article ``text`` (never altered once
set) and annotation *layers*: named lists of :class:`Span` objects whose ``start``/``end`` are
character offsets into ``text``. Higher-level records (actors, events, quotes) refer back to spans
by offsets too. Every stage that runs records its name and version in ``doc.stages``.

Everything serialises with ``to_dict``/``from_dict`` (JSON-safe), which is how documents travel
between Dask workers and how ``marsad process --format json`` prints them.
"""

from __future__ import annotations

import copy
import operator
from dataclasses import dataclass, field
from typing import Any

from marsad.errors import LayerExistsError

_START_END = operator.attrgetter("start", "end")


@dataclass(slots=True)
class Span:
    """A labelled character range ``[start, end)`` of ``Document.text``."""

    start: int
    end: int
    label: str = ""
    attrs: dict[str, Any] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        d: dict[str, Any] = {"start": self.start, "end": self.end, "label": self.label}
        if self.attrs:
            d["attrs"] = self.attrs
        return d

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> Span:
        return cls(d["start"], d["end"], d.get("label", ""), dict(d.get("attrs") or {}))


@dataclass(slots=True)
class Mention:
    """One mention of an actor in a document (a span plus the actor it resolves to)."""

    start: int
    end: int
    text: str
    kind: str  # PER | ORG | GPE | LOC | MISC
    actor_key: str | None = None  # document-local cluster key; global id set by the actors stage
    attrs: dict[str, Any] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        return {"start": self.start, "end": self.end, "text": self.text, "kind": self.kind,
                "actor_key": self.actor_key, "attrs": copy.deepcopy(self.attrs) if self.attrs else {}}

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> Mention:
        return cls(**d)


@dataclass(slots=True)
class Actor:
    """A person, organisation or political entity as one identity.

    ``id`` is the knowledge-base id (stable across articles) once linked, else a local key.
    """

    id: str
    name_ar: str
    kind: str = "PER"
    name: str = ""  # Latin name
    aliases: list[str] = field(default_factory=list)
    country: str | None = None  # ISO-3
    sector: str | None = None  # PLOVER sector code (GOV, MIL, SPY, ...)
    office: list[str] = field(default_factory=list)
    office_ar: list[str] = field(default_factory=list)
    mentions: list[tuple[int, int]] = field(default_factory=list)
    attrs: dict[str, Any] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        return {"id": self.id, "name_ar": self.name_ar, "kind": self.kind, "name": self.name,
                "aliases": list(self.aliases), "country": self.country, "sector": self.sector,
                "office": list(self.office), "office_ar": list(self.office_ar),
                "mentions": [list(m) for m in self.mentions], "attrs": copy.deepcopy(self.attrs) if self.attrs else {}}

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> Actor:
        d = dict(d)
        d["mentions"] = [tuple(m) for m in d.get("mentions", [])]
        return cls(**d)

    def entity(self, text: str | None = None) -> dict[str, Any]:
        """The PLOVER entity object for this actor."""
        return {
            "code": self.country,
            "sector": self.sector,
            "entity_text": text or self.name_ar,
            "identifier_id": self.id,
            "identifier_text": self.name or None,
            "office": "; ".join(self.office) if self.office else None,
        }


@dataclass(slots=True)
class Event:
    """One coded PLOVER event reported in a document."""

    id: str
    type: str
    mode: list[str] = field(default_factory=list)
    context: list[str] = field(default_factory=list)
    status: str = "happened"  # happened | planned | threatened | denied
    actors: list[str] = field(default_factory=list)  # actor ids
    recipients: list[str] = field(default_factory=list)
    trigger: tuple[int, int] | None = None
    evidence: tuple[int, int] | None = None  # the evidence sentence's offsets
    date: str | None = None
    date_text: str | None = None
    date_granularity: str | None = None
    location: dict[str, Any] | None = None  # PLOVER location object
    confidence: float = 0.5
    attrs: dict[str, Any] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        return {"id": self.id, "type": self.type, "mode": list(self.mode), "context": list(self.context),
                "status": self.status, "actors": list(self.actors), "recipients": list(self.recipients),
                "trigger": list(self.trigger) if self.trigger else None,
                "evidence": list(self.evidence) if self.evidence else None,
                "date": self.date, "date_text": self.date_text, "date_granularity": self.date_granularity,
                "location": copy.deepcopy(self.location), "confidence": self.confidence,
                "attrs": copy.deepcopy(self.attrs) if self.attrs else {}}

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> Event:
        d = dict(d)
        d["trigger"] = tuple(d["trigger"]) if d.get("trigger") else None
        d["evidence"] = tuple(d["evidence"]) if d.get("evidence") else None
        return cls(**d)


@dataclass(slots=True)
class Quote:
    """Direct or reported speech: who said what, with offsets into the text."""

    speaker_actor: str | None
    speaker: tuple[int, int] | None
    cue: tuple[int, int] | None
    content: tuple[int, int]
    kind: str = "reported"  # direct | reported
    attrs: dict[str, Any] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        return {
            "speaker_actor": self.speaker_actor,
            "speaker": list(self.speaker) if self.speaker else None,
            "cue": list(self.cue) if self.cue else None,
            "content": list(self.content),
            "kind": self.kind,
            "attrs": self.attrs,
        }

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> Quote:
        return cls(
            d.get("speaker_actor"),
            tuple(d["speaker"]) if d.get("speaker") else None,
            tuple(d["cue"]) if d.get("cue") else None,
            tuple(d["content"]),
            d.get("kind", "reported"),
            dict(d.get("attrs") or {}),
        )


@dataclass
class Document:
    """An article and everything the pipeline has found in it."""

    id: str
    text: str = ""
    title: str | None = None
    url: str | None = None
    published: str | None = None  # ISO date (YYYY-MM-DD) of publication
    site: str | None = None
    author: str | None = None
    language: str | None = None
    source: str | None = None  # where it came from (path, path#record, stdin)
    meta: dict[str, Any] = field(default_factory=dict)
    layers: dict[str, list[Span]] = field(default_factory=dict)
    mentions: list[Mention] = field(default_factory=list)
    actors: list[Actor] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    quotes: list[Quote] = field(default_factory=list)
    stages: list[dict[str, str]] = field(default_factory=list)
    # Objects stages share that are not serialised (e.g. the normalisation offset map).
    cache: dict[str, Any] = field(default_factory=dict, repr=False, compare=False)

    # -- layers ---------------------------------------------------------------------------------
    def add_layer(self, name: str, spans: list[Span]) -> list[Span]:
        """Add a new layer; a stage may never overwrite one that exists."""
        if name in self.layers:
            raise LayerExistsError(f"layer {name!r} already exists on document {self.id!r}")
        spans = sorted(spans, key=_START_END)
        for s in spans:
            if not (0 <= s.start <= s.end <= len(self.text)):
                raise ValueError(f"span {s.start}:{s.end} outside text of length {len(self.text)}")
        self.layers[name] = spans
        return spans

    def layer(self, name: str) -> list[Span]:
        return self.layers.get(name, [])

    def span_text(self, span: Span | tuple[int, int]) -> str:
        if isinstance(span, Span):
            return self.text[span.start : span.end]
        return self.text[span[0] : span[1]]

    def actor(self, actor_id: str) -> Actor | None:
        for a in self.actors:
            if a.id == actor_id:
                return a
        return None

    # -- serialisation --------------------------------------------------------------------------
    def to_dict(self, skip_layers: frozenset[str] | set[str] = frozenset()) -> dict[str, Any]:
        """JSON-safe form; ``skip_layers`` leaves those layers out (e.g. token layers when storing)."""
        return {
            "id": self.id,
            "title": self.title,
            "url": self.url,
            "published": self.published,
            "site": self.site,
            "author": self.author,
            "language": self.language,
            "source": self.source,
            "meta": self.meta,
            "text": self.text,
            "layers": {k: [s.to_dict() for s in v] for k, v in self.layers.items() if k not in skip_layers},
            "mentions": [m.to_dict() for m in self.mentions],
            "actors": [a.to_dict() for a in self.actors],
            "events": [e.to_dict() for e in self.events],
            "quotes": [q.to_dict() for q in self.quotes],
            "stages": self.stages,
        }

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> Document:
        return cls(
            id=d["id"],
            text=d.get("text", ""),
            title=d.get("title"),
            url=d.get("url"),
            published=d.get("published"),
            site=d.get("site"),
            author=d.get("author"),
            language=d.get("language"),
            source=d.get("source"),
            meta=dict(d.get("meta") or {}),
            layers={k: [Span.from_dict(s) for s in v] for k, v in (d.get("layers") or {}).items()},
            mentions=[Mention.from_dict(m) for m in d.get("mentions", [])],
            actors=[Actor.from_dict(a) for a in d.get("actors", [])],
            events=[Event.from_dict(e) for e in d.get("events", [])],
            quotes=[Quote.from_dict(q) for q in d.get("quotes", [])],
            stages=list(d.get("stages", [])),
        )
