"""Arabic normal form for matching, features and search, with a map back to source offsets.

The normal form: diacritics (harakat, tanween, shadda, sukun, superscript alef) and tatweel
removed; hamza-carrying alefs (أ إ آ ٱ) → ا; ى → ي; ة → ه; ؤ → و, ئ → ي; Arabic-Indic and
Persian digits → ASCII; Arabic punctuation variants (، ؛ ؟ « » “ ” ‘ ’) → ASCII equivalents;
runs of whitespace → one space. Characters are only dropped or replaced one-for-one, so every
character of the normal form maps to exactly one offset of the source text.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

_DROP = set(
    "\u0610\u0611\u0612\u0613\u0614\u0615\u0616\u0617\u0618\u0619\u061a"
    "\u064b\u064c\u064d\u064e\u064f\u0650\u0651\u0652\u0653\u0654\u0655\u0656\u0657\u0658"
    "\u0659\u065a\u065b\u065c\u065d\u065e\u065f\u0670\u0640"  # ... superscript alef, tatweel
    "\u06d6\u06d7\u06d8\u06d9\u06da\u06db\u06dc\u06df\u06e0\u06e1\u06e2\u06e3\u06e4\u06e7\u06e8"
    "\u06ea\u06eb\u06ec\u06ed\u200c\u200d\u200e\u200f\u061c\ufeff"
)

_MAP = {
    "أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ٲ": "ا", "ٳ": "ا",
    "ى": "ي", "ی": "ي", "ئ": "ي", "ؤ": "و", "ة": "ه", "ک": "ك",
    "،": ",", "؛": ";", "؟": "?", "٪": "%", "٫": ".", "٬": ",",
    "«": '"', "»": '"', "“": '"', "”": '"', "„": '"', "‘": "'", "’": "'", "‹": '"', "›": '"',
    "\u00a0": " ", "\t": " ", "\r": " ", "\n": " ", "\u2009": " ", "\u202f": " ",
}
for _i in range(10):
    _MAP[chr(0x0660 + _i)] = str(_i)  # Arabic-Indic
    _MAP[chr(0x06F0 + _i)] = str(_i)  # Persian/Urdu

for _c in map(chr, range(0x3000)):
    if _c.isspace() and _c not in _MAP and _c != " ":
        _MAP[_c] = " "  # every Unicode space (incl. line/paragraph separators) becomes " "
_TABLE = {ord(c): None for c in _DROP} | {ord(k): v for k, v in _MAP.items()}
_SPACES = re.compile(r" {2,}")


#: Words and short phrases are normalised once per process (stages normalise the same tokens often).
_CACHED_LENGTH = 48


@functools.lru_cache(maxsize=200_000)
def _normalize_short(text: str) -> str:
    return _SPACES.sub(" ", text.translate(_TABLE)).strip()


def normalize(text: str) -> str:
    """The normal form of ``text`` (no offset map); cheap, used for matching and search."""
    if len(text) <= _CACHED_LENGTH:
        return _normalize_short(text)
    return _SPACES.sub(" ", text.translate(_TABLE)).strip()


@dataclass(slots=True)
class NormalizedText:
    """A normal form and, for each of its characters, the offset of its source character."""

    text: str
    offsets: list[int]
    source_length: int

    def source_span(self, start: int, end: int) -> tuple[int, int]:
        """Map a ``[start, end)`` range of the normal form back to the source text."""
        if start >= end:
            pos = self.offsets[start] if start < len(self.offsets) else self.source_length
            return pos, pos
        return self.offsets[start], self.offsets[end - 1] + 1


def normalize_with_map(text: str) -> NormalizedText:
    """Normalise ``text`` keeping, for every output character, its offset in ``text``."""
    out: list[str] = []
    offs: list[int] = []
    prev_space = True  # strips leading space
    for i, ch in enumerate(text):
        rep = _TABLE.get(ord(ch), ch)
        if rep is None:
            continue
        if rep == " " or rep.isspace():
            if prev_space:
                continue
            prev_space = True
            out.append(" ")
            offs.append(i)
            continue
        prev_space = False
        out.append(rep)
        offs.append(i)
    if out and out[-1] == " ":
        out.pop()
        offs.pop()
    return NormalizedText("".join(out), offs, len(text))
