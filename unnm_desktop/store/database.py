"""Opening a database file safely: refuse damaged files untouched, lock, migrate with a backup first."""

from __future__ import annotations

import contextlib
import sqlite3
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import Connection, Engine
from sqlalchemy.exc import DBAPIError

from unnm_desktop.domain.errors import QT_TRANSLATE_NOOP, Message
from unnm_desktop.store.address import Location, ServerAddress, is_server_address
from unnm_desktop.store.backups import check_file, make_backup, newest_good_backup
from unnm_desktop.store.checkpoint import Checkpointer
from unnm_desktop.store.engine import make_engine
from unnm_desktop.store.errors import DamagedDatabaseError, StorageError
from unnm_desktop.store.lock import DatabaseLock, acquire_lock, refuse_if_not_sqlite
from unnm_desktop.store.schema import HEAD_REVISION, upgrade_to_head
from unnm_desktop.store.server_refusals import refusal_of, refused

if TYPE_CHECKING:
    from sqlalchemy.orm import Session, sessionmaker


class Database:
    """An open database: engine, session factory and, for a writable SQLite file, the single-writer lock.

    On a server (`server` given, `path` None) there is no file lock, no checkpointer and no file backup:
    PostgreSQL serialises writers itself and IT backs it up (docs/server.md).
    """

    def __init__(
        self,
        path: Path | None,
        engine: Engine,
        lock: DatabaseLock | None,
        *,
        server: ServerAddress | None = None,
        read_only: bool | None = None,
    ) -> None:
        self.path = path
        self.server = server
        self.engine = engine
        self.read_only = (lock is None) if read_only is None else read_only
        self._lock = lock
        self._sessions: sessionmaker[Session] | None = None  # made with the first session: see _session_factory
        self._sessions_made = threading.Lock()
        self._checkpointer = None if lock is None or path is None else Checkpointer(path)
        if self._checkpointer is not None:
            self._checkpointer.start()

    @contextlib.contextmanager
    def session(self) -> Iterator[Session]:
        """A short-lived session inside one transaction: committed on success, rolled back on error.

        On a server, a change the login's role does not allow becomes one sentence (store/server_refusals.py).
        """
        sessions = self._session_factory()
        if self.server is None:
            with sessions() as session, session.begin():
                yield session
            return
        try:
            with sessions() as session, session.begin():
                yield session
        except DBAPIError as error:
            original = refusal_of(error)
            if original is None:
                raise
            raise refused(self.engine, original) from None

    def _session_factory(self) -> sessionmaker[Session]:
        """The ORM's session factory, with the search index's and (on a server) the writers' hooks.

        Made on first use, not with the database: the ORM and the models are loaded then (or beforehand by the
        GUI's warm-up, gui/backend.py), so that opening a database needs only SQLAlchemy's Core (store/tables.py).
        """
        if self._sessions is None:
            with self._sessions_made:
                if self._sessions is None:
                    from sqlalchemy.orm import sessionmaker

                    from unnm_desktop.store import search_sync
                    from unnm_desktop.store.audit import install_write_serialisation

                    sessions = sessionmaker(self.engine, expire_on_commit=False)
                    search_sync.install(sessions)
                    if self.server is not None:
                        install_write_serialisation(sessions)
                    self._sessions = sessions
        return self._sessions

    @contextlib.contextmanager
    def reading(self) -> Iterator[Connection]:
        """A Core connection in one transaction, for reads that must not wait for the ORM (store/tables.py):
        what the window reads before it is interactive."""
        with self.engine.connect() as connection, connection.begin():
            yield connection

    @contextlib.contextmanager
    def driver_connection(self) -> Iterator[Any]:
        """A server's pooled connection (its `driver_connection` psycopg's, its `info` kept as long as it lives),
        in autocommit, without an ORM session: for the one path
        that runs at every pause in typing (store/server_autosave.py), where a session's bookkeeping costs more
        than the server's work. Each statement stands alone unless it says BEGIN; errors come out as from a
        session (SQLAlchemy's DBAPIError, a refusal as one sentence), and a connection found broken is dropped
        from the pool."""
        import psycopg

        try:
            pooled = self.engine.raw_connection()  # the pool's checkout check (store/server_pool.py) runs here
        except psycopg.Error as error:  # the server cannot be reached: as a session's connection would say it
            raise DBAPIError.instance(None, None, error, psycopg.Error) from None
        raw = pooled.driver_connection
        try:
            raw.autocommit = True
            yield pooled
        except psycopg.Error as error:
            if raw.closed or raw.broken:
                pooled.invalidate(error)
            wrapped = DBAPIError.instance(None, None, error, psycopg.Error)
            original = refusal_of(wrapped)
            if original is not None:
                raise refused(self.engine, original) from None
            raise wrapped from None
        finally:
            if not raw.closed:
                with contextlib.suppress(Exception):
                    raw.rollback()  # only when a statement failed inside its own BEGIN: nothing is sent otherwise
                with contextlib.suppress(Exception):
                    raw.autocommit = False
            pooled.close()

    @property
    def location(self) -> Location:
        return self.server if self.server is not None else self.path  # type: ignore[return-value]

    @property
    def name(self) -> str:
        """The file's name or the server's user@host:port/dbname, for titles and messages."""
        return self.server.display if self.server is not None else self.path.name  # type: ignore[union-attr]

    def backup(self, reason: str) -> Path | None:
        """A verified backup; a copy that cannot be made (disk full, folder not writable) stops the work that
        wanted it (sign-off, a replacing import) with a StorageError, before anything was changed. On a
        server there is no file to copy (None): its backups are pg_dump's and the standby's."""
        if self.path is None:
            return None
        try:
            return make_backup(self.path, reason)
        except (OSError, sqlite3.Error) as error:
            raise StorageError(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "The safety backup of {file} could not be made ({problem}); nothing was changed. "
                    "Free some disk space or check that the backup folder can be written to, then try again.",
                ),
                file=self.path.name,
                problem=error.strerror or str(error) if isinstance(error, OSError) else str(error),
            ) from error

    def close(self) -> None:
        if self._checkpointer is not None:
            self._checkpointer.stop()
            self._checkpointer = None
        self.engine.dispose()
        if self._lock is not None:
            self._lock.release()
            self._lock = None

    def __enter__(self) -> Database:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def open_database(
    path: Path | ServerAddress | str,
    *,
    read_only: bool = False,
    lock: DatabaseLock | None = None,
    checked: bool = False,
) -> Database:
    """Open (creating if missing) the database at `path`: a SQLite file, or a PostgreSQL server's database
    (store/server.py: its schema is brought to head, no file lock).

    A file that is not a SQLite database, or fails quick_check, raises DamagedDatabaseError and is never
    written to. `read_only` opens without the writer lock when the file already exists at the current
    schema; otherwise it falls back to a normal open, which creates or upgrades it. `lock`, when given,
    is the writer lock already held by the caller (the GUI takes it before it shows the window).
    `checked` says the caller has already run quick_check on the file, under that lock (gui/backend.py
    runs it beside the imports).
    """
    if isinstance(path, str) and is_server_address(path):
        path = ServerAddress.parse(path)  # an address given as text is a server, never a file named "postgresql:"
    if isinstance(path, ServerAddress):
        from unnm_desktop.store.server import may_write, open_server_engine

        engine = open_server_engine(path, read_only=read_only)
        # A reader's login (store/server_roles.py) sees the register as a read-only view, as a locked file is seen.
        try:
            read_only = read_only or not may_write(engine)
        except BaseException:
            engine.dispose()
            raise
        return Database(None, engine, None, server=path, read_only=read_only)
    path = Path(path)
    exists = path.exists() and path.stat().st_size > 0
    if exists:
        if not checked:
            _refuse_if_damaged(path)
        if read_only and lock is None and _stored_revision(path) == HEAD_REVISION:
            return Database(path, make_engine(path, read_only=True), None)
    else:
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
        except OSError as error:
            raise StorageError(
                QT_TRANSLATE_NOOP("Errors", "The folder for {path} cannot be created: {reason}."),
                path=path,
                reason=error.strerror,
            ) from None

    if lock is None:
        lock = acquire_lock(path)
    try:
        engine = make_engine(path)
        _migrate_if_needed(path, engine, had_data=exists)
    except BaseException:
        lock.release()
        raise
    return Database(path, engine, lock)


def _refuse_if_damaged(path: Path) -> None:
    refuse_if_not_sqlite(path)
    verdict = check_file(path)
    if verdict != "ok":
        refuse_damaged(path, verdict)


def refuse_damaged(path: Path, verdict: str) -> None:
    """Raise the DamagedDatabaseError for a file whose quick_check said `verdict`, naming the newest good backup."""
    problem = Message(QT_TRANSLATE_NOOP("Errors", "{path} is damaged ({verdict})."), path=path, verdict=verdict)
    raise DamagedDatabaseError(path, problem, newest_good_backup(path))


def _stored_revision(path: Path) -> str | None:
    connection = sqlite3.connect(f"file:{path.as_posix()}?mode=ro", uri=True)
    try:
        row = connection.execute("SELECT version_num FROM alembic_version").fetchone()
    except sqlite3.Error:
        return None
    finally:
        connection.close()
    return row[0] if row else None


def _migrate_if_needed(path: Path, engine: Engine, *, had_data: bool) -> None:
    revision = _stored_revision(path) if had_data else None
    if revision == HEAD_REVISION:
        return
    if had_data:
        make_backup(path, "before-upgrade")
    with engine.begin() as connection:
        upgrade_to_head(connection)
