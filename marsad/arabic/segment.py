"""Sentence and token segmentation of Arabic news text, with character offsets.

Tokens are words (letters with their diacritics/tatweel), numbers (``3.5``, ``3,5``, ``20.09.2022``,
``10:30`` and Arabic-Indic digits kept whole), URLs/e-mails/dotted Latin names, runs of terminal
punctuation (``...``, ``؟!``) and any other single non-space character (``،`` ``؛`` ``«`` ``%`` …).

Sentences end after a terminal token (``. ! ? ؟ ؛ …``), absorbing closing quotes and brackets that
follow it (``«...قوي.»`` keeps the ``»``), and at every line break. A period glued to an abbreviation
(``د.`` ``م.`` ``ص.``, single initials, Latin ``Dr.``; list in resources/arabic/abbreviations.txt)
does not end a sentence; numbers never contain a boundary because they are single tokens.
"""

from __future__ import annotations

import json
import re
from functools import cache
from pathlib import Path
from typing import NamedTuple

#: Where the language core's data files live.
RESOURCES = Path(__file__).resolve().parent.parent / "resources" / "arabic"

#: Combining marks and tatweel that may sit inside an Arabic word.
MARKS = "\u0610-\u061a\u064b-\u065f\u0670\u0640\u06d6-\u06dc\u06df-\u06e8\u06ea-\u06ed"
_MARKS_RE = re.compile(f"[{MARKS}]")

_TOKEN_RE = re.compile(
    rf"""
    (?P<URL>(?:https?://|www\.)[^\s«»“”"'<>()\[\]،]+[^\s«»“”"'<>()\[\]،.,:;!?؟]
        |[\w.+-]+@[\w-]+(?:\.[\w-]+)+
        |[A-Za-z][A-Za-z0-9-]*(?:\.[A-Za-z][A-Za-z0-9-]*)+)
    |(?P<NUM>\d+(?:[.,٫٬:/]\d+)*)
    |(?P<WORD>(?:[^\W\d_]|[{MARKS}])+)
    |(?P<TERM>\.{{2,}}|[!?؟]+|[.…؛])
    |(?P<PUNCT>[^\s])
    """,
    re.VERBOSE,
)

#: Tokens made only of these characters end a sentence; an ellipsis (``...``, ``…``) does not,
#: since news uses it mostly inside sentences (a line break after it still ends the sentence).
TERMINALS = frozenset(".!?؟؛")
ELLIPSES = frozenset({"…"})
#: Characters that, right after a terminal, still belong to the sentence.
CLOSERS = frozenset("”»)]}’›")
#: Punctuation that, right after a closed quote, shows the sentence goes on.
CONTINUATIONS = frozenset("،,:")
_AMBIGUOUS_QUOTES = frozenset("\"'")
_OPENERS = frozenset("“«([{‘‹")


class Token(NamedTuple):
    """A token: ``[start, end)`` offsets into the text and its kind (WORD, NUM, PUNCT, TERM, URL)."""

    start: int
    end: int
    kind: str


def strip_marks(word: str) -> str:
    """``word`` without diacritics and tatweel (hamza and letters kept)."""
    return _MARKS_RE.sub("", word)


@cache
def abbreviations() -> frozenset[str]:
    """Words that, followed by a glued period, do not end a sentence."""
    raw = (RESOURCES / "abbreviations.txt").read_text("utf-8")
    return frozenset(ln.strip() for ln in raw.splitlines() if ln.strip() and not ln.startswith("#"))


@cache
def _year_markers() -> frozenset[str]:
    return frozenset(json.loads((RESOURCES / "segment.json").read_text("utf-8"))["year_markers"])


def tokenize(text: str) -> list[Token]:
    """All tokens of ``text`` in order."""
    return [Token(m.start(), m.end(), m.lastgroup or "PUNCT") for m in _TOKEN_RE.finditer(text)]


def _is_abbreviation(text: str, tokens: list[Token], i: int) -> bool:
    """Is the period ``tokens[i]`` glued to an abbreviation?"""
    if i == 0:
        return False
    prev = tokens[i - 1]
    if prev.end != tokens[i].start:
        return False
    if prev.kind == "NUM":
        # an enumerator "1." / "2." opening a line or the text: "1. إثيوبيا"
        line_start = text.rfind("\n", 0, prev.start) + 1
        return not text[line_start : prev.start].strip()
    if prev.kind != "WORD":
        return False
    nxt = tokens[i + 1] if i + 1 < len(tokens) else None
    if (nxt is not None and nxt.start == tokens[i].end and nxt.kind == "WORD"
            and prev.end - prev.start <= 3 and nxt.end - nxt.start <= 3):
        return True  # dotted acronym: كيه.اس.تي.يو
    word = text[prev.start : prev.end]
    if word in _year_markers() and i >= 2 and tokens[i - 2].kind == "NUM" and prev.start - tokens[i - 2].end <= 1:
        return False  # 2022م. / 1443هـ. : an era marker, the period ends the sentence
    word = strip_marks(word)
    if word in abbreviations():
        return True
    # A standalone single letter (an initial): "ج. بوش"
    return len(word) == 1 and (prev.start == 0 or text[prev.start - 1].isspace() or text[prev.start - 1] == ".")


def split_sentences(text: str, tokens: list[Token] | None = None) -> list[tuple[int, int]]:
    """Sentence spans ``(start, end)`` of ``text``, each from its first to its last token."""
    if tokens is None:
        tokens = tokenize(text)
    sents: list[tuple[int, int]] = []
    n = len(tokens)
    start_i = 0
    open_ambiguous: set[str] = set()  # ASCII quote characters open in the current sentence
    i = 0
    while i < n:
        tok = tokens[i]
        tt = text[tok.start : tok.end]
        if tt in _AMBIGUOUS_QUOTES:
            open_ambiguous ^= {tt}
        end_here = False
        if (tok.kind == "TERM" and tt not in ELLIPSES and not tt.startswith("..")
                and not (tt == "." and _is_abbreviation(text, tokens, i))):
            end_here = True
            term_i = i
            # absorb closing quotes/brackets and further terminals that follow
            while i + 1 < n:
                nt = text[tokens[i + 1].start : tokens[i + 1].end]
                if "\n" in text[tokens[i].end : tokens[i + 1].start]:
                    break
                if nt in CLOSERS or tokens[i + 1].kind == "TERM" or nt in open_ambiguous:
                    if nt in _AMBIGUOUS_QUOTES:
                        open_ambiguous ^= {nt}
                    i += 1
                else:
                    break
            if (i > term_i and i + 1 < n and text[tokens[i + 1].start : tokens[i + 1].end] in CONTINUATIONS
                    and "\n" not in text[tokens[i].end : tokens[i + 1].start]):
                end_here = False  # «... قوي.»، وأضاف : the quote ends, the sentence goes on
        elif i + 1 < n and "\n" in text[tok.end : tokens[i + 1].start]:
            end_here = True
        if end_here or i == n - 1:
            sents.append((tokens[start_i].start, tokens[i].end))
            start_i = i + 1
            open_ambiguous = set()
        i += 1
    return sents


def segment(text: str) -> tuple[list[tuple[int, int]], list[Token]]:
    """Sentences and tokens of ``text``."""
    toks = tokenize(text)
    return split_sentences(text, toks), toks
