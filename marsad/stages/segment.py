"""Stage ``segment``: sentences, tokens and clitics layers.

- ``sentences``: one span per sentence (label ``""``).
- ``tokens``: one span per token, label ``WORD``, ``NUM``, ``PUNCT`` or ``URL``.
- ``clitics``: for every WORD token, its segments in order, label ``PROCLITIC``, ``STEM`` or
  ``ENCLITIC``; ``attrs["form"]`` is present only where the canonical form differs from the span's
  text: ``ال`` for the ``ل`` of ``للسلطة``, the diacritic-free spelling of a stem or clitic written
  with diacritics. A word with no clitic is one STEM span.
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
                    attrs = {"form": form} if e - s != len(form) or word[s:e] != form else {}
                    clitics.append(Span(t.start + s, t.start + e, label, attrs))
        doc.add_layer("tokens", tokens)
        doc.add_layer("clitics", clitics)
        return doc
