"""Find Arabic date expressions in a text and resolve them against the publication date.

``resolve_dates(text, published)`` returns :class:`Timex` records with offsets into ``text``.
Matching runs on the normal form (marsad.arabic.normalize) token by token: a lexicon of calendar
words (resources/temporal/*.json) labels tokens, a small grammar combines neighbours:

- relative days: أمس، أول من أمس، اليوم، غدا، بعد غد، الليلة الماضية (+ a weekday: «أمس الاثنين»);
- weekdays, alone or with يوم / الماضي / المقبل; a bare weekday is the nearest such day in the
  direction of the clause's tense (past unless a future cue such as سوف، سـ+verb، المقرر);
- periods: العام الماضي، الشهر المقبل، الأسبوع الماضي، هذا العام;
- offsets: قبل ثلاثة أيام، بعد يومين، منذ عامين (digits or number words);
- absolute dates: «20 سبتمبر 2022», «15 ماي», «كانون الثاني 2015», «20/9/2022», Hijri
  «15 رمضان 1436هـ» (converted with hijridate), years «عام 2003», months «نوفمبر الماضي»;
- durations (يومين، 24 ساعة) and vague expressions (مؤخرا) get ``value`` None.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Any

from marsad.arabic.normalize import NormalizedText, normalize_with_map
from marsad.arabic.segment import MARKS
from marsad.temporal.lexicon import Item, TemporalLexicon, lexicon

#: «اليوم (الأربعاء)», «أمس الاثنين» whose weekday is one day off the publication date's: the story was
#: written a day before the archive's date, and the named weekday wins (further off: the date is kept)
WEEKDAY_SHIFT_DAYS = 1
_TOKEN = re.compile(r"\d+|[^\W\d_]+|\S")
_NUMERIC_DATE = re.compile(
    r"(?<!\d)(?:(\d{1,2})\s?[/\-.]\s?(\d{1,2})\s?[/\-.]\s?(\d{4})|(\d{4})[/\-.](\d{1,2})[/\-.](\d{1,2}))(?!\d)"
)
_TRAILING = re.compile(f"[{MARKS}]")
_CLITICS1 = ("و", "ف")
_CLITICS2 = ("ب", "ل", "ك")
_SENT_END = {".", "!", "?", ";", ":"}
_OPEN = {"(", '"', "[", "-"}
_CLOSE = {")", '"', "]", "-"}


@dataclass(slots=True)
class Timex:
    """A temporal expression: offsets into the source text and its resolved value."""

    start: int
    end: int
    text: str
    value: str | None  # 'YYYY-MM-DD' | 'YYYY-MM' | 'YYYY' | 'YYYY-Www' | None
    granularity: str | None  # day | week | month | year | None
    kind: str = "date"  # date | duration | vague
    timeml: str | None = None  # the TimeML value (ISO date, P-duration, PAST_REF, ...)
    anchor: dict[str, Any] = field(default_factory=dict)

    @property
    def date(self) -> date | None:
        """The resolved calendar day, when the granularity is a day."""
        if self.value and self.granularity == "day":
            return date.fromisoformat(self.value)
        return None

    def to_dict(self) -> dict[str, Any]:
        return {
            "start": self.start, "end": self.end, "text": self.text, "value": self.value,
            "granularity": self.granularity, "kind": self.kind, "timeml": self.timeml, "anchor": self.anchor,
        }


@dataclass(slots=True)
class _Tok:
    text: str  # normal form
    start: int  # offsets in the normal form
    end: int
    items: list[tuple[int, Item, str]] = field(default_factory=list)  # (length in tokens, item, prefix)


def _shift_month(y: int, m: int, k: int) -> tuple[int, int]:
    idx = y * 12 + (m - 1) + k
    return idx // 12, idx % 12 + 1


def _iso_week(d: date) -> str:
    y, w, _ = d.isocalendar()
    return f"{y}-W{w:02d}"


def _valid(y: int, m: int, d: int) -> date | None:
    try:
        return date(y, m, d)
    except ValueError:
        return None


def _hijri(y: int, m: int, d: int) -> date | None:
    try:
        from hijridate import Hijri

        g = Hijri(y, m, d).to_gregorian()
        return date(g.year, g.month, g.day)
    except (ValueError, OverflowError, ImportError):
        return None


class _Parser:
    def __init__(self, norm: str, published: date | None, lx: TemporalLexicon) -> None:
        self.norm = norm
        self.pub = published
        self.lx = lx
        self.toks = [_Tok(m.group(), m.start(), m.end()) for m in _TOKEN.finditer(norm)]
        self._label()

    # -- labelling ------------------------------------------------------------------------------
    def _variants(self, w: str) -> list[str]:
        out = [("", w)]
        if len(w) > 2 and w[0] in _CLITICS1:
            out.append((w[0], w[1:]))
        for p, rest in list(out):
            if len(rest) > 3 and rest[0] in _CLITICS2 and rest[1:3] == "ال":
                out.append((p + rest[0], rest[1:]))
            if len(rest) > 3 and rest.startswith("لل"):
                out.append((p + "ل", "ا" + rest[1:]))
        return out

    def _label(self) -> None:
        toks, lx = self.toks, self.lx
        firsts = lx.first_words
        for i, t in enumerate(toks):
            for prefix, w in self._variants(t.text):
                if w not in firsts:
                    continue
                for n in range(lx.max_len, 0, -1):
                    if i + n > len(toks):
                        continue
                    key = (w,) + tuple(x.text for x in toks[i + 1 : i + n])
                    for item in lx.phrases.get(key, []):
                        t.items.append((n, item, prefix))

    def prefix_len(self, i: int) -> int:
        """Length of the clitic prefix (و، ف، ب) the lexicon match at token ``i`` left out."""
        prefixes = [p for _n, _it, p in self.toks[i].items]
        if not prefixes or "" in prefixes:
            return 0
        return min(len(p) for p in prefixes)

    def item(self, i: int, *cats: str) -> tuple[int, Item] | None:
        """The longest item of one of ``cats`` starting at token ``i``."""
        if i >= len(self.toks):
            return None
        best = None
        for n, it, _p in self.toks[i].items:
            if it.cat in cats and (best is None or n > best[0]):
                best = (n, it)
        return best

    def number(self, i: int) -> tuple[int, int] | None:
        """(value, tokens used) of a digit string or number words at ``i``."""
        if i >= len(self.toks):
            return None
        t = self.toks[i].text
        if t.isdigit():
            return int(t), 1
        w = t[1:] if t.startswith("و") and t[1:] in self.lx.numbers else t
        if w not in self.lx.numbers:
            return None
        total, j = self.lx.numbers[w], i + 1
        while j < len(self.toks):
            nt = self.toks[j].text
            if nt in self.lx.teens_second and total < 10:
                total += 10
            elif nt.startswith("و") and nt[1:] in self.lx.numbers and self.lx.numbers[nt[1:]] >= 20:
                total += self.lx.numbers[nt[1:]]
            else:
                break
            j += 1
        return total, j - i

    # -- context ---------------------------------------------------------------------------------
    def future_context(self, i: int) -> bool:
        """Whether the clause around token ``i`` speaks of the future."""
        lo = i
        while lo > 0 and self.toks[lo - 1].text not in _SENT_END and i - lo < 25:
            lo -= 1
        hi = min(len(self.toks), i + 4)
        for j in range(lo, hi):
            w = self.toks[j].text
            ws = [w, w[1:]] if w[:1] in _CLITICS1 else [w]
            for x in ws:
                if x in self.lx.future_cues:
                    return True
                if (len(x) >= 5 and x[0] == "س" and x[1] in "يتنا" and x not in self.lx.future_stop
                        and not x.startswith("سيا") and j < i):
                    return True
        first = self.toks[lo].text if lo < len(self.toks) else ""
        first = first[1:] if first[:1] in _CLITICS1 and len(first) > 4 else first
        return len(first) >= 4 and first[0] == "ي" and first not in self.lx.not_future_initial and not first.startswith("تم")

    # -- resolution helpers ----------------------------------------------------------------------
    def _weekday(self, wd: int, direction: int, explicit: bool) -> date | None:
        if self.pub is None:
            return None
        pw = self.pub.weekday()
        if direction >= 0 and (direction > 0 or explicit):
            delta = (wd - pw) % 7
            if explicit and delta == 0:
                delta = 7
            return self.pub + timedelta(days=delta)
        delta = (pw - wd) % 7
        if explicit and delta == 0:
            delta = 7
        return self.pub - timedelta(days=delta)

    def _parenthetical(self, j: int, cats: tuple[str, ...], month: int | None = None) -> int:
        """Skip «(الأحد)» / «(تموز)» after an expression, or (``month``: the month just read) the same
        month's other name bare or after a slash («يونيو حزيران», «أغسطس/آب»); returns the new end token."""
        if j < len(self.toks) and self.toks[j].text in _OPEN:
            got = self.item(j + 1, *cats)
            if got and j + 1 + got[0] < len(self.toks) and self.toks[j + 1 + got[0]].text in _CLOSE:
                return j + 2 + got[0]
        if month is not None:
            k = j + 1 if j < len(self.toks) and self.toks[j].text == "/" else j
            got = self.item(k, "MONTH")
            if got and got[1].value == month:
                return k + got[0]
        return j

    def _year_after(self, j: int) -> tuple[int | None, int, str | None]:
        """A 4-digit (or 3-digit Hijri) year at ``j``, with its suffix: (year, end, calendar)."""
        if j < len(self.toks) and self.toks[j].text.isdigit() and 3 <= len(self.toks[j].text) <= 4:
            y, k = int(self.toks[j].text), j + 1
            cal = None
            if k < len(self.toks) and self.toks[k].text in self.lx.hijri_suffix:
                cal, k = "hijri", k + 1
            elif k < len(self.toks) and self.toks[k].text in self.lx.greg_suffix:
                cal, k = "gregorian", k + 1
            return y, k, cal
        return None, j, None

    # -- the grammar -----------------------------------------------------------------------------
    def parse(self) -> list[tuple[int, int, dict[str, Any]]]:
        out: list[tuple[int, int, dict[str, Any]]] = []
        i = 0
        nums = self.lx.numbers
        while i < len(self.toks):
            t = self.toks[i]
            if (not t.items and not t.text.isdigit() and t.text not in nums and t.text[1:] not in nums
                    and t.text not in self.lx.ordinal_units and t.text not in self.lx.ordinal_tens):
                i += 1  # fast path: nothing can start here
                continue
            got = self.at(i)
            if got:
                end, info = got
                out.append((i, end, info))
                i = end
            else:
                i += 1
        return out

    def at(self, i: int) -> tuple[int, dict[str, Any]] | None:
        start = i
        part = self.item(i, "PART")
        if part:
            nxt = i + part[0]
            if self.item(nxt, "DAYREL", "WEEKDAY", "DAYWORD"):
                r = self.at_day(nxt)
                if r:
                    return r[0], {**r[1], "part_of_day": True}
        edge = self.item(i, "EDGE")
        if edge:
            r = self.at_period(i + edge[0]) or self.at_absolute(i + edge[0]) or self.at_coarse(i + edge[0])
            if r and r[1].get("granularity") in ("month", "year", "week", "century", "decade"):
                return r[0], {**r[1], "mod": edge[1].value}
        if self.item(i, "EVERY"):
            r = self.at_set(i)
            if r:
                return r
        for fn in (self.at_absolute, self.at_day, self.at_offset, self.at_period, self.at_vague, self.at_coarse):
            r = fn(start)
            if r:
                return r
        return None

    def at_day(self, i: int) -> tuple[int, dict[str, Any]] | None:
        """Relative days and weekdays."""
        dr = self.item(i, "DAYREL")
        if dr:
            n, it = dr
            j = i + n
            if it.value == 0 and self.toks[i].text.endswith("اليوم") and j < len(self.toks):
                if self.toks[j].text in self.lx.not_today_after:
                    return None
            wd = self.item(j, "WEEKDAY")
            weekday: int | None = None
            if wd:
                j += wd[0]
                weekday = wd[1].value
            else:
                j2 = self._parenthetical(j, ("WEEKDAY",))
                if j2 != j:
                    weekday = self.item(j + 1, "WEEKDAY")[1].value
                j = j2
            if self.pub is None:
                return j, {"value": None, "granularity": "day", "anchor": {"offset_days": it.value}}
            d = self.pub + timedelta(days=it.value)
            anchor: dict[str, Any] = {"rule": "relative_day", "offset_days": it.value}
            if weekday is not None:
                # «اليوم (الأربعاء)» in a story the archive dates Thursday: written the day before; the
                # weekday the text names wins (the nearest such day, the past first)
                shift = next((k for n in range(1, WEEKDAY_SHIFT_DAYS + 1) for k in (-n, n)
                              if (d + timedelta(days=k)).weekday() == weekday), 0)
                d += timedelta(days=shift)
                anchor["weekday_shift"] = shift
            return j, {"value": d.isoformat(), "granularity": "day", "anchor": anchor}
        j = i
        if i > 0 and self.item(i - 1, "EVERY"):
            return None
        dayword = self.item(j, "DAYWORD")
        if dayword:
            j += dayword[0]
            if self.item(j, "DAYREL"):
                r = self.at_day(j)
                return r
        wd = self.item(j, "WEEKDAY")
        if not wd:
            return None
        n, it = wd
        if it.ambiguous and not dayword:
            return None
        j += n
        # «الاثنين 20 سبتمبر»: an absolute date follows
        ab = self.at_absolute(j)
        if ab and ab[1].get("granularity") == "day":
            return ab
        mod = self.item(j, "MOD")
        explicit = False
        direction = -1
        if mod and mod[1].value != 0:
            direction, explicit = mod[1].value, True
            j += mod[0]
        elif self.future_context(i):
            direction = 1
        d = self._weekday(it.value, direction, explicit)
        return j, {"value": d.isoformat() if d else None, "granularity": "day",
                   "anchor": {"rule": "weekday", "weekday": it.value, "direction": direction, "explicit": explicit}}

    def at_offset(self, i: int) -> tuple[int, dict[str, Any]] | None:
        """قبل ثلاثة أيام / بعد يومين / منذ عامين, and bare durations."""
        rel = self.item(i, "BEFORE", "AFTER", "WITHIN")
        j = i + rel[0] if rel else i
        num = self.number(j)
        count = 1
        if num:
            count, used = num
            j += used
        unit = self.item(j, "UNIT")
        if not unit:
            return None
        vague = self.item(j, "VAGUE")
        if vague and vague[0] > unit[0]:
            return None  # «خلال السنوات اللاحقة»: the vague phrase wins
        if self._year_after(j + unit[0])[0] is not None:
            return None  # «خلال عام 2003» is a year
        ucode, mult = unit[1].value
        if not num and mult == 1 and not rel:
            return None  # a bare singular unit («يوم») is not a time expression
        if not num and mult == 1 and rel and rel[1].cat != "WITHIN":
            pass
        j += unit[0]
        count *= mult if not num else 1
        duration = f"P{'T' if ucode == 'H' else ''}{count}{ucode}"
        if not rel or rel[1].cat == "WITHIN":
            mod = self.item(j, "MOD")
            if mod:
                j += mod[0]
            return j, {"value": None, "granularity": None, "kind": "duration", "timeml": duration}
        sign = -1 if rel[1].cat == "BEFORE" else 1
        # «بعد ثلاثة أيام من استقباله»: anchored on another event, not on the publication date
        k = j + 1 if j < len(self.toks) and self.toks[j].text in ("فقط", "تقريبا", "فحسب") else j
        if k < len(self.toks) and self.toks[k].text in ("من", "على", "علي") and sign > 0:
            return j, {"value": None, "granularity": None, "kind": "duration", "timeml": duration,
                       "anchor": {"rule": "event_relative"}}
        if self.pub is None or ucode in ("H", "CE", "DE"):
            return j, {"value": None, "granularity": None, "kind": "duration", "timeml": duration}
        if ucode == "D":
            d = self.pub + timedelta(days=sign * count)
            return j, {"value": d.isoformat(), "granularity": "day", "anchor": {"rule": "offset", "days": sign * count}}
        if ucode == "W":
            d = self.pub + timedelta(days=7 * sign * count)
            return j, {"value": _iso_week(d), "granularity": "week", "anchor": {"rule": "offset", "weeks": sign * count}}
        if ucode == "M":
            y, m = _shift_month(self.pub.year, self.pub.month, sign * count)
            return j, {"value": f"{y:04d}-{m:02d}", "granularity": "month", "anchor": {"rule": "offset", "months": sign * count}}
        y = self.pub.year + sign * count
        return j, {"value": f"{y:04d}", "granularity": "year", "anchor": {"rule": "offset", "years": sign * count}}

    def at_period(self, i: int) -> tuple[int, dict[str, Any]] | None:
        """العام الماضي / هذا الشهر / الأسبوع المقبل / عام 2003 / نوفمبر الماضي."""
        j = i
        cur_before = self.item(j, "MOD")
        if cur_before and cur_before[1].value == 0 and self.toks[j].text in ("هذا", "هذه"):
            j += cur_before[0]
        else:
            cur_before = None
        for cat, gran in (("YEARWORD", "year"), ("MONTHWORD", "month"), ("WEEKWORD", "week")):
            w = self.item(j, cat)
            if not w:
                continue
            k = j + w[0]
            if gran == "month" and self.item(k, "MONTH"):
                return self.at_month(k, need_context=False)
            if gran == "year":
                y, k2, cal = self._year_after(k)
                if y is not None and (len(str(y)) == 4 or cal):
                    return self._year(y, cal, k2)
            if cur_before:
                off = 0
            else:
                mod = self.item(k, "MOD")
                if not mod:
                    return None
                off = mod[1].value
                k += mod[0]
            if self.pub is None:
                return k, {"value": None, "granularity": gran}
            if gran == "year":
                return k, {"value": f"{self.pub.year + off:04d}", "granularity": "year", "anchor": {"rule": "period", "offset": off}}
            if gran == "month":
                y, m = _shift_month(self.pub.year, self.pub.month, off)
                return k, {"value": f"{y:04d}-{m:02d}", "granularity": "month", "anchor": {"rule": "period", "offset": off}}
            return k, {"value": _iso_week(self.pub + timedelta(days=7 * off)), "granularity": "week",
                       "anchor": {"rule": "period", "offset": off}}
        if self.item(i, "MONTH"):
            return self.at_month(i, need_context=True)
        # bare years: «في 2004», «1949 و1952», «2003م»
        t = self.toks[i].text
        if t.isdigit() and len(t) == 4 and 1800 <= int(t) <= 2100:
            y, k, cal = self._year_after(i)
            prev = self.toks[i - 1].text if i > 0 else ""
            prev_is_year = i > 1 and prev == "و" and self.toks[i - 2].text.isdigit() and len(self.toks[i - 2].text) == 4
            nxt = self.toks[k].text if k < len(self.toks) else ""
            bracketed = prev in _OPEN and nxt in _CLOSE | {"-", ")"}
            if cal or prev in self.lx.year_lead or prev_is_year or self._list_of_years(i) or bracketed:
                return self._year(y, cal, k)
        return None

    def _list_of_years(self, i: int) -> bool:
        nxt = self.toks[i + 1].text if i + 1 < len(self.toks) else ""
        return nxt.startswith("و") and nxt[1:].isdigit() and len(nxt) == 5 or (
            nxt == "و" and i + 2 < len(self.toks) and self.toks[i + 2].text.isdigit() and len(self.toks[i + 2].text) == 4)

    def _year(self, y: int, cal: str | None, end: int) -> tuple[int, dict[str, Any]]:
        if cal == "hijri" or (cal is None and y < 1600):
            d = _hijri(y, 1, 1)
            return end, {"value": f"{d.year:04d}" if d else None, "granularity": "year",
                         "anchor": {"rule": "absolute", "calendar": "hijri", "hijri": f"{y}"}}
        return end, {"value": f"{y:04d}", "granularity": "year", "anchor": {"rule": "absolute"}}

    def at_month(self, i: int, need_context: bool) -> tuple[int, dict[str, Any]] | None:
        n, it = self.item(i, "MONTH")  # type: ignore[misc]
        j = self._parenthetical(i + n, ("MONTH",), it.value)
        y, k, cal = self._year_after(j)
        if y is not None and len(str(y)) == 4:
            return k, {"value": f"{y:04d}-{it.value:02d}", "granularity": "month", "anchor": {"rule": "absolute"}}
        mod = self.item(j, "MOD")
        if it.ambiguous and need_context and not mod:
            prev = self.toks[i - 1].text if i > 0 else ""
            if prev not in ("شهر", "الشهر", "وشهر", "بشهر", "لشهر"):
                return None
        if self.pub is None:
            return None
        year = self.pub.year
        if mod:
            j += mod[0]
            if mod[1].value < 0 and it.value >= self.pub.month:
                year -= 1
            elif mod[1].value > 0 and it.value <= self.pub.month:
                year += 1
        return j, {"value": f"{year:04d}-{it.value:02d}", "granularity": "month",
                   "anchor": {"rule": "month", "direction": mod[1].value if mod else None}}

    def ordinal_day(self, i: int) -> tuple[int, int] | None:
        """(day, tokens used) of an ordinal day word at ``i`` («السابع», «الحادي عشر», «الثاني والعشرين»)."""
        lx = self.lx
        t = self.toks[i].text
        if t in lx.ordinal_tens:
            return lx.ordinal_tens[t], 1
        if t not in lx.ordinal_units:
            return None
        day, nxt = lx.ordinal_units[t], self.toks[i + 1].text if i + 1 < len(self.toks) else ""
        if nxt in lx.ordinal_teens and day < 10:
            return day + 10, 2
        if nxt in lx.ordinal_tens_after and day < 10:
            return day + lx.ordinal_tens_after[nxt], 2
        return (day, 1) if t != "الحادي" else None  # «الحادي» only with عشر or a ten

    def at_absolute(self, i: int) -> tuple[int, dict[str, Any]] | None:
        """DAY MONTH [YEAR] (Gregorian or Hijri); the day in digits, or an ordinal word before «من»
        («السابع من يوليو»; of «السابع والثامن من يوليو» the first day)."""
        if i >= len(self.toks):
            return None
        t = self.toks[i].text
        if t.isdigit() and 1 <= len(t) <= 2 and 1 <= int(t) <= 31:
            day, j = int(t), i + 1
        else:
            od = self.ordinal_day(i)
            if od is None:
                return None
            day, j = od[0], i + od[1]
            if j < len(self.toks) and self.toks[j].text.startswith("و"):
                # «السابع والثامن من»: a second ordinal joined by و (written on the word)
                second = self.toks[j].text[1:]
                if second in self.lx.ordinal_units or second in self.lx.ordinal_tens:
                    j += 1
            if not (j < len(self.toks) and self.toks[j].text == "من") or not 1 <= day <= 31:
                return None  # an ordinal is a day only in «… من <month>»
        if j < len(self.toks) and self.toks[j].text == "من":
            j += 1
        mon = self.item(j, "MONTH", "HMONTH")
        if not mon:
            return None
        n, it = mon
        k = self._parenthetical(j + n, ("MONTH",), it.value if it.cat == "MONTH" else None)
        y, k2, cal = self._year_after(k)
        if it.cat == "HMONTH":
            if y is None:
                return None
            d = _hijri(y, it.value, day)
            return k2, {"value": d.isoformat() if d else None, "granularity": "day",
                        "anchor": {"rule": "absolute", "calendar": "hijri", "hijri": f"{y}-{it.value:02d}-{day:02d}"}}
        if y is not None and len(str(y)) == 4:
            d = _valid(y, it.value, day)
            return k2, {"value": d.isoformat() if d else None, "granularity": "day", "anchor": {"rule": "absolute"}}
        mod = self.item(k, "MOD")
        if mod:
            k += mod[0]
        if self.pub is None:
            return k, {"value": None, "granularity": "day"}
        d = _valid(self.pub.year, it.value, day)
        return k, {"value": d.isoformat() if d else None, "granularity": "day", "anchor": {"rule": "absolute", "year": "publication"}}

    def at_set(self, i: int) -> tuple[int, dict[str, Any]] | None:
        """كل يوم / كل عامين: a recurring time (TimeML SET), no calendar value."""
        j = i + 1
        num = self.number(j)
        if num:
            j += num[1]
        unit = self.item(j, "UNIT")
        if not unit:
            return None
        ucode, mult = unit[1].value
        count = num[0] if num else mult
        return j + unit[0], {"value": None, "granularity": None, "kind": "set",
                             "timeml": f"P{'T' if ucode == 'H' else ''}{count}{ucode}"}

    def at_coarse(self, i: int) -> tuple[int, dict[str, Any]] | None:
        """Seasons, decades, centuries and adverbs of recurrence (TimeML values only)."""
        got = self.item(i, "SET")
        if got:
            return i + got[0], {"value": None, "granularity": None, "kind": "set", "timeml": got[1].value}
        got = self.item(i, "SEASON")
        if got and self.pub is not None:
            j = i + got[0]
            if j < len(self.toks) and self.toks[j].text in self.lx.season_stop:
                return None
            return j, {"value": None, "granularity": "season", "timeml": f"{self.pub.year}-{got[1].value}"}
        got = self.item(i, "DECADE")
        if got and self.pub is not None:
            return i + got[0], {"value": None, "granularity": "decade",
                                "timeml": f"{(self.pub.year // 100) - (1 if got[1].value * 10 > self.pub.year % 100 else 0)}{got[1].value}"}
        got = self.item(i, "CENTURY")
        if got:
            j = i + got[0]
            o = self.item(j, "ORDINAL")
            mod = self.item(j, "MOD")
            if o:
                return j + o[0], {"value": None, "granularity": "century", "timeml": f"{o[1].value - 1:02d}"}
            if mod and self.pub is not None and mod[1].value != 0:
                c = self.pub.year // 100 + mod[1].value
                return j + mod[0], {"value": None, "granularity": "century", "timeml": f"{c:02d}"}
        return None

    def at_vague(self, i: int) -> tuple[int, dict[str, Any]] | None:
        v = self.item(i, "VAGUE")
        if not v:
            return None
        return i + v[0], {"value": None, "granularity": None, "kind": "vague", "timeml": v[1].value}


def resolve_dates(text: str, published: date | str | None, nt: NormalizedText | None = None) -> list[Timex]:
    """All date expressions of ``text``, resolved against ``published`` (a date or ISO string);
    ``nt`` is the text's normal form with its offset map when already computed."""
    if isinstance(published, str):
        published = date.fromisoformat(published[:10]) if published else None
    nt = nt if nt is not None and nt.source_length == len(text) else normalize_with_map(text)
    norm = nt.text
    out: list[Timex] = []
    taken: list[tuple[int, int]] = []
    for m in _NUMERIC_DATE.finditer(norm):
        if m.group(1):
            d = _valid(int(m.group(3)), int(m.group(2)), int(m.group(1)))
        else:
            d = _valid(int(m.group(4)), int(m.group(5)), int(m.group(6)))
        if d is None:
            continue
        s, e = nt.source_span(m.start(), m.end())
        out.append(Timex(s, e, text[s:e], d.isoformat(), "day", "date", d.isoformat(), {"rule": "numeric"}))
        taken.append((m.start(), m.end()))
    parser = _Parser(norm, published, lexicon())
    parsed = list(parser.parse())
    # «اليوم (الأربعاء)» in a story the archive dates Thursday: every relative date of the story is read
    # against the day it was written (all its weekday-bearing relative days agree on one shift)
    shifts = {info.get("anchor", {}).get("weekday_shift") for _i, _j, info in parsed} - {None}
    if published is not None and len(shifts) == 1 and shifts != {0}:
        parser = _Parser(norm, published + timedelta(days=shifts.pop()), lexicon())
        parsed = list(parser.parse())
    for i, j, info in parsed:
        ns, ne = parser.toks[i].start + parser.prefix_len(i), parser.toks[j - 1].end
        if any(a < ne and ns < b for a, b in taken):
            continue
        s, e = nt.source_span(ns, ne)
        while e < len(text) and _TRAILING.match(text[e]):
            e += 1  # «1436هـ»: keep the tatweel and diacritics of the last word
        value = info.get("value")
        kind = info.get("kind", "date")
        timeml = info.get("timeml", value)
        anchor = dict(info.get("anchor", {}))
        for k in ("mod", "part_of_day"):
            if k in info:
                anchor[k] = info[k]
        out.append(Timex(s, e, text[s:e], value, info.get("granularity"), kind, timeml, anchor))
    out.sort(key=lambda t: t.start)
    return out
