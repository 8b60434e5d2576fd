"""Stage ``dates``: the ``timex`` layer — date expressions resolved against ``doc.published``.

Each span's label is the kind (``date``, ``duration``, ``set``, ``vague``); attrs: ``value`` (ISO
day/month/year or week, None when unresolvable or vague), ``granularity``, ``timeml`` (the TimeML
value: ISO date, P-duration, PAST_REF …) and ``anchor`` (the rule and offset used). Without a
publication date only absolute dates get a value.
"""

from __future__ import annotations

from marsad.document import Document, Span
from marsad.pipeline import Stage, register_stage
from marsad.stages.normalize import normalized
from marsad.temporal.context import published_date
from marsad.temporal.resolver import resolve_dates


@register_stage
class DatesStage(Stage):
    """Find and resolve Arabic date expressions."""

    name = "dates"
    version = "1"
    requires = ("sentences",)
    provides = ("timex",)

    def __call__(self, doc: Document) -> Document:
        spans = [
            Span(t.start, t.end, t.kind, {"value": t.value, "granularity": t.granularity, "timeml": t.timeml,
                                          "anchor": t.anchor})
            for t in resolve_dates(doc.text, published_date(doc), normalized(doc))
        ]
        doc.add_layer("timex", spans)
        return doc
