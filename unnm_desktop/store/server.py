"""Opening a register on a PostgreSQL server: the driver, the connection, the schema brought to head once.

Several desks may start at the same moment: the migration runs under a transaction-level advisory lock,
so one of them upgrades and the others find the schema at head. The single-writer file lock of the SQLite
file does not apply; concurrent writers are handled record by record (optimistic concurrency).
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import Engine, create_engine, event, text

from unnm_desktop.domain.errors import QT_TRANSLATE_NOOP
from unnm_desktop.store.address import ServerAddress
from unnm_desktop.store.advisory_locks import APP_LOCK_SPACE, MIGRATION_LOCK
from unnm_desktop.store.errors import StorageError
from unnm_desktop.store.schema import HEAD_REVISION, upgrade_to_head
from unnm_desktop.store.server_passwords import fall_back_to_keyring
from unnm_desktop.store.server_pool import install_liveness_check
from unnm_desktop.store.server_refusals import refusal_of

DRIVER_MISSING = QT_TRANSLATE_NOOP(
    "Errors",
    "Connecting to a PostgreSQL server needs the server extra, which is not installed: "
    'pip install "unnm-desktop[server]".',
)


# A connection whose server or network went away without a word (a cable pulled, a laptop leaving the Wi-Fi) is
# found dead within seconds rather than after the system's TCP timeout (minutes): the autosave then keeps the
# edits in its journal (gui/rapporteur/autosave.py) and the pool's pre-ping opens a fresh connection later.
DEAD_PEER = {"keepalives": 1, "keepalives_idle": 10, "keepalives_interval": 3, "keepalives_count": 3,
             "tcp_user_timeout": 15000}  # fmt: skip


def require_driver() -> None:
    try:
        import psycopg  # noqa: F401
    except ImportError:
        raise StorageError(DRIVER_MISSING) from None


def make_server_engine(address: ServerAddress, *, read_only: bool = False, connect_timeout: int = 10) -> Engine:
    require_driver()
    connect_args: dict[str, Any] = {"application_name": "unnm-desktop", "connect_timeout": connect_timeout, **DEAD_PEER}
    if address.password:
        connect_args["password"] = address.password
    engine = create_engine(address.sqlalchemy_url(), connect_args=connect_args)
    install_liveness_check(engine)  # instead of pool_pre_ping, which costs the autosave a round trip in three
    fall_back_to_keyring(engine, address)  # libpq's own means first (store/server_passwords.py)
    if read_only:

        @event.listens_for(engine, "connect")
        def _read_only(dbapi_connection: Any, _record: object) -> None:
            dbapi_connection.execute("SET default_transaction_read_only = on")
            dbapi_connection.commit()

    return engine


def unreachable(address: ServerAddress, error: BaseException) -> StorageError:
    reason = (
        str(getattr(error, "orig", None) or error).strip().splitlines()[0]
        if str(error).strip()
        else type(error).__name__
    )
    return StorageError(
        QT_TRANSLATE_NOOP(
            "Errors",
            "The server {server} cannot be reached ({reason}). Check the address, the network and your "
            "password (~/.pgpass or the keyring), then try again.",
        ),
        server=address.display,
        reason=reason,
    )


def may_write(engine: Engine) -> bool:
    """Whether the login may change the register: every change appends to the audit log."""
    with engine.connect() as connection:
        return bool(connection.execute(text("SELECT has_table_privilege('audit_event', 'INSERT')")).scalar())


def stored_revision(connection: Any) -> str | None:
    if connection.execute(text("SELECT to_regclass('alembic_version')")).scalar() is None:
        return None
    return connection.execute(text("SELECT version_num FROM alembic_version")).scalar()


def open_server_engine(address: ServerAddress, *, read_only: bool = False) -> Engine:
    """An engine on the server's database with the schema at head (upgraded here, once, if it was not)."""
    from sqlalchemy.exc import DBAPIError

    engine = make_server_engine(address, read_only=read_only)
    try:
        with engine.connect() as connection:
            revision = stored_revision(connection)
        if revision != HEAD_REVISION:
            # Read-only too, as a SQLite file below this schema is (store/database.py): upgraded first, by a
            # connection that may write, then read; a login that may not upgrade is told who may (_upgrade).
            writer = make_server_engine(address) if read_only else engine
            try:
                _upgrade(writer, address)
            finally:
                if writer is not engine:
                    writer.dispose()
    except DBAPIError as error:
        engine.dispose()
        raise unreachable(address, error) from None
    except BaseException:
        engine.dispose()
        raise
    return engine


def _upgrade(engine: Engine, address: ServerAddress) -> None:
    """Bring the schema to head; a login whose role may not (store/server_roles.py) is told who may."""
    from sqlalchemy.exc import DBAPIError

    try:
        with engine.begin() as connection:
            connection.execute(text("SELECT pg_advisory_xact_lock(:space, :key)"),
                               {"space": APP_LOCK_SPACE, "key": MIGRATION_LOCK})  # fmt: skip
            if stored_revision(connection) != HEAD_REVISION:
                upgrade_to_head(connection)
    except DBAPIError as error:
        if refusal_of(error) is None:
            raise
        raise StorageError(
            QT_TRANSLATE_NOOP(
                "Errors",
                "The register on {server} needs upgrading to this version, which only the login that owns it may "
                "do: IT runs `unnm-desktop server init` with that login, then this desk can open it.",
            ),
            server=address.display,
        ) from None
