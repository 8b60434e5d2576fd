"""Loading of the temporal word lists in ``marsad/resources/temporal`` (normalised, cached)."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from functools import cache
from importlib import resources
from typing import Any

from marsad.arabic.normalize import normalize


def _load(name: str) -> dict[str, Any]:
    path = resources.files("marsad") / "resources" / "temporal" / name
    return json.loads(path.read_text(encoding="utf-8"))


def _key(phrase: str) -> tuple[str, ...]:
    return tuple(normalize(phrase).split())


@dataclass(frozen=True)
class Item:
    """One lexicon entry: a category and its payload."""

    cat: str
    value: Any = None
    ambiguous: bool = False


@dataclass
class TemporalLexicon:
    """Token-tuple phrases → items, plus the small word sets the grammar consults."""

    phrases: dict[tuple[str, ...], list[Item]] = field(default_factory=dict)
    max_len: int = 1
    numbers: dict[str, int] = field(default_factory=dict)
    teens_second: set[str] = field(default_factory=set)
    #: ordinal day words («السابع من يوليو»): units, teen marker, tens alone, «و»-tens after a unit
    ordinal_units: dict[str, int] = field(default_factory=dict)
    ordinal_teens: set[str] = field(default_factory=set)
    ordinal_tens: dict[str, int] = field(default_factory=dict)
    ordinal_tens_after: dict[str, int] = field(default_factory=dict)
    future_cues: set[str] = field(default_factory=set)
    future_stop: set[str] = field(default_factory=set)
    year_lead: set[str] = field(default_factory=set)
    hijri_suffix: set[str] = field(default_factory=set)
    greg_suffix: set[str] = field(default_factory=set)
    season_stop: set[str] = field(default_factory=set)
    not_today_after: set[str] = field(default_factory=set)
    not_future_initial: set[str] = field(default_factory=set)

    first_words: set[str] = field(default_factory=set)

    def add(self, phrase: str, item: Item) -> None:
        k = _key(phrase)
        if not k:
            return
        self.first_words.add(k[0])
        lst = self.phrases.setdefault(k, [])
        if item not in lst:
            lst.append(item)
        self.max_len = max(self.max_len, len(k))


EDGE_WORDS = {
    "اوائل": "START", "مطلع": "START", "بدايه": "START", "بدايات": "START",
    "اواخر": "END", "نهايه": "END", "اواسط": "MID", "منتصف": "MID",
}


_FROM_TABLE = object()  # the item's value is the word's value in the JSON table

#: Word lists and word → value tables that each become one kind of item, in adding order:
#: (file, key, item kind, item value or _FROM_TABLE).
_WORD_CLASSES = (
    ("cal", "day_words", "DAYWORD", None), ("cal", "part_of_day", "PART", None),
    ("cal", "past_modifiers", "MOD", -1), ("cal", "future_modifiers", "MOD", 1),
    ("cal", "current_modifiers", "MOD", 0), ("cal", "year_words", "YEARWORD", None),
    ("cal", "month_words", "MONTHWORD", None), ("cal", "week_words", "WEEKWORD", None),
    ("rel", "day_offsets", "DAYREL", _FROM_TABLE), ("rel", "vague", "VAGUE", _FROM_TABLE),
    ("rel", "units", "UNIT", _FROM_TABLE), ("rel", "relative_before", "BEFORE", None),
    ("rel", "relative_after", "AFTER", None), ("rel", "within", "WITHIN", None),
    ("rel", "sets", "SET", _FROM_TABLE), ("rel", "seasons", "SEASON", _FROM_TABLE),
    ("rel", "decades", "DECADE", _FROM_TABLE), ("rel", "century_ordinals", "ORDINAL", _FROM_TABLE),
    ("rel", "century_words", "CENTURY", None), ("rel", "set_lead", "EVERY", None),
)


@cache
def lexicon() -> TemporalLexicon:
    """The temporal lexicon (built once)."""
    cal = _load("calendar.json")
    rel = _load("relative.json")
    num = _load("numbers.json")
    lx = TemporalLexicon()
    amb = {normalize(x) for x in cal["ambiguous_months"]}
    for name, m in cal["gregorian_months"].items():
        lx.add(name, Item("MONTH", m, normalize(name) in amb))
    hamb = {normalize(x) for x in cal["ambiguous_hijri"]}
    for name, m in cal["hijri_months"].items():
        lx.add(name, Item("HMONTH", m, normalize(name) in hamb))
    needs_day = {normalize(x) for x in cal["weekday_needs_day_word"]}
    for name, d in cal["weekdays"].items():
        lx.add(name, Item("WEEKDAY", d, normalize(name) in needs_day))
    for source, key, kind, value in _WORD_CLASSES:
        table = cal if source == "cal" else rel
        if value is _FROM_TABLE:
            for w, v in table[key].items():
                lx.add(w, Item(kind, tuple(v) if key == "units" else v))  # units: (unit, multiplier)
        else:
            for w in table[key]:
                lx.add(w, Item(kind, value))
    lx.not_today_after = {normalize(x) for x in rel["not_today_after"]}
    lx.not_future_initial = {normalize(x) for x in rel["not_future_initial"]}
    lx.season_stop = {normalize(x) for x in rel["season_not_before"]}
    for w in EDGE_WORDS:
        lx.add(w, Item("EDGE", EDGE_WORDS[w]))
    lx.numbers = {normalize(k): v for k, v in num["words"].items()}
    lx.teens_second = {normalize(x) for x in num["teens_second"]}
    od = num["ordinal_days"]
    lx.ordinal_units = {normalize(k): v for k, v in od["units"].items()}
    lx.ordinal_teens = {normalize(x) for x in od["teens"]}
    lx.ordinal_tens = {normalize(k): v for k, v in od["tens"].items()}
    lx.ordinal_tens_after = {normalize(k): v for k, v in od["tens_after"].items()}
    lx.future_cues = {normalize(x) for x in rel["future_cues"]}
    lx.future_stop = {normalize(x) for x in rel["future_prefix_stoplist"]}
    lx.year_lead = {normalize(x) for x in cal["year_lead_words"]}
    lx.hijri_suffix = {normalize(x) for x in cal["hijri_year_suffix"]}
    lx.greg_suffix = {normalize(x) for x in cal["gregorian_year_suffix"]}
    return lx
