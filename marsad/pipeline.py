"""Ordered document stages with declared requirements, checked when the pipeline is built.

A stage is a class registered with :func:`register_stage`. It declares ``name``, ``version``,
``requires`` and ``provides`` (names of layers or record lists such as ``"sentences"``,
``"entities"``, ``"actors"``, ``"events"``), and is called with a :class:`~marsad.document.Document`
which it returns with its layers added. Stages never rewrite what earlier stages added.

Stages run per document (on any worker). Steps that need the whole collection — linking actors
to the knowledge base, merging reports of one event — run in the store's single writer instead
(see :mod:`marsad.ingest`).
"""

from __future__ import annotations

import importlib
import time
from collections.abc import Callable, Iterable, Iterator
from typing import ClassVar

from marsad.document import Document
from marsad.errors import PipelineError


class Stage:
    """Base class of pipeline stages."""

    name: ClassVar[str] = ""
    version: ClassVar[str] = "0"
    requires: ClassVar[tuple[str, ...]] = ()
    provides: ClassVar[tuple[str, ...]] = ()

    def __call__(self, doc: Document) -> Document:  # pragma: no cover - interface
        raise NotImplementedError

    def __repr__(self) -> str:
        return f"<stage {self.name} v{self.version}>"


_REGISTRY: dict[str, type[Stage]] = {}

# Where each known stage lives, so a pipeline can be built from names without importing all.
STAGE_MODULES: dict[str, str] = {
    "normalize": "marsad.stages.normalize",
    "segment": "marsad.stages.segment",
    "lemmas": "marsad.stages.lemmas",
    "ner": "marsad.stages.ner",
    "actors": "marsad.stages.actors",
    "dates": "marsad.stages.dates",
    "places": "marsad.stages.places",
    "events": "marsad.stages.events",
    "quotes": "marsad.stages.quotes",
}

#: The full language-to-events pipeline, in order.
DEFAULT_STAGES: tuple[str, ...] = (
    "normalize",
    "segment",
    "lemmas",
    "ner",
    "actors",
    "dates",
    "places",
    "events",
    "quotes",
)


def register_stage(cls: type[Stage]) -> type[Stage]:
    """Class decorator: make a stage available by its ``name``."""
    if not cls.name:
        raise PipelineError(f"stage class {cls.__name__} has no name")
    _REGISTRY[cls.name] = cls
    return cls


def get_stage_class(name: str) -> type[Stage]:
    if name not in _REGISTRY and name in STAGE_MODULES:
        importlib.import_module(STAGE_MODULES[name])
    try:
        return _REGISTRY[name]
    except KeyError:
        raise PipelineError(f"unknown stage {name!r}; known: {sorted(set(_REGISTRY) | set(STAGE_MODULES))}") from None


def available_stages(names: Iterable[str] = DEFAULT_STAGES) -> list[str]:
    """The names among ``names`` whose modules exist in this installation."""
    out = []
    for n in names:
        try:
            get_stage_class(n)
        except (PipelineError, ModuleNotFoundError):
            continue
        out.append(n)
    return out


class Pipeline:
    """An ordered list of stages whose requirements are satisfied in order."""

    def __init__(self, stages: Iterable[Stage], base: Iterable[str] = ("text",)) -> None:
        self.stages: list[Stage] = list(stages)
        have = set(base)
        for st in self.stages:
            missing = [r for r in st.requires if r not in have]
            if missing:
                raise PipelineError(
                    f"stage {st.name!r} requires {missing} but the stages before it provide only {sorted(have)}"
                )
            have |= set(st.provides)
        self.provides = have
        self.timings: dict[str, float] = {st.name: 0.0 for st in self.stages}

    @classmethod
    def from_names(cls, names: Iterable[str], **config) -> Pipeline:
        """Build a pipeline from stage names; ``config[name]`` is passed to that stage's constructor."""
        stages = []
        for n in names:
            stage_cls = get_stage_class(n)
            stages.append(stage_cls(**config.get(n, {})))
        return cls(stages)

    @classmethod
    def default(cls) -> Pipeline:
        """The full pipeline, made of the default stages this installation has.

        A stage whose requirements no installed stage provides is left out with a warning.
        """
        import warnings

        names, have = [], {"text"}
        for n in available_stages(DEFAULT_STAGES):
            st = get_stage_class(n)
            missing = [r for r in st.requires if r not in have]
            if missing:
                warnings.warn(f"stage {n!r} left out: nothing provides {missing}", stacklevel=2)
                continue
            names.append(n)
            have |= set(st.provides)
        return cls.from_names(names)

    @property
    def names(self) -> list[str]:
        return [s.name for s in self.stages]

    def __call__(self, doc: Document) -> Document:
        for st in self.stages:
            t0 = time.perf_counter()
            doc = st(doc)
            self.timings[st.name] += time.perf_counter() - t0
            doc.stages.append({"name": st.name, "version": st.version, "provides": list(st.provides)})
        return doc

    def pipe(self, docs: Iterable[Document], on_error: Callable[[Document, Exception], None] | None = None
             ) -> Iterator[Document]:
        """Process documents lazily; with ``on_error`` a failing document is reported and skipped."""
        for doc in docs:
            try:
                yield self(doc)
            except Exception as exc:  # noqa: BLE001 - one bad document never stops a batch
                if on_error is None:
                    raise
                on_error(doc, exc)

    def __repr__(self) -> str:
        return f"Pipeline({' → '.join(self.names)})"
