"""Institutions named after people: «مركز الملك سلمان للإغاثة والأعمال الإنسانية» is one ORG.

The tagger (trained on ANERcorp) tags the person inside such names as PERS; this rule turns
head noun + [royal title] + PERS + [genitive complement] into one ORG span. Head nouns and titles
are data (``resources/ner/institution_heads.txt``, ``royal_titles.txt``).
"""

from __future__ import annotations

from functools import cache

from marsad.ner import lexicon

#: At most this many complement words after the name (للإغاثة والأعمال الإنسانية).
MAX_COMPLEMENT = 4
_COMPLEMENT_STARTS = ("لل", "ال", "وال")


@cache
def _lists() -> tuple[frozenset[str], frozenset[str]]:
    return frozenset(lexicon.word_list("institution_heads.txt")), frozenset(lexicon.word_list("royal_titles.txt"))


def institution_phrases(norms: list[str], spans: list[tuple[int, int, str]]) -> list[tuple[int, int, int]]:
    """(start, end, index of the PERS span it absorbs) for each institution phrase of a sentence.

    ``norms``: the sentence's tokens in normal form; ``spans``: (start, end, type) entity spans.
    """
    heads, titles = _lists()
    starts = {a: k for k, (a, _b, typ) in enumerate(spans) if typ == "PERS"}
    taken = {t for a, b, _typ in spans for t in range(a, b)}
    out = []
    for i, n in enumerate(norms):
        if n not in heads:
            continue
        j = i + 1
        k = starts.get(j)
        if k is None and j < len(norms) and norms[j] in titles:
            k = starts.get(j + 1)
        if k is None:
            continue
        end = spans[k][1]
        extra = 0
        while (end < len(norms) and extra < MAX_COMPLEMENT and end not in taken
               and norms[end].startswith(_COMPLEMENT_STARTS) and norms[end].isalpha()):
            end += 1
            extra += 1
        out.append((i, end, k))
    return out
