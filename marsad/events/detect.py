"""Trigger detection: tokens in normal form, clitic-tolerant lexicon lookup, phrase matching."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from marsad.arabic.normalize import normalize
from marsad.document import Document
from marsad.events.lexicon import (
    ALL_PROCLITICS,
    NOUN_PROCLITICS,
    SUFFIXES,
    VERB_PROCLITICS,
    Trigger,
    cues,
    triggers,
)

_TOKEN_RE = re.compile(r"[\w\u064B-\u065F\u0670\u0640]+|[^\w\s]")
_DIACRITICS = "".join(chr(c) for c in range(0x064B, 0x0660)) + "\u0670\u0640"
_VERB_PRO = frozenset(VERB_PROCLITICS)
_NOUN_PRO = frozenset(NOUN_PROCLITICS)
#: Possessive pronoun suffixes (a noun with the article never carries one).
_PRONOUNS = frozenset(("ه", "ها", "هم", "هما", "هن", "ي", "نا", "ك", "كم", "ته", "تها", "تهم", "تهما"))
#: و/ف + زار: verbs that the never-trigger prefixes of وزارة would otherwise hide.
_VISIT_VERBS = frozenset(p + v for p in ("و", "ف") for v in ("زار", "زارت", "زاروا", "زارا"))


@dataclass(slots=True)
class Tok:
    """A token of the document: offsets and its normal form."""

    start: int
    end: int
    norm: str
    marbuta: bool = False  # the word ends in ة in the source: a noun, never a verb


@dataclass(slots=True)
class Match:
    """A trigger found in the text: the token range it covers and the lexicon entry."""

    first: int  # token index
    last: int  # token index (inclusive)
    trigger: Trigger
    proclitic: str
    suffix: str


def tokenize(doc: Document) -> list[Tok]:
    """Word and punctuation tokens of the whole document (the ``tokens`` layer is not needed)."""
    cached = doc.cache.get("events.tokens")
    if cached is not None:
        return cached
    toks = [Tok(m.start(), m.end(), normalize(g), g[-1] == "ة" or g[-1] in _DIACRITICS and g.rstrip(_DIACRITICS)[-1:] == "ة")
            for m in _TOKEN_RE.finditer(doc.text) for g in (m.group(),)]
    doc.cache["events.tokens"] = toks
    return toks


@lru_cache(maxsize=200_000)
def analyses(word: str) -> tuple[tuple[str, str, str], ...]:
    """Possible (proclitic, stem, suffix) readings of a normalised word."""
    out = []
    for pro in ALL_PROCLITICS:
        if pro and not word.startswith(pro):
            continue
        rest = word[len(pro):]
        if len(rest) < 2:
            continue
        for suf in SUFFIXES:
            if suf and not rest.endswith(suf):
                continue
            stem = rest[: len(rest) - len(suf)] if suf else rest
            if len(stem) < 2:
                continue
            out.append((pro, stem, suf))
            if suf and stem.endswith("ت"):  # ادانته → ادانه (ta marbuta before a pronoun)
                out.append((pro, stem[:-1] + "ه", suf))
            if suf and stem.endswith("اي") and len(stem) > 3:  # لقائه → لقايه: the hamza of لقاء on ya
                out.append((pro, stem[:-1] + "ء", suf))
    return tuple(out)


@lru_cache(maxsize=200_000)
def stems(word: str) -> frozenset[str]:
    """All stems a word may have once clitics are removed."""
    return frozenset(s for _, s, _ in analyses(word))


def _pro_ok(pos: str, pro: str) -> bool:
    if pos == "V":
        return pro in _VERB_PRO
    if pos == "N":
        return pro in _NOUN_PRO
    return True


def find_triggers(toks: list[Tok], lo: int, hi: int) -> list[Match]:
    """Trigger matches among tokens ``lo..hi-1``, longest first, not overlapping."""
    index = triggers()
    c = cues()
    stop = tuple(c["never_trigger_prefixes"])
    never = set(c["never_trigger_words"])
    blocked = c["blocked_next"]
    preps = c["prepositions"]
    adverbs = ("ايضا", "كذلك", "بدوره", "بدورها")
    found: list[Match] = []
    taken: set[int] = set()
    i = lo
    while i < hi:
        best: Match | None = None
        word = toks[i].norm
        if word in never or word.startswith(stop) and word not in _VISIT_VERBS:
            # وزارة, بوزارة are no visits; وزار, وزارت ("and he/she visited") are
            i += 1
            continue
        nxt = toks[i + 1].norm if i + 1 < hi else ""
        if nxt in adverbs and i + 2 < hi:  # "طلب أيضا عدم ذكر اسمه": look past an adverb
            nxt = toks[i + 2].norm
        # after a preposition a word is a noun: عن إدانته is "his condemnation", not "she condemned him"
        after_prep = i > lo and toks[i - 1].norm in preps
        for pro, stem, suf in analyses(word):
            for t in index.get(stem, ()):
                if not _pro_ok(t.pos, pro) or (t.pos == "V" and suf == "ه" and toks[i].marbuta):
                    continue  # a word in ة is a noun, not a verb with the pronoun ه
                if t.pos != "V" and suf in _PRONOUNS and ("ال" in pro or stem.startswith("ال") or "nopron" in t.flags):
                    continue  # "الاجتماعي" is an adjective: a noun with the article takes no possessive
                if t.pos == "N" and len(t.words) == 1 and not suf and stem.endswith("ه") and not toks[i].marbuta \
                        and toks[i].norm.endswith("ه"):
                    continue  # "أشكاله ومظاهره": مظاهر + his, not مظاهرة (the noun is spelt with ة)
                if len(t.words) == 1 and nxt in blocked.get(t.type, ()):
                    continue
                if t.requires and not any(set(t.requires) & (stems(toks[k].norm) | {toks[k].norm})
                                          for k in range(i + 1, min(hi, i + (17 if "reqfar" in t.flags else 9)))):
                    continue  # حملت X مسؤولية, وقعت X اتفاقا: the required word follows within 8 words
                n = len(t.words)
                if n > 1:
                    if i + n > hi or any(t.words[k] not in stems(toks[i + k].norm) and t.words[k] != toks[i + k].norm
                                         for k in range(1, n)):
                        continue
                if best is None or n > best.last - best.first + 1:
                    best = Match(i, i + n - 1, t, pro, suf)
                elif n == best.last - best.first + 1:
                    cost = len(pro) + len(suf) + (0.5 if after_prep and t.pos == "V" else 0)
                    best_cost = len(best.proclitic) + len(best.suffix) + (
                        0.5 if after_prep and best.trigger.pos == "V" else 0)
                    if cost < best_cost:
                        best = Match(i, i + n - 1, t, pro, suf)
        if best is not None and i not in taken:
            found.append(best)
            taken.update(range(best.first, best.last + 1))
            i = best.last + 1
        else:
            i += 1
    return found
