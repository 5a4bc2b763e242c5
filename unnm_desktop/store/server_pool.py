"""A server connection taken from the pool is checked without a round trip while the desk is busy, with a ping
when it may have gone.

SQLAlchemy's pool_pre_ping sends a statement at every checkout: on the autosave path, a session every pause in
typing, that is one round trip in three. A connection the server closed (a restart, an administrator ending
it) has something waiting on its socket (the server's goodbye, or the end of the stream), which a zero-timeout
poll sees at no cost; one idle for a while (a firewall may have dropped it unseen) is pinged as before. A
connection found gone is replaced by the pool (DisconnectionError), as pre-ping would.
"""

from __future__ import annotations

import select
import time
from typing import Any

from sqlalchemy import Engine, event
from sqlalchemy.exc import DisconnectionError

# Longer than any pause in typing, shorter than a firewall's idle timeout.
PING_AFTER_IDLE_SECONDS = 30.0
_IDLE_SINCE = "unnm_idle_since"


def install_liveness_check(engine: Engine) -> None:
    """Instead of pool_pre_ping on a server's engine."""

    def checked_out(dbapi_connection: Any, record: Any, _proxy: object) -> None:
        since = record.info.pop(_IDLE_SINCE, None)
        if since is not None and time.monotonic() - since < PING_AFTER_IDLE_SECONDS and not _has_news(dbapi_connection):
            return
        try:
            engine.dialect.do_ping(dbapi_connection)
        except Exception as error:  # whatever the driver says, the pool takes a new connection
            raise DisconnectionError(str(error)) from error

    event.listen(engine, "connect", _idle_from_now)
    event.listen(engine, "checkin", _idle_from_now)
    event.listen(engine, "checkout", checked_out)


def _idle_from_now(_dbapi_connection: Any, record: Any) -> None:
    if record is not None:
        record.info[_IDLE_SINCE] = time.monotonic()


def _has_news(dbapi_connection: Any) -> bool:
    """Whether the server said something (or closed the connection) while nobody was asking: a pooled connection
    between transactions has nothing to read otherwise."""
    if dbapi_connection.closed or dbapi_connection.broken:
        return True
    try:
        readable, _, _ = select.select([dbapi_connection.fileno()], [], [], 0)
    except (OSError, ValueError):
        return True
    return bool(readable)
