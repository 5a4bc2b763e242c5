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
from unnm_desktop.store.audit import APP_LOCK_SPACE, MIGRATION_LOCK
from unnm_desktop.store.errors import StorageError
from unnm_desktop.store.schema import HEAD_REVISION, upgrade_to_head
from unnm_desktop.store.server_pool import install_liveness_check
from unnm_desktop.store.server_refusals import refusal_of

DRIVER_MISSING = QT_TRANSLATE_NOOP(
    "Errors",
    "Connecting to a PostgreSQL server needs the server extra, which is not installed: "
    'pip install "unnm-desktop[server]".',
)


def require_driver() -> None:
    try:
        import psycopg  # noqa: F401
    except ImportError:
        raise StorageError(DRIVER_MISSING) from None


def make_server_engine(address: ServerAddress, *, read_only: bool = False) -> Engine:
    require_driver()
    connect_args: dict[str, Any] = {"application_name": "unnm-desktop", "connect_timeout": 10}
    if address.password:
        connect_args["password"] = address.password
    engine = create_engine(address.sqlalchemy_url(), connect_args=connect_args)
    install_liveness_check(engine)  # instead of pool_pre_ping, which costs the autosave a round trip in three
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
            if read_only:
                raise StorageError(
                    QT_TRANSLATE_NOOP(
                        "Errors", "The database {server} is not at this version's schema; open it once for writing."
                    ),
                    server=address.display,
                )
            _upgrade(engine, address)
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
