"""Ingestion on real inputs: every format, encodings, bad inputs, duplicates, idempotence, retry."""

from __future__ import annotations

import difflib
import gzip
import io
import json
from pathlib import Path

import pytest
from conftest import ASSABAH, CNN, FIXTURES, SEED, run_cli

from marsad.errors import InputError
from marsad.ingest import ingest
from marsad.ingest.extract import decode, extract
from marsad.ingest.raw import RawInput
from marsad.ingest.readers import iter_inputs
from marsad.pipeline import Pipeline

SEED_TEXT = SEED.read_text("utf-8")


@pytest.fixture(scope="module")
def light_pipeline():
    """The language layer only: ingestion tests are about ingestion, not the NLP."""
    return Pipeline.from_names(["normalize", "segment"])


def _one(path) -> RawInput:
    items = list(iter_inputs([str(path)]))
    assert len(items) == 1, items
    return items[0]


# -- extraction from real pages ------------------------------------------------------------------
def test_seed_text_drops_comment_form():
    doc = extract(_one(SEED), published="2022-09-20")
    assert doc.published == "2022-09-20"
    assert doc.text.startswith("يأتي استقبال المدير العام للأمن الوطني")
    assert "اترك تعليقاً" not in doc.text
    assert "بريدك الإلكتروني" not in doc.text
    assert doc.text.rstrip().endswith("ومكانته المحورية في هذا المجال.")


def test_cnn_page_title_date_body():
    doc = extract(_one(CNN))
    assert doc.title == "معارضون يسيطرون على مخازن للصواريخ بريف دمشق"
    assert doc.published == "2013-08-03"  # from the URL: the page's metadata only gives the year
    assert doc.site == "CNNArabic"
    assert doc.url == "http://arabic.cnn.com/2013/middle_east/8/3/syria.clashes/index.html"
    assert doc.text.startswith("دمشق، سوريا (CNN) -- أكدت جهات سورية معارضة")
    assert "ترحب شبكة CNN بالنقاش" not in doc.text  # comment policy
    assert "لا تعبر عن رأي" not in doc.text
    gold = (FIXTURES / "cnn-arabic-2013-syria.gold.txt").read_text("utf-8")
    ratio = difflib.SequenceMatcher(None, " ".join(doc.text.split()), " ".join(gold.split()), autojunk=False).ratio()
    assert ratio > 0.9, ratio


def test_assabah_page_title_date_body():
    doc = extract(_one(ASSABAH))
    assert doc.title.startswith("الناشط الحقوقي السوداني خالد عبد الكريم ماسا")
    assert doc.published == "2020-02-19"
    assert doc.site == "Assabah News"
    assert "مالذي يحدث في السودان" in doc.text[:400]
    assert doc.language is None  # language is the runner's step, not extraction's


# -- encodings -----------------------------------------------------------------------------------
ARABIC_SENTENCE = "استقبل المدير العام للأمن الوطني عبد اللطيف حموشي أمس الاثنين بالرباط مديرة أجهزة الاستخبارات الوطنية الأمريكية."


@pytest.mark.parametrize("encoding", ["cp1256", "iso8859_6"])
def test_arabic_legacy_encodings_detected_without_declaration(tmp_path, encoding):
    html = f"<html><head><title>خبر</title></head><body><article><p>{ARABIC_SENTENCE}</p><p>{ARABIC_SENTENCE}</p></article></body></html>"
    data = html.encode(encoding)
    with pytest.raises(UnicodeDecodeError):
        data.decode("utf-8")
    text, enc = decode(data)
    assert ARABIC_SENTENCE in text
    p = tmp_path / "page.html"
    p.write_bytes(data)
    doc = extract(_one(p), published="2022-09-20")
    assert ARABIC_SENTENCE in doc.text


def test_declared_windows_1256_meta_charset(tmp_path):
    html = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1256">'
            f"</head><body><p>{ARABIC_SENTENCE}</p></body></html>")
    text, enc = decode(html.encode("cp1256"))
    assert enc == "windows-1256"
    assert ARABIC_SENTENCE in text


# -- containers: JSON Lines, WARC, RSS, folders, stdin -------------------------------------------
def _records():
    return [
        {"id": "seed-1", "url": "https://example.ma/a", "published": "2022-09-20", "title": "استقبال", "text": SEED_TEXT},
        {"id": "cnn-1", "url": "http://arabic.cnn.com/x", "html": CNN.read_text("utf-8")},
    ]


def test_jsonl_and_gz_ids_are_document_ids(tmp_path, store, light_pipeline):
    plain = tmp_path / "a.jsonl"
    plain.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in _records()) + "\n", "utf-8")
    gz = tmp_path / "b.jsonl.gz"
    with gzip.open(gz, "wt", encoding="utf-8") as fh:
        fh.write(json.dumps({**_records()[0], "id": "seed-gz"}, ensure_ascii=False) + "\n")
    from marsad.ingest import run_inputs

    s = run_inputs(iter_inputs([str(plain), str(gz)]), store, pipeline=light_pipeline)
    ids = {d["id"]: d for d in store.documents()}
    assert set(ids) == {"seed-1", "cnn-1", "seed-gz"}
    assert ids["seed-1"]["published"] == "2022-09-20"
    assert ids["cnn-1"]["title"] == "معارضون يسيطرون على مخازن للصواريخ بريف دمشق"
    assert ids["seed-gz"]["status"] == "duplicate" and ids["seed-gz"]["duplicate_of"] == "seed-1"
    assert s.coded == 2 and s.duplicates == 1


def _warc_bytes() -> bytes:
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    buf = io.BytesIO()
    w = WARCWriter(buf, gzip=True)
    for url, path in (("http://arabic.cnn.com/2013/middle_east/8/3/syria.clashes/index.html", CNN),
                      ("http://www.assabah.com.tn/article/164913", ASSABAH)):
        headers = StatusAndHeaders("200 OK", [("Content-Type", "text/html; charset=utf-8")], protocol="HTTP/1.1")
        w.write_record(w.create_warc_record(url, "response", payload=io.BytesIO(path.read_bytes()), http_headers=headers))
    req_headers = StatusAndHeaders("GET / HTTP/1.1", [("Host", "example.org")], is_http_request=True)
    w.write_record(w.create_warc_record("http://example.org/", "request", payload=io.BytesIO(b""), http_headers=req_headers))
    return buf.getvalue()


def test_warc_response_records(tmp_path):
    p = tmp_path / "crawl.warc.gz"
    p.write_bytes(_warc_bytes())
    items = list(iter_inputs([str(p)]))
    assert len(items) == 2  # the request record is not an article
    docs = [extract(r) for r in items]
    assert docs[0].url.startswith("http://arabic.cnn.com/2013/")
    assert docs[0].published == "2013-08-03"
    assert docs[1].title.startswith("الناشط الحقوقي السوداني")


def test_truncated_warc_keeps_earlier_records_and_reports(tmp_path, store, light_pipeline):
    data = _warc_bytes()
    p = tmp_path / "cut.warc.gz"
    p.write_bytes(data[: int(len(data) * 0.7)])
    from marsad.ingest import run_inputs

    s = run_inputs(iter_inputs([str(p)]), store, pipeline=light_pipeline)
    assert s.coded >= 1
    reasons = {f["reason"] for f in store.failures()}
    assert "truncated" in reasons


def _rss_bytes() -> bytes:
    from xml.sax.saxutils import escape

    cnn_body = extract(_one(CNN)).text
    items = "".join(
        f"<item><title>{escape(t)}</title><link>{u}</link><pubDate>{d}</pubDate>"
        f"<description>{escape('<p>' + body + '</p>')}</description></item>"
        for t, u, d, body in (
            ("معارضون يسيطرون على مخازن للصواريخ", "http://arabic.cnn.com/a", "Sat, 03 Aug 2013 10:00:00 GMT", cnn_body),
            ("استقبال حموشي", "https://example.ma/b", "Tue, 20 Sep 2022 09:00:00 GMT", SEED_TEXT),
        ))
    return (f'<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>أخبار</title>'
            f"<link>http://example.org</link>{items}</channel></rss>").encode()


def test_rss_feed_items(tmp_path):
    p = tmp_path / "feed.rss"
    p.write_bytes(_rss_bytes())
    items = list(iter_inputs([str(p)]))
    assert len(items) == 2
    docs = [extract(r) for r in items]
    assert docs[0].published == "2013-08-03" and docs[0].url == "http://arabic.cnn.com/a"
    assert docs[1].published == "2022-09-20" and "حموشي" in docs[1].text
    assert "اترك تعليقاً" not in docs[1].text
    assert docs[0].site == "أخبار"


def test_folders_recursive_and_stdin(tmp_path):
    (tmp_path / "a" / "b").mkdir(parents=True)
    (tmp_path / "a" / "b" / "seed.txt").write_text(SEED_TEXT, "utf-8")
    (tmp_path / "a" / "page.html").write_bytes(CNN.read_bytes())
    assert len(list(iter_inputs([str(tmp_path)]))) == 2
    out = run_cli("process", "-", "--format", "json", "--published", "2022-09-20", input=SEED.read_bytes())
    doc = json.loads(out.stdout.decode().splitlines()[0])
    assert doc["published"] == "2022-09-20" and doc["source"] == "<stdin>"
    assert doc["text"].startswith("يأتي استقبال")


# -- bad input: kept with its reason, batch goes on ----------------------------------------------
def _bad_inputs(tmp_path: Path) -> dict[str, Path]:
    d = tmp_path / "bad"
    d.mkdir()
    (d / "binary.bin").write_bytes(bytes(range(256)) * 40)
    (d / "empty.txt").write_bytes(b"")
    (d / "blank.html").write_bytes(b"<html><body><nav><a href='/'>\xd8\xa7\xd9\x84\xd8\xb1\xd8\xa6\xd9\x8a\xd8\xb3\xd9\x8a\xd8\xa9</a></nav></body></html>")
    gz = gzip.compress(SEED.read_bytes())
    (d / "truncated.txt.gz").write_bytes(gz[: len(gz) // 2])
    (d / "records.jsonl").write_text(
        json.dumps({"id": "ok-1", "text": SEED_TEXT}, ensure_ascii=False) + "\n" + '{"id": "cut", "text": "استقبل\n', "utf-8")
    return {p.name: p for p in d.iterdir()}


def test_every_bad_input_recorded_with_reason(tmp_path, store, light_pipeline, monkeypatch):
    paths = _bad_inputs(tmp_path)
    big = tmp_path / "bad" / "oversized.txt"
    from marsad.ingest import limits, readers

    monkeypatch.setattr(readers, "MAX_INPUT_BYTES", 50_000)
    monkeypatch.setattr(limits, "MAX_INPUT_BYTES", 50_000)
    big.write_text(SEED_TEXT * 30, "utf-8")
    from marsad.ingest import run_inputs

    s = run_inputs(iter_inputs([str(tmp_path / "bad")]), store, pipeline=light_pipeline)
    by_source = {Path(f["source"].split("#")[0]).name + ("#" + f["source"].split("#")[1] if "#" in f["source"] else ""):
                 f["reason"] for f in store.failures()}
    assert by_source["binary.bin"] == "binary"
    assert by_source["empty.txt"] == "empty"
    assert by_source["blank.html"] == "no_text"
    assert by_source["truncated.txt.gz"] == "truncated"
    assert by_source["records.jsonl#L2"] == "truncated"
    assert by_source["oversized.txt"] == "oversized"
    assert s.coded == 1 and store.has_document("ok-1")
    assert all(f["message"] for f in store.failures())
    del paths


def test_undecodable_and_error_reasons_are_input_errors():
    with pytest.raises(InputError) as e:
        extract(RawInput("x", b"\x00\x01\x02\x03" * 100))
    assert e.value.reason == "binary"
    with pytest.raises(InputError) as e:
        extract(RawInput("x", b"   \n  "))
    assert e.value.reason == "empty"


def test_done_when_one_good_two_bad_twice(tmp_path):
    """The issue's acceptance check, through the real CLI: run twice → 1 document, 2 failures."""
    d = tmp_path / "in"
    d.mkdir()
    (d / "good.txt").write_bytes(SEED.read_bytes())
    (d / "binary.dat").write_bytes(bytes(range(256)) * 8)
    (d / "empty.html").write_bytes(b"")
    db = str(tmp_path / "m.db")
    for _ in range(2):
        run_cli("ingest", str(d), "--db", db, "--published", "2022-09-20")
    stats = json.loads(run_cli("stats", "--db", db, "--json").stdout)
    assert stats["documents"] == 1
    assert stats["failures"] == 2
    assert {"documents", "events", "actors", "failures"} <= set(stats)
    fails = json.loads(run_cli("failures", "--db", db, "--json").stdout)
    assert sorted(f["reason"] for f in fails) == ["binary", "empty"]


def test_retry_after_fixing_the_input(tmp_path, store, light_pipeline):
    p = tmp_path / "later.txt"
    p.write_bytes(b"")
    from marsad.ingest import retry, run_inputs

    run_inputs(iter_inputs([str(p)]), store, pipeline=light_pipeline)
    assert [f["reason"] for f in store.failures()] == ["empty"]
    s = retry(store, pipeline=light_pipeline)
    assert s.failed == 1 and store.failures()[0]["reason"] == "empty"
    p.write_bytes(SEED.read_bytes())
    s = retry(store, published="2022-09-20", pipeline=light_pipeline)
    assert s.coded == 1
    assert store.failures() == []
    assert len(store.failures(include_resolved=True)) == 1


def test_retry_uses_kept_payload_for_records(tmp_path, store, light_pipeline):
    """A JSON Lines record that failed is retried from the payload kept in the database."""
    p = tmp_path / "r.jsonl"
    p.write_text(json.dumps({"id": "short", "text": "قصير"}, ensure_ascii=False) + "\n", "utf-8")
    from marsad.ingest import run_inputs
    from marsad.store import failure_id

    run_inputs(iter_inputs([str(p)]), store, pipeline=light_pipeline)
    (f,) = store.failures()
    assert f["reason"] == "no_text"
    payload, meta = store.failure_payload(failure_id(f["source"]))
    assert payload.decode("utf-8") == "قصير" and meta["id"] == "short"
    p.unlink()  # the source is gone: the payload is all that is left
    from marsad.ingest import retry

    s = retry(store, pipeline=light_pipeline)
    assert s.failed == 1  # still too short, but not lost
    assert store.failures()[0]["attempts"] == 2


# -- duplicates, language, idempotence -----------------------------------------------------------
def test_exact_and_near_duplicates_link_to_first_copy(tmp_path, store, light_pipeline):
    (tmp_path / "1.txt").write_text(SEED_TEXT, "utf-8")
    # the same text with diacritics and other hamza spellings: an exact duplicate after normalisation
    (tmp_path / "2.txt").write_text(SEED_TEXT.replace("أمس", "امس").replace("الأمريكية", "الأمْريكية"), "utf-8")
    # a near copy: one sentence dropped, one word changed
    lines = SEED_TEXT.split("\n")
    near = "\n".join(lines[:6] + lines[8:]).replace("شريك قوي", "شريك مهم")
    (tmp_path / "3.txt").write_text(near, "utf-8")
    from marsad.ingest import run_inputs

    s = run_inputs(iter_inputs([str(tmp_path)]), store, published="2022-09-20", pipeline=light_pipeline)
    docs = {Path(d["source"]).name: d for d in store.documents()}
    first = docs["1.txt"]["id"]
    assert docs["1.txt"]["status"] == "coded"
    assert docs["2.txt"]["status"] == "duplicate" and docs["2.txt"]["duplicate_of"] == first
    assert docs["3.txt"]["status"] == "duplicate" and docs["3.txt"]["duplicate_of"] == first
    assert s.coded == 1 and s.duplicates == 2


def test_non_arabic_is_stored_not_coded(tmp_path, store):
    p = tmp_path / "en.txt"
    p.write_text("The director general of national security received the US director of national "
                 "intelligence in Rabat on Monday, three days after meeting Spain's intelligence chief.", "utf-8")
    ingest([str(p)], store, progress=False)
    (d,) = store.documents()
    assert d["status"] == "not_arabic" and d["language"] == "en"
    assert store.stats()["events"] == 0
    assert store.get_document(d["id"])["doc"].stages == []  # no stage ran on it


def test_ingest_twice_is_a_noop(tmp_path, store, light_pipeline):
    from marsad.ingest import run_inputs

    a = run_inputs(iter_inputs([str(SEED), str(CNN)]), store, published="2022-09-20", pipeline=light_pipeline)
    before = store.stats()
    b = run_inputs(iter_inputs([str(SEED), str(CNN)]), store, published="2022-09-20", pipeline=light_pipeline)
    assert a.coded == 2 and b.coded == 0 and b.skipped == 2
    assert store.stats() == before


def test_search_finds_spelling_variants(tmp_path, store, light_pipeline):
    from marsad.ingest import run_inputs

    run_inputs(iter_inputs([str(SEED), str(CNN)]), store, published="2022-09-20", pipeline=light_pipeline)
    seed_id = next(d["id"] for d in store.documents() if d["source"].endswith(".txt"))
    # وطني: a word whose و is a root letter, not the conjunction, must still find «الوطني»
    for q in ("الحموشى", "الحموشي", "حموشي", "بالرباط", "الرباط", "الإرهاب", "الارهاب", "مكافحةُ الإرهاب", "وطني"):
        hits = [h["id"] for h in store.search(q)]
        assert seed_id in hits, q
    assert [h["id"] for h in store.search("الصواريخ")] != [seed_id]
    assert store.search("كلمةغيرموجودة") == []


def test_cli_errors_are_one_line(tmp_path):
    bad = run_cli("stats", "--db", str(tmp_path / "no" / "such" / "dir" / "x.db"), check=False)
    assert bad.returncode != 0
    err = bad.stderr.decode().strip()
    assert err.startswith("marsad: error:") and "Traceback" not in err and len(err.splitlines()) == 1
