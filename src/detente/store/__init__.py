"""Storage: SQLite by default, PostgreSQL for teams, through SQLAlchemy Core."""
from detente.store.sql import Store, database_url

__all__ = ["Store", "database_url"]
