"""Stage ``quotes``: ``doc.quotes`` — direct and reported speech (see :mod:`marsad.quotes.extract`).

Runs after ``actors`` when present so that speakers link to actor ids (``Quote.speaker_actor``);
without actors the speaker is a text span only.
"""

from __future__ import annotations

from marsad.document import Document
from marsad.pipeline import Stage, register_stage
from marsad.quotes.extract import extract_quotes


@register_stage
class QuotesStage(Stage):
    """Extract quotes with speaker, cue and content offsets."""

    name = "quotes"
    version = "1"
    requires = ("sentences",)
    provides = ("quotes",)

    def __call__(self, doc: Document) -> Document:
        doc.quotes.extend(extract_quotes(doc))
        return doc
