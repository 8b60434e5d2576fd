"""Table definitions (SQLAlchemy Core), shared by the SQLite and PostgreSQL backends.

JSON-valued columns are stored as text (``JSONText``) so both backends behave the same.
Migrations (marsad/store/migrations/) create and alter these tables; this module is the
current shape that queries are written against.
"""

from __future__ import annotations

import json
from typing import Any

from sqlalchemy import (
    Column,
    Float,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    MetaData,
    String,
    Table,
    Text,
    TypeDecorator,
)


class JSONText(TypeDecorator):
    """A JSON value stored as text (identical on SQLite and PostgreSQL)."""

    impl = Text
    cache_ok = True

    def process_bind_param(self, value: Any, dialect) -> str | None:
        return None if value is None else json.dumps(value, ensure_ascii=False, sort_keys=True)

    def process_result_value(self, value: str | None, dialect) -> Any:
        return None if value is None else json.loads(value)


metadata = MetaData()

schema_migrations = Table(
    "schema_migrations", metadata,
    Column("name", String(200), primary_key=True),
    Column("applied_at", String(40), nullable=False),
)

documents = Table(
    "documents", metadata,
    Column("id", String(300), primary_key=True),
    Column("source", Text),
    Column("url", Text),
    Column("title", Text),
    Column("published", String(40)),
    Column("site", Text),
    Column("author", Text),
    Column("language", String(20)),
    # coded: ran the full pipeline; not_arabic: stored, not coded; duplicate: linked to duplicate_of
    Column("status", String(20), nullable=False),
    Column("duplicate_of", String(300)),
    Column("duplicate_kind", String(10)),  # exact | near
    Column("content_hash", String(64), index=True),
    Column("text", Text, nullable=False),
    Column("text_norm", Text, nullable=False),
    Column("title_norm", Text),
    Column("doc_json", JSONText),  # the annotated Document (to_dict), without the text
    Column("pipeline", JSONText),  # stage names and versions
    Column("created_at", String(40), nullable=False),
)
Index("ix_documents_published", documents.c.published)

failures = Table(
    "failures", metadata,
    Column("id", String(64), primary_key=True),  # hash of the source
    Column("source", Text, nullable=False),
    Column("reason", String(40), nullable=False),  # binary | empty | undecodable | no_text | oversized | truncated | error
    Column("message", Text),
    Column("payload", LargeBinary),  # the raw input when it cannot be re-read from `source`
    Column("meta", JSONText),  # published/url/id supplied with the input
    Column("attempts", Integer, nullable=False, default=1),
    Column("resolved", Integer, nullable=False, default=0),
    Column("created_at", String(40), nullable=False),
    Column("updated_at", String(40), nullable=False),
)

minhashes = Table(
    "minhashes", metadata,
    Column("doc_id", String(300), ForeignKey("documents.id", ondelete="CASCADE"), primary_key=True),
    Column("signature", LargeBinary, nullable=False),
)

sentences = Table(
    "sentences", metadata,
    Column("doc_id", String(300), ForeignKey("documents.id", ondelete="CASCADE"), primary_key=True),
    Column("idx", Integer, primary_key=True),
    Column("start", Integer, nullable=False),
    Column("end", Integer, nullable=False),
)

actors = Table(
    "actors", metadata,
    Column("id", String(40), primary_key=True),
    Column("name", Text),  # Latin name
    Column("name_ar", Text, nullable=False),
    Column("name_norm", Text, index=True),
    Column("kind", String(10)),  # PER | ORG | GPE
    Column("aliases", JSONText),  # Arabic surface variants
    Column("country", String(3)),
    Column("sector", String(10)),
    Column("office", JSONText),  # Latin office titles
    Column("office_ar", JSONText),
    Column("cameo_code", String(40)),
    Column("origin", String(10), nullable=False),  # kb (dictionary seed) | auto | user
    Column("mention_count", Integer, nullable=False, default=0),
    Column("first_seen", String(40)),
    Column("last_seen", String(40)),
    Column("attrs", JSONText),
)

actor_aliases = Table(
    "actor_aliases", metadata,
    Column("alias_norm", Text, primary_key=True),
    Column("actor_id", String(40), ForeignKey("actors.id", ondelete="CASCADE"), primary_key=True),
)

actor_curations = Table(
    "actor_curations", metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("action", String(20), nullable=False),  # merge | split | rename | set
    Column("payload", JSONText, nullable=False),
    Column("created_at", String(40), nullable=False),
)

mentions = Table(
    "mentions", metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("doc_id", String(300), ForeignKey("documents.id", ondelete="CASCADE"), nullable=False, index=True),
    Column("start", Integer, nullable=False),
    Column("end", Integer, nullable=False),
    Column("text", Text, nullable=False),
    Column("kind", String(10)),
    Column("actor_id", String(40), index=True),
)

events = Table(
    "events", metadata,
    Column("id", String(64), primary_key=True),
    Column("type", String(20), nullable=False, index=True),
    Column("mode", JSONText),
    Column("context", JSONText),
    Column("status", String(20)),
    Column("date", String(20), index=True),
    Column("date_text", Text),
    Column("date_granularity", String(10)),
    Column("location", JSONText),
    Column("place", Text),
    Column("country_code", String(3)),
    Column("lat", Float),
    Column("lon", Float),
    Column("confidence", Float),
    Column("evidence", Text),  # evidence sentence of the first report
    Column("first_doc_id", String(300), index=True),
    Column("merge_info", JSONText),  # why reports were merged, disagreements
    Column("created_at", String(40), nullable=False),
)

event_participants = Table(
    "event_participants", metadata,
    Column("event_id", String(64), ForeignKey("events.id", ondelete="CASCADE"), primary_key=True),
    Column("role", String(10), primary_key=True),  # actor | recipient
    Column("position", Integer, primary_key=True),
    Column("actor_id", String(40), index=True),
    Column("entity", JSONText),  # PLOVER entity object
)

event_sources = Table(
    "event_sources", metadata,
    Column("event_id", String(64), ForeignKey("events.id", ondelete="CASCADE"), primary_key=True),
    Column("doc_id", String(300), ForeignKey("documents.id", ondelete="CASCADE"), primary_key=True),
    Column("doc_event_id", String(64), primary_key=True),  # the event as coded in that document
    Column("url", Text),
    Column("publication", Text),
    Column("evidence_start", Integer),
    Column("evidence_end", Integer),
    Column("evidence", Text),
    Column("report", JSONText),  # the full per-document event (to_dict + entities)
    Column("merge_reason", JSONText),
)

quotes = Table(
    "quotes", metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("doc_id", String(300), ForeignKey("documents.id", ondelete="CASCADE"), nullable=False, index=True),
    Column("speaker_actor_id", String(40), index=True),
    Column("speaker_text", Text),
    Column("cue", Text),
    Column("content", Text, nullable=False),
    Column("start", Integer, nullable=False),
    Column("end", Integer, nullable=False),
    Column("kind", String(10)),
)
