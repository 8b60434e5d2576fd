"""Reading token-per-line NER files (ANERcorp, AQMAR, Wojood) into sentences of (token, tag)."""

from __future__ import annotations

from collections.abc import Iterator

Sentence = list[tuple[str, str]]


def read_conll(path: str, sep: str | None = None, tag_col: int = 1) -> list[Sentence]:
    """Sentences of ``(token, tag)`` from a file with one token per line and blank lines between.

    ``sep=None`` splits on any whitespace; a line with only a token gets tag ``O``.
    """
    sents: list[Sentence] = []
    cur: Sentence = []
    with open(path, encoding="utf-8-sig") as f:
        for line in f:
            line = line.rstrip("\n").rstrip("\r")
            if not line.strip():
                if cur:
                    sents.append(cur)
                    cur = []
                continue
            parts = line.split(sep) if sep else line.split()
            tok = parts[0]
            tag = parts[tag_col] if len(parts) > tag_col else "O"
            cur.append((tok, tag))
    if cur:
        sents.append(cur)
    return sents


def read_token_blocks(lines: list[str]) -> Iterator[list[str] | None]:
    """Group input lines into token lists (first column); ``None`` marks each blank line kept."""
    cur: list[str] = []
    for line in lines:
        line = line.rstrip("\n").rstrip("\r")
        if not line.strip():
            if cur:
                yield cur
                cur = []
            yield None
            continue
        cur.append(line.split()[0])
    if cur:
        yield cur
