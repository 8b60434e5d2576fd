"""Loading the NER resources shipped in marsad/resources/ner (gazetteer, clusters, word lists)."""

from __future__ import annotations

import functools
from importlib import resources
from pathlib import Path

from marsad.arabic.normalize import normalize
from marsad.errors import ResourceError


def resource_path(name: str) -> Path:
    """Path of a file under marsad/resources/ner."""
    return Path(str(resources.files("marsad") / "resources" / "ner" / name))


def _lines(name: str) -> list[str]:
    p = resource_path(name)
    if not p.exists():
        raise ResourceError(f"NER resource {name} is missing from marsad/resources/ner (rebuild it, see MODEL_CARD.md)")
    with open(p, encoding="utf-8") as f:
        return [ln.rstrip("\n") for ln in f if ln.strip() and not ln.startswith("#")]


@functools.cache
def gazetteer() -> dict[tuple[str, ...], frozenset[str]]:
    """Normalised phrase (as a token tuple) -> the set of gazetteer types it belongs to."""
    out: dict[tuple[str, ...], set[str]] = {}
    for ln in _lines("gazetteer.tsv"):
        phrase, typ = ln.split("\t")
        out.setdefault(tuple(phrase.split()), set()).add(typ)
    return {k: frozenset(v) for k, v in out.items()}


@functools.cache
def gazetteer_max_len() -> int:
    """Length in tokens of the longest gazetteer phrase (capped at 6)."""
    return min(6, max(len(k) for k in gazetteer()))


@functools.cache
def clusters() -> dict[str, tuple[str, ...]]:
    """Normalised word -> its cluster ids at each granularity."""
    out: dict[str, tuple[str, ...]] = {}
    for ln in _lines("clusters.tsv"):
        parts = ln.split("\t")
        out[parts[0]] = tuple(parts[1:])
    return out


@functools.cache
def word_list(name: str) -> dict[str, str]:
    """A ``word<TAB>class`` list (class optional) as normalised word -> class."""
    out: dict[str, str] = {}
    for ln in _lines(name):
        parts = ln.split("\t")
        out[normalize(parts[0])] = parts[1] if len(parts) > 1 else "1"
    return out
