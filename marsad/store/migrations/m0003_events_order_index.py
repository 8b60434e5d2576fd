"""A covering index for listing events newest first (date descending, then id descending)."""

from sqlalchemy import text


def upgrade(conn, dialect: str) -> None:
    if dialect == "postgresql":
        conn.execute(text("CREATE INDEX IF NOT EXISTS ix_events_date_id ON events (date DESC NULLS LAST, id DESC)"))
    else:
        # SQLite sorts NULL first ascending, so a backward scan gives date DESC NULLS LAST, id DESC.
        conn.execute(text("CREATE INDEX IF NOT EXISTS ix_events_date_id ON events (date, id)"))
