"""Copying a whole register between SQLite files and PostgreSQL databases, verified (`unnm-desktop copy`).

The copy is the register as it is, not a retelling of it: every row of every table keeps its id and its
values, and the audit log's events are copied as they were written, so that the hash chain verifies on the
target and the fingerprints of signed-off minutes still prove. One event is then appended on the target,
after the copied chain, so that the copy itself is on record. The search index is derived data: it is
rebuilt on the target, never copied; nor are the meeting leases (which desk is typing what, on the source).

The copy is another register all the same: it gets a register id of its own (the id a sync knows a register by,
services/sync/base.py), the source's recorded as `copied_from_register_id`, so that a laptop that synchronised
with the source never takes the copy's content for what it last exchanged with the source (docs/sync.md).

The target must hold no register: a new file, or a server database with nothing in it but the starter
directory the app puts into every new database. A copy never merges two registers (a meeting travels
between registers as a package).
"""

from __future__ import annotations

import hashlib
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, Table, and_, bindparam, func, select
from sqlalchemy.orm import Session

from unnm_desktop.domain.errors import QT_TRANSLATE_NOOP, Message, UserFacingError
from unnm_desktop.services.context import ServiceContext
from unnm_desktop.services.maintenance import check_database
from unnm_desktop.services.sync.base import REGISTER_ID_KEY
from unnm_desktop.services.views import CopyReport, TableCopied
from unnm_desktop.store import search_index
from unnm_desktop.store.address import Location, ServerAddress
from unnm_desktop.store.advisory_locks import APP_LOCK_SPACE, AUDIT_LOCK, SERIALISE_APPENDS
from unnm_desktop.store.database import open_database
from unnm_desktop.store.lock import lock_path_for
from unnm_desktop.store.models import AppInfo, AuditEvent, Base, Meeting, MeetingLease, Person
from unnm_desktop.store.types import new_id

CHUNK_ROWS = 2000
_DIGEST_MODULUS = 1 << 256
# app_info keys that describe one database rather than the register in it: the target makes its own.
PER_DATABASE_KEYS = frozenset({"search_index"})
COPIED_FROM_KEY = "copied_from_register_id"
_APP_INFO = AppInfo.__table__
_AUDIT = AuditEvent.__table__
# Which desk is typing a meeting now (services/meeting/leases.py) is about the source's desks, not the register.
_LEASES = MeetingLease.__table__

Progress = Callable[[str, int], None]
"""Told each table's name and the rows copied so far."""


class CopyRefused(UserFacingError):
    """The copy was not started: nothing was written anywhere."""


def location_name(location: Location) -> str:
    """How a register is named in messages and in the audit log: the file's path, or user@host:port/dbname
    (never a password)."""
    return location.display if isinstance(location, ServerAddress) else str(location)


def copy_register(
    source: Location, target: Location, *, actor: str = "", progress: Progress | None = None
) -> CopyReport:
    """Copy the register at `source` into `target` (a new file, or an empty server database), then verify it.

    Raises CopyRefused before anything is written when the target is not empty (or is the source); any
    failure while copying leaves the target as it was (one transaction; a new file is removed again).
    """
    _refuse_before_opening(source, target)
    started = time.perf_counter()
    with open_database(source, read_only=True) as source_db:
        target_db = open_database(target)
        context = ServiceContext(target_db, actor=actor)
        try:
            with source_db.engine.connect() as reading:
                copied = _copy(_snapshot(reading), context, source, progress)
        except BaseException:
            context.close()
            if isinstance(target, Path):
                _remove_new_file(target)
            raise
    try:
        return _verify(context, source, target, copied, started)
    finally:
        context.close()


def _refuse_before_opening(source: Location, target: Location) -> None:
    if source == target:
        raise CopyRefused(QT_TRANSLATE_NOOP("Errors", "The source and the target are the same database."))
    if isinstance(source, Path) and not source.exists():
        raise CopyRefused(QT_TRANSLATE_NOOP("Errors", "There is no database at {path} to copy from."), path=source)
    if isinstance(target, Path) and (target.exists() or lock_path_for(target).exists()):
        raise CopyRefused(
            QT_TRANSLATE_NOOP(
                "Errors",
                "There is already a file at {path}; a copy goes into a new file and never merges into another "
                "register. Choose a new file name.",
            ),
            path=target,
        )


def _snapshot(connection: Connection) -> Connection:
    """One consistent view of the source for the whole copy, even if a desk writes to it meanwhile."""
    if connection.dialect.name == "postgresql":
        connection = connection.execution_options(isolation_level="REPEATABLE READ")
        connection.begin()
    else:
        # pysqlite begins no transaction for reads; an explicit one keeps the same WAL snapshot throughout.
        connection.begin()
        connection.exec_driver_sql("BEGIN")
    return connection


@dataclass(frozen=True)
class _Copied:
    """What was read from the source, to verify the target against."""

    counts: dict[str, int]
    digests: dict[str, int]
    info: dict[str, str]


def _copy(reading: Connection, context: ServiceContext, source: Location, progress: Progress | None) -> _Copied:
    """Everything in one transaction on the target."""
    tables = [table for table in Base.metadata.sorted_tables if table is not _APP_INFO and table is not _LEASES]
    source_counts = {table.name: _count(reading, table) for table in tables}
    source_info = {
        key: value
        for key, value in reading.execute(select(_APP_INFO.c.key, _APP_INFO.c.value))
        if key not in PER_DATABASE_KEYS
    }
    source_info = _own_identity(source_info)
    with context.session() as session:
        writing = session.connection()
        if writing.dialect.name == "postgresql":
            # Held to the end: no desk appends to the target's audit log (every change does) while it fills.
            writing.execute(SERIALISE_APPENDS, {"space": APP_LOCK_SPACE, "key": AUDIT_LOCK})
        _refuse_unless_empty(writing, context)
        for table in reversed(tables):
            writing.execute(table.delete())
        writing.execute(_APP_INFO.delete().where(_APP_INFO.c.key.in_(list(source_info))))
        if source_info:
            writing.execute(_APP_INFO.insert(), [{"key": key, "value": value} for key, value in source_info.items()])
        digests = {table.name: _copy_table(reading, writing, table, progress) for table in tables}
        search_index.rebuild(writing)
        _record_copy(context, session, source, source_counts, source_info)
    return _Copied(source_counts, digests, source_info)


def _own_identity(info: dict[str, str]) -> dict[str, str]:
    """The copy's app_info: a register id of its own when the source has one (made at its first sync)."""
    if REGISTER_ID_KEY not in info:
        return info
    return {**info, REGISTER_ID_KEY: new_id(), COPIED_FROM_KEY: info[REGISTER_ID_KEY]}


def _count(connection: Connection, table: Table) -> int:
    return connection.scalar(select(func.count()).select_from(table)) or 0


def _refuse_unless_empty(connection: Connection, context: ServiceContext) -> None:
    """Only a register-less target is filled: no meetings, no people, no directory entry typed by anyone."""
    meetings = _count(connection, Meeting.__table__)
    people = _count(connection, Person.__table__)
    typed = (
        connection.scalar(
            select(func.count())
            .select_from(_AUDIT)
            .where(and_(_AUDIT.c.entity == "organization", _AUDIT.c.action != "seed"))
        )
        or 0
    )
    if meetings or people or typed:
        raise CopyRefused(
            QT_TRANSLATE_NOOP(
                "Errors",
                "{target} already holds a register ({meetings} meetings, {people} people); a copy goes only into "
                "a new file or an empty server database and never merges. Nothing was changed.",
            ),
            target=context.db.name,
            meetings=meetings,
            people=people,
        )


def _copy_table(reading: Connection, writing: Connection, table: Table, progress: Progress | None) -> int:
    """The rows in primary-key order, in chunks; returns the digest of what was read. A column pointing into
    its own table (a meeting's previous meeting, a superseded decision) is filled once every row is there, as
    the foreign key may point forward."""
    own = [column for column in table.columns if any(key.column.table is table for key in column.foreign_keys)]
    # Columns that a Core UPDATE would otherwise set to now (updated_at): written back with their own value.
    kept = [column for column in table.columns if column.onupdate is not None and column not in own]
    later: list[dict[str, Any]] = []
    copied = digest = 0
    rows = reading.execution_options(yield_per=CHUNK_ROWS).execute(select(table).order_by(*table.primary_key))
    for chunk in rows.partitions():
        digest = (digest + _digest(chunk)) % _DIGEST_MODULUS
        values = [dict(row._mapping) for row in chunk]
        for row in values:
            if any(row[column.key] is not None for column in own):
                later.append({f"v_{column.key}": row[column.key] for column in (*own, *table.primary_key, *kept)})
                row.update({column.key: None for column in own})
        writing.execute(table.insert(), values)
        copied += len(values)
        if progress is not None:
            progress(table.name, copied)
    if later:
        writing.execute(_update_of(table, own, kept), later)
    return digest


def _digest(rows: Iterable[Any]) -> int:
    """The rows' values as Python reads them through the models' types (aware UTC datetimes, dates, text,
    numbers), summed as hashes: the same on SQLite and PostgreSQL whatever order each returns them in."""
    total = 0
    for row in rows:
        total += int.from_bytes(hashlib.sha256(repr(tuple(row)).encode("utf-8")).digest(), "big")
    return total % _DIGEST_MODULUS


def _target_digest(connection: Connection, table: Table, source_rows: int) -> int:
    query = select(table)
    if table is _AUDIT:
        query = query.where(_AUDIT.c.seq <= source_rows)  # the copied chain, without the copy's own event
    digest = 0
    for chunk in connection.execution_options(yield_per=CHUNK_ROWS).execute(query).partitions():
        digest = (digest + _digest(chunk)) % _DIGEST_MODULUS
    return digest


def _update_of(table: Table, own: Iterable[Any], kept: Iterable[Any]) -> Any:
    where = and_(*(column == bindparam(f"v_{column.key}", type_=column.type) for column in table.primary_key))
    values = {column.key: bindparam(f"v_{column.key}", type_=column.type) for column in (*own, *kept)}
    return table.update().where(where).values(values)


def _record_copy(
    context: ServiceContext, session: Session, source: Location, counts: dict[str, int], info: dict[str, str]
) -> None:
    identity = {key: info[key] for key in (REGISTER_ID_KEY, COPIED_FROM_KEY) if key in info}
    context.audit(
        session,
        "register",
        new_id(),
        "copy",
        after={"copied_from": location_name(source), "rows": counts, **identity},
    )


def _verify(context: ServiceContext, source: Location, target: Location, copied: _Copied, started: float) -> CopyReport:
    """Row counts and values table by table, the copied app_info, then `check` on the target (integrity, the
    audit chain, the fingerprints of every signed-off minutes)."""
    problems: list[str] = []
    with context.session() as session:
        connection = session.connection()
        tables = tuple(
            TableCopied(
                name,
                count,
                _count(connection, Base.metadata.tables[name]),
                count + 1 if name == _AUDIT.name else count,  # the copy's own event
                _target_digest(connection, Base.metadata.tables[name], count) == copied.digests[name],
            )
            for name, count in copied.counts.items()
        )
        stored_info = dict(connection.execute(select(_APP_INFO.c.key, _APP_INFO.c.value)).all())
    if any(stored_info.get(key) != value for key, value in copied.info.items()):
        problems.append(Message(QT_TRANSLATE_NOOP("Errors", "The facts about the register (app_info) differ.")))
    for table in tables:
        if table.target != table.expected:
            problems.append(
                Message(
                    QT_TRANSLATE_NOOP("Errors", "Table {table} has {target} rows on the target, {expected} expected."),
                    table=table.table,
                    target=table.target,
                    expected=table.expected,
                )
            )
        elif not table.same_values:
            problems.append(
                Message(
                    QT_TRANSLATE_NOOP("Errors", "Table {table} holds other values on the target than in the source."),
                    table=table.table,
                )
            )
    report = check_database(context, backup=False)
    if report.integrity != "ok":
        problems.append(
            Message(
                QT_TRANSLATE_NOOP("Errors", "The target's integrity check says: {verdict}."), verdict=report.integrity
            )
        )
    problems.extend(report.problems)
    return CopyReport(
        source=location_name(source),
        target=location_name(target),
        tables=tables,
        audit_events=report.audit_events,
        search_entries=report.counts.get("search_entry", 0),
        problems=tuple(problems),
        seconds=time.perf_counter() - started,
    )


def _remove_new_file(path: Path) -> None:
    """A file this copy created and could not fill is removed, so that the same command can be run again."""
    for leftover in (path, *(path.with_name(path.name + suffix) for suffix in ("-wal", "-shm", "-journal"))):
        leftover.unlink(missing_ok=True)
    lock_path_for(path).unlink(missing_ok=True)
