"""Event status from negation and modality cues: happened, planned, threatened or denied."""

from __future__ import annotations

from marsad.events.detect import Match, Tok
from marsad.events.lexicon import cues


def status_of(toks: list[Tok], m: Match, lo: int, hi: int) -> str:
    """The status of the event triggered by ``m`` in the clause ``lo..hi-1``."""
    c = cues()
    if m.trigger.type == "THREATEN":
        return "threatened"
    denial = set(c["denial_words"])
    for k in range(lo, m.first):
        w = toks[k].norm
        if w in denial or (w[:1] in "وف" and w[1:] in denial):
            return "denied"
    if m.first > lo and toks[m.first - 1].norm in ("لم", "لن", "ولم", "ولن") and m.trigger.pos == "V":
        return "denied"
    if m.first - 2 >= lo and toks[m.first - 2].norm in ("لم", "لن", "ولم", "ولن") \
            and toks[m.first - 1].norm in c["light_verbs"] + c["receive_verbs"] + c["negated_light_verbs"]:
        return "denied"  # "لم تتلق طلبا", "لم تجر مباحثات": the act noun of a negated light verb
    if m.trigger.pos == "V" and "س" in m.proclitic:
        return "planned"
    if m.trigger.pos == "N" and m.proclitic in ("ل", "لل") and m.trigger.type in ("CONSULT", "AGREE", "COOPERATE"):
        return "planned"  # غادر ... للتباحث مع: purpose, not yet done
    fut = set(c["future_words"])
    for k in range(max(lo, m.first - 4), min(hi, m.last + 4)):
        w = toks[k].norm
        if w in fut or (w[:1] == "و" and w[1:] in fut):
            return "planned"
        if w.startswith(("سي", "ست", "سن")) and k < m.first and k >= m.first - 2 and len(w) > 4:
            return "planned"  # سيجري ... مباحثات, ستعقد ... جولة
    for k in range(max(lo, m.first - 6), m.first):
        w = toks[k].norm
        if m.trigger.pos != "V" and w[:1] == "س" and w[1:] in c["light_verbs"]:
            return "planned"  # "كما سيجري الوفد عدداً من اللقاءات": the act noun of a future light verb
    before = " ".join(t.norm for t in toks[max(lo, m.first - 6):m.first])
    if any(p in before for p in c["future_phrases"]):
        return "planned"
    return "happened"
