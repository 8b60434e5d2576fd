"""Helpers shared by the hand-annotated event gold scripts (build_events_extra*_gold.py).

``P`` (participant), ``L`` (location) and ``E`` (event) build records in the issue 5 gold form;
:func:`write_gold` checks every evidence string and participant surface against the article text
(joined from ../shared SaudiNewsNet zips, which the repository does not ship) and writes ids +
annotations only.
"""

from __future__ import annotations

import json
import re
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
NEWS = ROOT.parent / "shared" / "data" / "news" / "saudinewsnet"


def P(text, kind="PER", country=None, aliases=(), name=""):  # noqa: N802 - short names keep the data readable
    return {"text": text, "aliases": list(aliases), "name": name, "kind": kind, "country": country}


def L(text, name, country):  # noqa: N802
    return {"text": text, "name": name, "country": country}


def E(type, mode, actors, recipients, evidence, date=None, date_text=None, location=None, status="happened"):  # noqa: N802, A002
    return {"type": type, "mode": mode, "actors": actors, "recipients": recipients, "date": date,
            "date_text": date_text, "location": location, "evidence": evidence, "status": status}


def check_new_ids(ids, *others: str) -> None:
    """Fail if any of ``ids`` is already in the dev gold or in one of the ``others`` (eval/ files)."""
    used = set()
    for path in (ROOT.parent / "shared" / "data" / "events-dev" / "events-dev.jsonl",
                 *(ROOT / "eval" / name for name in others)):
        with open(path) as f:
            used |= {json.loads(line)["id"] for line in f if line.strip()}
    clash = sorted(set(ids) & used)
    assert not clash, clash


def write_gold(annotations: dict[str, tuple[str, list[dict]]], out_name: str) -> None:
    """Check ``{doc_id: (published, events)}`` against the articles and write eval/OUT_NAME."""
    cache: dict[str, list] = {}
    out = []
    n = 0
    for doc_id, (pub, events) in annotations.items():
        day = doc_id[4:14]
        if day not in cache:
            cache[day] = json.loads(zipfile.ZipFile(NEWS / f"{day}.zip").read(f"{day}.json"))
        text = cache[day][int(doc_id.rsplit("-", 1)[1])]["content"]
        for e in events:
            m = re.search(r"\s+".join(re.escape(w) for w in e["evidence"].split()), text)
            assert m, (doc_id, e["evidence"][:50])
            e["evidence"] = m.group()
            for p in e["actors"] + e["recipients"]:
                assert any(f in text for f in [p["text"]] + p["aliases"]), (doc_id, p["text"])
            n += 1
        out.append({"id": doc_id, "published": pub, "events": events, "quotes": []})
    with open(ROOT / "eval" / out_name, "w") as f:
        for r in out:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(len(out), "articles", n, "events")


def dedup_ids() -> set[str]:
    """Every article id the dev dedup gold names (its clusters and look-alike pairs)."""
    text = (ROOT.parent / "shared" / "data" / "events-dev" / "dedup-dev.json").read_text(encoding="utf-8")
    return set(re.findall(r"snn-\d{4}-\d\d-\d\d-\d+", text))


def check_selection(ids, n: int, parity: int, days: tuple[str, ...] = ("2015-08-08", "2015-08-09")) -> None:
    """``n`` articles of ``days``, with id numbers of the given ``parity`` (0 even, 1 odd: two sets written
    side by side split the ids so), none in the dev dedup gold."""
    assert len(ids) == n, len(ids)
    bad = [i for i in ids if int(i.rsplit("-", 1)[1]) % 2 != parity or i[4:14] not in days]
    assert not bad, bad
    clash = sorted(set(ids) & dedup_ids())
    assert not clash, clash


def other_golds(own: str) -> list[str]:
    """The event gold files in eval/ other than ``own`` (for :func:`check_new_ids`)."""
    return sorted(p.name for p in (ROOT / "eval").glob("*events*.jsonl") if p.name != own)

