"""Loading the event resources (trigger lexicon, cue lists, unnamed-participant heads), once."""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

from marsad.arabic.normalize import normalize
from marsad.errors import ResourceError

RESOURCES = Path(__file__).resolve().parent.parent / "resources" / "events"

#: PLOVER event types (manual, chapter 2).
PLOVER_TYPES = (
    "AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
    "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT",
)

#: Proclitic strings a trigger word may carry, by part of speech.
VERB_PROCLITICS = ("", "و", "ف", "س", "وس", "فس", "ل", "ول", "فل")
NOUN_PROCLITICS = ("", "و", "ف", "ب", "ل", "ك", "ال", "وال", "فال", "بال", "لل", "ولل", "فلل",
                   "كال", "وب", "فب", "ول", "فل", "وبال", "فبال", "وك")
ALL_PROCLITICS = tuple(dict.fromkeys(VERB_PROCLITICS + NOUN_PROCLITICS))
SUFFIXES = ("", "ه", "ها", "هم", "هما", "هن", "ي", "نا", "ت", "تا", "وا", "ا", "ات", "ان", "ين",
            "ون", "ته", "تها", "تهم", "تهما", "ك", "كم")


@dataclass(frozen=True, slots=True)
class Trigger:
    """One lexicon entry: a word or phrase that signals a PLOVER event."""

    words: tuple[str, ...]
    pos: str  # V | N | P
    type: str
    mode: str | None
    frame: str
    flags: frozenset[str]
    conf: float
    requires: tuple[str, ...] = ()  # one of these words must follow within 8 words


def _rows(name: str) -> list[list[str]]:
    path = RESOURCES / name
    if not path.exists():
        raise ResourceError(f"event resource missing: {path}")
    out = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        out.append(line.split("\t"))
    return out


@cache
def triggers() -> dict[str, list[Trigger]]:
    """Trigger entries indexed by the normal form of their first word."""
    index: dict[str, list[Trigger]] = {}
    for row in _rows("triggers.tsv"):
        row = row + [""] * (7 - len(row))
        forms, pos, etype, mode, frame, flags, conf = row[:7]
        if etype not in PLOVER_TYPES:
            raise ResourceError(f"triggers.tsv: unknown PLOVER type {etype!r}")
        for form in forms.split("|"):
            words = tuple(normalize(w) for w in form.split())
            if not words:
                continue
            fl = [f for f in flags.split(",") if f]
            req = tuple(normalize(w) for f in fl if f.startswith("req=") for w in f[4:].split("/"))
            t = Trigger(words, pos or "V", etype, mode or None, frame or "svo",
                        frozenset(f for f in fl if not f.startswith("req=")), float(conf or 0.5), req)
            index.setdefault(words[0], []).append(t)
    for entries in index.values():
        entries.sort(key=lambda t: -len(t.words))  # longest phrase first
    return index


@cache
def cues() -> dict[str, Any]:
    """The cue lists (status, prepositions, light verbs, modes, contexts)."""
    return json.loads((RESOURCES / "cues.json").read_text(encoding="utf-8"))


@cache
def cue_words(key: str) -> frozenset[str]:
    """The cue list ``key`` in marsad normal form, as a set (built once)."""
    return frozenset(normalize(w) for w in cues()[key])


def clause_opener_at(text: str, start: int, end: int, reports: bool = False) -> int | None:
    """Offset of the first word of ``text[start:end]`` that opens a new clause (حيث، بينما، فيما …:
    cues ``clause_openers``; with ``reports``, also a new report: «، وقال مصدر …», cues ``report_openers``),
    or None."""
    openers = cue_words("clause_openers") | (cue_words("report_openers") if reports else frozenset())
    for m in re.finditer(r"\S+", text[start:end]):
        if normalize(m.group().strip("،,")) in openers:
            return start + m.start()
    return None


@cache
def agent_heads() -> dict[str, tuple[str, str, int]]:
    """Heads of unnamed participant phrases: normal form → (kind, sector, words that may follow)."""
    out: dict[str, tuple[str, str, int]] = {}
    derived: dict[str, tuple[str, str, int]] = {}
    for row in _rows("agents.tsv"):
        head, kind, sector, ext = (row + ["", "", "", "0"])[:4]
        entry = (kind, sector, int(ext or 0))
        head = normalize(head)
        out[head] = entry
        if entry[2] >= 0:
            for form in _inflections(head):
                # construct forms (مسلحو، مسلحي) are followed by their genitive
                construct = not form.endswith("ن")
                derived.setdefault(form, (kind, sector, max(1, entry[2])) if construct else entry)
    for form, entry in derived.items():
        out.setdefault(form, entry)  # a listed form keeps its own entry
    return out


def _inflections(head: str) -> list[str]:
    """The other case, definiteness and construct forms of a sound masculine plural head (مسلحين →
    المسلحين, مسلحون, المسلحون, مسلحو, مسلحي), so that the list need not spell out every one."""
    base = head[2:] if head.startswith("ال") else head
    if len(base) < 5 or not base.endswith(("ين", "ون")):
        return []
    stem = base[:-2]
    return [pre + stem + suf for pre in ("", "ال") for suf in ("ين", "ون")] + [stem + "و", stem + "ي"]
