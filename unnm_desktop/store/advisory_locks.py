"""The keys of the PostgreSQL advisory locks the program takes (pg_advisory_xact_lock takes two int4: the app's
space, then what is serialised): migrations (store/server.py, store/server_roles.py) and the appends to the audit
chain, which every writing transaction on a server takes first (store/audit.py). A module of its own, free of the
ORM, because opening a server's database takes the first."""

from __future__ import annotations

from sqlalchemy import text

APP_LOCK_SPACE = 0x554E4E4D  # "UNNM"
MIGRATION_LOCK = 1
AUDIT_LOCK = 2
SERIALISE_APPENDS = text("SELECT pg_advisory_xact_lock(:space, :key)")
