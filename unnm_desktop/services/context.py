"""The service context: an open database plus who is making the changes (for the audit log)."""

from __future__ import annotations

import contextlib
import getpass
import logging
import threading
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import Connection

from unnm_desktop.domain.errors import ConcurrentChangeError
from unnm_desktop.store.address import Location, ServerAddress
from unnm_desktop.store.database import Database, open_database

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

# Opening a context needs only SQLAlchemy's Core: the ORM, the models and the audit chain's code are imported
# with the first session (store/database.py _session_factory), so the modules that use them are imported in
# the functions below, where a session exists.

log = logging.getLogger(__name__)

CommitListener = Callable[[], None]


def _os_user() -> str:
    try:
        return getpass.getuser()
    except Exception:  # some locked-down systems have no user name to report
        return "unknown"


@dataclass
class ServiceContext:
    db: Database
    actor: str = ""
    os_user: str = field(default_factory=_os_user)

    # The audit chain's last (seq, hash). This process holds the only writer lock on the file, so the
    # tip it last committed is still the tip; it saves a query on every keystroke-driven save.
    _audit_tip: tuple[int, str] | None = field(default=None, repr=False)

    # One writer at a time within the process too (the GUI and its autosave thread), so that the
    # audit chain's tip is never read by two transactions at once.
    _write_lock: threading.RLock = field(default_factory=threading.RLock, repr=False)

    # Told after every commit that changed something (every change appends to the audit log), from the
    # thread that committed: the window's "Saved hh:mm:ss" follows every kind of edit, not only notes.
    _commit_listeners: list[CommitListener] = field(default_factory=list, repr=False)

    @property
    def path(self) -> Path | None:
        """The SQLite file; None on a server (`location`, `db.name`)."""
        return self.db.path

    @property
    def location(self) -> Location:
        return self.db.location

    @contextlib.contextmanager
    def session(self) -> Iterator[Session]:
        with self._write_lock:
            yield from self._session()

    def _session(self) -> Iterator[Session]:
        from unnm_desktop.store.audit import AUDIT_TIP_KEY  # the ORM's side, like the session (store/database.py)

        tip_before = self._audit_tip
        try:
            with self.db.session() as session:
                # On a server other desks append too: the tip is read afresh under a lock (store/audit.py).
                if self._audit_tip is not None and self.db.server is None:
                    session.info[AUDIT_TIP_KEY] = self._audit_tip
                yield session
        except BaseException as error:
            self._audit_tip = None
            from sqlalchemy.orm.exc import StaleDataError

            if isinstance(error, StaleDataError):
                # The ORM's version check (store/models.py Versioned): the row changed between reading and writing.
                from unnm_desktop.services.concurrency import CHANGED_MEANWHILE

                raise ConcurrentChangeError(CHANGED_MEANWHILE) from error
            raise
        self._audit_tip = session.info.get(AUDIT_TIP_KEY)
        if self._audit_tip is not None and self._audit_tip != tip_before:
            self._tell_committed()

    @contextlib.contextmanager
    def reading(self) -> Iterator[Connection]:
        """A Core connection for reads that the window makes before the ORM is loaded (store/tables.py)."""
        with self.db.reading() as connection:
            yield connection

    @contextlib.contextmanager
    def driver_connection(self) -> Iterator[Any]:
        """A server's pooled connection in autocommit (store/database.py), for the autosave of notes (store/server_autosave.py), this
        process's other writers kept out meanwhile as by `session`; whoever commits through it calls
        `tell_committed` afterwards."""
        with self._write_lock, self.db.driver_connection() as pooled:
            yield pooled

    def tell_committed(self) -> None:
        """Tell the commit listeners that something was committed (a session does it by itself)."""
        self._tell_committed()

    def add_commit_listener(self, listener: CommitListener) -> None:
        """Call `listener()` after each commit that changed something. It runs on the committing thread
        (the GUI's or the autosave writer's), so it must be quick and must not use the context."""
        self._commit_listeners.append(listener)

    def remove_commit_listener(self, listener: CommitListener) -> None:
        with contextlib.suppress(ValueError):
            self._commit_listeners.remove(listener)

    def _tell_committed(self) -> None:
        for listener in list(self._commit_listeners):
            try:
                listener()
            except Exception:  # a listener never undoes or hides a commit that has happened
                log.exception("commit listener failed")

    @property
    def audit_actor(self) -> str:
        """Who the audit log names: the actor given, else the system's user."""
        return self.actor or self.os_user

    def audit(
        self,
        session: Session,
        entity: str,
        entity_id: str,
        action: str,
        before: object = None,
        after: object = None,
    ) -> None:
        from unnm_desktop.store.audit import append_event

        append_event(
            session,
            actor=self.audit_actor,
            os_user=self.os_user,
            entity=entity,
            entity_id=entity_id,
            action=action,
            before=before,
            after=after,
        )

    def close(self) -> None:
        self.db.close()

    def __enter__(self) -> ServiceContext:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def open_context(
    path: Path | ServerAddress | str,
    *,
    actor: str = "",
    read_only: bool = False,
    lock: Any = None,
    checked: bool = False,
) -> ServiceContext:
    """Open the database for the services; a new database gets the starter directory. `checked`: the
    caller has run quick_check on the file already (store/database.py open_database)."""
    from unnm_desktop.services.starter_directory import seed_starter_directory_if_empty

    db = open_database(path, read_only=read_only, lock=lock, checked=checked)
    context = ServiceContext(db, actor=actor)
    if not db.read_only:
        try:
            seed_starter_directory_if_empty(context)
        except BaseException:
            db.close()
            raise
    return context
