"""Storage of analysed articles: SQLite by default, any SQLAlchemy URL (PostgreSQL) for teams."""

from tally.store.sql import Store

__all__ = ["Store"]
