"""Thresholds and tables of the report merger, kept apart from its logic (tuned on the dev set).

The numbers here were chosen on the *tune* half of ../shared/data/events-dev/dedup-dev.json (see
eval/dedup_eval.py) and checked on the held-out half.
"""

from __future__ import annotations

#: Groups of PLOVER types that different outlets use for one event (a planned visit is AGREE in one
#: report and CONSULT in another; a raid is ASSAULT or COERCE). Types in no group match only themselves.
COMPATIBLE_TYPES: tuple[frozenset[str], ...] = (
    frozenset({"CONSULT", "AGREE"}),
    frozenset({"SUPPORT", "AGREE", "COOPERATE"}),
    frozenset({"ASSAULT", "COERCE", "MOBILIZE"}),
    frozenset({"ACCUSE", "REJECT"}),
    frozenset({"RETREAT", "CONCEDE", "AGREE"}),
)

#: Publication dates of two reports of one event differ by at most this many days.
PUBLISHED_WINDOW_DAYS = 3
#: Event dates (both known, day granular) further apart than this are different events.
DATE_WINDOW_DAYS = 1

#: Participants keep two reports apart (different actors/recipients) only when identified in the
#: knowledge base (True), or also by unlinked names (False).
CONFLICT_NEEDS_IDS = True

#: Weights of the pair score (each feature is in [0, 1]).
WEIGHTS = {
    "text": 0.25,  # IDF-weighted overlap of the evidence sentences' content words
    "lead": 0.45,  # ... of the articles' titles and first sentences
    "participants": 0.20,  # shared participants (actor ids or normalised names), 2 or more = 1
    "type": 0.05,  # same type (compatible types score 0)
    "date": 0.05,  # same event date
}
#: A pair of reports is linked when its score reaches this (and nothing conflicts).
MATCH_THRESHOLD = 0.40
#: Without a shared participant, a pair needs at least this lead and evidence-text similarity.
LEAD_ONLY_THRESHOLD = 0.4
TEXT_ONLY_THRESHOLD = 0.3
#: Articles whose leads overlap this much tell one story: same-type events in them merge.
STORY_THRESHOLD = 0.8
#: Index keys from the lead: its LEAD_KEYS rarest words (weight at least LEAD_KEY_MIN_WEIGHT).
LEAD_KEYS = 8
LEAD_KEY_MIN_WEIGHT = 7.0

#: Content words: tokens whose corpus weight (log inverse frequency) is below this are ignored.
MIN_TOKEN_WEIGHT = 5.0
#: Weight of digit tokens (counts, resolution numbers): rarely shared by chance.
NUMBER_WEIGHT = 8.0
#: Words of the title and lead kept for the lead similarity.
LEAD_WORDS = 40

#: No merged event grows beyond this many reports.
MAX_CLUSTER = 500
