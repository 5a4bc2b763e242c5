"""The other side of a sync: what a run asks of it, so that an exchange folder can later stand where a register does.

`RegisterSide` is another register opened directly (a SQLite file or a server's database). A side yields its
records in one consistent snapshot, writes a run's changes all or nothing with a record of the run id that a
later run can look for, and has an id of its own that the laptop files its base under.
"""

from __future__ import annotations

from collections.abc import Collection, Iterable, Mapping
from dataclasses import dataclass
from typing import Any, Protocol, runtime_checkable

from sqlalchemy import select, text
from sqlalchemy.orm import Session

from unnm_desktop.services.context import ServiceContext
from unnm_desktop.services.sync import base as stored
from unnm_desktop.services.sync.incremental import Digests, Scan, changed, hold_writes, scan, schema_revision
from unnm_desktop.services.sync.plan import Change
from unnm_desktop.services.sync.records import Snapshot, meeting_of, read_snapshot
from unnm_desktop.services.sync.write import write_changes
from unnm_desktop.store.models import AuditEvent

PUSH_ACTION = "sync_push"


class OtherSide(Protocol):
    @property
    def name(self) -> str:
        """How the side is named to people."""
        ...

    def register_id(self) -> str:
        """The side's own id (made the first time it is asked for)."""
        ...

    def read(self) -> Snapshot:
        """Every record, in one consistent snapshot."""
        ...

    def has_run(self, run_id: str) -> bool:
        """Whether the changes of run `run_id` were written here."""
        ...

    def write(self, changes: tuple[Change, ...], *, run_id: str, peer_id: str) -> int:
        """Write the changes all or nothing, with a record naming `run_id`; raise write.ChangedMeanwhile when a
        record is no longer what the plan was made from. Returns the number of records written."""
        ...


@dataclass(frozen=True)
class PartRead:
    """What a side read incrementally, in one snapshot: its digests, and the records of `meetings` (None: all)."""

    snapshot: Snapshot
    scan: Scan
    meetings: set[str] | None
    schema: str | None


@runtime_checkable
class IncrementalSide(Protocol):
    """A side that can be read incrementally (services/sync/incremental.py); any other is read whole."""

    def read_part(self, seen: Digests | None, also: Collection[str]) -> PartRead:
        """The digests, and the records of the meetings whose digest is not in `seen` or that are in `also`, with
        the whole directory (`seen` None: everything)."""
        ...

    def write_part(
        self, changes: tuple[Change, ...], *, run_id: str, peer_id: str, meetings: Mapping[str, str | None]
    ) -> tuple[int, Digests]:
        """`write`, and in the same transaction the digests once written of the `meetings` that still had, before
        the writes, the digest they had when read (the others were written meanwhile: they get none)."""
        ...


class RegisterSide:
    """Another register, opened: changes through its ORM sessions, and an audit event naming the run."""

    def __init__(self, ctx: ServiceContext) -> None:
        self.ctx = ctx

    @property
    def name(self) -> str:
        return self.ctx.db.name

    def register_id(self) -> str:
        with self.ctx.session() as session:
            return stored.ensure_register_id(session)

    def read(self) -> Snapshot:
        with self.ctx.session() as session:
            repeatable_read(session)
            return read_snapshot(session)

    def read_part(self, seen: Digests | None, also: Collection[str]) -> PartRead:
        with self.ctx.session() as session:
            repeatable_read(session)
            found = scan(session)
            meetings = None if seen is None else changed(found.digests, seen) | set(also)
            return PartRead(read_snapshot(session, meetings), found, meetings, schema_revision(session))

    def write_part(
        self, changes: tuple[Change, ...], *, run_id: str, peer_id: str, meetings: Mapping[str, str | None]
    ) -> tuple[int, Digests]:
        with self.ctx.session() as session:
            hold_writes(session)
            before = scan(session, meetings, keys=False).digests
            untouched = [meeting_id for meeting_id, digest in meetings.items() if before.get(meeting_id) == digest]
            written = write_changes(session, changes, strict=True)
            self.ctx.audit(session, "sync", run_id, PUSH_ACTION, after=exchanged(peer_id, written.changes, "pushed"))
            session.flush()
            return len(written.changes), scan(session, untouched, keys=False).digests

    def has_run(self, run_id: str) -> bool:
        with self.ctx.session() as session:
            query = select(AuditEvent.seq).where(
                AuditEvent.entity == "sync", AuditEvent.entity_id == run_id, AuditEvent.action == PUSH_ACTION
            )
            return session.scalar(query) is not None

    def write(self, changes: tuple[Change, ...], *, run_id: str, peer_id: str) -> int:
        with self.ctx.session() as session:
            written = write_changes(session, changes, strict=True)
            self.ctx.audit(session, "sync", run_id, PUSH_ACTION, after=exchanged(peer_id, written.changes, "pushed"))
        return len(written.changes)


def repeatable_read(session: Session) -> None:
    """One snapshot for the whole read: pysqlite's transaction is one already; PostgreSQL's default is not."""
    if session.connection().dialect.name == "postgresql":
        session.execute(text("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ"))


def exchanged(other_id: str, changes: Iterable[Change], count_name: str) -> dict[str, Any]:
    """What an audit event says about a run: with whom, how many records of each kind, which meetings."""
    kinds: dict[str, int] = {}
    meetings: set[str] = set()
    changes = tuple(changes)
    for change in changes:
        kinds[change.key[0]] = kinds.get(change.key[0], 0) + 1
        meeting_id = meeting_of(change.key, *({change.key: r} for r in (change.before, change.after) if r))
        if meeting_id is not None:
            meetings.add(meeting_id)
    return {"with": other_id, count_name: len(changes), "records": kinds, "meetings": sorted(meetings)}
