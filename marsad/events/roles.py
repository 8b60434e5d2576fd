"""Participants of events: candidate mentions from the Actors layer (plus unnamed noun phrases),
and their assignment to the actor and recipient slots by the sentence's structure."""

from __future__ import annotations

import bisect
from dataclasses import dataclass, field
from functools import lru_cache

from marsad.arabic.normalize import normalize
from marsad.document import Actor, Document
from marsad.events.detect import Match, Tok, analyses, find_triggers
from marsad.events.lexicon import agent_heads, cue_words, cues

#: Fill a missing verb subject with the last named participant (measured: helps tuning, hurts held-out).
PRO_DROP = False

#: Types of verbal acts whose subject speaks about an attack rather than commits it.
_SPEECH = {"ACCUSE", "REQUEST", "SUPPORT", "REJECT", "AGREE", "THREATEN"}

PARTICIPANT_KINDS = {"PER", "PERS", "ORG", "GPE", "MISC", "NORP"}


@dataclass(slots=True)
class Part:
    """One participant mention: token range, the actor it names, and the preposition before it."""

    start: int
    end: int
    actor_id: str
    kind: str
    first: int  # token index
    last: int
    prep: str | None = None
    coord_next: int | None = field(default=None)  # index (in the parts list) of a coordinated part


def in_vocab(word: str, vocab) -> bool:
    """``word`` or, without a leading و/ف conjunction, its rest is in ``vocab`` (وزير stays وزير)."""
    return word in vocab or (word[:1] in ("و", "ف") and word[1:] in vocab)


def deconj(word: str, vocab) -> str:
    """``word`` without a leading و/ف when only that form is in ``vocab``."""
    return word[1:] if word not in vocab and word[:1] in ("و", "ف") and word[1:] in vocab else word


def _unnamed_id(aid: str) -> bool:
    return aid[:1] == "E" and aid[1:].isdigit()


def _tok_index(toks: list[Tok], starts: list[int], offset: int) -> int:
    k = bisect.bisect_right(starts, offset) - 1
    return max(k, 0)


def _proclitics(doc: Document) -> dict[int, str]:
    """Token start → its proclitic string (و, ب, ول …; the article left out), from the clitics layer."""
    cached = doc.cache.get("events.proclitics")
    if cached is not None:
        return cached
    out: dict[int, str] = {}
    tok_starts = {t.start for t in doc.layer("tokens")}
    cur = None
    for sp in doc.layer("clitics"):
        if sp.start in tok_starts:
            cur = sp.start
            out.setdefault(cur, "")
        if sp.label == "PROCLITIC" and cur is not None:
            form = normalize(sp.attrs.get("form", doc.text[sp.start:sp.end]))
            if form != "ال":
                out[cur] += form
    doc.cache["events.proclitics"] = out
    return out


def _stem_offset(doc: Document, tok: Tok, n_norm: int) -> int:
    """Source offset inside ``tok`` after its first ``n_norm`` normal-form characters."""
    if n_norm <= 0:
        return tok.start
    seen = 0
    for i in range(tok.start, tok.end):
        if normalize(doc.text[i]):
            seen += 1
            if seen == n_norm:
                return i + 1
    return tok.start


def _prep_of(doc: Document, toks: list[Tok], k: int, start: int) -> str | None:
    c = cues()
    preps = c["prepositions"]
    tok = toks[k]
    if tok.start < start:  # clitic(s) glued before the mention: لأفريل, بالرباط
        pre = normalize(doc.text[tok.start:start])
        pre = pre[1:] if pre[:1] in ("و", "ف") and len(pre) > 1 else pre
        if pre and pre[0] in c["clitic_prepositions"]:
            return pre[0]
    else:  # the mention includes its clitics (للأمم المتحدة): ask the clitics layer
        pro = _proclitics(doc).get(tok.start, "")
        pro = pro.lstrip("وف")
        if pro[:1] in c["clitic_prepositions"]:
            return pro[:1]
        if not pro and tok.norm.lstrip("وف").startswith("لل") and len(tok.norm) > 4:
            return "ل"  # "للأمم المتحدة" with no clitic analysis: ل + the article
    hon = set(c["honorifics"])
    if k >= 2 and toks[k - 1].norm.isalpha() and toks[k - 1].norm not in preps and not toks[k - 1].norm.startswith("ال") \
            and toks[k - 2].norm in hon:
        k -= 1  # "من فخامة الرئيس عبدربه [منصور هادي]": a first name the mention left out
    if k >= 1:
        prev = toks[k - 1].norm
        bare = next((prev[len(p):] for p in ("", "و", "ف", "ل", "ب", "ول", "وب", "فل", "فب")
                     if prev.startswith(p) and prev[len(p):] in c["title_words"]), None)
        if bare is None and deconj(prev, c["state_heads"]) in c["state_heads"] and _after_verb(toks, k - 1):
            return None  # "أدانت مملكة البحرين": the state named in full is the verb's subject, no title
        if bare is not None or in_vocab(prev, c["attribute_heads"]):
            return "TITLE"  # وزير الداخلية بدولة الإمارات: part of a title, not a participant slot
    if k >= 1 and deconj(toks[k - 1].norm, c["modifier_heads"]) in c["modifier_heads"]:
        return "TITLE"  # "طائرات التحالف بقيادة المملكة", "وفد برئاسة X": a modifier, no participant slot
    if k >= 1 and toks[k - 1].norm in cue_words("claim_verbs"):
        return "CLAIM"  # "هجوم انتحاري تبناه تنظيم داعش": a claim of responsibility fills no slot (guidelines)
    q = k - 1 if k >= 2 and toks[k - 1].norm in _QUOTES else k
    if q >= 1 and deconj(toks[q - 1].norm, c["place_heads"]) in c["place_heads"]:
        return "في"  # "في قضاء “دوغو بيازيد”", "بمحافظة مأرب": a place named by its head, no participant slot
    if k >= 1 and deconj(toks[k - 1].norm, c["direction_words"]) in c["direction_words"]:
        return "في"  # "جنوب شرق تركيا", "شمال العاصمة صنعاء": part of a place phrase, no participant slot
    if k >= 2:
        pair = f"{toks[k - 2].norm} {toks[k - 1].norm}"
        for m in c["agent_markers"]:
            if pair.endswith(m) or normalize(m) == pair:
                return "AGENT"
        if toks[k - 1].norm == "جانب" and toks[k - 2].norm.endswith("الي"):
            return "جانب"
    while k >= 1 and toks[k - 1].norm in hon and k > 0:
        k -= 1  # من صاحب السمو الشيخ سيف ...: look past honorifics for the preposition
    if k >= 1 and toks[k - 1].norm.isalpha():
        prev = toks[k - 1].norm
        for pro in ("ب", "ل", "وب", "ول"):
            if prev.startswith(pro) and prev[len(pro):] in hon and prev[len(pro):] != "د":
                return pro[-1]  # "اتصالا هاتفيا بجلالة الملك عبدالله", "لفخامة الرئيس X": a clitic on the honorific
    if k >= 1:
        prev = toks[k - 1].norm
        for cand in (prev, prev[1:] if prev[:1] in ("و", "ف") else None):
            if cand and cand in preps:
                return cand
        if prev in ("برصاص", "بنيران", "بقصف"):
            return "AGENT"
    # "مع وزير الخارجية الأمريكي جون كيري", "لرئيس الوزراء X": the preposition before a title
    titles = set(c["title_words"])
    j = k - 1
    while j >= max(0, k - 5) and toks[j].norm.startswith(("ال", "لل")) and toks[j].norm not in preps:
        j -= 1
    skipped_titles = any(toks[x].norm in hon or toks[x].norm[2:] in titles for x in range(j + 1, k))
    if j >= 0 and skipped_titles and deconj(toks[j].norm, preps) in preps:
        return deconj(toks[j].norm, preps)  # "مع الرئيس الروسي فلاديمير بوتين"
    if j >= 0 and (j < k - 1 or in_vocab(toks[j].norm, titles)):
        head = deconj(toks[j].norm, titles)
        for pro in ("", "ل", "ب"):
            if head.startswith(pro) and head[len(pro):] in titles:
                if pro:
                    return pro
                while j >= 1 and toks[j - 1].norm in hon:
                    j -= 1  # "مع معالي وزير الدولة ... X": past an honorific before the title
                if j >= 1:
                    prev = deconj(toks[j - 1].norm, preps)
                    if prev in preps:
                        return prev
                break
    return None


def _after_verb(toks: list[Tok], k: int) -> bool:
    """Whether token ``k`` opens a clause or follows a verb (a reporting, speech or light verb, or a
    verbal trigger): "أدانت مملكة البحرين", not "رئيس جمهورية مصر"."""
    if k < 1 or not toks[k - 1].norm.isalpha():
        return True
    c = cues()
    prev = toks[k - 1].norm
    if any(in_vocab(prev, c[key]) for key in ("reporting_verbs", "speech_verbs", "light_verbs")):
        return True
    return any(x.trigger.pos == "V" and not x.proclitic.endswith(("ال", "ب", "ل")) for x in find_triggers(toks, k - 1, k))


@lru_cache(maxsize=100_000)
def _agent_head(word: str) -> tuple[str, str] | None:
    """(proclitic, head) when ``word`` is a head of an unnamed participant phrase (وقوات → و, قوات)."""
    heads = agent_heads()
    if word in heads:
        return "", word
    for pro, stem, suf in analyses(word):
        if suf == "" and stem in heads and pro in ("", "و", "ف", "ب", "ل", "وب", "ول", "فب"):
            return pro, stem
        if suf == "" and pro in ("لل", "ولل") and "ال" + stem in heads:
            return pro[:-1], "ال" + stem  # للحوثيين = ل + الحوثيين
    return None


def _unnamed_actors(doc: Document, toks: list[Tok], covered: list[tuple[int, int]]) -> list[Actor]:
    """Actors made of unnamed noun phrases (قوات الأمن, 4 مواطنين) not covered by other mentions."""
    heads = agent_heads()
    titles = set(cues()["title_words"])
    noise = set(cues()["noise_between"])
    out: list[Actor] = []
    by_norm: dict[str, Actor] = {}
    named_titles: set[tuple[str, str]] | None = None  # built on the first «الرئيس X» met
    title_phrases: set[str] | None = None  # built on the first «وزير الخارجية القطري» met
    n = len(toks)
    i = 0
    while i < n:
        hit = _agent_head(toks[i].norm)
        country: str | None = None
        if hit is None and i > 0 and _nisba_plural(toks[i].norm) and (
                toks[i - 1].norm.isdigit() or deconj(toks[i - 1].norm, _QUANTITY) in _QUANTITY):
            hit = ("", toks[i].norm)  # "آلاف العراقيين", "عشرات الفلسطينيين": people of a nation
            kind, sector, ext = "PER", "CVL", 0
        elif hit is None:
            i += 1
            continue
        else:
            kind, sector, ext = heads[hit[1]]
            need = cues()["agent_head_requires"].get(hit[1])
            if need == ["@nisba"]:
                # «الرئيس الأفغاني»: a title with a country adjective; «الرئيس الأفغاني أشرف غني» is the title
                # of a named person (the name follows)
                country = _nationality(toks[i + 1].norm) if i + 1 < n else None
                if named_titles is None:
                    named_titles = _named_titles(toks, covered)
                if country is None or (toks[i].norm.lstrip("وف"), toks[i + 1].norm) in named_titles:
                    i += 1
                    continue
            elif need == ["@title"]:
                # «وزير الخارجية القطري», «رئيس الوزراء العراقي»: a title, its portfolio (one or two definite
                # words) and a country adjective, with no name after it anywhere in the article
                k = _title_adjective_at(toks, i)
                country = _nationality(toks[k].norm) if k is not None else None
                if title_phrases is None and country is not None:
                    title_phrases = _named_title_phrases(toks, covered)
                phrase = _title_phrase(toks, i, k) if k is not None else ""
                # «سعد هايل السرور رئيس مجلس النواب الأردني السابق»: a title in apposition to a name just
                # before it is that person's
                after_name = any(e <= toks[i].start and toks[i].start - e <= 3 and doc.text[e : toks[i].start].strip(" ،,") == ""
                                 for _s, e in covered)
                if country is None or after_name or phrase in (title_phrases or set()):
                    i += 1
                    continue
                ext = k - i
            elif need and not (i + 1 < n and toks[i + 1].norm in need):
                i += 1  # "الأمانة العامة" (a secretariat), not the municipality "الأمانة"
                continue
            if i + 1 < n and toks[i + 1].norm in cues()["agent_head_blocked_next"].get(hit[1], ()):
                i += 2  # "والوفد المرافق له": the accompanying delegation is no participant
                continue
        if ext < 0:  # a named group, only where the Actors layer misses it behind a clitic (لداعش)
            if hit[0].lstrip("وف") not in ("ل", "ب"):
                i += 1
                continue
            ext = 0
        if (toks[i].norm.startswith(("لل", "ولل")) and i > 0 and (
                toks[i - 1].norm.startswith("ال") or toks[i - 1].norm in titles)
                and toks[i - 1].norm not in cues()["target_heads"]):
            i += 1  # "المدير العام للأمن الوطني": a genitive inside a title, no participant
            continue
        if i > 0 and toks[i - 1].norm in titles:  # وزير الداخلية, رئيس مجلس ...: part of a title
            i += 1
            continue
        if i > 0 and toks[i].norm in cue_words("adjectival_agent_words") \
                and toks[i - 1].norm in cue_words("adjectival_agent_after"):
            i += 1  # "هجوم انتحاري", "سيارة انتحارية": an adjective of the act, not who carried it out
            continue
        j = i
        for chained in (False, True):
            for _ in range(ext):
                if j + 1 < n and toks[j + 1].norm.startswith(("ال", "لل")) and toks[j + 1].norm.isalpha() \
                        and toks[j + 1].norm not in noise:  # not "طيران التحالف الجمعة"
                    j += 1
                else:
                    break
            # "أنصار حزب العمال", "عناصر تنظيم …": a head in construct with another head is one phrase
            construct = j == i and not hit[1].startswith("ال") and not hit[1].endswith(("ون", "ين", "ان"))
            nxt = heads.get(toks[j + 1].norm) if j + 1 < n and not chained and construct else None
            if nxt is None or any(s <= toks[j + 1].start < e for s, e in covered):
                break
            j += 1
            ext = max(nxt[2], 0)  # "تنظيم داعش": a named group in construct too, where no actor covers it
        if j == i and j + 2 < n and toks[j + 1].norm in _QUOTES:
            close = next((k for k in range(j + 2, min(n, j + 7)) if toks[k].norm in _QUOTES), None)
            if close is not None and close > j + 2 and all(toks[k].norm.isalpha() for k in range(j + 2, close)):
                j = close  # «منظمة "بي كا كا"», «حركة "حماس"»: the quoted name completes the phrase
        first = i
        if i > 0 and (toks[i - 1].norm.isdigit() or toks[i - 1].norm in _NUMBER_WORDS):
            first = i - 1
        elif i > 1 and toks[i - 1].norm == "من" and (toks[i - 2].norm.isdigit() or toks[i - 2].norm in _NUMBER_WORDS):
            first = i - 2  # "25 من الطلبة": a number of a group
        start = toks[first].start if first < i else _stem_offset(doc, toks[i], len(hit[0]))
        end = toks[j].end
        if any(not (end <= s or start >= e) for s, e in covered):
            i = j + 1
            continue
        surface = doc.text[start:end]
        if toks[i].norm.startswith(("لل", "ولل")) and first == i:
            surface = "ال" + surface[1:]  # للحوثيين: the mention starts at the article's ل; name الحوثيين
        key = normalize(surface)
        if key in by_norm:  # the same phrase again: the same actor (قوات الطوارئ … قوات الطوارئ)
            by_norm[key].mentions.append((start, end))
        else:
            by_norm[key] = Actor(id=f"E{len(out) + 1}", name_ar=surface, kind=kind, sector=sector or None,
                                 country=country, mentions=[(start, end)], attrs={"source": "events"})
            out.append(by_norm[key])
        i = j + 1
    return out


#: أن/إن with a third-person pronoun right before a verb ("أنه فرض", "إنها أدانت").
_THAT_HE = {"انه", "انها", "بانه", "بانها", "لانه", "لانها", "فانه", "فانها"}

#: Quantity nouns before a plural of people ("آلاف العراقيين").
_QUANTITY = {"الاف", "عشرات", "مئات", "ميات", "الوف", "مليون", "ملايين"}


#: A name starting within this many words after «الرئيس الأفغاني» makes the phrase that person's title
#: («العاهل الأردني الملك عبدالله الثاني»).
TITLE_NAME_GAP = 3


def _named_titles(toks: list[Tok], covered: list[tuple[int, int]]) -> set[tuple[str, str]]:
    """(title, adjective) pairs the article puts right before a name somewhere («الرئيس النيجيري محمدو
    بوخاري»): there and elsewhere («وكان الرئيس النيجيري قد التقى») the title stands for that person."""
    named = {s for s, _e in covered}
    return {(toks[k].norm.lstrip("وف"), toks[k + 1].norm) for k in range(len(toks) - 1)
            if _name_follows(toks, named, k + 2)}


def _name_follows(toks: list[Tok], named: set[int], k: int) -> bool:
    """Whether a named mention starts within TITLE_NAME_GAP tokens from ``toks[k]``."""
    return any(toks[m].start in named for m in range(k, min(len(toks), k + TITLE_NAME_GAP)))


def _title_phrase(toks: list[Tok], i: int, k: int) -> str:
    """The normal form of the title phrase ``toks[i..k]`` without the و/ف before it («ووزير الخارجية القطري»)."""
    return " ".join([toks[i].norm.lstrip("وف")] + [t.norm for t in toks[i + 1 : k + 1]])


#: At most this many portfolio words between a title and its country adjective («وزير الخارجية القطري»,
#: «رئيس مجلس الوزراء العراقي»)
TITLE_PORTFOLIO_WORDS = 2


def _title_adjective_at(toks: list[Tok], i: int) -> int | None:
    """The index of the country adjective closing «وزير الخارجية القطري» (title at ``i``; one or two definite
    portfolio words between, none of them itself a country adjective), or None."""
    for k in range(i + 2, min(len(toks), i + 2 + TITLE_PORTFOLIO_WORDS)):
        if _nationality(toks[k].norm):
            between = toks[i + 1 : k]
            ok = all(t.norm.startswith("ال") and t.norm.isalpha() and not _nationality(t.norm) for t in between[-1:]) \
                and all(t.norm.isalpha() for t in between)
            return k if ok else None
    return None


def _named_title_phrases(toks: list[Tok], covered: list[tuple[int, int]]) -> set[str]:
    """Title phrases («وزير الخارجية القطري») the article puts right before a name somewhere: there and
    elsewhere the title stands for that person, who is a participant already."""
    named = {s for s, _e in covered}
    heads = {h for h, need in cues()["agent_head_requires"].items() if need == ["@title"]}
    out: set[str] = set()
    for i in range(len(toks)):
        hit = _agent_head(toks[i].norm)
        if hit is None or hit[1] not in heads:
            continue  # («لوزير الخارجية القطري …» too: the phrase is compared as the unnamed-actor pass builds it)
        k = _title_adjective_at(toks, i)
        if k is not None and _name_follows(toks, named, k + 1):
            out.add(_title_phrase(toks, i, k))
    return out


def _nationality(word: str) -> str | None:
    """The country (ISO-3) of a nationality adjective (الأفغاني → AFG): the gazetteer's table."""
    from marsad.geo.gazetteer import gazetteer

    return gazetteer().nationality(word)


def _nisba_adjective(surface: str) -> bool:
    """A one-word definite relational adjective (السورية, الأمريكي, اليمنيه)."""
    word = normalize(surface).strip()
    return " " not in word and word.startswith("ال") and word.endswith(("يه", "ي")) and len(word) >= 6


def _nisba_plural(word: str) -> bool:
    """A definite sound plural of a relational adjective (العراقيين, الفلسطينيون): people of a nation."""
    return word.startswith("ال") and word.endswith(("يين", "يون")) and len(word) >= 8


_NUMBER_WORDS = {"ثلاثه", "اربعه", "خمسه", "سته", "سبعه", "ثمانيه", "تسعه", "عشره", "اثنين", "اثنان",
                 "عشرات", "مئات", "الاف", "سبعه عشر"}


def participants(doc: Document, toks: list[Tok]) -> list[Part]:
    """All participant mentions of the document, in text order, with their prepositions."""
    starts = [t.start for t in toks]
    spans: list[tuple[int, int, str, str]] = []
    for a in doc.actors:
        if a.kind and a.kind.upper() not in PARTICIPANT_KINDS:
            continue
        for s, e in a.mentions:
            spans.append((s, e, a.id, a.kind))
    if not doc.actors and doc.mentions:
        for m in doc.mentions:
            if m.actor_key and m.kind.upper() in PARTICIPANT_KINDS:
                spans.append((m.start, m.end, m.actor_key, m.kind))
    if not spans and doc.layer("entities"):
        # no Actors layer: named entities are participants, one actor per normal form
        if "events.entity_actors" not in doc.cache:
            made: dict[str, Actor] = {}
            for sp in doc.layer("entities"):
                if sp.label.upper() not in PARTICIPANT_KINDS:
                    continue
                key = normalize(doc.text[sp.start:sp.end])
                a = made.get(key)
                if a is None:
                    kind = "PER" if sp.label.upper().startswith("PER") else sp.label.upper()
                    a = made[key] = Actor(id=f"EN{len(made) + 1}", name_ar=doc.text[sp.start:sp.end], kind=kind,
                                          attrs={"source": "events"})
                a.mentions.append((sp.start, sp.end))
            doc.cache["events.entity_actors"] = list(made.values())
        for a in doc.cache["events.entity_actors"]:
            for s, e in a.mentions:
                spans.append((s, e, a.id, a.kind))
    # a country adjective («المعارضة السورية», «الحكومة اليمنية») may be part of an unnamed phrase,
    # which then wins over it as the longer mention
    covered = [(s, e) for s, e, _, _ in spans if not _nisba_adjective(doc.text[s:e])]
    if "events.unnamed" not in doc.cache:
        existing = {a.id for a in doc.actors}
        extra = [a for a in _unnamed_actors(doc, toks, covered) if a.id not in existing]
        doc.cache["events.unnamed"] = extra
    for a in doc.cache["events.unnamed"]:
        for s, e in a.mentions:
            spans.append((s, e, a.id, a.kind))
    spans.sort()
    parts: list[Part] = []
    for s, e, aid, kind in spans:
        if parts and s < parts[-1].end:  # overlapping mentions: keep the longer
            if e - s > parts[-1].end - parts[-1].start:
                parts.pop()
            else:
                continue
        k = _tok_index(toks, starts, s)
        last = _tok_index(toks, starts, max(s, e - 1))
        parts.append(Part(s, e, aid, kind, k, last, _prep_of(doc, toks, k, s)))
    # "طائرات سلاح الجو الليبي", "عناصر حزب العمال": a generic head before a named participant
    # is that participant (keep the name, take the head's preposition)
    kept: list[Part] = []
    for p in parts:
        if kept and _unnamed_id(kept[-1].actor_id) and not _unnamed_id(p.actor_id) and p.prep is None \
                and all(toks[k].norm in _QUOTES for k in range(kept[-1].last + 1, p.first)) \
                and p.first > kept[-1].last and kept[-1].first == kept[-1].last \
                and not normalize(doc.text[kept[-1].start:kept[-1].end]).startswith("ال"):
            # (only a bare head in construct: «المعارضة السورية الحكومة» is a subject and an object)
            p.prep = kept[-1].prep
            p.start, p.first = kept[-1].start, kept[-1].first  # "وقوات صالح": coordinated as one phrase
            kept[-1] = p
            continue
        kept.append(p)
    parts = kept
    c = cues()
    heads = set(c["title_words"]) | set(c["attribute_heads"])
    for a, b in zip(parts, parts[1:], strict=False):
        gap = [t.norm for t in toks[a.last + 1 : b.first]]
        if a.kind.upper() in ("PER", "PERS") and b.prep is None and gap in ([","], ["،"]) \
                and toks[b.first].norm in heads and a.actor_id != b.actor_id:
            b.prep = "TITLE"  # "أمر الأمير محمد بن سلمان، ولي ولي العهد وزير الدفاع": an apposition
    def wa_before(b: Part) -> bool:  # the part is joined by a و glued to its first word («وقوات صالح»)
        return normalize(doc.text[toks[b.first].start:b.start]).strip() == "و" or (
            toks[b.first].start == b.start and _proclitics(doc).get(b.start, "").startswith("و"))

    for i in range(len(parts) - 1):
        a, b = parts[i], parts[i + 1]
        gap = [t.norm for t in toks[a.last + 1 : b.first] if t.norm not in ('"', "'")]  # «حماس» و«الجهاد»
        if (gap == ["و"] or (gap == [] and wa_before(b))) and b.prep is None:
            a.coord_next = i + 1
    per = ("PER", "PERS")

    def comma_then(i: int) -> bool:  # parts i and i + 1 are persons separated by a comma only
        a, b = parts[i], parts[i + 1]
        return [t.norm for t in toks[a.last + 1 : b.first]] in ([","], ["،"]) and b.prep is None \
            and a.kind.upper() in per and b.kind.upper() in per and a.actor_id != b.actor_id

    for i in range(len(parts) - 2, -1, -1):
        if not comma_then(i):
            continue
        if parts[i + 1].coord_next is not None or (wa_before(parts[i + 1]) and i >= 1 and comma_then(i - 1)):
            # "مصطفى بدر الدين، إبراهيم عقيل، وفؤاد شكر": a comma list of names ending in و
            parts[i].coord_next = i + 1
    shared = cue_words("shared_construct_heads")
    for i in range(len(parts) - 1):
        a, b = parts[i], parts[i + 1]
        if a.coord_next == i + 1 and a.last == a.first + 1 and b.last <= b.first + 1 and b.coord_next is None \
                and deconj(toks[a.first].norm, shared) in shared and _agent_head(toks[b.first].norm) is None:
            # "ميليشيات الحوثي وصالح": one head over two coordinated names is one group
            b.actor_id, b.kind = a.actor_id, a.kind
    for i in range(len(parts) - 1):
        a, b = parts[i], parts[i + 1]
        gap = [t.norm for t in toks[a.last + 1 : b.first] if t.norm not in (",", "،", ":")]
        if _unnamed_id(a.actor_id) and not _unnamed_id(b.actor_id) and b.prep is None \
                and gap in (["وهم"], ["هم"], ["وهما"], ["هما"]) and a.coord_next is None:
            # "عقوبات على ثلاثة من قادة الحزب، وهم X، Y، وZ": the names stand for the group
            a.actor_id, a.kind, a.coord_next = b.actor_id, b.kind, b.coord_next
    return parts


@dataclass(slots=True)
class Roles:
    """The participants of one trigger: actor ids, recipient ids and the frame applied."""

    actors: list[str]
    recipients: list[str]
    frame: str = ""  # the frame actually applied (recv when a CONSULT phrase follows تلقى)


#: Words of honorific formulas and the dashes around them («– حفظه الله –», «أيده الله»).
_FORMULA_WORDS = {"حفظه", "ايده", "رعاه", "الله", "-", "–", "—"}


def _formulas(toks: list[Tok], lo: int, hi: int) -> int:
    """How many tokens strictly between ``lo`` and ``hi`` belong to honorific formulas."""
    return sum(1 for k in range(lo + 1, hi) if toks[k].norm in _FORMULA_WORDS)


def _covered(parts: list[Part], lo: int, hi: int) -> int:
    """How many tokens strictly between ``lo`` and ``hi`` belong to participants (titles: سفير جمهورية البيرو)."""
    return sum(min(p.last, hi - 1) - max(p.first, lo + 1) + 1 for p in parts if p.last > lo and p.first < hi)


def _group(parts: list[Part], i: int) -> list[int]:
    out = [i]
    while parts[out[-1]].coord_next is not None:
        out.append(parts[out[-1]].coord_next)  # type: ignore[arg-type]
    return out


def _ids(parts: list[Part], idx: list[int]) -> list[str]:
    return list(dict.fromkeys(parts[i].actor_id for i in idx))


#: Quotation marks around names («موقع “أومان”»).
_QUOTES = {'"', "“", "”", "«", "»", "'"}


def _at_target(toks: list[Tok], p: Part) -> bool:
    """"غارات على مواقع للحوثيين", "نقطة تابعة للحوثيين": the owner of an attacked site (after a
    site noun, bare or with ل) is the one attacked, neither the attacker nor a free object."""
    heads = cues()["target_heads"]
    if p.prep not in (None, "ل") or p.first < 1:
        return False
    k = p.first - 1
    if k >= 1 and toks[k].norm in _QUOTES:
        k -= 1  # «موقع “أومان” العسكري»: a quoted name of the site
    if deconj(toks[k].norm, heads) in heads:
        return True
    # "مواقع تمركز مليشيات الحوثي": one noun between the site and its owner
    return p.first >= 2 and toks[p.first - 1].norm.isalpha() and not toks[p.first - 1].norm.startswith("ال") \
        and deconj(toks[p.first - 2].norm, heads) in heads


def _genitive(toks: list[Tok], p: Part, verbs: set[str]) -> bool:
    """Whether ``p`` stands right after a noun (a genitive: بتوجيهات المرجعية), not after a verb,
    a conjunction, a punctuation mark or the start of the text."""
    if p.first < 1:
        return False
    prev = toks[p.first - 1].norm
    if not prev.isalpha() or prev in ("و", "ف", "ان", "انه", "قد", "فقد", "لقد") or in_vocab(prev, verbs):
        return False
    return not find_triggers(toks, p.first - 1, p.first)


def _carried_out_by(toks: list[Tok], parts: list[Part], after: list[int], m: Match, hi: int,
                    words: set[str]) -> list[int]:
    """The participant right after a light verb with an object pronoun that follows the trigger
    noun (its adjectives and a relative pronoun may stand between): the noun's agent."""
    k = m.last + 1
    while k < hi and k <= m.last + 3 and toks[k].norm.startswith("ال") and toks[k].norm not in words:
        k += 1  # adjectives: "التفجير الانتحاري"
    if k < hi and toks[k].norm in words and toks[k].norm in cues()["relatives"]:
        k += 1
    if k >= hi:
        return []
    w = toks[k].norm
    verb = next((w[: -len(s)] for s in ("هما", "هم", "ها", "ه") if w.endswith(s) and w[: -len(s)] in words), None)
    if verb is None:
        return []
    for i in after:
        if parts[i].first == k + 1 and parts[i].prep is None:
            return _group(parts, i)
    return []


def _perpetrator(toks: list[Tok], parts: list[Part], after: list[int], m: Match, hi: int) -> list[int]:
    """The participant right after «قيام» or a light verb with an object pronoun («شنته», «نفذها»)
    among tokens after ``m`` up to ``hi``: the agent of the act a condemnation names."""
    c = cues()
    light = set(c["light_verbs"]) | set(c["perpetration_verbs"])
    heads = set(c["act_heads"])
    for k in range(m.last + 1, hi):
        w = toks[k].norm
        if w in c["clause_breaks"]:
            break
        verb = next((w[: -len(s)] for s in ("هما", "هم", "ها", "ه") if w.endswith(s) and w[: -len(s)] in light), None)
        if verb is None and deconj(w, heads) not in heads:
            continue
        for i in after:
            if parts[i].first == k + 1 and parts[i].prep is None:
                return _group(parts, i)
        return []
    return []


def _placed_by(toks: list[Tok], parts: list[Part], after: list[int], m: Match, hi: int) -> list[int]:
    """The participant right after a verb of perpetration with an object pronoun («ألقاها مسلحون»,
    «زرعها المتمردون») among tokens after ``m`` up to ``hi`` (the clause): who placed the device."""
    verbs = set(cues()["perpetration_verbs"])
    for k in range(m.last + 1, hi):
        w = toks[k].norm
        if w in cues()["clause_breaks"]:
            break
        if any(w.endswith(s) and w[: -len(s)] in verbs for s in ("هما", "هم", "ها", "ه")):
            return [i for i in after if parts[i].first == k + 1 and parts[i].prep is None][:1]
    return []


def _toll_victims(toks: list[Tok], parts: list[Part], after: list[int], m: Match, hi: int) -> list[str]:
    """The people named in the toll of a strike («ما أدى إلى مقتل جنديين», «أسفرت ... عن مقتل
    وإصابة نحو 25 قرويًا», «ما أوقع جرحى من المدنيين»; cues consequence_before): its victims."""
    words = [tk.norm for tk in toks[m.last + 1:hi]]
    for phrase in cues()["consequence_before"]:
        pw = phrase.split()
        for k in range(len(words) - len(pw) + 1):
            if words[k:k + len(pw)] == pw:
                end = m.last + 1 + k + len(pw)
                for i in after:
                    p = parts[i]
                    if end <= p.first <= end + 6 and p.kind.upper() in ("PER", "PERS") and p.prep in (None, "من"):
                        return _ids(parts, _group(parts, i))
                return []
    return []


def _between_sides(toks: list[Tok], parts: list[Part], after: list[int], m: Match, hi: int) -> list[str]:
    """The participants named after «بين» right after the trigger (past «جرى» and titles such as
    «الرئيسين التركي»), joined by و with their own nisba («والأمريكي باراك أوباما»)."""
    k = next((k for k in range(m.last + 1, min(hi, m.last + 4)) if toks[k].norm in ("بين", "وبين")), None)
    if k is None or not after or parts[after[0]].first <= k or parts[after[0]].first - k > 4 \
            or not all(toks[x].norm.startswith("ال") for x in range(k + 1, parts[after[0]].first)):
        return []
    ids = [parts[after[0]].actor_id]
    prev = after[0]
    for i in after[1:]:
        gap = [tk.norm for tk in toks[parts[prev].last + 1 : parts[i].first]]
        if parts[prev].coord_next != i and (not gap or len(gap) > 3 or not gap[0].startswith("و")
                                            or not all(g == "و" or g.startswith(("ال", "وال")) for g in gap)):
            break
        ids.append(parts[i].actor_id)
        prev = i
    return list(dict.fromkeys(ids))


def _speaker_of(toks: list[Tok], lo: int, p: Part, m: Match) -> bool:
    """Whether ``p`` is the subject of a speech act (condemnation, condolence, statement) whose
    verb stands right before it or between it and the attack noun ``m``."""
    verbs = set(cues()["speech_verbs"])
    subs = set(cues()["subordinators"])
    before = []
    for k in range(p.first - 1, max(lo, p.first - 6) - 1, -1):  # "أدان عدد من المجالس ومسؤولون"
        if toks[k].norm in subs:
            break  # "قالت مصادر إن القوات سيطرت": the participant after إن is no speaker
        before.append(k)
    return any(in_vocab(toks[k].norm, verbs) for k in before + list(range(p.last + 1, m.first)))


def assign(doc: Document, toks: list[Tok], parts: list[Part], m: Match, lo: int, hi: int,
           antecedents: list[str], main_subject: list[str] | None = None) -> Roles:
    """Actor and recipient ids for the trigger ``m`` in the clause of tokens ``lo..hi-1``;
    ``antecedents``: named participants before the trigger, nearest first (for pronouns);
    ``main_subject``: the actors of the sentence's event before this one (for participles)."""
    c = cues()
    antecedent = antecedents[0] if antecedents else None
    t = m.trigger
    rprep = set(c["recipient_preps"].get(t.type, c["recipient_preps"]["default"]))
    inside = [i for i, p in enumerate(parts) if p.first >= lo and p.last < hi and not (m.first <= p.first <= m.last)]
    after = [i for i in inside if parts[i].first > m.last]
    before = [i for i in inside if parts[i].last < m.first]
    light = set(c["light_verbs"])

    tgt = {i for i in after if _at_target(toks, parts[i])} if t.type == "ASSAULT" else set()
    subj: list[int] = []
    stops = set(c["subordinators"])
    # a verb right after a relative pronoun: "المتظاهرين الذين رشقوا القوات": the head is the subject
    if t.pos == "V" and before and m.first >= 1 and toks[m.first - 1].norm in c["relatives"] \
            and parts[before[-1]].last == m.first - 2 and parts[before[-1]].prep != "TITLE":
        # (after a preposition too: "قادمة من سلطنة عمان التي سهلت", "لنائب الرئيس X الذي اتهم")
        j = before[-1]
        while j - 1 in before and parts[j - 1].coord_next == j:
            j -= 1
        subj = _group(parts, j)
    # SVO with the subject right before the verb: "جوزيف ويستفول أدان"
    if t.pos == "V" and before and not subj:
        i = before[-1]
        gap = [tk.norm for tk in toks[parts[i].last + 1 : m.first]]
        verbs = set(c["reporting_verbs"]) | set(c["speech_verbs"]) | light
        if parts[i].prep is None and all(g in ("قد", "فقد", "لقد", ",") for g in gap) and not (
                m.proclitic[:1] in ("و", "ف") and t.frame != "victim" and _genitive(toks, parts[i], verbs)):
            j = i
            while j - 1 in before and parts[j - 1].coord_next == j:
                j -= 1
            subj = _group(parts, j)
    # "قصف شنه الحوثيون", "التفجير الانتحاري الذي نفذه تنظيم داعش": the one who carried out the act
    if t.pos != "V" and not subj:
        subj = _carried_out_by(toks, parts, after, m, hi, light | set(c["relatives"]))
    # subject after the trigger (VSO), or the genitive after a verbal noun
    max_gap = (12 if t.frame == "host" else 2) if t.pos == "N" else 8
    noise = set(c["noise_between"])
    pro_of = _proclitics(doc)
    skipped: list[int] = []  # participants inside the subject's title (الأمين العام للأمم المتحدة X)
    # "التفجير الذي استهدف المصلين": after a relative pronoun with no participant head, the
    # relative's (non-participant) head is the subject and what follows the verb is its object
    rel_verb = t.pos == "V" and m.first >= 1 and toks[m.first - 1].norm in c["relatives"] and not subj
    titles = set(c["title_words"])
    for i in ([] if subj or rel_verb else after):
        p = parts[i]
        if t.pos != "V" and t.type == "ASSAULT" and _unnamed_id(p.actor_id) and i + 1 < len(parts) \
                and parts[i + 1].prep == "ل" and parts[i + 1].first == p.last + 1:
            continue  # "هجوم انتحاري لداعش": the attacker is the ل-genitive, not the adjective-like head
        gap_toks = toks[m.last + 1 : p.first]
        gap = [tk.norm for tk in gap_toks]
        if len(gap) > max_gap or any(g in stops or (t.pos == "N" and g in c["prepositions"]) for g in gap):
            break
        if t.pos == "V" and any(g in (",", "،") for g in gap) and any(
                find_triggers(toks, k, k + 1) or deconj(toks[k].norm, _THAT_HE) in _THAT_HE
                for k in range(m.last + 1, p.first)):
            break  # "أدانت رئاسة كردستان القصف، فإنها دعت حزب العمال": past a comma and a new verb, no subject
        in_parts = {k for j in skipped for k in range(parts[j].first, parts[j].last + 1)}
        # "وزير الدولة للشؤون الخارجية": a ل/ب word after a title word completes the title, no PP
        title_at = next((k for k, g in enumerate(gap, start=m.last + 1) if deconj(g, titles) in titles), hi)
        if t.pos == "V" and any((g in c["prepositions"] and g not in ("في", "من")) or (
                g not in noise and k not in in_parts and k <= title_at
                and pro_of.get(tk.start, "").lstrip("وف")[:1] in ("ب", "ل"))
                for k, (g, tk) in enumerate(zip(gap, gap_toks, strict=True), start=m.last + 1)):
            break  # "هددت باعتقال والدة الأسير علان", "ساعدت على إطلاق سراح X": X is inside a PP
        if i in tgt:
            break
        if p.prep is None:
            subj = _group(parts, i)
            break
        if t.pos != "V" or p.prep not in ("ل", "TITLE", "ب"):
            break
        skipped.append(i)
    if not subj and t.pos in ("N", "P") and t.type in ("ASSAULT", "COERCE") and t.frame == "svo":
        lead = after[:2] if len(after) > 1 and _unnamed_id(parts[after[0]].actor_id) \
            and parts[after[1]].first == parts[after[0]].last + 1 else after[:1]
        for i in lead[-1:]:  # "الغارات الجوية لطيران التحالف", "قصف للحوثيين": ل marks the attacker
            gap = [tk.norm for tk in toks[m.last + 1 : parts[i].first]]
            if parts[i].prep == "ل" and i not in tgt and len(gap) <= 3 and not any(g in stops for g in gap):
                subj = _group(parts, i)
    if not subj:
        skipped = []
    if not subj:
        # SVO or a light verb before a verbal noun: nearest unmarked participant before the trigger
        rel = set(c["relatives"])
        verbs = set(c["reporting_verbs"]) | set(c["speech_verbs"]) | light
        for i in reversed(before):
            p = parts[i]
            if any(tk.norm in rel for tk in toks[p.last + 1 : m.first]):
                break  # "التفجير الذي استهدف": the relative's head is the subject, not a participant
            if t.type in ("ASSAULT", "COERCE") and (t.pos != "V" and any(
                    x.trigger.pos == "V" and x.trigger.type in _SPEECH for x in find_triggers(toks, p.last + 1, m.first))
                    or (t.pos != "V" or t.frame == "svo") and _speaker_of(toks, lo, p, m)):
                break  # "دانت الجزائر التفجير", "أعربت روسيا عن تعازيها ... الهجوم": no attacker
            if p.prep is None and t.pos == "V" and m.proclitic[:1] in ("و", "ف") and t.frame != "victim" \
                    and _genitive(toks, p, verbs):
                continue  # "أعلن العبادي التزامه بتوجيهات المرجعية وتعهد": a genitive is no subject
            if p.prep is None:
                if m.first - p.last <= 14:
                    # walk back to the start of a coordination group ending here
                    j = i
                    while j - 1 in before and parts[j - 1].coord_next == j:
                        j -= 1
                    subj = _group(parts, j)
                break
        if not subj and t.pos == "N":
            for k in range(max(lo, m.first - 6), m.first):
                if toks[k].norm in light:
                    break
    subj_set = set(subj)
    pron = m.suffix in ("ه", "ها", "هم", "هما") and t.pos in ("N", "P")
    last = toks[m.last].norm
    if not pron and t.pos == "P" and t.frame == "victim" and len(t.words) > 1 and last != t.words[-1] \
            and last.startswith(t.words[-1]) and last[len(t.words[-1]):] in ("ه", "ها", "هم", "هما"):
        # "سهلت عملية الإفراج عنها": the pronoun on the preposition is the one released, a person
        # named before
        kinds = {p.actor_id: p.kind.upper() for p in parts}
        per = [x for x in antecedents if kinds.get(x) in ("PER", "PERS")]
        if per:
            pron, antecedent = True, per[0]
    objs: list[int] = []
    agent: list[int] = []
    subj_end = max((parts[i].last for i in subj if parts[i].first > m.last), default=-1)
    # "الهجمات التي وقعت ..., حيث هاجم مفجر مسجدا": a new clause (حيث, بينما …) starts a new act
    new_clause = set(c["clause_openers"])
    bound = next((k for k in range(m.last + 1, hi) if in_vocab(toks[k].norm, new_clause)), hi)
    if t.pos != "V":
        # "في هجومين منفصلين ... قتل المتمردون جنديين": what follows a later verb is that verb's
        # (a verb with its own subject right after it; "الغارات ... استهدفت مواقع" is the noun's predicate)
        for i in after:
            k = parts[i].first - 1
            if k >= bound:
                break
            if parts[i].prep is None and k > m.last and any(
                    x.trigger.pos == "V" for x in find_triggers(toks, k, k + 1)):
                bound = k
                break
    subords = set(c["subordinators"])
    for i in after:
        if i in subj_set or i in skipped or parts[i].first <= subj_end:
            continue
        p = parts[i]
        if p.first > bound:
            break
        if p.prep == "AGENT":
            agent = _group(parts, i)
            continue
        if objs:
            continue
        if i in tgt and p.first - m.last - 1 <= 20:
            objs = _group(parts, i)
        elif p.prep is None and "noobj" not in t.flags and (p.first - m.last - 1 <= 12 or (
                p.first - subj_end - 1 - _covered(parts, subj_end, p.first) - _formulas(toks, subj_end, p.first) <= 12
                and not any(
                    tk.norm in subords for tk in toks[subj_end + 1:p.first]))):
            # or counted after a subject that follows the verb, names of other participants aside
            # ("استقبل الشيخ X في قصره مساء أول من أمس، Y", "... أمس سفير جمهورية البيرو Y")
            objs = _group(parts, i)
        elif p.prep == "ب" and t.type == "ASSAULT" and _unnamed_id(p.actor_id) \
                and deconj(toks[p.first].norm, c["instrument_heads"]) in c["instrument_heads"]:
            continue  # "قصف الجيش بطائرات هليكوبتر ثلاث سيارات": the means of the strike, not its target
        elif p.prep is not None and p.prep in rprep and not (p.prep == "ل" and subj_end > m.last and p.first == subj_end + 1) and (
                p.first - max(m.last, subj_end) - 1 - _covered(parts, max(m.last, subj_end), p.first)) <= 25:
            objs = _group(parts, i)
    if t.frame == "sym" and t.pos == "V" and objs and parts[objs[0]].prep in ("الي", "ل"):
        # "اجتمع X، في إطار زيارته إلى إسبانيا، مع Y": the one met (مع), not the destination
        withs = [i for i in after if i not in subj_set and parts[i].prep == "مع" and parts[i].first > parts[objs[0]].last
                 and parts[i].first <= bound and parts[i].first - m.last <= 40]
        if withs:
            objs = _group(parts, withs[0])
    subj_ids = _ids(parts, subj)
    obj_ids = [x for x in _ids(parts, objs) if x not in subj_ids]
    if t.pos in ("N", "P") and t.type in ("COERCE", "ASSAULT", "RETREAT", "SANCTION") and subj \
            and parts[subj[0]].last < m.first and not obj_ids:
        pv = set(c["patient_verbs"])
        tam = [k for k in range(max(lo, m.first - 6), parts[subj[0]].first) if toks[k].norm in ("تم", "وتم", "يتم")]
        tam += [k for k in range(parts[subj[-1]].last + 1, m.first) if in_vocab(toks[k].norm, pv)]
        if tam:  # "تم وضع متطرفين قيد الاعتقال", "تعرضت قوات الأمن لهجوم": the participant is acted on
            obj_ids, subj_ids = subj_ids, []
    if t.type == "ACCUSE" and agent and not obj_ids:
        # "أدانت الجامعة الاقتحامات ... من قبل المتطرفين": the perpetrator named is the one accused
        obj_ids = [x for x in _ids(parts, agent) if x not in subj_ids]
    victim_pp = bool(objs) and parts[objs[0]].prep in ("ضد", "بحق")
    if t.type == "ACCUSE" and victim_pp:
        # "أدان الممارسات التي ترتكبها ميليشيات الحوثيين ضد الصحفيين": the perpetrator named before
        # the victims is the one accused
        perp = _perpetrator(toks, parts, after, m, min(bound, m.last + 16))
        if perp and parts[perp[0]].first < parts[objs[0]].first:
            obj_ids = [x for x in _ids(parts, perp) if x not in subj_ids]
    if t.type == "ACCUSE" and not obj_ids:
        # "أدانت البحرين قيام عشرات المستوطنين باقتحام ...", "دانت X القصف الذي شنته الطائرات
        # التركية": the one who carried out the condemned act is the one accused
        perp = _perpetrator(toks, parts, after, m, min(bound, m.last + 16))
        if perp and subj and parts[subj[0]].first > m.last and _ids(parts, perp) == subj_ids:
            # "أمرت وزارة الصحة بالتحقيق في خطأ ارتكبته إدارة المستشفى": not the genitive subject of
            # the act noun; the one investigates is the participant before it
            subj_ids = []
            for i in reversed(before):
                if parts[i].prep is None and m.first - parts[i].last <= 14:
                    subj_ids = _ids(parts, _group(parts, i))
                    break
        obj_ids = [x for x in _ids(parts, perp) if x not in subj_ids]
    if (t.pos == "N" or t.pos == "P" and t.type == "COERCE") and t.type in c["patient_genitive_types"] \
            and subj and parts[subj[0]].first > m.last:
        # "دعوة الفلسطينيين إلى", "اعتقال X", "الغاز المسيل للدموع لتفريق X": the genitive of these
        # verbal nouns (and coercion phrases) is the one acted on
        obj_ids = subj_ids
        subj_ids = []
        for i in reversed(before):
            if parts[i].prep is None and m.first - parts[i].last <= 14:
                j = i
                while j - 1 in before and parts[j - 1].coord_next == j:
                    j -= 1
                subj_ids = _ids(parts, _group(parts, j))
                break
    if not subj_ids and t.pos == "V" and antecedent and m.last + 1 < hi and t.frame == "svo":
        nxt = toks[m.last + 1].norm
        titles = set(c["title_words"]) | set(c["honorifics"])
        if nxt in titles or nxt[2:] in titles:
            # "أشاد الوزير الألماني بـ...": a title with no name refers back to the person named before
            kinds = {p.actor_id: p.kind.upper() for p in parts}
            per = [a for a in antecedents if kinds.get(a) in ("PER", "PERS")]
            subj_ids = per[:1]
            obj_ids = [x for x in obj_ids if x not in subj_ids]
    if not subj_ids and t.pos == "V" and antecedent and t.frame in ("svo", "sym", "visit"):
        k = m.first - 1
        while k > lo and (toks[k].norm in ("قد", "فقد", "لقد") or _nisba_adjective(toks[k].norm)):
            k -= 1
        titles = set(c["title_words"]) | set(c["honorifics"])
        if k >= lo and k < m.first - 1 and deconj(toks[k].norm, titles) in titles | {"ال" + x for x in titles} \
                and not any(p.first <= k <= p.last for p in parts):
            # "وكان الرئيس النيجيري قد التقى بنظيره": a title before the verb refers back to the person
            # named before
            kinds = {p.actor_id: p.kind.upper() for p in parts}
            per = [a for a in antecedents if kinds.get(a) in ("PER", "PERS")]
            subj_ids = per[:1]
            obj_ids = [x for x in obj_ids if x not in subj_ids]
    k0 = m.first - 1
    if t.pos != "V" and k0 > lo and in_vocab(toks[k0].norm, light):
        k0 -= 1  # "أنه فرض الاعتقال"
    if not subj_ids and k0 >= lo and t.frame in ("svo", "sym", "visit") and deconj(toks[k0].norm, _THAT_HE) in _THAT_HE:
        # "أوضح بيان صادر عن الوزير X أنه فرض الاعتقال": the pronoun after أن is the one named
        # last before it in the sentence
        named = [p for p in parts if lo <= p.first and p.last < k0 and not _unnamed_id(p.actor_id)
                 and p.prep not in ("في", "TITLE") and p.kind.upper() in ("PER", "PERS", "ORG", "GPE")]
        if named:
            subj_ids = [named[-1].actor_id]
            obj_ids = [x for x in obj_ids if x not in subj_ids]
    if t.pos == "V" and t.frame in ("svo", "sym", "visit") and m.first >= 1 and subj and parts[subj[0]].first > m.last \
            and deconj(toks[m.first - 1].norm, _THAT_HE) in _THAT_HE and not obj_ids:
        # "وذكرت الشرطة أنها اعتقلت 60 شخصا": the pronoun is the subject, what follows the verb its object
        near = [p for p in parts if m.first - 9 <= p.last < m.first - 1 and p.prep is None
                and p.kind.upper() in ("PER", "PERS", "ORG", "GPE")]
        if near:
            obj_ids = subj_ids
            subj_ids = [near[-1].actor_id]
    first_person = in_vocab(toks[m.first].norm, c["first_person"])
    if first_person and antecedent:
        subj_ids = [antecedent]  # «أدين ...» inside a quote: the speaker acts
        obj_ids = [x for x in obj_ids if x != antecedent]
    elif pron and antecedent and t.pos in ("N", "P") and t.frame != "host":
        if (t.type in c["patient_pronoun_types"] or t.frame == "victim") and t.frame != "multi":
            obj_ids = obj_ids or [antecedent]  # اعتقاله: he is the one arrested
            subj_ids = [x for x in subj_ids if x not in obj_ids]
        elif m.suffix == "هما" and len(antecedents) >= 2:
            subj_ids = antecedents[:2]  # اجتماعهما
        elif subj and lo <= parts[subj[0]].first and parts[subj[-1]].last < m.first and _unnamed_id(parts[subj[0]].actor_id) \
                and not any(p.actor_id == antecedent and lo <= p.first < m.first for p in parts):
            pass  # "يواصل 120 أسيرًا ... إضرابهم": the unnamed subject of the clause owns the pronoun
        else:
            kinds = {p.actor_id: p.kind.upper() for p in parts}
            if t.type == "CONSULT" and m.suffix in ("ه", "ها") and kinds.get(antecedent) not in ("PER", "PERS"):
                # "قال السفير X رئيس قطاع فلسطين ... عقب لقائه": the one who meets is a person, not a
                # place named in his title
                antecedent = next((x for x in antecedents if kinds.get(x) in ("PER", "PERS")), antecedent)
            subj_ids = [antecedent]
            obj_ids = [x for x in obj_ids if x != antecedent]
            if t.type == "CONSULT" and t.pos == "N" and t.frame == "sym" and m.suffix in ("ه", "ها"):
                # "خلال لقائه اليوم مبعوث الأمين العام ... X", "عقب لقائه وفدا من ...": the one met
                # in the accusative is the visitor (actor), the pronoun's owner the host
                kinds = {p.actor_id: p.kind.upper() for p in parts}
                lead = [i for i in after if parts[i].prep not in ("ل", "الي", "TITLE")][:1]
                met = [i for i in lead if parts[i].prep is None and parts[i].actor_id != antecedent
                       and parts[i].first - m.last - 1 - _covered(parts, m.last, parts[i].first) <= 8]
                if met and kinds.get(antecedent) in ("PER", "PERS"):
                    return Roles(_ids(parts, _group(parts, met[0])), [antecedent], "met")
    if "speaker" in t.flags and antecedent:
        # "قال X إنه يتعين أن تتعاون Y": the speaker demands, the one obliged is the recipient
        subj_ids = [antecedent]
        obj_ids = [x for x in _ids(parts, _group(parts, after[0])) if x != antecedent] if after else []
    word = toks[m.first].norm
    word = word[1:] if word[:1] in ("و", "ف") and len(word) > 4 else word
    participle = t.pos == "V" and word.endswith(("ا", "ين", "ون")) and word[:1] == "م" or word in ("داعيا", "داعيه") \
        or t.pos == "P" and t.type in _SPEECH and word[:1] == "م" and word.endswith(("ا", "ه"))  # مؤكدة دعمها
    lead = list(main_subject or ([antecedent] if antecedent else []))
    if participle and lead:
        # "..., داعيا إلى ...", "تظاهر آلاف العراقيين ... مطالبين ...": the participle's subject is
        # the main clause's (the subject of the sentence's event before it, else the last name)
        follows = [x for x in subj_ids if x not in lead] if subj and parts[subj[0]].first > m.last else []
        subj_ids = lead
        # "مطالبين رئيس الوزراء", "مؤكدة دعمها السلطات": what follows the participle is its object
        obj_ids = [x for x in obj_ids if x not in lead] or follows
    elif PRO_DROP and not subj_ids and t.pos == "V" and antecedent and t.frame not in ("victim", "multi", "host"):
        subj_ids = [antecedent]  # pro-drop: "وطالب ... بـ", "ودعا ..." continue the last speaker
        obj_ids = [x for x in obj_ids if x != antecedent]
    between = _between_sides(toks, parts, after, m, hi) if t.type == "CONSULT" and t.frame == "sym" else []
    if len(between) >= 2:
        # "اتصال هاتفي جرى بين الرئيسين التركي رجب طيب أردوغان والأمريكي باراك أوباما": no caller or
        # host stated, all are actors (guidelines)
        return Roles(between, [])
    if t.type == "ASSAULT" and t.frame == "svo" and not obj_ids:
        obj_ids = [x for x in _toll_victims(toks, parts, after, m, hi) if x not in subj_ids]
    frame = t.frame
    if t.type == "CONSULT" and t.pos == "P":
        recv = set(c["receive_verbs"])
        if any(in_vocab(toks[k].norm, recv) for k in range(max(lo, m.first - 20), m.first)):
            frame = "recv"
            frm = [i for i in after if parts[i].prep == "من"]
            subj_ids = [x for x in subj_ids if not frm or x not in _ids(parts, _group(parts, frm[0]))]
    if frame == "host":
        if t.pos == "N":
            # استقبال X لـ Y: X hosts, Y visits; استقباله ... Y: the pronoun hosts
            lam = [i for i in after if parts[i].prep == "ل" and i not in subj_set]
            if pron and antecedent:
                host = [antecedent]
                guest = _ids(parts, _group(parts, after[0])) if after else []
            else:
                host = subj_ids
                guest = _ids(parts, _group(parts, lam[0])) if lam else obj_ids
            return Roles([g for g in guest if g not in host], host)
        return Roles(obj_ids, subj_ids)
    if frame == "recv":
        frm = [i for i in after if parts[i].prep == "من"]
        callers = _ids(parts, _group(parts, frm[0])) if frm else []
        if not subj_ids:
            subj_ids = [parts[i].actor_id for i in before[-1:] if parts[i].prep is None]
        if not subj_ids:  # "تلقى نائب خادم الحرمين اتصالا ...": the title is no mention; the last
            for p in reversed(parts):  # named participant without a preposition (not an earlier caller)
                if p.last < m.first - 120:
                    break
                if p.last < m.first and p.prep is None and not _unnamed_id(p.actor_id) and p.actor_id not in callers:
                    subj_ids = [p.actor_id]
                    break
        return Roles(callers, subj_ids, "recv")
    if frame == "victim":
        if subj and objs and t.pos == "V" and parts[objs[0]].prep is None \
                and parts[objs[0]].first - parts[subj[-1]].last <= 2 \
                and normalize(doc.text[parts[subj[-1]].start:parts[subj[-1]].end]).endswith("ون"):
            # "قتل المتمردون جنديين": a nominative plural then an object, the active voice
            return Roles(subj_ids, obj_ids)
        if subj and objs and t.pos == "V" and parts[subj[-1]].last == m.first - 1 and parts[objs[0]].prep is None \
                and parts[objs[0]].first - m.last <= 2 and not toks[m.first].norm.lstrip("وف").startswith("م") \
                and not _speaker_of(toks, lo, parts[subj[0]], m):
            # "أن قوات الجيش قتلت 16 عنصراً": a subject right before the verb and an object after it
            return Roles(subj_ids, obj_ids)
        # "إصابة رجل وزوجته بانفجار قنبلة ألقاها مسلحون", "انفجارات لألغام زرعها المتمردون": the one
        # named after a verb of perpetration with an object pronoun placed the device, no victim
        perp = _ids(parts, _placed_by(toks, parts, after, m, bound)) if not agent else []
        victims = [x for x in _ids(parts, subj or objs) or obj_ids if x not in perp]
        return Roles([x for x in _ids(parts, agent) + perp if x not in victims], victims)
    if frame == "multi":
        ids = list(dict.fromkeys(subj_ids + obj_ids))
        between = [i for i in after if parts[i].prep == "بين"]
        if between:
            # "مقتل ستة أشخاص في اشتباكات بين قوات الأمن ومقاتلين": the sides are the بين group,
            # not the casualties named before the noun
            if t.pos != "V":
                ids = [x for x in ids if x not in _ids(parts, subj) or parts[subj[0]].first > m.last]
            for b in between[:2]:  # "بين X من جهة وبين Y"
                ids = list(dict.fromkeys(ids + _ids(parts, _group(parts, b))))
        return Roles(ids, [])
    if frame == "visit" and obj_ids:
        obj_kinds = {parts[i].actor_id: parts[i].kind for i in objs}
        if all(obj_kinds.get(x, "").upper() == "GPE" for x in obj_ids):
            withs = [i for i in after if parts[i].prep == "مع" and parts[i].actor_id not in subj_ids]
            if withs:  # "سيزور موسكو ... مباحثات مع بوتين": the host is the person met
                obj_ids = _ids(parts, _group(parts, withs[0]))
    if frame == "sym" and len(subj_ids) > 1 and not obj_ids:
        return Roles(subj_ids, [])
    return Roles(subj_ids, obj_ids)
