"""Score report merging on the dedup dev set (pair recall, look-alike rate, pair precision).

    .venv/bin/python eval/dedup_eval.py ../shared/data/events-dev/dedup-dev.json \
        --news ../shared/data/news/saudinewsnet [--distractors N] [--db KEEP.db]

Same as ``marsad eval dedup``; ``--db`` keeps the store for inspection (``marsad events --show-sources``).
"""

from __future__ import annotations

import argparse
import json

from marsad.dedup.evaluate import evaluate, report_lines


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("gold")
    ap.add_argument("--news", required=True)
    ap.add_argument("--distractors", type=int, default=0)
    ap.add_argument("--db", default=None)
    ap.add_argument("--json", action="store_true")
    a = ap.parse_args()
    res = evaluate(a.gold, a.news, a.distractors, a.db)
    print(json.dumps(res, indent=2) if a.json else "\n".join(report_lines(res)))


if __name__ == "__main__":
    main()
