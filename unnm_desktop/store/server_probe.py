"""Trying a server before a desk switches to it: connected (and how many meetings it holds), or why not.

Settings → Connect to a server… asks this before it saves anything. Every refusal is one sentence a person
can act on (wrong password, no such database or login, server not reachable, TLS refused, driver missing);
the schema is only read here, never created or upgraded: that happens when the register is opened.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from sqlalchemy import text

from unnm_desktop.domain.errors import QT_TRANSLATE_NOOP
from unnm_desktop.store.address import ServerAddress
from unnm_desktop.store.errors import StorageError
from unnm_desktop.store.server import make_server_engine, stored_revision, unreachable
from unnm_desktop.store.server_passwords import asks_for_password
from unnm_desktop.store.server_refusals import login_role

WRONG_PASSWORD = QT_TRANSLATE_NOOP(
    "Errors", "The server {server} refused the password of {user}: check it (capitals, keyboard layout) and try again."
)
NEEDS_PASSWORD = QT_TRANSLATE_NOOP(
    "Errors",
    "The server {server} asks for the password of {user}: type it, or keep it in the keyring or in ~/.pgpass.",
)
NO_DATABASE = QT_TRANSLATE_NOOP(
    "Errors", "The server {server} has no database named {database}: check its name with IT."
)
NO_LOGIN = QT_TRANSLATE_NOOP("Errors", "The server {server} has no login named {user}: check the user name with IT.")
NOT_ALLOWED = QT_TRANSLATE_NOOP(
    "Errors", "The server {server} does not let {user} connect from this computer (pg_hba.conf): ask IT."
)
TLS_REFUSED = QT_TRANSLATE_NOOP(
    "Errors", "The server {server} and this desk do not agree on TLS ({reason}): choose another TLS mode or ask IT."
)

# libpq's (English) words, first match wins; anything else is "cannot be reached" with libpq's own reason.
_SENTENCES = (
    ("password authentication failed", WRONG_PASSWORD),
    ("does not exist", None),  # a database or a login: told apart below
    ("no pg_hba.conf entry", NOT_ALLOWED),
    ("ssl", TLS_REFUSED),
    ("certificate", TLS_REFUSED),
)


@dataclass(frozen=True)
class ProbeResult:
    """What a test connection found: `meetings` is None when the database has no register yet (it is set up
    when opened), `role` the login's role (store/server_roles.py) or its own name."""

    meetings: int | None
    role: str


def probe_server(address: ServerAddress, *, timeout_s: int = 5) -> ProbeResult:
    """Connect to `address` once and count its meetings; StorageError in one sentence when it cannot be done."""
    from sqlalchemy.exc import DBAPIError

    engine = make_server_engine(address, connect_timeout=timeout_s)  # StorageError if psycopg is missing
    try:
        with engine.connect() as connection:
            meetings = None
            if stored_revision(connection) is not None and _has_table(connection, "meeting"):
                meetings = int(connection.execute(text("SELECT count(*) FROM meeting")).scalar() or 0)
        return ProbeResult(meetings, login_role(engine))
    except DBAPIError as error:
        raise refusal_sentence(address, error) from None
    finally:
        engine.dispose()


def _has_table(connection: object, name: str) -> bool:
    return connection.execute(text("SELECT to_regclass(:name)"), {"name": name}).scalar() is not None  # type: ignore[attr-defined]


def refusal_sentence(address: ServerAddress, error: BaseException) -> StorageError:
    """The one sentence for a connection the server (or the network) refused."""
    reason = str(getattr(error, "orig", None) or error)
    lowered = re.sub(r'"[^"]*"', "", reason).lower()  # libpq's words only, not the names it quotes
    fields = {"server": address.display, "user": address.user or "?", "database": address.database}
    if asks_for_password(error):
        return StorageError(NEEDS_PASSWORD, **fields)
    for words, template in _SENTENCES:
        if words not in lowered:
            continue
        if template is None:
            template = NO_LOGIN if "role" in lowered else NO_DATABASE
        return StorageError(template, reason=_last_line(reason), **fields)
    return unreachable(address, error)


def _last_line(reason: str) -> str:
    """libpq's own reason, without the "connection to server at … failed:" preamble."""
    line = reason.strip().splitlines()[0] if reason.strip() else reason
    return line.rsplit(" failed: ", 1)[-1].strip()
