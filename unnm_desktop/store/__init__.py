"""Storage: SQLAlchemy models, the SQLite engine, locking, backups and Alembic migrations. No Qt."""
