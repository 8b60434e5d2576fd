"""Write a JSON Lines workload from SaudiNewsNet day zips (for benchmarks and the scale-out tests).

SaudiNewsNet is CC BY-NC-SA 4.0: its text is never committed. The output goes to a gitignored
folder (``bench/data/`` by default) or to a test's temporary directory.

    python scripts/make_bench_data.py --day 2015-08-03 --limit 400 -o bench/data/2015-08-03.jsonl
    python scripts/make_bench_data.py --day 2015-08-03 --limit 400 --html -o bench/data/2015-08-03.html.jsonl

Each line is ``{"id", "url", "published", "title", "site", "author", "text"}`` (or ``"html"`` with
``--html``: the paragraphs wrapped in a minimal news page, for the extraction baseline).
"""

from __future__ import annotations

import argparse
import html as _html
import json
import os
import sys
import zipfile
from collections.abc import Iterator
from pathlib import Path

SHARED = Path(os.environ.get("MARSAD_SHARED", Path(__file__).resolve().parents[2] / "shared"))
SNN = SHARED / "data" / "news" / "saudinewsnet"


def articles(day: str, limit: int | None = None, offset: int = 0) -> Iterator[dict]:
    """Articles of one SaudiNewsNet day (``YYYY-MM-DD``), in file order, as marsad JSON records."""
    path = SNN / f"{day}.zip"
    with zipfile.ZipFile(path) as z:
        items = json.loads(z.read(z.namelist()[0]))
    n = 0
    for i, a in enumerate(items):
        if i < offset:
            continue
        if limit is not None and n >= limit:
            break
        text = (a.get("content") or "").strip()
        if not text:
            continue
        rec = {
            "id": f"snn-{day}-{i:05d}",
            "url": a.get("url") or None,
            "published": (a.get("date_extracted") or "")[:10] or None,
            "title": (a.get("title") or "").strip() or None,
            "site": a.get("source") or None,
            "author": (a.get("author") or "").strip() or None,
            "text": text,
        }
        n += 1
        yield {k: v for k, v in rec.items() if v is not None}


def as_html(rec: dict) -> dict:
    """The record with its text wrapped in a minimal article page (``html`` instead of ``text``)."""
    paras = "".join(f"<p>{_html.escape(p.strip())}</p>\n" for p in rec["text"].split("\n") if p.strip())
    title = _html.escape(rec.get("title") or "")
    page = (f'<!DOCTYPE html><html lang="ar" dir="rtl"><head><meta charset="utf-8"><title>{title}</title></head>'
            f'<body><nav><a href="/">الرئيسية</a> | <a href="/news">أخبار</a></nav>'
            f"<article><h1>{title}</h1>\n{paras}</article><footer>جميع الحقوق محفوظة</footer></body></html>")
    out = {k: v for k, v in rec.items() if k != "text"}
    out["html"] = page
    return out


def write(out: Path, days: list[str], limit: int | None, offset: int = 0, html: bool = False) -> int:
    """Write the workload; returns the number of lines."""
    out.parent.mkdir(parents=True, exist_ok=True)
    n = 0
    with open(out, "w", encoding="utf-8") as fh:
        for day in days:
            for rec in articles(day, limit, offset):
                fh.write(json.dumps(as_html(rec) if html else rec, ensure_ascii=False) + "\n")
                n += 1
    return n


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--day", action="append", default=None, help="YYYY-MM-DD (repeatable; default 2015-08-03)")
    ap.add_argument("--limit", type=int, default=400, help="articles per day (0: all)")
    ap.add_argument("--offset", type=int, default=0, help="skip this many articles of each day first")
    ap.add_argument("--html", action="store_true", help="write minimal HTML pages instead of text")
    ap.add_argument("-o", "--output", default="bench/data/snn.jsonl")
    a = ap.parse_args(argv)
    n = write(Path(a.output), a.day or ["2015-08-03"], a.limit or None, a.offset, a.html)
    print(f"wrote {n} articles to {a.output}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
