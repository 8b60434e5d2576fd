"""The SQLite store: migrations are named and applied once; failures kept; variant-aware search."""

from __future__ import annotations

from marsad.document import Document
from marsad.store import Store


def test_migrations_named_and_idempotent(tmp_path):
    db = str(tmp_path / "m.db")
    s = Store(db)
    names = s.migrations()
    assert names and names[0] == "m0001_initial"
    assert Store(db).migrate() == []  # nothing left to apply
    with s.engine.connect() as c:
        assert c.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"


def test_save_document_once_and_read_back(store):
    doc = Document(id="a", text="استقبل الحموشي أمس هاينز بالرباط", title="لقاء", published="2022-09-20")
    assert store.save_document(doc) is True
    assert store.save_document(doc) is False
    row = store.get_document("a")
    assert row["doc"].text == doc.text and row["published"] == "2022-09-20"
    assert store.stats()["documents"] == 1


def test_failure_kept_until_resolved(store):
    store.add_failure("x.bin", "binary", "binary data")
    store.add_failure("x.bin", "binary", "binary data again")
    (f,) = store.failures()
    assert f["reason"] == "binary" and f["message"] == "binary data again" and f["attempts"] == 2
    store.resolve_failure("x.bin")
    assert store.failures() == [] and store.stats()["failures"] == 0
