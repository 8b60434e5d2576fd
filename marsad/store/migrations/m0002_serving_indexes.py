"""Indexes the API's reads need on both backends: event reports by document, events by country."""

from sqlalchemy import text


def upgrade(conn, dialect: str) -> None:
    conn.execute(text("CREATE INDEX IF NOT EXISTS ix_event_sources_doc_id ON event_sources (doc_id)"))
    conn.execute(text("CREATE INDEX IF NOT EXISTS ix_events_country_code ON events (country_code)"))
