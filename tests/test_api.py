"""The HTTP API over the seed database, on SQLite and on a real (embedded) PostgreSQL server."""

from __future__ import annotations

import csv
import io
import json

import pytest
from fastapi.testclient import TestClient
from serving_support import SEED

from marsad.api import create_app

TOKEN = "s3cret-token"


@pytest.fixture(params=["sqlite", "postgresql"], scope="module")
def seed(request):
    return request.getfixturevalue("seed_sqlite" if request.param == "sqlite" else "seed_postgres")


@pytest.fixture(scope="module")
def client(seed):
    return TestClient(create_app(seed["store"], token=TOKEN, pipeline=seed["pipeline"]))


def haines_event(client) -> dict:
    page = client.get("/api/events", params={"type": "CONSULT", "limit": 100}).json()
    for e in page["items"]:
        names = " ".join((p["name_ar"] or "") + " " + (p["name"] or "") for p in e["actors"] + e["recipients"])
        if "هاينز" in names:
            return e
    raise AssertionError(f"no CONSULT event with Haines in {page}")


def test_openapi_lists_every_endpoint(client):
    spec = client.get("/openapi.json").json()
    paths = set(spec["paths"])
    for p in ["/api/events", "/api/events/{event_id}", "/api/actors", "/api/actors/{key}", "/api/documents",
              "/api/documents/{doc_id}", "/api/search", "/api/stats", "/api/export"]:
        assert p in paths, p
    assert "post" in spec["paths"]["/api/documents"]


def test_seed_consult_event_with_haines(client, seed):
    e = haines_event(client)
    assert e["type"] == "CONSULT"
    assert "visit" in e["mode"]
    assert e["date"] == "2022-09-19"
    recips = " ".join(p["name_ar"] or "" for p in e["recipients"])
    assert "حموشي" in recips
    assert e["doc_id"] == seed["seed_id"]


def test_event_detail_has_participants_place_evidence_and_reports(client, seed):
    e = haines_event(client)
    d = client.get(f"/api/events/{e['id']}").json()
    assert {p["role"] for p in d["actors"] + d["recipients"]} == {"actor", "recipient"}
    assert d["place"] and ("Rabat" in d["place"] or "الرباط" in d["place"])
    assert d["country_code"] == "MAR"
    assert d["reports"], d
    rep = d["reports"][0]
    assert rep["doc_id"] == seed["seed_id"]
    text = SEED.read_text(encoding="utf-8")
    assert "هاينز" in rep["evidence"]
    assert rep["evidence"] in text
    doc = client.get(f"/api/documents/{rep['doc_id']}").json()
    assert doc["text"][rep["evidence_start"]:rep["evidence_end"]] == rep["evidence"]


def test_event_filters_and_pagination(client):
    all_ = client.get("/api/events", params={"limit": 500}).json()
    assert all_["total"] == len(all_["items"]) >= 2
    e = haines_event(client)
    haines = next(p for p in e["actors"] + e["recipients"] if "هاينز" in (p["name_ar"] or ""))
    latin = [{"actor": haines["name"].split()[-1]}] if haines["name"] else []  # e.g. Haines / Heinz
    for params in [*latin, {"actor": haines["key"]}, {"actor": "هاينز"}, {"actor": "افريل هاينز"},
                   {"type": "consult"}, {"mode": "visit"},
                   {"country": "mar"}, {"since": "2022-09-19", "until": "2022-09-19"}, {"q": "الحموشى"},
                   {"place": e["place"]}]:
        page = client.get("/api/events", params=params).json()
        assert e["id"] in [x["id"] for x in page["items"]], params
    none = client.get("/api/events", params={"since": "2030-01-01"}).json()
    assert none["total"] == 0 and none["items"] == []
    assert client.get("/api/events", params={"type": "ASSAULT", "actor": "هاينز"}).json()["total"] == 0
    p1 = client.get("/api/events", params={"limit": 1, "offset": 0}).json()
    p2 = client.get("/api/events", params={"limit": 1, "offset": 1}).json()
    assert p1["total"] == p2["total"] == all_["total"]
    assert p1["items"][0]["id"] != p2["items"][0]["id"]
    bad = client.get("/api/events", params={"limit": 0})
    assert bad.status_code == 422 and "limit" in bad.json()["error"]
    assert client.get("/api/events", params={"since": "19 Sept"}).status_code == 422


def test_actors_list_and_page(client):
    actors = client.get("/api/actors", params={"limit": 500}).json()
    keys = {a["key"]: a for a in actors["items"]}
    haines = [a for a in actors["items"] if "هاينز" in (a["name_ar"] or "")]
    assert haines, keys
    a = client.get(f"/api/actors/{haines[0]['key']}").json()
    assert "هاينز" in a["name_ar"]
    assert a["timeline"] and any(t["type"] == "CONSULT" for t in a["timeline"])
    assert any("حموشي" in (c["name_ar"] or "") for c in a["counterparts"])
    assert a["counterparts"][0]["count"] >= 1 and "CONSULT" in a["counterparts"][0]["types"]
    for key in ("country", "sector", "aliases", "office"):
        assert key in a
    assert client.get("/api/actors/nobody-at-all").status_code == 404


def test_document_has_entity_event_and_quote_spans(client, seed):
    d = client.get(f"/api/documents/{seed['seed_id']}").json()
    text = SEED.read_text(encoding="utf-8")
    assert d["text"].strip() and d["text"] in text or d["text"].strip() in text
    kinds = {s["kind"] for s in d["spans"]}
    assert "evidence" in kinds
    for s in d["spans"]:
        assert 0 <= s["start"] < s["end"] <= len(d["text"])
    ev = [s for s in d["spans"] if s["kind"] == "evidence"]
    assert any("هاينز" in d["text"][s["start"]:s["end"]] for s in ev)
    assert d["events"] and all(e["id"] for e in d["events"])


def test_search_finds_spelling_variants(client, seed):
    for q in ["الحموشى", "حموشي", "بالحموشي"]:
        r = client.get("/api/search", params={"q": q}).json()
        ids = [h["id"] for h in r["items"]]
        assert seed["seed_id"] in ids, (q, r)
        hit = r["items"][ids.index(seed["seed_id"])]
        marked = [hit["snippet"][a:b] for a, b in hit["matches"]]
        assert any("حموشي" in m for m in marked), marked
    assert client.get("/api/search", params={"q": "كلمةغيرموجودةأبدا"}).json()["items"] == []
    r = client.get("/api/search")
    assert r.status_code == 422 and r.json()["error"].startswith("invalid request")


def test_stats(client):
    s = client.get("/api/stats").json()
    assert s["documents"] >= 3 and s["events"] >= 2
    assert s["by_type"].get("CONSULT", 0) >= 1
    assert s["backend"] in ("sqlite", "postgresql")


def test_network_timeline_and_map_data(client):
    e = haines_event(client)
    net = client.get("/api/network").json()
    keys = {p["key"] for p in e["actors"] + e["recipients"]}
    assert any({ed["source"], ed["target"]} == keys and ed["types"].get("CONSULT") for ed in net["edges"]), net
    assert {n["key"] for n in net["nodes"]} >= keys
    days = client.get("/api/timeline").json()["items"]
    assert {"date": "2022-09-19", "type": "CONSULT"}.items() <= next(
        d for d in days if d["date"] == "2022-09-19").items()
    pts = client.get("/api/geo").json()["items"]
    assert any(p["id"] == e["id"] and abs(p["lat"] - 34.0) < 1 and abs(p["lon"] + 6.8) < 1 for p in pts)


def test_exports_in_every_format(client):
    import networkx as nx
    import pyarrow.parquet as pq

    n = client.get("/api/events", params={"limit": 500}).json()["total"]
    r = client.get("/api/export", params={"format": "plover"})
    recs = [json.loads(line) for line in r.text.splitlines()]
    assert len(recs) == n and any(x["event"] == ["CONSULT"] for x in recs)
    assert r.headers["content-type"].startswith("application/x-ndjson")
    rows = list(csv.DictReader(io.StringIO(client.get("/api/export", params={"format": "csv"}).text)))
    assert len(rows) == n and any("هاينز" in row["actor"] for row in rows)
    table = pq.read_table(io.BytesIO(client.get("/api/export", params={"format": "parquet"}).content))
    assert table.num_rows == n and "evidence" in table.column_names
    g = nx.read_graphml(io.BytesIO(client.get("/api/export", params={"format": "graphml"}).content))
    assert g.number_of_edges() >= 1
    gj = client.get("/api/export", params={"format": "geojson"}).json()
    assert gj["type"] == "FeatureCollection" and gj["features"]
    lon, lat = gj["features"][0]["geometry"]["coordinates"]
    assert -180 <= lon <= 180 and -90 <= lat <= 90
    bad = client.get("/api/export", params={"format": "xlsx"})
    assert bad.status_code == 422 and "format" in bad.json()["error"]


def test_unknown_things_are_json_404(client):
    for path in ["/api/events/nope", "/api/documents/nope", "/api/nothing-here"]:
        r = client.get(path)
        assert r.status_code == 404
        assert r.headers["content-type"].startswith("application/json")
        assert r.json()["error"]


def test_dashboard_is_served_rtl_with_a_strict_csp(client):
    r = client.get("/")
    assert r.status_code == 200
    assert '<html lang="ar" dir="rtl">' in r.text
    assert "script-src 'self'" in r.headers["content-security-policy"]
    for asset in ["/app.js", "/app.css", "/world-110m.geojson", "/favicon.svg"]:
        assert client.get(asset).status_code == 200, asset
    js = client.get("/app.js").text.split("\n", 8)[-1]  # code after the header comment
    for sink in ("innerHTML", "outerHTML", "insertAdjacentHTML", "document.write", "eval(", "new Function"):
        assert sink not in js, f"app.js uses {sink}: data must go through textContent"
    for asset in ["/", "/app.js", "/app.css"]:  # nothing fetched from elsewhere
        text = client.get(asset).text.replace("http://www.w3.org/2000/svg", "")
        assert "http://" not in text and "https://" not in text and "//cdn" not in text, asset


# -- writes -------------------------------------------------------------------------------------
ARTICLE = ("استقبل وزير الخارجية المغربي ناصر بوريطة يوم الثلاثاء في الرباط نظيره الإسباني خوسيه مانويل "
           "ألباريس، وبحث الجانبان سبل تعزيز التعاون الثنائي في مجالات الأمن والهجرة والاقتصاد. "
           "وقال بوريطة إن العلاقات بين البلدين تمر بأفضل مراحلها.")


@pytest.fixture
def write_client(tmp_path, seed_sqlite):
    return TestClient(create_app(str(tmp_path / "w.db"), token=TOKEN, pipeline=seed_sqlite["pipeline"]))


def test_writes_need_the_bearer_token(write_client):
    body = {"id": "a1", "text": ARTICLE, "published": "2022-10-04"}
    r = write_client.post("/api/documents", json=body)
    assert r.status_code == 401 and "Bearer" in r.json()["error"]
    assert r.headers["www-authenticate"] == "Bearer"
    r = write_client.post("/api/documents", json=body, headers={"Authorization": "Bearer wrong"})
    assert r.status_code == 403 and r.json()["error"] == "wrong token"
    r = write_client.post("/api/documents", json=body, headers={"Authorization": f"Basic {TOKEN}"})
    assert r.status_code == 401
    r = write_client.post("/api/documents", json=body, headers={"Authorization": f"Bearer {TOKEN}"})
    assert r.status_code == 201, r.text
    assert r.json()["id"] == "a1" and r.json()["status"] == "coded"
    assert write_client.get("/api/documents/a1").json()["published"] == "2022-10-04"
    assert "a1" in [h["id"] for h in write_client.get("/api/search", params={"q": "بوريطه"}).json()["items"]]
    r = write_client.post("/api/documents", json=body, headers={"Authorization": f"Bearer {TOKEN}"})
    assert r.status_code == 409 and "already stored" in r.json()["error"]


def test_writes_disabled_without_a_configured_token(tmp_path, monkeypatch, seed_sqlite):
    monkeypatch.delenv("MARSAD_API_TOKEN", raising=False)
    c = TestClient(create_app(str(tmp_path / "ro.db"), pipeline=seed_sqlite["pipeline"]))
    r = c.post("/api/documents", json={"text": ARTICLE}, headers={"Authorization": "Bearer anything"})
    assert r.status_code == 403 and "MARSAD_API_TOKEN" in r.json()["error"]
    monkeypatch.setenv("MARSAD_API_TOKEN", "from-env")
    c = TestClient(create_app(str(tmp_path / "env.db"), pipeline=seed_sqlite["pipeline"]))
    assert c.post("/api/documents", json={"text": ARTICLE}, headers={"Authorization": "Bearer from-env"}
                  ).status_code == 201


def test_input_is_validated(write_client):
    auth = {"Authorization": f"Bearer {TOKEN}"}
    cases = [({"id": "x"}, "text"), ({"text": ARTICLE, "html": "<p>x</p>"}, "exactly one"),
             ({"text": ARTICLE, "published": "yesterday"}, "published"), ({"text": "   "}, "empty"),
             ({"text": ARTICLE, "colour": "red"}, "colour"), ({"text": 42}, "text")]
    for body, word in cases:
        r = write_client.post("/api/documents", json=body, headers=auth)
        assert r.status_code == 422, (body, r.text)
        assert word in r.json()["error"], (body, r.json())
    r = write_client.post("/api/documents", content=b"{not json", headers={**auth, "Content-Type": "application/json"})
    assert r.status_code == 422 and r.json()["error"]


def test_request_size_is_limited(write_client):
    big = {"text": "ا" * (1100 * 1024)}  # > 2 MB of UTF-8
    r = write_client.post("/api/documents", json=big, headers={"Authorization": f"Bearer {TOKEN}"})
    assert r.status_code == 413 and "limit" in r.json()["error"]


def test_html_article_and_script_tags_stay_plain_text(write_client):
    auth = {"Authorization": f"Bearer {TOKEN}"}
    html = ("<html><head><title>خبر</title><script>alert('head')</script></head><body><article><h1>لقاء في الرباط</h1>"
            f"<p>{ARTICLE}</p><script>alert(1)</script></article></body></html>")
    r = write_client.post("/api/documents", json={"id": "h1", "html": html, "url": "https://example.org/a"},
                          headers=auth)
    assert r.status_code == 201, r.text
    d = write_client.get("/api/documents/h1").json()
    assert "alert" not in d["text"] and "بوريطة" in d["text"]
    text = "<script>alert(1)</script> " + ARTICLE
    r = write_client.post("/api/documents", json={"id": "s1", "text": text}, headers=auth)
    assert r.status_code == 201, r.text
    raw = write_client.get("/api/documents/s1")
    assert json.loads(raw.text)["text"].startswith("<script>alert(1)</script>")
    assert raw.headers["content-type"].startswith("application/json")


def test_marsad_serve_command(seed_sqlite, tmp_path):
    """``marsad serve --db DB --port P`` answers over HTTP; writes are off without MARSAD_API_TOKEN."""
    import os
    import subprocess
    import sys
    import time

    import httpx
    from serving_support import free_port

    port = free_port()
    env = {k: v for k, v in os.environ.items() if k != "MARSAD_API_TOKEN"}
    proc = subprocess.Popen([sys.executable, "-m", "marsad.cli", "serve", "--db", seed_sqlite["store"].db,
                             "--port", str(port), "--log-level", "warning"], env=env,
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    try:
        base = f"http://127.0.0.1:{port}"
        for _ in range(200):
            try:
                r = httpx.get(base + "/api/stats", timeout=2)
                break
            except httpx.HTTPError:
                assert proc.poll() is None, proc.stderr.read()
                time.sleep(0.1)
        assert r.status_code == 200 and r.json()["documents"] >= 3
        assert "/api/events" in httpx.get(base + "/openapi.json").json()["paths"]
        assert httpx.post(base + "/api/documents", json={"text": ARTICLE}).status_code == 403
        docs = httpx.get(base + "/api/documents").json()["items"]
        assert docs and all("source" not in d for d in docs)
    finally:
        proc.terminate()
        proc.wait(10)
    assert "read-only" in proc.stderr.read()
