"""Whether an error means the server cannot be reached (as opposed to a refusal or a bug): worth waiting for."""

from __future__ import annotations

import sys

# SQLSTATE classes of a lost or refused connection and of a server shutting down (admin/crash shutdown).
_LOST_STATES = ("08", "57P01", "57P02", "57P03")


def is_connection_lost(error: BaseException) -> bool:
    """True for a dropped or refused connection to a PostgreSQL server, also when the pool handed out a
    connection that died meanwhile; never for SQLite (an embedded file has no connection to lose)."""
    # The autosave asks this from the window's first screen on: SQLAlchemy is not imported for it (an error
    # SQLAlchemy raised means it is imported already).
    exc = sys.modules.get("sqlalchemy.exc")
    if exc is None or not isinstance(error, exc.DBAPIError):
        return False
    if error.connection_invalidated:
        return True
    original = error.orig
    psycopg = sys.modules.get("psycopg")
    if psycopg is None or not isinstance(original, psycopg.Error):
        return False
    state = getattr(original, "sqlstate", None)
    if state is None:  # no answer from a server at all: refused, reset, timed out
        return isinstance(original, psycopg.OperationalError | psycopg.InterfaceError)
    return state.startswith(_LOST_STATES)
