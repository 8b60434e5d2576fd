"""Event dates and places as the events stage codes them, on events-dev with oracle actors.

The events stage calls marsad.temporal.event_date and marsad.geo.event_location with its own trigger
and evidence spans; this runs normalize → segment → lemmas → dates → places, adds the gold participants
as actors (marsad.events.evaluate.oracle_actors, so that NER/actor errors do not mask date/place ones),
runs the events stage and scores date and place agreement over matched events with marsad.events.evaluate.

Usage: .venv/bin/python eval/dates_places_with_events.py [GOLD.jsonl]   (default events-dev; also
eval/events-extra.jsonl, whose texts are joined from the SaudiNewsNet zips, or eval/seed-events.jsonl)
"""

from __future__ import annotations

import sys
from pathlib import Path

from marsad.document import Document
from marsad.events.evaluate import attach_texts, load_gold, oracle_actors, score
from marsad.pipeline import Pipeline
from marsad.stages.events import EventsStage

SHARED = Path(__file__).resolve().parents[1].parent / "shared"
GOLD = SHARED / "data" / "events-dev" / "events-dev.jsonl"


def main() -> None:
    arts = attach_texts(load_gold(sys.argv[1] if len(sys.argv) > 1 else GOLD), SHARED / "data" / "news" / "saudinewsnet")
    byid = {a["id"]: a for a in arts}
    pre = Pipeline.from_names(["normalize", "segment", "lemmas", "dates", "places"])
    events = EventsStage()

    def run(doc: Document) -> Document:
        doc = pre(doc)
        oracle_actors(byid[doc.id], doc)
        return events(doc)

    a = score(arts, run)["all"]
    print(f"matched typed events {int(a['typed']['tp'])}; date accuracy {a['date_accuracy']} over {a['date_n']} "
          f"with a gold date; place accuracy {a['place_accuracy']} (country {a['place_country_accuracy']}) over "
          f"{a['place_n']} with a gold place")


if __name__ == "__main__":
    main()
