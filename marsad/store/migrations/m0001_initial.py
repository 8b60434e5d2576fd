"""Initial schema: documents, failures, minhashes, sentences, actors, mentions, events, quotes."""

from sqlalchemy import text

from marsad.store import schema

TABLES = [
    "documents", "failures", "minhashes", "sentences", "actors", "actor_aliases", "actor_curations",
    "mentions", "events", "event_participants", "event_sources", "quotes",
]


def upgrade(conn, dialect: str) -> None:
    for name in TABLES:
        schema.metadata.tables[name].create(conn, checkfirst=True)
        for idx in schema.metadata.tables[name].indexes:
            idx.create(conn, checkfirst=True)
    if dialect == "sqlite":
        # Full-text index over the *normalised* text (see marsad.store.search).
        conn.execute(text(
            "CREATE VIRTUAL TABLE IF NOT EXISTS documents_fts USING fts5("
            "doc_id UNINDEXED, title, body, tokenize='unicode61 remove_diacritics 2')"
        ))
    else:
        conn.execute(text(
            "CREATE TABLE IF NOT EXISTS documents_search (doc_id VARCHAR(300) PRIMARY KEY "
            "REFERENCES documents(id) ON DELETE CASCADE, title TEXT, body TEXT, "
            "tsv tsvector GENERATED ALWAYS AS (to_tsvector('simple', coalesce(title,'') || ' ' || body)) STORED)"
        ))
        conn.execute(text("CREATE INDEX IF NOT EXISTS ix_documents_search_tsv ON documents_search USING GIN (tsv)"))
