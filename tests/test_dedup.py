"""Merging reports of one event (issue 7): real SQLite stores, documents built by hand with the
actors and events the pipeline would give them, saved through ``Store.save_document``."""

from __future__ import annotations

import io
import json
import re

import pytest

from marsad.document import Actor, Document, Event, Span
from marsad.export import write_export
from marsad.store import Store

MOSCOW = {"extracted_place": "موسكو", "resolved_place": "Moscow", "country_code": "RUS", "lat": 55.75, "lon": 37.62,
          "resolution": "city"}
ROME = {"extracted_place": "روما", "resolved_place": "Rome", "country_code": "ITA", "lat": 41.9, "lon": 12.5,
        "resolution": "city"}
BERLIN = {"extracted_place": "برلين", "resolved_place": "Berlin", "country_code": "DEU", "lat": 52.5, "lon": 13.4,
          "resolution": "city"}
ARISH = {"extracted_place": "العريش", "resolved_place": "Arish", "country_code": "EGY", "lat": 31.1, "lon": 33.8,
         "resolution": "city"}


def make_doc(doc_id: str, site: str, published: str, title: str, sentences: list[str],
             actors: dict[str, str], events: list[dict]) -> Document:
    """A document with sentences, actors (id → Arabic name) and events (evidence = sentence index)."""
    text, spans = "", []
    for s in sentences:
        if text:
            text += " "
        spans.append(Span(len(text), len(text) + len(s)))
        text += s
    doc = Document(id=doc_id, text=text, title=title, url=f"https://{site}.example/{doc_id}",
                   published=published, site=site, language="ar")
    doc.add_layer("sentences", spans)
    for aid, name in actors.items():
        start = text.find(name)
        # named actors go through the knowledge-base linker as the actors stage's would; E… are unnamed
        named = not aid.startswith("E")
        doc.actors.append(Actor(id=aid, name_ar=name, kind="PER" if named else "MISC",
                                mentions=[(start, start + len(name))] if start >= 0 else [],
                                attrs={"source": "actors"} if named else {}))
    for i, e in enumerate(events, 1):
        sent = spans[e.pop("sentence", 0)]
        doc.events.append(Event(id=f"e{i}", evidence=(sent.start, sent.end), **e))
    doc.stages.append({"name": "events", "version": "test", "provides": ["events"]})
    return doc


def moscow_visit(doc_id: str, site: str, wording: int = 0) -> Document:
    titles = ["وزير الخارجية السعودي يزور موسكو الثلاثاء المقبل",
              "الجبير يبحث مع لافروف في موسكو الأزمة السورية",
              "الجبير إلى موسكو الثلاثاء لإجراء محادثات مع لافروف"]
    sents = ["يزور وزير الخارجية عادل الجبير موسكو يوم الثلاثاء المقبل لإجراء محادثات مع نظيره الروسي سيرغي لافروف حول الأزمة السورية.",
             "أعلنت الخارجية الروسية أن عادل الجبير سيجري محادثات في موسكو الثلاثاء مع سيرغي لافروف تتناول الأزمة في سوريا واليمن.",
             "يبدأ عادل الجبير الثلاثاء زيارة إلى موسكو يلتقي خلالها سيرغي لافروف لبحث التسوية السورية."]
    return make_doc(doc_id, site, "2015-08-08", titles[wording], [sents[wording], "وتأتي الزيارة بعد لقاء الدوحة."],
                    {"A1": "عادل الجبير", "A2": "سيرغي لافروف"},
                    [{"type": "AGREE" if wording != 1 else "CONSULT", "actors": ["A1"], "recipients": ["A2"],
                      "date": "2015-08-11", "date_granularity": "day", "date_text": "الثلاثاء",
                      "location": MOSCOW, "status": "planned" if wording != 1 else "happened", "confidence": 0.7}])


def rome_talks(doc_id: str) -> Document:
    return make_doc(doc_id, "alriyadh", "2015-08-08", "الجبير يبحث أهم قضايا المنطقة مع نظيره الإيطالي",
                    ["بحث وزير الخارجية عادل الجبير في روما أمس مع نظيره الإيطالي باولو جنتيلوني قضايا المنطقة."],
                    {"A1": "عادل الجبير", "A3": "باولو جنتيلوني"},
                    [{"type": "CONSULT", "actors": ["A1"], "recipients": ["A3"], "date": "2015-08-07",
                      "date_granularity": "day", "location": ROME}])


def berlin_visit(doc_id: str) -> Document:
    return make_doc(doc_id, "okaz", "2015-08-08", "الجبير في برلين الاثنين",
                    ["يزور وزير الخارجية عادل الجبير برلين يوم الاثنين لإجراء محادثات مع سيرغي لافروف."],
                    {"A1": "عادل الجبير", "A2": "سيرغي لافروف"},
                    [{"type": "AGREE", "actors": ["A1"], "recipients": ["A2"], "date": "2015-08-10",
                      "date_granularity": "day", "location": BERLIN, "status": "planned"}])


def reception(doc_id: str, host: str, site: str) -> Document:
    return make_doc(doc_id, site, "2015-08-09", f"{host} يستقبل السفير الفرنسي",
                    [f"استقبل {host} في مكتبه أمس السفير الفرنسي برتران بزانسنو وبحث معه العلاقات الثنائية."],
                    {"H": host, "G": "برتران بزانسنو"},
                    [{"type": "CONSULT", "actors": ["H"], "recipients": ["G"], "date": "2015-08-08",
                      "date_granularity": "day"}])


def attack(doc_id: str, target: str, site: str) -> Document:
    return make_doc(doc_id, site, "2015-08-09", f"هجوم مسلح على {target} في العريش",
                    [f"هاجم مسلحون مجهولون {target} في مدينة العريش بشمال سيناء أمس مما أدى إلى سقوط جرحى."],
                    {"E1": "مسلحون مجهولون", "T": target},
                    [{"type": "ASSAULT", "actors": ["E1"], "recipients": ["T"], "date": "2015-08-08",
                      "date_granularity": "day", "location": ARISH}])


def save_all(db: str, docs: list[Document]) -> Store:
    store = Store(db)
    for d in docs:
        assert store.save_document(Document.from_dict(d.to_dict()))
    return store


def exported(store: Store) -> list[dict]:
    buf = io.StringIO()
    write_export(store, "plover", buf)
    recs = [json.loads(line) for line in buf.getvalue().splitlines() if line.strip()]
    return sorted(recs, key=lambda r: r["id"])


def event_docs(store: Store) -> list[set[str]]:
    return sorted((sorted({s["doc_id"] for s in r["sources"]}) for r in exported(store)), key=lambda x: x[0])


def test_reports_of_one_event_merge_with_reasons(tmp_path):
    store = save_all(str(tmp_path / "m.db"), [moscow_visit("d1", "aawsat", 0), moscow_visit("d2", "okaz", 1),
                                               moscow_visit("d3", "alyaum", 2)])
    recs = exported(store)
    assert len(recs) == 1
    rec = recs[0]
    assert sorted(s["doc_id"] for s in rec["sources"]) == ["d1", "d2", "d3"]
    assert rec["event"] == ["AGREE"]  # 2 of 3 reports say AGREE
    assert rec["date"] == "2015-08-11" and rec["event_loc"]["country_code"] == "RUS"
    assert rec["merge_info"]["reports"] == 3
    assert rec["merge_info"]["disagreements"]["type"] == {"AGREE": 2, "CONSULT": 1}
    assert len(rec["actor"]) == 1 and len(rec["recipient"]) == 1
    row = store.events()[0]
    reasons = [s["merge_reason"] for s in row["sources"]]
    assert all(r and r["score"] >= 0.3 and "participants" in r["agree"] for r in reasons)
    assert store.stats()["events"] == 1 and store.stats()["reports"] == 3


def test_look_alikes_stay_apart(tmp_path):
    docs = [moscow_visit("m1", "aawsat"), rome_talks("r1"), berlin_visit("b1"),
            reception("s1", "رئيس مجلس الشورى عبدالله آل الشيخ", "alriyadh"),
            reception("s2", "رئيس مجلس النواب أحمد الملا", "alwatan"),
            attack("a1", "كمين للشرطة", "alyaum"), attack("a2", "كنيسة مار جرجس", "okaz")]
    store = save_all(str(tmp_path / "l.db"), docs)
    groups = event_docs(store)
    assert groups == [["a1"], ["a2"], ["b1"], ["m1"], ["r1"], ["s1"], ["s2"]]


def one_side(doc_id: str, site: str, title: str, sent: str, aid: str, name: str, role: str) -> Document:
    """A report of the Moscow visit that names only one side."""
    return make_doc(doc_id, site, "2015-08-08", title, [sent], {aid: name},
                    [{"type": "AGREE", "actors": [aid] if role == "actor" else [],
                      "recipients": [aid] if role != "actor" else [], "date": "2015-08-11",
                      "date_granularity": "day", "location": MOSCOW, "status": "planned"}])


def test_order_independent_and_clusters_join(tmp_path):
    # x1 names only al-Jubeir, x3 only Lavrov, in other words: only x2 links them.
    x1 = one_side("x1", "aawsat", "الجبير يتوجه إلى روسيا",
                  "يزور وزير الخارجية عادل الجبير موسكو يوم الثلاثاء المقبل لإجراء محادثات مع نظيره الروسي.",
                  "A1", "عادل الجبير", "actor")
    x2 = moscow_visit("x2", "okaz", 1)
    x3 = one_side("x3", "alyaum", "محادثات سعودية روسية في العاصمة الروسية",
                  "يستقبل سيرغي لافروف الثلاثاء ضيفه السعودي في موسكو لإجراء محادثات حول سوريا واليمن.",
                  "A2", "سيرغي لافروف", "recipient")
    docs = [x1, x2, x3, rome_talks("x4"), berlin_visit("x5"), attack("x6", "كمين للشرطة", "sabq"),
            attack("x7", "كمين للشرطة", "alwatan")]
    orders = [docs, list(reversed(docs)), [docs[i] for i in (2, 0, 6, 4, 1, 5, 3)]]
    results = []
    for k, order in enumerate(orders):
        store = save_all(str(tmp_path / f"o{k}.db"), order)
        results.append(exported(store))
    assert results[0] == results[1] == results[2]
    groups = [sorted(s["doc_id"] for s in r["sources"]) for r in results[0]]
    assert ["x1", "x2", "x3"] in groups and ["x6", "x7"] in groups
    assert ["x4"] in groups and ["x5"] in groups
    store = Store(str(tmp_path / "o0.db"))
    with store.engine.connect() as conn:
        from marsad.dedup.tables import dedup_edges, dedup_reports

        docs_of = dict(conn.execute(dedup_reports.select().with_only_columns(
            dedup_reports.c.report_id, dedup_reports.c.doc_id)).all())
        linked = {frozenset((docs_of[a], docs_of[b])) for a, b in conn.execute(
            dedup_edges.select().with_only_columns(dedup_edges.c.report_a, dedup_edges.c.report_b))}
    assert frozenset(("x1", "x3")) not in linked and frozenset(("x1", "x2")) in linked


def test_split_is_kept_and_never_remerged(tmp_path):
    from marsad.dedup.merge import EventMerger

    store = save_all(str(tmp_path / "s.db"), [moscow_visit("d1", "aawsat", 0), moscow_visit("d2", "okaz", 1)])
    [ev] = store.events()
    assert len(ev["sources"]) == 2
    assert isinstance(store.event_writer, EventMerger)
    new_ids = store.event_writer.split(ev["id"])
    assert len(new_ids) == 2
    assert event_docs(store) == [["d1"], ["d2"]]
    # a third report of the same event joins one of them, never both
    store.save_document(moscow_visit("d3", "alyaum", 2))
    groups = event_docs(store)
    assert not any({"d1", "d2"} <= set(g) for g in groups)
    assert sum(len(g) for g in groups) == 3 and len(groups) == 2
    with pytest.raises(Exception, match="single report|no event"):
        store.event_writer.split(new_ids[0] if len(groups[0]) == 1 else new_ids[1])


def test_split_cli_and_show_sources(tmp_path):
    from tests.conftest import run_cli

    db = str(tmp_path / "c.db")
    save_all(db, [moscow_visit("d1", "aawsat", 0), moscow_visit("d2", "okaz", 1)]).close()
    out = run_cli("events", "--db", db, "--show-sources").stdout.decode()
    assert "2 report(s)" in out and "merged:" in out and "merge info:" in out
    eid = re.match(r"(\w+)", out).group(1)
    out = run_cli("events", "split", eid, "--db", db).stdout.decode()
    assert "split" in out
    out = run_cli("events", "--db", db).stdout.decode()
    assert out.count("1 report(s)") == 2
    bad = run_cli("events", "split", "nosuchevent", "--db", db, check=False)
    assert bad.returncode == 2 and b"no event" in bad.stderr


def test_pair_decision_is_symmetric():
    from marsad.dedup.similarity import compare, features

    a, b = moscow_visit("p1", "aawsat", 0), moscow_visit("p2", "okaz", 2)
    fa = features("r1", a, a.events[0], ([{"entity_text": "عادل الجبير"}], [{"entity_text": "سيرغي لافروف"}]), set())
    fb = features("r2", b, b.events[0], ([{"entity_text": "عادل الجبير"}], [{"entity_text": "سيرغي لافروف"}]), set())
    assert compare(fa, fb) == compare(fb, fa)
    assert compare(fa, fb)["match"]
    fr = dict(fb, country="ITA")
    assert compare(fa, fr)["conflict"] == "country RUS/ITA" and not compare(fr, fa)["match"]


def test_copies_of_an_article_are_sources_and_survive_reclustering(tmp_path):
    store = Store(str(tmp_path / "c.db"))
    store.save_document(moscow_visit("d1", "aawsat", 0))
    copy = moscow_visit("d1-copy", "sabq", 0)
    copy.events = []
    store.save_document(copy, status="duplicate", duplicate_of="d1", duplicate_kind="near")
    assert event_docs(store) == [["d1", "d1-copy"]]
    store.save_document(moscow_visit("d2", "okaz", 1))  # joins the event: its events are rewritten
    [rec] = exported(store)
    assert sorted(s["doc_id"] for s in rec["sources"]) == ["d1", "d1-copy", "d2"]
    assert rec["merge_info"]["reports"] == 2  # a copy is a source, not another report
    row = store.events()[0]
    assert [s["merge_reason"] for s in row["sources"] if s["doc_id"] == "d1-copy"] == [
        {"copy_of": "d1", "duplicate": "near"}]


# -- end to end on the dev set (../shared): the full pipeline, then the merger --------------------------

DEDUP_DEV = "data/events-dev/dedup-dev.json"
NEWS = "data/news/saudinewsnet"
#: Dev articles of three clusters and their look-alikes, none a near-copy of another (a copy is
#: stored as a duplicate of whichever arrives first, which the merger cannot make order-free).
ORDER_SET = ["snn-2015-08-08-102", "snn-2015-08-08-231", "snn-2015-08-08-293", "snn-2015-08-08-1046",
             "snn-2015-08-08-1208", "snn-2015-08-08-530", "snn-2015-08-08-531", "snn-2015-08-08-1209",
             "snn-2015-08-08-106", "snn-2015-08-08-1039", "snn-2015-08-08-1137", "snn-2015-08-08-1202",
             "snn-2015-08-08-758", "snn-2015-08-08-23", "snn-2015-08-08-149", "snn-2015-08-08-849",
             "snn-2015-08-09-622", "snn-2015-08-09-550", "snn-2015-08-08-422"]


def _ingest(ids: list[str], db: str) -> list[dict]:
    from marsad.dedup.evaluate import ingest_articles
    from tests.conftest import SHARED

    run = ingest_articles(ids, str(SHARED / NEWS), db)
    assert run["failed"] == 0 and run["duplicates"] == 0 and run["coded"] == len(ids)
    store = Store(db)
    try:
        return exported(store)
    finally:
        store.close()


@pytest.mark.slow
def test_real_articles_merge_the_same_whatever_the_order(tmp_path):
    first = _ingest(ORDER_SET, str(tmp_path / "a.db"))
    second = _ingest(list(reversed(ORDER_SET[10:])) + ORDER_SET[:10][::-1], str(tmp_path / "b.db"))

    def merger_part(recs: list[dict]) -> list[dict]:
        # Everything but the knowledge-base attributes of participants (id, Latin name, code, office):
        # the actor linker's, which at present depend on the order articles arrive in.
        return [dict(r, actor=[e["entity_text"] for e in r["actor"]],
                     recipient=[e["entity_text"] for e in r["recipient"]]) for r in recs]

    assert merger_part(first) == merger_part(second)
    assert len(first) == len(second) > 20
    merged = [r for r in first if len(r["sources"]) > 1]
    assert merged, "no reports were merged"
    assert all("merge_info" in r for r in merged)


@pytest.mark.slow
def test_dev_pair_recall_and_look_alike_gate():
    from marsad.dedup.evaluate import evaluate
    from tests.conftest import SHARED

    res = evaluate(str(SHARED / DEDUP_DEV), str(SHARED / NEWS))
    assert res["run"]["failed"] == 0
    # The end-to-end figures move with the events stage (pair recall 0.84 at d8aabaa0, 0.33 after the
    # events stage stopped coding the AID cluster), so the pins are on the merger's part: recall over
    # the pairs whose articles both have events (measured 0.63-0.84) and the look-alike rate (0.1-0.2).
    # With the AID cluster coded again (institution names, repatriation triggers) the raw pair recall is
    # 0.763 (tune 0.763, held-out 0.762) and 0.768 given events; pinned a little below.
    assert res["all"]["pairs_with_events"] >= 120
    assert res["all"]["pair_recall"] >= 0.7
    assert res["all"]["recall_given_events"] >= 0.7
    assert res["all"]["look_alike_rate"] <= 0.3


def test_merge_and_split_on_both_backends(empty_db):
    """The merger's queries and tables work the same on SQLite and PostgreSQL."""
    store = Store(empty_db)
    assert "m0003_dedup" in store.migrations()
    for d in (moscow_visit("d1", "aawsat", 0), moscow_visit("d2", "okaz", 1), rome_talks("r1")):
        store.save_document(d)
    groups = event_docs(store)
    assert groups == [["d1", "d2"], ["r1"]]
    merged = next(r for r in exported(store) if len(r["sources"]) == 2)
    assert len(store.event_writer.split(merged["id"])) == 2
    store.save_document(moscow_visit("d3", "alyaum", 2))
    assert not any({"d1", "d2"} <= set(g) for g in event_docs(store))


def test_a_chain_never_joins_two_conflicting_reports(tmp_path):
    # b matches a and c; a and c disagree on the date by four days: they never share an event
    a, b, c = moscow_visit("ca", "aawsat", 0), moscow_visit("cb", "okaz", 1), moscow_visit("cc", "alyaum", 2)
    b.events[0].date = None
    c.events[0].date = "2015-08-07"
    for order in ([a, b, c], [c, b, a], [b, a, c]):
        store = save_all(str(tmp_path / f"{order[0].id}.db"), order)
        groups = event_docs(store)
        assert not any({"ca", "cc"} <= set(g) for g in groups)
        assert ["ca", "cb"] in groups  # the stronger link wins, whatever the order
        store.close()


@pytest.mark.slow
def test_two_workers_give_the_same_events_as_one(tmp_path):
    from marsad.dedup.evaluate import _record, article
    from marsad.ingest import ingest
    from tests.conftest import SHARED

    data = tmp_path / "dev.jsonl"
    with open(data, "w", encoding="utf-8") as fh:
        for aid in ORDER_SET[:12]:
            fh.write(json.dumps(_record(aid, article(str(SHARED / NEWS), aid), "-".join(aid.split("-")[1:4])),
                                ensure_ascii=False) + "\n")
    results = []
    for workers in (1, 2):
        store = Store(str(tmp_path / f"w{workers}.db"))
        summary = ingest([str(data)], store, workers=workers, progress=False)
        assert summary.coded == 12
        results.append(exported(store))
        store.close()
    assert results[0] == results[1]
    assert any(len(r["sources"]) > 1 for r in results[0])
