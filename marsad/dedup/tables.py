"""Tables of the report merger (created by migration m0003_dedup).

``dedup_reports``: every stored report (one event as coded in one article) with its features and
the merged event it belongs to; ``dedup_keys``: the candidate index (each article's rarest title/lead words);
``dedup_edges``: linked pairs with the reason; ``merge_blocks``: pairs a user split apart, never
merged again.
"""

from __future__ import annotations

from sqlalchemy import Column, Float, Index, String, Table

from marsad.store.schema import JSONText, metadata

dedup_reports = Table(
    "dedup_reports", metadata,
    Column("report_id", String(40), primary_key=True),
    Column("doc_id", String(300), nullable=False, index=True),
    Column("doc_event_id", String(64), nullable=False),
    Column("event_id", String(64), nullable=False, index=True),
    Column("type", String(20), nullable=False),
    Column("published", String(10)),
    Column("features", JSONText, nullable=False),
)

dedup_keys = Table(
    "dedup_keys", metadata,
    Column("key", String(400), primary_key=True),
    Column("doc_id", String(300), primary_key=True),
)

dedup_edges = Table(
    "dedup_edges", metadata,
    Column("report_a", String(40), primary_key=True),
    Column("report_b", String(40), primary_key=True),
    Column("score", Float, nullable=False),
    Column("reason", JSONText),
)
Index("ix_dedup_edges_b", dedup_edges.c.report_b)

merge_blocks = Table(
    "merge_blocks", metadata,
    Column("report_a", String(40), primary_key=True),
    Column("report_b", String(40), primary_key=True),
    Column("event_id", String(64)),  # the merged event the user split
    Column("created_at", String(40), nullable=False),
)

TABLES = (dedup_reports, dedup_keys, dedup_edges, merge_blocks)
