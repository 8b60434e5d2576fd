"""Places in a document, resolved in context, and the place of an event as a PLOVER location.

``find_places(doc)`` finds gazetteer names (clitics stripped), widens them with a generic head
(«محافظة لحج», «مدينة فان») or a facility head («مستشفى سوروكا», «ميناء درنة»; a facility whose name
is not in the gazetteer is kept as text, placed in its country by context), marks whether a
locative cue precedes (في، بـ، إلى …), drops common-word names without such a cue, and picks
among same-name places by the countries the article mentions, then kind, then population.

``event_location(doc, sentence_span, trigger_span)`` returns the PLOVER location object of the
place where the event happened: a locative place in the trigger's clause (nearest the trigger),
never a country that only qualifies an office («مديرة … بالولايات المتحدة»). Resolution follows the
PLOVER manual: 5 sub-city (facility), 4 city, 3 district, 2 province/region, 1 country.
"""

from __future__ import annotations

import json
import re
from collections import Counter
from dataclasses import dataclass, field, replace
from functools import cache
from importlib import resources
from typing import Any

from marsad.arabic.normalize import normalize
from marsad.document import Document
from marsad.geo.gazetteer import KIND_RANK, Place, gazetteer, rank
from marsad.temporal.context import sentence_index, sentence_spans
from marsad.temporal.event_date import (
    CONTINUATION_DEPTH,
    clause_starts,
    coreferent_mentions,
    is_present_stance,
    relative_starts,
    starts_continuation,
)

#: At most this many words between a visit verb or noun and the place it takes as its object («زار
#: المبعوث الخاص إلى سوريا ستيفان دي مستورا طهران»).
VISIT_OBJECT_WORDS = 8
#: In a lead that reports a visit, the visitor's titles may run this long before the country visited
#: («بمناسبة زيارة صاحب السمو الملكي الأمير محمد بن سلمان … وزير الدفاع للمملكة الأردنية الهاشمية»).
LEAD_VISIT_WORDS = 25
#: The stem of the visit noun («زيارة», «بزيارته»): after it, only «ل» or nothing precedes the destination.
_VISIT_NOUN = "زيار"
#: How close after an unresolved facility a place must be named to locate it.
FACILITY_CITY_CHARS = 40
#: How many words after a plural place head («بلدات الحدث وحوارين ومهين») its list may run.
MAX_LISTED_WORDS = 8
#: How many nisba adjectives after a place name are read for its country («سجن نفحة الصحراوي الإسرائيلي»).
NISBA_CHAIN = 3
#: How far a quoted place name after a head word may run to its closing quote.
QUOTED_NAME_CHARS = 40
_CLOSING_QUOTE = {"«": "»", "“": "”", '"': '"', "(": ")"}
#: dual heads that are also common adjectives («إقليمي», regional): a head only after a locative
_ADJECTIVE_HEADS = frozenset({"اقليمي"})
#: head words that, written with ه instead of ة, are another word («بلده», his country)
_TA_MARBUTA_HEADS = frozenset({"بلده"})
#: «حيث» opening a clause («…، حيث هاجم مفجر مسجدا في أبها»).
_WHERE_CLAUSE = re.compile(r"(^|\s)و?حيث\s")
#: At most this many words between a journey's destination and the act it was made for («… إلى سلطنة
#: عمان للتباحث»): the act happens at the destination.
DESTINATION_PURPOSE_WORDS = 2
#: Cities below this population are kept only inside a locative phrase or an NER LOC/GPE entity.
SMALL_CITY = 200_000
#: A same-name place in a country the article names wins if it has at least this share of the
#: most populous candidate's population (Geneva, Switzerland stays ahead of Geneva, Illinois).
CONTEXT_MIN_SHARE = 0.1
#: Mentions that count as article context must be a country, region, curated place or a city this big.
FOREIGN_SMALL_CITY = 300_000
#: A town in a country the article never names is left unresolved below this population.
FOREIGN_TOWN = 50_000
#: A town at most this big whose name is also a common word (curated/context_only.txt and the word-frequency
#: list) is read only in a story that names its country: «حديثة» (31 k), «الساحل» (54 k), «المنشأة» (91 k),
#: not «جنيف» (Geneva, 202 k, frequent in news); a hand-listed one (curated/context_only.txt) up to
#: FOREIGN_SMALL_CITY («البندقية», the rifle, in a Yemeni story is no Venice, 260 k)
COMMON_WORD_TOWN = 100_000
#: A name read after stripping a ب that is not followed by ال must be a city this big (or curated).
BIG_CITY = 1_000_000
#: A sentence that names no place takes the place of one of this many sentences before it (news keeps
#: its scene until it names another: «وفي بلدة سيزر … . واستخدمت الشرطة الغاز المسيل للدموع …»).
CARRY_SENTENCES = 2
RESOLUTION = {"landmark": 5, "city": 4, "district": 3, "admin": 2, "region": 2, "country": 1, "continent": 1}


@dataclass(frozen=True)
class GeoCues:
    """Normalised context words (resources/geo/curated/cues.json)."""

    locative: frozenset[str]
    generic_heads: frozenset[str]
    facility_heads: frozenset[str]
    compound_starts: frozenset[str]
    office_words: frozenset[str]
    stop_words: frozenset[str]
    destination: frozenset[str]
    relative: frozenset[str]
    head_resolution: dict[str, int]
    origin: frozenset[str]
    apposition: frozenset[str] = frozenset()  # «زنجبار عاصمة محافظة أبين»: describes the place before it
    named_facility_heads: frozenset[str] = frozenset()  # «قصر السلام»: may be named by a common definite word
    envoy_words: frozenset[str] = frozenset()  # «السفير … لدى X»: X is where the envoy is accredited
    name_heads: frozenset[str] = frozenset()  # «مديرية حزم العدين»: the next word is a name even if also a word
    host_verbs: frozenset[str] = frozenset()  # «استقبل X في قصر السلام»: the palace is in X's country
    from_scene_triggers: frozenset[str] = frozenset()  # «طرد الحوثيين من عدن»: «من» names the scene
    province_heads: frozenset[str] = frozenset()  # «بمحافظة تعز»: a province, whatever the name resolves to
    container_gap: frozenset[str] = frozenset()  # «… الواقعة في محافظة لحج»: between a place and its province
    directions: frozenset[str] = frozenset()  # «مطار أبو الظهور شرق إدلب»: where a finer place lies from a bigger one
    plural_heads: frozenset[str] = frozenset()  # «بلدات الحدث وحوارين ومهين»: a plural head before a list of names
    list_openers: frozenset[str] = frozenset()  # «قرى مثل المنصورة والزيارة»: between the head and the list
    near: frozenset[str] = frozenset()  # «قرية دوما قرب نابلس»: a place lies close to a bigger one
    small_unit_heads: frozenset[str] = frozenset()  # «بلدة العين»: a small place, not a big namesake abroad
    topic_nouns: frozenset[str] = frozenset()  # «الوضع في اليمن»: a topic, not a venue, for talks and statements
    other_word_letters: dict[str, str] = field(default_factory=dict)  # «آب» ≠ «إب»: letters a name never has
    idiom_next: dict[str, tuple[str, ...]] = field(default_factory=dict)  # «مسقط رأسه»: a name's idiom
    visit_triggers: frozenset[str] = frozenset()  # «زار … طهران», «زيارته لإسرائيل»: the object is the destination
    person_titles: frozenset[str] = frozenset()  # «اللواء الأحمدي»: a name after a title is a person's


@cache
def geo_cues() -> GeoCues:
    """The geo context word lists (loaded once)."""
    raw = json.loads((resources.files("marsad") / "resources" / "geo" / "curated" / "cues.json").read_text(encoding="utf-8"))

    def n(key: str) -> frozenset[str]:
        return frozenset(normalize(x) for x in raw[key])

    return GeoCues(n("locative"), n("generic_heads"), n("facility_heads"), n("compound_name_starts"),
                   n("office_words"), n("stop_words"), n("destination_cues"),
                   n("relative_markers"), {normalize(k): v for k, v in raw["head_resolution"].items()}, n("origin_words"),
                   n("apposition_heads"), n("named_facility_heads"), n("envoy_words"),
                   n("name_heads"), n("host_verbs"), n("from_scene_triggers"),
                   n("province_heads"), n("container_gap"), n("direction_words"), n("plural_place_heads"),
                   n("list_openers"), n("near_words"), n("small_unit_heads"), n("topic_nouns"),
                   {normalize(k): v for k, v in raw["other_word_letters"].items() if not k.startswith("_")},
                   {normalize(k): tuple(normalize(w) for w in v) for k, v in raw["idiom_next"].items()
                    if not k.startswith("_")},
                   n("visit_triggers"), n("person_titles"))


@dataclass
class PlaceMention:
    """A place named in the text: span, the place it resolves to, and how it is introduced."""

    start: int
    end: int
    text: str
    place: Place | None
    candidates: list[Place] = field(default_factory=list)
    locative: bool = False
    landmark: str | None = None  # facility text («مستشفى سوروكا») when the mention is a facility
    office: bool = False  # qualifies an office («وزير الداخلية بمملكة البحرين»)
    kind: str = "place"
    attrs_country: str | None = None  # the country of an unresolved facility, from article context
    headed: bool = False  # introduced by a generic head («منطقة ميمنة»)
    resolution: int | None = None  # PLOVER resolution of an unresolved mention, from its head word
    nisba_country: str | None = None  # «مستشفى سوروكا الإسرائيلي» → ISR
    origin: bool = False  # introduced by «من»: a point of departure rather than the place of the event
    city: Place | None = None  # the city (or province) a facility lies in, when the text says
    within: PlaceMention | None = None  # «زنجبار في أبين»: this mention only says where the one before lies
    listed: int | None = None  # «بلدات الحدث وحوارين ومهين»: the offset of the plural head that lists it
    topic: bool = False  # «مستجدات الوضع في اليمن»: the topic of talks or of a statement, not a venue

    @property
    def country(self) -> str | None:
        return self.place.country if self.place else self.attrs_country


def _entity_spans(doc: Document) -> list[tuple[int, int, str]]:
    return [(s.start, s.end, s.label) for s in doc.layer("entities")]


def _other_word(norm: str, surface: str) -> bool:
    """Whether ``surface``, a name or head word in normal form ``norm``, is another word that normalises
    alike, told by a letter the name never has (cues other_word_letters: «آب» August ≠ «إب» Ibb, «فأس» axe ≠
    «فاس» Fes, «وأدى» ≠ «وادي»)."""
    letters = geo_cues().other_word_letters.get(norm)
    return bool(letters) and any(ch in surface for ch in letters)


def _nisba(w: str) -> bool:
    """A definite nisba adjective (الإيطالية، الروسي) in normal form."""
    return len(w) > 4 and w.startswith("ال") and (w.endswith("يه") or w.endswith("ي"))


def _is_word(w: str) -> bool:
    return bool(w) and not w.isdigit()


def _adjacent(text: str, a_end: int, b_start: int) -> bool:
    """Only spaces (or an opening quote: «محافظة «صعدة»») between two source offsets."""
    return text[a_end:b_start].strip() in ("", "«", '"', "“")


def find_places(doc: Document) -> list[PlaceMention]:
    """All place mentions of the document, resolved in context (cached on the document)."""
    if "_marsad_places" in doc.cache:
        return doc.cache["_marsad_places"]
    from marsad.stages.normalize import normalized

    gz, cz = gazetteer(), geo_cues()
    text = doc.text
    ents = _entity_spans(doc)
    matches, words = gz.scan(text, normalized(doc))
    heads = cz.generic_heads | cz.facility_heads
    two_word_starts = {h.split()[0] for h in cz.facility_heads if " " in h}
    two_word_starts |= {p + w for w in two_word_starts for p in "وب"}
    mentions: list[PlaceMention] = []
    taken: set[int] = set()
    titled: set[str] = set()  # names the text gives a person's title once («اللواء الأحمدي»)
    for m in matches:
        locative = "ب" in m.prefix
        start, landmark, k = m.start, None, m.ti - 1
        # widen with a generic head («محافظة لحج») or a facility head («ميناء درنة»)
        if k >= 0 and not m.prefix and _adjacent(text, words[k][2], words[m.ti][1]):
            head = words[k][0]
            pre = head[0] if head[:1] in "وفب" and head[1:] in heads else ""
            # «مقاطعة» before a country is its boycott, no province: «ترفض مقاطعة إسرائيل» («العاصمة تونس» is Tunis)
            country_after_region = m.candidates[0].kind == "country" and head[len(pre):] == "مقاطعه"
            if head[len(pre):] in heads and not country_after_region:
                start = words[k][1] + len(pre)
                if head[len(pre):] in cz.facility_heads:
                    landmark = text[start : m.end]
                locative = True  # «مدينة زنجبار», «بمحافظة لحج»
                k -= 1
        # «في العاصمة الإيطالية روما», «في مدينة العريش»: a locative word within three words, with only
        # heads and nisba adjectives between («في سجن نفحة القائم» is no locative «القائم»)
        j = k
        while j >= 0 and k - j < 3 and not locative:
            w = words[j][0]
            w = w[1:] if w[:1] == "و" and w[1:] in cz.locative and w not in cz.locative else w  # «جنوب وغرب الموصل»
            if w in cz.locative or w in cz.destination or (len(w) > 3 and w[0] == "ب" and w[1:3] == "ال" and j < k):
                locative = not (w in ("داخل", "خارج") and j > 0 and words[j - 1][0] == "من")
                break
            gap = text[words[j][2] : words[j + 1][1]].strip()
            if gap not in ("", "«", "»", '"') or not (w in heads or _nisba(w)):
                break
            j -= 1
        if (not locative and m.prefix.startswith("و") and mentions and mentions[-1].locative
                and m.ti - 1 in taken and _adjacent(text, mentions[-1].end, m.start - len(m.prefix))):
            locative = True  # «في مأرب وإب»: a place joined by و to a locative place shares its preposition
        in_loc_entity = any(s <= m.start and m.end <= e and lab in ("LOC", "GPE") for s, e, lab in ents)
        in_per_entity = any(s <= m.start and m.end <= e and lab in ("PERS", "PER", "ORG") for s, e, lab in ents)
        if locative and in_per_entity and j >= 0 and not m.prefix and any(
                s <= words[j][1] and m.end <= e and lab in ("PERS", "PER") for s, e, lab in ents):
            locative = False  # «اللواء علي الأحمدي»: «علي» (a first name, like «على» once normalised) is no «على»
        key = normalize(m.text)
        top = m.candidates[0]
        if key in heads or normalize(m.prefix + m.text) in heads:
            continue  # «مدينة», «المستشفى» alone are not names; «ولاية» is no و + «لاية» (Lae)
        if _other_word(key, m.text):
            continue  # «في آب 2008» is August, not Ibb («إب»); «فأس» (axe) is no Fes («فاس»)
        nxt_word = normalize(text[m.end : m.end + 12]).split()[:1]
        if nxt_word and any(nxt_word[0].startswith(w) for w in cz.idiom_next.get(key, ())):
            continue  # «بالعين المجردة» (naked eye) is no Al Ain, «مسقط رأسه» (birthplace) no Muscat
        if len(key.split()) > 1 and key.split()[0] in heads:
            locative = True  # a name the sources list with its head («ومدينة فان»): a place, as below
        # «باولو» is not ب + «أولو»; «بولاية عين الدفلى» is ب + a head word
        bare_b = m.prefix.endswith("ب") and not key.startswith("ال") and m.via == "name" and key.split()[0] not in heads
        if bare_b and ((top.kind == "city" and top.population < BIG_CITY and key not in gz.curated)
                       or key in gz.context_only):
            continue  # «باولو» is not ب + «أولو», «بحجة» is «under the pretext», not in Hajjah
        if in_per_entity and not locative:
            continue
        if not m.prefix and not locative and m.ti > 0 and words[m.ti - 1][0] in cz.person_titles:
            titled.add(key)
            continue  # «وأوضح اللواء الأحمدي»: a surname, not Al Ahmadi (Kuwait)
        if key in gz.context_only and not (locative or in_loc_entity or len(key.split()) > 1):
            continue
        if top.kind == "city" and top.population < SMALL_CITY and not (locative or in_loc_entity):
            continue  # a small town's name outside a locative phrase is usually a person or a word
        office = False
        if "ب" in m.prefix and top.kind == "country":
            office = any(words[x][0] in cz.office_words for x in range(max(0, m.ti - 4), m.ti))
        elif m.ti > 0 and words[m.ti - 1][0] in ("لدي", "الي", "الى") and not m.prefix:
            # «السفير الأمريكي لدى السعودية», «المبعوث الأممي إلى اليمن»: the country an envoy is accredited
            # to, not where an event was
            office = any(words[x][0] in cz.envoy_words for x in range(max(0, m.ti - 4), m.ti - 1))
        cands = list(m.candidates)
        if start != m.start and normalize(text[start : m.start]).split()[:1] in (["العاصمه"], ["عاصمه"]) and any(
                c.kind == "city" for c in cands):
            cands = [c for c in cands if c.kind != "country"]  # «في العاصمة تونس» is Tunis, not Tunisia
        if len(key.split()) > 1 and key.split()[0] in heads:
            # «مدينة زنجبار» names Zanzibar in the sources, «زنجبار» also Zinjibar (Yemen): pool both
            extra = [p for p in gz.lookup(" ".join(key.split()[1:])) if p not in cands]
            cands = sorted(cands + extra, key=rank, reverse=True)
        headed = start != m.start or key.split()[0] in heads
        if headed or top.kind == "landmark":
            # «من محافظة لحج», «داهمت … مدينة X»: the head word marks a place; a landmark («المسجد الأقصى»)
            # is a place wherever it is named («اقتحام المسجد الأقصى»)
            locative = True
        taken.update(range(m.ti, m.tj))
        if start != m.start:
            taken.add(m.ti - 1)
        mentions.append(PlaceMention(start, m.end, text[start : m.end], None, cands, locative,
                                     landmark, office, headed=headed))
    # one name, one sense: «اللواء علي الأحمدي» … «اللواء الأحمدي» — a name that follows a title once is a
    # person's wherever no locative cue says otherwise
    mentions = [p for p in mentions if p.locative or normalize(p.text) not in titled]
    province_starts = {p.start for p in mentions if (p.place is not None and p.place.kind in ("admin", "region"))
                       or normalize(p.text).split()[0] in cz.province_heads}

    def _province_follows(k: int) -> bool:
        """Whether words[k:] start «في محافظة X» / «بمحافظة X» (a province phrase right there)."""
        if k >= len(words) or text[words[k - 1][2] : words[k][1]].strip():
            return False
        w, ws, _ = words[k]
        if w in ("في", "فى") and k + 1 < len(words):
            return words[k + 1][1] in province_starts and not text[words[k][2] : words[k + 1][1]].strip()
        return w[:1] == "ب" and ws + 1 in province_starts

    # facilities and places whose name is unknown: «قرية بيدو», «مخيم النصيرات», «محافظة الحرث»
    for i, (w, ws, _we) in enumerate(words):
        # a two-word facility head («مركز شرطة العوامية», «نقطة تفتيش»): the name follows the second word
        two = (w + " " + words[i + 1][0]) if w in two_word_starts and i + 1 < len(words) \
            and not text[_we : words[i + 1][1]].strip() else ""
        pre2 = two[0] if two[:1] in "وب" and two[1:] in cz.facility_heads else ""
        if two[len(pre2):] in cz.facility_heads and " " in two and i + 2 < len(words) and i + 1 not in taken:
            pre, head, hw = pre2, two[len(pre2):], 2
        else:
            pre = w[0] if w[:1] in "وب" and w[1:] in heads else ""
            head, hw = w[len(pre):], 1
        if head not in heads or head in ("العاصمه", "عاصمه") or i + hw >= len(words) or i + hw in taken or i in taken:
            continue
        if i > 0 and re.fullmatch(r"[0-9٠-٩]+", words[i - 1][0]):
            continue  # «شملت 13 ولاية اعتقل فيها …»: a counted noun, not the head of a name
        if head in _ADJECTIVE_HEADS and pre != "ب" and (i == 0 or words[i - 1][0] not in cz.locative):
            continue  # «عدوها الإقليمي», «عدو إقليمي يمتلكه» (regional); «بإقليمي فان وأغري» (two provinces)
        if head in _TA_MARBUTA_HEADS and not text[ws:_we].rstrip("»\"'").endswith("ة"):
            continue  # «بلده واشترط» (his country) is no «بلدة» (town): the head is written with ة
        if _other_word(head, text[ws:_we]):
            continue  # «وأدى الصمت» (and the silence led) is no «وادي» (valley): the head is written without hamza
        nxt = words[i + hw]
        # «محافظات عراقية» (a nisba, no name), but «حيي المنشية», «قرية الزيادية», «مدينة الكاظمية»: a definite
        # word after a place head without «ال» is the name it is annexed to, not an adjective (which would
        # agree); facilities keep to the name heads («جامع البخاري في منطقة وادي المدام» is placed by its area)
        definite_name = (head in cz.name_heads or (head in cz.generic_heads and head not in cz.plural_heads
                                                   and head[:2] != "ال")) \
            and nxt[0].startswith("ال") and nxt[0] not in gz.adjectives
        # «مركز شرطة العوامية»: after a two-word head the definite word is the place the facility serves
        definite_name = definite_name or (hw == 2 and nxt[0].startswith("ال") and nxt[0] not in gz.adjectives)
        nisba_like = (nxt[0].endswith("يه") and not definite_name) or ("ال" + nxt[0] + "ه") in gz.adjectives
        # a facility's own name may be a common definite word («قصر السلام»), a region's may not
        named_facility = (head in cz.named_facility_heads and nxt[0].startswith("ال") and len(nxt[0]) > 4) or (
            head in cz.name_heads and not nxt[0].startswith("ال"))
        if (not _is_word(nxt[0]) or nxt[0] in cz.stop_words or (_nisba(nxt[0]) and not definite_name)
                or (nxt[0] in gz.common_words and not named_facility and not _province_follows(i + hw + 1)
                    and not (nxt[0] in cz.compound_starts and i + hw + 1 < len(words) and _is_word(words[i + hw + 1][0])))
                or nisba_like
                or text[words[i + hw - 1][2] : nxt[1]].strip() not in ("", '"', "«", "“", "(")
                or (nxt[0].startswith("لل") and head not in cz.facility_heads)):
            continue  # «في منطقة "جزرة"» is fine, «معسكر قوات» is not
        end = nxt[2]
        if nxt[0] in cz.compound_starts and i + hw + 1 < len(words) and _is_word(words[i + hw + 1][0]):
            end = words[i + hw + 1][2]
        opener = text[words[i + hw - 1][2] : nxt[1]].strip()
        if opener in _CLOSING_QUOTE:
            # «قضاء “دوغو بيازيد”»: a quoted name runs to its closing quote (a few words at most)
            close = text.find(_CLOSING_QUOTE[opener], nxt[1], nxt[1] + QUOTED_NAME_CHARS)
            if close >= end and len(text[nxt[1] : close].split()) <= 3:
                end = close + 1  # the closing quote too: «منطقة «ألبيلي»», not «منطقة «ألبيلي»
        s = ws + len(pre)
        locative = True  # «داهمت قوات الاحتلال قرية بيدو»: a head word names a place, whatever the preposition
        facility = head in cz.facility_heads
        pm = PlaceMention(s, end, text[s:end], None, [], locative, text[s:end] if facility else None, False,
                          "facility" if facility else "place", headed=True)
        pm.resolution = 5 if facility else cz.head_resolution.get(head, 4)
        if hw == 2 or opener in _CLOSING_QUOTE:
            # «مركز شرطة العوامية» (the town the police station serves), «قاعدة (أنجرليك)»: a known name the
            # head could not widen (a word or a bracket between) resolves like one
            pm.candidates = [c for c in gz.lookup(text[nxt[1] : end].strip("«»“”\"()")) if c.kind != "country"]
        mentions.append(pm)
        taken.update(range(i, i + hw + 1))
    place_starts = {p.start for p in mentions if p.candidates and p.candidates[0].kind in ("city", "admin", "region")}
    directions = _direction_words()

    def _direction_follows(k: int) -> bool:
        """Whether words[k:] are a direction from a known city or province: «شمال بغداد», «جنوب غرب كركوك»."""
        for n in (1, 2):
            phrase = words[k : k + n]
            if k + n >= len(words) or len(phrase) < n or any(x[0] not in directions for x in phrase):
                return False
            if " ".join(x[0] for x in phrase) in cz.directions and words[k + n][1] in place_starts \
                    and not re.search(r"[.,،؛!?؟()\n]", text[words[k - 1][2] : words[k + n][1]]):
                return True
        return False

    # «وفي الحوطة في محافظة لحج», «بالمسيمير بمحافظة لحج», «في الكاظمية شمال بغداد»: an unknown name after a
    # locative preposition and right before its province, or a direction from a known place, is a place there
    for i, (w, ws, we) in enumerate(words):
        if i in taken or i == 0 or text[words[i - 1][2] : ws].strip():
            continue
        by_province = _province_follows(i + 1)
        # a name in -ية is fine before a direction («في الكاظمية شمال بغداد»), a nationality is not
        by_direction = not by_province and _direction_follows(i + 1) and w not in gz.common_words \
            and w not in gz.adjectives
        if not (by_province or by_direction):
            continue
        prev = words[i - 1][0]
        if prev not in ("في", "فى", "وفي", "وفى") or not _is_word(w) or len(w) < 4 or w in cz.stop_words \
                or (_nisba(w) and not by_direction) or w in heads or not w.startswith("ال"):
            continue
        pm = PlaceMention(ws, we, text[ws:we], None, [], True, None, False, "place", headed=True)
        pm.resolution = 4
        mentions.append(pm)
    _listed_places(text, words, mentions, taken)
    mentions.sort(key=lambda p: p.start)
    ends = {we: n for n, (_w, _ws, we) in enumerate(words)}
    for pm in mentions:
        gap = re.search(r"\s*$", text[max(0, pm.start - 3) : pm.start])
        n = ends.get(pm.start - (len(gap.group()) if gap else 0))
        pm.origin = n is not None and words[n][0] in cz.origin  # «من قاعدة طبرق»: where it came from
    for a, b in zip(mentions, mentions[1:], strict=False):
        if normalize(text[a.end : b.start]).split() in (["الي"], ["الى"]):
            a.origin = True  # «… بمحافظة شرورة إلى عدن»: the place before «إلى» is the point of departure
    # «مدينة زنجبار عاصمة محافظة أبين»: a «capital of …» phrase right after a place describes that place
    for a, b in zip(mentions, mentions[1:], strict=False):
        gap = normalize(text[a.end : b.start]).strip(" ،,").split()
        first = normalize(b.text).split()[0]
        if b.start > a.end and ((not gap and first in cz.apposition) or (len(gap) == 1 and gap[0] in cz.apposition)):
            b.locative = False
    # «مستشفى سوروكا الإسرائيلي»: a nisba adjective right after a name gives its country; other nisba
    # adjectives may stand between («سجن نفحة الصحراوي الإسرائيلي»)
    starts = {ws: n for n, (_w, ws, _we) in enumerate(words)}
    for pm in mentions:
        nxt = re.match(r"\s+", text[pm.end : pm.end + 3])
        n = starts.get(pm.end + (nxt.end() if nxt else 0))
        for k in range(n, min(n + NISBA_CHAIN, len(words))) if n is not None else ():
            adj = words[k][0]
            pm.nisba_country = gz.nationality(adj)
            if pm.nisba_country or not _nisba(adj) or (k > n and text[words[k - 1][2] : words[k][1]].strip()):
                break
    # one place, one country: a nisba given at one mention of a name holds for its other mentions
    nisba_of: dict[str, str] = {}
    for pm in mentions:
        if pm.nisba_country:
            nisba_of.setdefault(normalize(pm.text), pm.nisba_country)
    for pm in mentions:
        if not pm.nisba_country:
            pm.nisba_country = nisba_of.get(normalize(pm.text))
    topic_nouns = cz.topic_nouns
    for pm in mentions:
        before = normalize(text[max(0, pm.start - 30) : pm.start]).split()[-2:]
        if len(before) == 2 and before[1] in ("في", "فى") and before[0] in topic_nouns:
            pm.topic = True  # «بحثا مستجدات الوضع في اليمن»
    _disambiguate(mentions)
    _relocate_by_container(text, mentions)
    _locate_lists(text, mentions)
    mentions = [p for p in mentions if p.kind != "drop"]  # an unresolved bare name is no place
    if gz.harvested:
        # a place read off other news («قرية المغيرة بمحافظة الحرث») counts where the article names it with
        # a head word or names its province too: «في الوادي» alone is a valley
        named = {p.place.name for p in mentions if p.place is not None}
        mentions = [p for p in mentions if p.place is None or p.place.id not in gz.harvested or p.headed
                    or gz.harvested[p.place.id] in named]
    # «سجن نفحة القائم في صحراء النقب», «مستشفى X بمدينة Y»: a facility takes the place named right after it
    for a, b in zip(mentions, mentions[1:], strict=False):
        between = normalize(text[a.end : b.start]).split()
        if any(w in ("الي", "نحو", "حتي") or (w.startswith("و") and len(w) > 1) for w in between):
            continue  # «بمحافظة شرورة إلى عدن», «مخيم X وبلدة Y»: another place, not the facility's city
        if a.place is None and b.place is not None and b.start - a.end <= FACILITY_CITY_CHARS:
            if b.place.kind in ("city", "admin", "region"):
                a.city = b.place
            if b.place.country:
                a.attrs_country = b.place.country  # «في مدينة سيفاري في وسط مالي»
    # «أمير منطقة الرياض في مكتب سموه بقصر الحكم»: else the city or province named just before it
    for b, a in zip(mentions, mentions[1:], strict=False):
        if (a.place is None and a.city is None and not a.nisba_country and b.place is not None and not b.office
                and b.place.kind in ("city", "admin") and b.place.country and a.start - b.end <= 2 * FACILITY_CITY_CHARS
                and not re.search(r"[.!?؟\n]", text[b.end : a.start])):
            a.attrs_country = b.place.country
    _mark_containers(text, mentions)
    doc.cache["_marsad_places"] = mentions
    return mentions


def _listed_places(text: str, words: list, mentions: list[PlaceMention], taken: set[int]) -> None:
    """«سيطرة التنظيم على بلدات الحدث وحوارين ومهين», «قرى مثل المنصورة والزيارة وتل واسط»: the names after
    a plural place head, joined by و, are places of one list (``listed`` holds the head's offset); a name
    the gazetteer does not know becomes an unresolved place."""
    cz, gz = geo_cues(), gazetteer()
    by_start = {p.start: p for p in mentions}
    directions = _direction_words()
    for i, (w, ws, _we) in enumerate(words):
        if not (w in cz.plural_heads or (w[:1] in "وب" and w[1:] in cz.plural_heads)) or i + 1 >= len(words):
            continue
        k = i + 1
        if words[k][0] in cz.list_openers:
            k += 1
        found: list[tuple[int, int, int]] = []  # (start, end, word index) of each listed name
        first = True
        while k < len(words) and k - i <= MAX_LISTED_WORDS:
            name = words[k][0]
            if not first:
                if not name.startswith("و") or len(name) < 3:
                    break
                name = name[1:]
            # «مناطق متفرقة», «مناطق واسعة», «مناطق جنوب وغرب الموصل», «مناطق بريف الحسكة»: no names
            if not _is_word(name) or name in cz.stop_words or name in directions or name in cz.locative \
                    or (name in gz.common_words and not name.startswith("ال")) or name[:3] in ("بال", "بري") \
                    or text[words[k - 1][2] : words[k][1]].strip():
                break
            s0 = words[k][1] + (0 if first else 1)
            end = words[k][2]
            if name in cz.compound_starts and k + 1 < len(words):
                k += 1
                end = words[k][2]
            found.append((s0, end, k))
            first = False
            k += 1
        if len(found) < 2:
            continue  # one name after a plural head is no list
        for s0, end, k in found:
            pm = by_start.get(s0)
            if pm is None and k not in taken:
                pm = PlaceMention(s0, end, text[s0:end], None, [], True, None, False, "place", headed=True)
                pm.resolution = 4
                mentions.append(pm)
                taken.add(k)
            if pm is not None:
                pm.locative, pm.headed, pm.listed = True, True, ws


@cache
def _direction_words() -> frozenset[str]:
    """The single words of the direction phrases (cues direction_words: جنوب، غرب …)."""
    return frozenset(w for d in geo_cues().directions for w in d.split())


def _words_between(text: str, a: PlaceMention, b: PlaceMention) -> list[str]:
    """The normalised words between two mentions, quotation marks left out."""
    return normalize(text[a.end : b.start]).replace("«", " ").replace("»", " ").replace('"', " ").split()


def _mark_containers(text: str, mentions: list[PlaceMention]) -> None:
    """«مدينة زنجبار في أبين», «مديرية حزم العدين كاملة بمحافظة إب»: a province or country named right after
    a finer place of the same country (بـ / في / الواقعة في between) locates that place; it is not a
    second scene (the event is at the finer place)."""
    cz = geo_cues()
    for a, b in zip(mentions, mentions[1:], strict=False):
        b_head = normalize(b.text).split()[0]
        if b.place is None or (b.place.kind not in ("admin", "region", "country") and b_head not in cz.province_heads) \
                or b.office:
            continue
        if a.place is not None and a.place.kind not in ("city", "landmark"):
            continue
        if a.country and a.country != b.place.country:
            continue
        gap = _words_between(text, a, b)
        if a.place is None and gap and gap[0].startswith("ال") and not _nisba(gap[0]):
            gap = gap[1:]  # the rest of an unknown name: «مديرية حزم العدين كاملة بمحافظة إب»
        # «… بمحافظة إب»: the ب is outside b's span; «في أبين»: في is in the gap
        if len(gap) <= 2 and all(w in cz.container_gap for w in gap) and (gap or b_head in cz.generic_heads):
            b.within = a
    # «مطار أبو الظهور العسكري شرق إدلب», «قريتي تل أعور والفريكة جنوب مدينة جسر الشغور», «قضاء البعاج غرب
    # الموصل»: a direction from a known city or province after a place says where that place lies
    for a, b in zip(mentions, mentions[1:], strict=False):
        if b.within is not None or b.place is None or b.place.kind not in ("city", "admin", "region") or b.office:
            continue
        if not (a.place is None or a.landmark or a.place.kind in ("landmark", "city")) \
                or (a.country and a.country != b.place.country):
            continue
        words_between = _words_between(text, a, b)
        while words_between and _nisba(words_between[0]):
            words_between = words_between[1:]  # «مطار أبو الظهور العسكري شرق إدلب»
        if " ".join(words_between) in cz.directions:
            b.within = a


def _move_to_country(pm: PlaceMention, where: Place) -> None:
    """``pm`` lies in ``where``'s country: its namesake there, else a place the gazetteer does not know
    (``attrs_country`` that country)."""
    namesake = next((c for c in pm.candidates if c.country == where.country), None)
    if namesake is not None:
        pm.place = namesake
    else:
        pm.place, pm.kind, pm.attrs_country = None, "place", where.country


def _relocate_by_container(text: str, mentions: list[PlaceMention]) -> None:
    """«بلدة المنصورة بسهل الغاب في ريف حماة», «بلدة دوما جنوب نابلس», «قرية دوما قرب نابلس»: a headed town
    (or a village) followed closely (same clause, no و) by في/ب, a direction or a «near» word and a place of
    another country lies in that country: its namesake there, else a place the gazetteer does not know,
    located by that place (not Mansoura in Egypt, not Douma near Damascus)."""
    cz = geo_cues()
    for a, b in zip(mentions, mentions[1:], strict=False):
        if not (a.headed or a.landmark) or a.place is None or a.place.kind != "city" or b.place is None or b.office \
                or b.place.kind not in ("city", "admin", "region") or a.place.country == b.place.country:
            continue
        between, gap = text[a.end : b.start], _words_between(text, a, b)
        if not 0 <= b.start - a.end <= FACILITY_CITY_CHARS or re.search(r"[.,،؛!?؟()\n]", between):
            continue
        relative = " ".join(gap) in cz.directions or " ".join(gap) in cz.near
        if not relative and any((w.startswith("و") and len(w) > 1) or w in ("الي", "نحو", "حتي", "من") for w in gap):
            continue  # «بمحافظة شرورة إلى عدن» is a journey, not a town in Aden
        if gap and not relative and gap[0] not in ("في", "فى") and not gap[0].startswith("ب"):
            continue
        _move_to_country(a, b.place)
        if a.place is None:
            a.city = b.place


def _locate_lists(text: str, mentions: list[PlaceMention]) -> None:
    """«قرى مثل المنصورة والزيارة وتل واسط الواقعة في سهل الغاب في سوريا»: the first known place after a
    list (same sentence, FACILITY_CITY_CHARS × 2 at most) says where its members lie; a member resolved
    to another country yields to its namesake there, or becomes a place the gazetteer does not know."""
    lists: dict[int, list[PlaceMention]] = {}
    for pm in mentions:
        if pm.listed is not None:
            lists.setdefault(pm.listed, []).append(pm)
    for members in lists.values():
        last = max(members, key=lambda p: p.end)
        after = [p for p in mentions if p.start >= last.end and p.listed is None and p.place is not None
                 and not p.office and p.place.kind != "continent"]
        if not after:
            continue
        where = min(after, key=lambda p: p.start)
        if where.start - last.end > 2 * FACILITY_CITY_CHARS or re.search(r"[.!?؟\n]", text[last.end : where.start]):
            continue
        for pm in members:
            if pm.place is not None and pm.place.country != where.place.country:
                _move_to_country(pm, where.place)
                if pm.place is not None:
                    pm.kind = pm.place.kind
            if pm.place is None:
                pm.attrs_country = where.place.country
                if where.place.kind in ("city", "admin"):
                    pm.city = where.place


def _disambiguate(mentions: list[PlaceMention]) -> None:
    """Pick each mention's place: countries the article names first, then kind and population."""
    gz = gazetteer()

    def curated(p: Place) -> bool:  # hand-checked names (curated/places.tsv) are never someone else's town
        return normalize(p.name_ar) in gz.curated
    context: Counter[str] = Counter()
    for pm in mentions:
        countries = {p.country for p in pm.candidates}
        c0 = pm.candidates[0] if pm.candidates else None
        weighty = c0 is not None and (c0.kind != "city" or c0.population == 0 or c0.population >= FOREIGN_SMALL_CITY)
        # unambiguous and not a small town; a country name counts whatever small town shares it («تركيا»,
        # not «عمان»: Amman is a capital)
        # a big city whose namesakes elsewhere are small towns counts too («الرباط», not Rabat in Malta; Zanzibar,
        # 0.7 M, is no big city: «زنجبار» is also Zinjibar in Yemen)
        country_name = c0 is not None and (c0.kind == "country" or c0.population >= BIG_CITY) and all(
            c.kind == "city" and c.population < FOREIGN_SMALL_CITY for c in pm.candidates[1:] if c.country != c0.country)
        if c0 is not None and c0.country and ((len(countries) == 1 and weighty) or country_name):
            context[c0.country] += 1
    top = context.most_common(1)[0][0] if context else None
    for pm in mentions:
        if not pm.candidates:
            pm.attrs_country = pm.nisba_country or (pm.city.country if pm.city is not None else None) or top
            continue
        best = pm.candidates[0]  # sorted by kind, then population
        for c in pm.candidates[1:]:
            # the candidate of a country the article names more often («بيت لحم» in a Palestinian story that
            # also names the United States once is Bethlehem, Palestine)
            # (a country the article names is not demoted to a town abroad: «فلسطين» is no Palestine, Texas)
            if (context.get(c.country or "", 0) > context.get(best.country or "", 0)
                    and (not context.get(best.country or "", 0) or KIND_RANK.get(c.kind, 0) >= KIND_RANK.get(best.kind, 0))
                    and KIND_RANK.get(c.kind, 0) >= KIND_RANK.get(best.kind, 0) - 3
                    and (c.population == 0 or c.population >= CONTEXT_MIN_SHARE * best.population)):
                best = c
                break
        foreign = context and not context.get(best.country or "", 0)
        key = normalize(pm.text)
        town = FOREIGN_SMALL_CITY if key in gz.context_only_listed else COMMON_WORD_TOWN
        if (foreign and best.kind == "city" and best.population < town and not pm.headed
                and not pm.landmark and not curated(best) and key in gz.context_only):
            # «في حديثه» (his speech) in a Saudi story, «قبالة الساحل» off Tasmania: a town whose name is also
            # a common word is read only in a story about its country (or with a head word); Geneva is no town
            pm.place, pm.kind = None, "drop"
            continue
        # «بلدة العين» in a story about Abyan is no Al Ain (UAE): a town, village or quarter head names a small
        # place, not a big city abroad that shares its name (whose mention would count as context itself)
        small_unit = (pm.headed and key.split()[0] in geo_cues().small_unit_heads
                      and best.population >= FOREIGN_SMALL_CITY and top is not None and best.country != top)
        # «منطقة المثلث» in a Yemeni story is no Al-Muthalth (Tanomah, Saudi Arabia): a village or district read
        # off other news (harvested) counts only in a story whose main country is its own
        small_unit = small_unit or (best.id in gz.harvested and top is not None and best.country != top)
        if best.kind == "city" and not curated(best) and (small_unit or (foreign and
                best.population < FOREIGN_SMALL_CITY and (pm.landmark or pm.headed or best.population < FOREIGN_TOWN))):
            # «مستشفى سوروكا» is not Soroca (Moldova), «منطقة ميمنة» in an Egyptian story is not Maymana;
            # a big city stays itself («أمير منطقة الرياض» in a story that names only Peru)
            pm.place, pm.attrs_country = None, pm.nisba_country or top
            pm.kind = "facility" if pm.landmark or pm.headed else "drop"
            continue
        pm.place = best
        pm.kind = "facility" if pm.landmark else best.kind


def _continued_location(doc: Document, sentence_span: tuple[int, int]) -> dict[str, Any] | None:
    """A sentence continuing a statement («وأضاف …») happened where the statement did."""
    sents = sentence_spans(doc)
    k = sentence_index(sents, sentence_span[0])
    if k is None or not starts_continuation(doc.text[sentence_span[0] : sentence_span[1]]):
        return None
    for back in range(1, CONTINUATION_DEPTH + 1):
        if k - back < 0:
            break
        p0, p1 = sents[k - back]
        loc = _specific_location(doc, (p0, p1))
        if loc is not None:
            return loc
        if back > 1 and not starts_continuation(doc.text[p0:p1]) and not starts_continuation(
                doc.text[sents[k - back + 1][0] : sents[k - back + 1][1]]):
            break
    return None


def _specific(pm: PlaceMention) -> bool:
    """Below country level (a city, a governorate, a facility)."""
    return pm.place is None or pm.place.kind not in ("country", "continent", "region")


def location_dict(pm: PlaceMention) -> dict[str, Any]:
    """The PLOVER location object of a place mention."""
    p = pm.place
    if pm.landmark:
        res = 5
    elif p is not None:
        res = RESOLUTION.get(p.kind, 4)
    else:
        res = pm.resolution or 4
    city = p or pm.city
    if p is not None and pm.landmark:
        resolved = f"{pm.landmark}, {p.name}"
    elif p is None and pm.city is not None:
        resolved = f"{pm.text}, {pm.city.name}"
    else:
        resolved = p.name if p else pm.text
    text, gz = pm.text, gazetteer()
    if p is not None and text[:1] == "ل" and text[1:2] != "ل" and not pm.headed and \
            not gz.lookup(text) and gz.lookup("ا" + text):
        text = "ا" + text  # «للمملكة» less its «ل» is «المملكة», not «لمملكة»
    return {
        "extracted_place": text,
        "resolved_place": resolved,
        "lat": city.lat if city else None,
        "lon": city.lon if city else None,
        "country_code": p.country if p else pm.attrs_country,
        "resolution": res,
    }


def event_location(
    doc: Document, sentence_span: tuple[int, int], trigger_span: tuple[int, int] | None = None,
    statement: bool = False, topical: bool = False,
) -> dict[str, Any] | None:
    """The PLOVER location of the event stated in ``sentence_span`` (None when the text gives none).

    With no place in the sentence, a continuation («وأضاف …») takes the statement's place, and another
    mention of the trigger (same stem) elsewhere in the article lends its place («repeated mentions are
    one event»). ``topical``: the event is a meeting or a statement, whose topic («بحثا الوضع في اليمن»)
    is not where it happened."""
    loc = _sentence_location(doc, sentence_span, trigger_span, continuation=True, statement=statement,
                             topical=topical)
    if loc is not None and loc.get("visited") and loc.get("resolution") == 1:
        # a country visited yields to the city of it where the story is set («زيارته لمصر» in a Cairo story)
        scene = _scene_location(doc, sentence_span) or _lead_location(doc, sentence_span)
        if scene is not None and scene.get("country_code") == loc.get("country_code") and scene.get("resolution") != 1:
            loc = scene
    if loc is None and trigger_span is not None:
        loc = _coreferent_location(doc, sentence_span, trigger_span)
    if loc is None:
        placeless = not [p for p in _locative_places(doc, sentence_span) if not (topical and p.topic)]
        if placeless:
            loc = _scene_location(doc, sentence_span) or _lead_location(doc, sentence_span)
        if loc is None and topical:
            # talks during the visit the lead reports; «وأعرب … عن تقدير … لتحرير مدينة عدن»: a statement that
            # goes on from a meeting, whose places are all the topic's, was made where the meeting was
            loc = (_lead_visit(doc, sentence_span) if placeless else None) or _continued_location(doc, sentence_span)
        if loc is None and not placeless:
            # the sentence names places only for other clauses (a source's office, a topic): the scene the
            # story has set holds («وأوضح مصدر عسكري بقاعدة بنينا … أن الطائرات استهدفت …» in a Benghazi story)
            loc = _scene_location(doc, sentence_span) or _lead_location(doc, sentence_span)
    if loc is not None:
        loc.pop("visited", None)
    return loc


def _lead_location(doc: Document, sentence_span: tuple[int, int]) -> dict[str, Any] | None:
    """The city or finer place where the article's first sentence sets its story, for a later sentence
    that names none («… في العاصمة الإيطالية روما» … «وأبان أن المحادثات تناولت …»)."""
    sents = sentence_spans(doc)
    if not sents or sents[0][0] >= sentence_span[0]:
        return None
    return _specific_location(doc, sents[0])


def _lead_visit(doc: Document, sentence_span: tuple[int, int]) -> dict[str, Any] | None:
    """The destination of the visit the article's first sentence reports («بمناسبة زيارة … للمملكة الأردنية
    الهاشمية»), for a later meeting or statement that names no place: talks held during the visit."""
    sents = sentence_spans(doc)
    if not sents or sents[0][0] >= sentence_span[0]:
        return None
    if "geo.lead_visit" not in doc.cache:  # the lead is read once per document
        doc.cache["geo.lead_visit"] = None
        s0, s1 = sents[0]
        cands = [p for p in find_places(doc) if s0 <= p.start and p.end <= s1 and not p.office]
        for m in re.finditer(r"\S+", doc.text[s0:s1]):
            dest = _visit_destination(doc, cands, (s0 + m.start(), s0 + m.end()), s1, LEAD_VISIT_WORDS)
            if dest is not None and dest.place is not None:
                doc.cache["geo.lead_visit"] = location_dict(dest)
                break
    loc = doc.cache["geo.lead_visit"]
    return dict(loc) if loc is not None else None


def _locative_places(doc: Document, span: tuple[int, int]) -> list[PlaceMention]:
    """The places a sentence names as where something is (no office qualifier, no continent)."""
    s0, s1 = span
    return [p for p in find_places(doc) if s0 <= p.start and p.end <= s1 and not p.office and p.locative
            and (p.place is None or p.place.kind != "continent")]


def _specific_location(doc: Document, span: tuple[int, int]) -> dict[str, Any] | None:
    """The first city-or-finer place a sentence names as where something is (a country there is
    usually a topic: «الأزمة في سورية»)."""
    spec = [p for p in _locative_places(doc, span) if _specific(p)]
    return location_dict(spec[0]) if spec else None


def _scene_location(doc: Document, sentence_span: tuple[int, int]) -> dict[str, Any] | None:
    """The scene of the nearest of the CARRY_SENTENCES sentences before that names a place."""
    sents = sentence_spans(doc)
    k = sentence_index(sents, sentence_span[0])
    if k is None:
        return None
    for back in range(1, CARRY_SENTENCES + 1):
        if k - back < 0:
            break
        loc = _specific_location(doc, sents[k - back])
        if loc is not None:
            return loc
    return None


def _coreferent_location(
    doc: Document, sentence_span: tuple[int, int], trigger_span: tuple[int, int]
) -> dict[str, Any] | None:
    for sent, span in coreferent_mentions(doc, sentence_span, trigger_span):
        loc = _sentence_location(doc, sent, span, continuation=False)
        if loc is not None:
            return loc
    return None


def _relative_spans(text: str, s0: int, s1: int, rel: list[int]) -> list[tuple[int, int]]:
    """Each relative clause's extent: to the sentence end, or to the next comma for one set off by a comma
    («أحد المراكب، الذي كان محملا بمسلحين، في عرض البحر قبالة ميناء درنة»)."""
    out = []
    for r in rel:
        end = s1
        if text[s0:r].rstrip().endswith(("،", ",")):
            close = re.search(r"[،,]", text[r:s1])
            if close:
                end = r + close.start()
        out.append((r, end))
    return out


def _sentence_location(
    doc: Document, sentence_span: tuple[int, int], trigger_span: tuple[int, int] | None, continuation: bool,
    statement: bool = False, topical: bool = False,
) -> dict[str, Any] | None:
    s0, s1 = sentence_span
    cands = [p for p in find_places(doc) if s0 <= p.start and p.end <= s1 and not p.office
             and not (topical and p.topic)]
    from_scene = trigger_span is not None and _from_is_scene(doc.text, trigger_span)
    loc = [p for p in cands if (p.locative or (from_scene and p.origin)) and (p.place is None or p.place.kind != "continent")]
    if trigger_span is not None:
        dest = _visit_destination(doc, cands, trigger_span, s1)
        # a country visited yields to a city of it the sentence names («إفادة صحفية … في نيروبي خلال زيارة
        # يقوم بها الرئيس الأمريكي لكينيا»)
        finer = dest is not None and dest.place is not None and dest.place.kind == "country" and any(
            _specific(p) and p.country == dest.place.country for p in loc)
        if dest is not None and dest not in loc and not finer:
            loc = sorted([*loc, dest], key=lambda p: p.start)
    if not loc:
        return _continued_location(doc, sentence_span) if continuation else None
    if trigger_span is not None:
        starts = clause_starts(doc.text, s0, s1)
        rel = _relative_spans(doc.text, s0, s1, relative_starts(doc.text, s0, s1, trigger_span))

        def region(x: int) -> tuple[int, int]:
            return sum(1 for s in starts if s <= x), sum(1 for s, e in rel if s <= x < e)

        treg = region(trigger_span[0])
        same = [p for p in loc if region(p.start) == treg]
        if not statement and not any(_specific(p) for p in same if p.start >= trigger_span[1]):
            # «للهجمات التي وقعت مؤخرا في المملكة، حيث هاجم مفجر إرهابي مسجدا في أبها»: a «حيث» clause right
            # after the trigger's says where it happened
            where = [p for p in loc if p.start > trigger_span[1] and _specific(p)
                     and _WHERE_CLAUSE.search(doc.text[trigger_span[1] : p.start])
                     and not re.search(r"[.!?؟]", doc.text[trigger_span[1] : p.start])]
            if where:
                same = [where[0]]
        if not same:
            # the reported clause's own places first; a statement's place only when the statement is the event
            same = [p for p in loc if region(p.start)[0] == treg[0]]
        if not same and treg[0] > 0 and (statement or is_present_stance(doc.text, trigger_span)):
            same = [p for p in loc if region(p.start)[0] < treg[0]]
        if not same:
            return None
        # «غادر العاصمة صنعاء إلى سلطنة عمان للتباحث»: talks named right after a journey's destination
        # happen there
        arrived = [] if from_scene else [
            b for a, b in zip(same, same[1:], strict=False)
            if a.origin and not b.origin and b.end <= trigger_span[0]
            and len(doc.text[b.end : trigger_span[0]].split()) <= DESTINATION_PURPOSE_WORDS]
        after = [p for p in same if p.start >= trigger_span[1]]
        # «قصفت من قاعدة طبرق … قبالة ميناء درنة»: a point of departure yields to a specific place of arrival
        arrival = [p for p in after if not p.origin and _specific(p)]
        if arrival and after[0].origin and not from_scene:
            after = arrival
        if arrived:
            best = arrived[-1]
        elif after:
            best = next((p for p in after if _specific(p)), after[0])  # «الوضع في سوريا … في موسكو»
        else:
            specific = [p for p in same if _specific(p)] or same
            best = min(specific, key=lambda p: abs(p.end - trigger_span[0]))
    else:
        specific = [p for p in loc if _specific(p)]
        best = ([p for p in specific if not p.origin] or specific or loc)[0]  # «من قاعدة طبرق … قبالة ميناء درنة»
    # a country followed at once by a more specific place in it («في اليمن، في محافظة لحج»)
    if best.place is not None and best.place.kind in ("country", "region"):
        nxt = [p for p in loc if p.start > best.start and p.start - best.end < 40 and p.country == best.place.country
               and (p.place is None or p.place.kind != "country")]
        if nxt:
            best = nxt[0]
    if best.within is not None and best.within.start >= s0 and not best.within.office:
        best = best.within  # «الدخول إلى مدينة زنجبار في أبين»: Zinjibar
    if best.place is not None:
        # «دورية أمنية على شارع (الجش) بالقطيف»: the facility the city locates is the finer place
        site = [p for p in loc if p.landmark and p.end <= best.start and p.country == best.place.country
                and normalize(doc.text[p.end : best.start]).split() in ([], ["في"], ["ب"])]
        if site:
            best = site[-1]
    out = location_dict(best)
    if trigger_span is not None and best.start > trigger_span[1] and best.locative and best.kind == "visited":
        out["visited"] = True
    host = _host_country(doc, s0, best)
    if host:
        out["country_code"] = host
    return out


def _visit_destination(doc: Document, cands: list[PlaceMention], trigger_span: tuple[int, int],
                       s1: int, max_words: int = VISIT_OBJECT_WORDS) -> PlaceMention | None:
    """The place a visit verb or noun takes as its object, with no preposition or with ل («زار المبعوث …
    طهران اليوم», «زيارته لإسرائيل», «يزور أوباما غدا كينيا»): the first place after the trigger, within
    VISIT_OBJECT_WORDS words, that qualifies no office and names no actor."""
    text = doc.text
    words = normalize(text[trigger_span[0] : trigger_span[1]]).split()
    if not words:
        return None
    cz, w = geo_cues(), words[0]
    if _MINISTRY.match(w) or not _stem_of(w, cz.visit_triggers, 3):
        return None
    for p in (p for p in find_places(doc) if trigger_span[1] <= p.start < s1):  # in text order
        gap = text[trigger_span[1] : p.start]
        if len(gap.split()) > max_words or re.search(r"[.،,:؛]", gap):
            return None
        prev = normalize(gap.split()[-1]) if gap.split() else ""
        prev = prev[1:] if prev[:1] in "ولبف" and prev[1:] in cz.office_words else prev  # «لحكومة أديس أبابا»
        if p.office or prev in cz.office_words or prev in cz.envoy_words or _nisba(prev):
            continue  # «المبعوث الخاص إلى سوريا», «رئيس وزراء العراق»: part of a title
        if p not in cands or p.place is None or p.place.kind not in ("country", "city", "admin") or p.origin:
            return None
        if prev in cz.locative or not (gap[-1:].isspace() or gap.endswith(("ل", "لـ"))):
            return None  # a preposition's object, or another clitic (ب، ك، و)
        if _VISIT_NOUN in w and gap.split() and not gap.endswith(("ل", "لـ")):
            return None  # after the verbal noun only «ل» or nothing between: «بزيارة حلفاء الولايات المتحدة»
        if any(s <= p.start < e and a.kind != "GPE" for a in doc.actors for s, e in a.mentions):
            return None  # a person's or a body's name
        break
    else:
        return None
    return replace(p, locative=True, kind="visited", origin=False, within=None, topic=False)


#: «وزارة» (ministry) and its forms, which a visit stem («زار») would otherwise match after a «و».
_MINISTRY = re.compile(r"^(?:ال|بال|وال|فال|لل|ب|ل|و|ف)?وزار(?:ه|ات|تي|ته|تها|تهم|تنا)$")


def _stem_of(word: str, stems: frozenset[str], max_ending: int) -> bool:
    """Whether ``word`` (normal form), or the word after a one- or two-letter proclitic (و، ف، ب، ل), starts
    with one of ``stems`` and adds at most ``max_ending`` letters."""
    return any(v.startswith(t) and len(v) - len(t) <= max_ending for t in stems for v in (word, word[1:], word[2:])
               if len(v) >= 3)


def _from_is_scene(text: str, trigger_span: tuple[int, int]) -> bool:
    """Whether «من» after this trigger names where the event happened rather than a point of departure:
    expelling, abducting, withdrawing from a place («طرد الحوثيين من عدن», «اختطف 18 شابا من ناحية القيارة»)."""
    words = normalize(text[trigger_span[0] : trigger_span[1]]).split()
    if not words:
        return False
    # with at most a two-letter ending (ت, وا, ها)
    return _stem_of(words[0], geo_cues().from_scene_triggers, 2)


def _host_country(doc: Document, s0: int, pm: PlaceMention) -> str | None:
    """The country of the host of a reception held at a facility the gazetteer does not know
    («استقبل خادم الحرمين الشريفين … في قصر السلام»): the first actor with a country named between
    the reception verb and the facility. None unless the text gives nothing better (a city, a nisba)."""
    if pm.place is not None or pm.city is not None or pm.nisba_country or not pm.landmark:
        return None
    hosts = geo_cues().host_verbs
    verb = next((m.end() + s0 for m in re.finditer(r"\S+", doc.text[s0 : pm.start]) if normalize(m.group()) in hosts), None)
    if verb is None:
        return None
    first = sorted((ms, a.country) for a in doc.actors if a.country for ms, me in a.mentions if verb <= ms and me <= pm.start)
    return first[0][1] if first else None
