"""Stage ``lemmas``: one span per word token with ``attrs["lemma"]`` (diacritic-free spelling).

The lemma is the clitic-free stem with inflectional affixes removed where the base is attested
(:mod:`marsad.arabic.lemmas`); ``بالرباط`` → رباط, ``عمليات`` → عملية, ``يستخدم`` → استخدم. Apply
:func:`marsad.arabic.normalize.normalize` to it for hamza/ى/ة-insensitive matching.
"""

from __future__ import annotations

from marsad.arabic.lemmas import lemma
from marsad.document import Document, Span
from marsad.pipeline import Stage, register_stage


@register_stage
class LemmasStage(Stage):
    """Add the ``lemmas`` layer: the lemma of every WORD token."""

    name = "lemmas"
    version = "1"
    requires = ("tokens",)
    provides = ("lemmas",)

    def __call__(self, doc: Document) -> Document:
        text = doc.text
        spans = [Span(t.start, t.end, "", {"lemma": lemma(text[t.start : t.end])})
                 for t in doc.layer("tokens") if t.label == "WORD"]
        doc.add_layer("lemmas", spans)
        return doc
