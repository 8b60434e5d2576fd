"""Stage ``normalize``: the Arabic normal form of the text with its offset map, shared via the cache.

Design: normalisation is cheap (a single pass) and its result is a helper object, not annotations,
so it is NOT a layer (a layer would double the JSON size of every document for nothing). The stage
puts the :class:`~marsad.arabic.normalize.NormalizedText` in ``doc.cache["norm"]`` and declares
``provides = ("norm",)`` so later stages can require it. Stages should read it through
:func:`normalized`, which recomputes it when the cache is empty (a document that travelled between
Dask workers loses its cache, which is never serialised).
"""

from __future__ import annotations

from marsad.arabic.normalize import NormalizedText, normalize_with_map
from marsad.document import Document
from marsad.pipeline import Stage, register_stage

CACHE_KEY = "norm"


def normalized(doc: Document) -> NormalizedText:
    """The document's normal form with its offset map (computed once, kept in ``doc.cache``)."""
    norm = doc.cache.get(CACHE_KEY)
    if norm is None or norm.source_length != len(doc.text):
        norm = normalize_with_map(doc.text)
        doc.cache[CACHE_KEY] = norm
    return norm


@register_stage
class NormalizeStage(Stage):
    """Compute the normal form and offset map of ``doc.text`` into ``doc.cache["norm"]``."""

    name = "normalize"
    version = "1"
    requires = ("text",)
    provides = ("norm",)

    def __call__(self, doc: Document) -> Document:
        normalized(doc)
        return doc
