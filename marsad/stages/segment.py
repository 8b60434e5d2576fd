"""Stage ``segment``: sentences, tokens and clitics layers.

- ``sentences``: one span per sentence (label ``""``).
- ``tokens``: one span per token, label ``WORD``, ``NUM``, ``PUNCT`` or ``URL``.
- ``clitics``: for every WORD token, its segments in order, label ``PROCLITIC``, ``STEM`` or
  ``ENCLITIC``; ``attrs["form"]`` (always present) is the canonical, diacritic-free form: ``ال``
  for the ``ل`` of ``للسلطة``, ``ه`` for ``هُ``. A word with no clitic is one STEM span.
See :mod:`marsad.arabic.segment` and :mod:`marsad.arabic.clitics` for the rules.
"""

from __future__ import annotations

from marsad.arabic.clitics import split_word
from marsad.arabic.segment import segment
from marsad.document import Document, Span
from marsad.pipeline import Stage, register_stage


@register_stage
class SegmentStage(Stage):
    """Split the text into sentences and tokens, and word tokens into clitics."""

    name = "segment"
    version = "1"
    requires = ("text",)
    provides = ("sentences", "tokens", "clitics")

    def __call__(self, doc: Document) -> Document:
        text = doc.text
        sents, toks = segment(text)
        doc.add_layer("sentences", [Span(s, e) for s, e in sents])
        tokens: list[Span] = []
        clitics: list[Span] = []
        for t in toks:
            kind = "PUNCT" if t.kind == "TERM" else t.kind
            tokens.append(Span(t.start, t.end, kind))
            if kind == "WORD":
                word = text[t.start : t.end]
                for s, e, label, form in split_word(word):
                    clitics.append(Span(t.start + s, t.start + e, label, {"form": form}))
        doc.add_layer("tokens", tokens)
        doc.add_layer("clitics", clitics)
        return doc
