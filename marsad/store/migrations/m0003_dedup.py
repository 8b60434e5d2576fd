"""Report merging: the reports index, candidate keys, linked pairs and user split decisions."""

from marsad.dedup.tables import TABLES


def upgrade(conn, dialect: str) -> None:
    for table in TABLES:
        table.create(conn, checkfirst=True)
        for idx in table.indexes:
            idx.create(conn, checkfirst=True)
