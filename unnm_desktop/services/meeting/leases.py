"""Meeting leases: the desk typing a meeting live holds its lease, and the other desks open it read-only.

A desk takes the lease when it opens a meeting for editing, renews it (a heartbeat every HEARTBEAT_SECONDS)
and releases it when it leaves the meeting. A lease not renewed for LEASE_SECONDS has lapsed (the desk died,
or lost the network) and is free for the next desk. Another desk may take over a live lease explicitly: the
holder finds at its next heartbeat (`renew` says False) that the lease is no longer its own.

Whose clock: on a server every "now" is the database's (`clock_timestamp()`, read in UTC), never the desk's,
so desks whose own clocks are minutes apart still agree on whether a lease has lapsed; the lease's times are
stored as UTC like every other time in the register. On a SQLite file the app's clock is the only one there is.

Atomic take: one INSERT … ON CONFLICT DO UPDATE … WHERE the stored lease has lapsed or is this desk's own;
two desks taking a free lease at once both insert, PostgreSQL makes the second wait for the first's row and
then finds it live and someone else's, so exactly one of them gets it.

A lease is not minutes content: its rows carry no version and append nothing to the audit log (they are
written with Core statements on their own connection, outside the ORM's hooks and the writers' lock, so a
heartbeat never waits behind another desk's save), and `copy` leaves them out. The GUI takes leases only on a
server (gui/window/lease_watch.py): a SQLite file has one writer at a time already (store/lock.py).
"""

from __future__ import annotations

import getpass
import socket
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone

from sqlalchemy import Connection, case, delete, select, text, update

from unnm_desktop.domain.clock import utc_now
from unnm_desktop.services.context import ServiceContext
from unnm_desktop.services.views import LeaseOutcome, MeetingLeaseView
from unnm_desktop.store.models import MeetingLease
from unnm_desktop.store.types import new_id

LEASE_SECONDS = 90.0
HEARTBEAT_SECONDS = 30.0

# This running app: two windows of one process are one desk; another process, even on the same computer, another.
DESK_ID = new_id()

_LEASES = MeetingLease.__table__
_SERVER_NOW = text("SELECT timezone('UTC', clock_timestamp())")


@dataclass(frozen=True)
class Desk:
    """Who takes a lease: the running app (`id`), the person's display name and the computer's name."""

    id: str
    holder: str
    host: str


def this_desk(ctx: ServiceContext, desk_id: str = DESK_ID) -> Desk:
    """This running app, under the name the context saves with (the display name, else the login)."""
    return Desk(desk_id, ctx.actor or ctx.os_user or _login(), socket.gethostname())


def leases_apply(ctx: ServiceContext) -> bool:
    """Whether this desk takes leases: on a server it may write to. A reader's login only reads them."""
    return ctx.db.server is not None and not ctx.db.read_only


def take(ctx: ServiceContext, meeting_id: str, desk: Desk, *, seconds: float = LEASE_SECONDS) -> LeaseOutcome:
    """Take the meeting's lease unless another desk holds a live one; then that one is returned, not granted.

    Taking it again from the desk that holds it renews it and keeps its `since`."""
    with ctx.db.engine.begin() as connection:
        now = _now(connection)
        row = _values(meeting_id, desk, now, seconds)
        insert = _insert_for(connection).values(**row)
        statement = insert.on_conflict_do_update(
            index_elements=[_LEASES.c.meeting_id],
            set_={
                "holder": insert.excluded.holder,
                "host": insert.excluded.host,
                "desk_id": insert.excluded.desk_id,
                "since": case((_LEASES.c.desk_id == insert.excluded.desk_id, _LEASES.c.since),
                              else_=insert.excluded.since),
                "renewed_at": insert.excluded.renewed_at,
                "expires_at": insert.excluded.expires_at,
            },
            where=(_LEASES.c.expires_at <= now) | (_LEASES.c.desk_id == desk.id),
        ).returning(_LEASES.c.desk_id)  # fmt: skip
        granted = connection.execute(statement).first() is not None
        return LeaseOutcome(granted, _read(connection, meeting_id, now))


def take_over(ctx: ServiceContext, meeting_id: str, desk: Desk, *, seconds: float = LEASE_SECONDS) -> MeetingLeaseView:
    """Take the lease whoever holds it (the person said so): the other desk learns at its next `renew`."""
    with ctx.db.engine.begin() as connection:
        now = _now(connection)
        row = _values(meeting_id, desk, now, seconds)
        insert = _insert_for(connection).values(**row)
        connection.execute(
            insert.on_conflict_do_update(
                index_elements=[_LEASES.c.meeting_id], set_={k: v for k, v in row.items() if k != "meeting_id"}
            )
        )
        lease = _read(connection, meeting_id, now)
    assert lease is not None  # just written, in the same transaction
    return lease


def renew(ctx: ServiceContext, meeting_id: str, desk: Desk, *, seconds: float = LEASE_SECONDS) -> bool:
    """The heartbeat: True while the lease is still this desk's (renewed), False once another desk has taken it
    (or the meeting is gone). A lease that lapsed but that nobody took meanwhile is still this desk's."""
    with ctx.db.engine.begin() as connection:
        now = _now(connection)
        renewed = connection.execute(
            update(_LEASES)
            .where(_LEASES.c.meeting_id == meeting_id, _LEASES.c.desk_id == desk.id)
            .values(renewed_at=now, expires_at=now + timedelta(seconds=seconds))
        )
        return renewed.rowcount == 1


def release(ctx: ServiceContext, meeting_id: str, desk: Desk) -> None:
    """Give the lease up (the desk leaves the meeting or closes); another desk's lease is left alone."""
    with ctx.db.engine.begin() as connection:
        connection.execute(delete(_LEASES).where(_LEASES.c.meeting_id == meeting_id, _LEASES.c.desk_id == desk.id))


def current(ctx: ServiceContext, meeting_id: str) -> MeetingLeaseView | None:
    """The meeting's live lease, None when nobody holds one (or it has lapsed)."""
    with ctx.db.engine.connect() as connection:
        return _read(connection, meeting_id, _now(connection))


def _read(connection: Connection, meeting_id: str, now: datetime) -> MeetingLeaseView | None:
    row = connection.execute(
        select(_LEASES).where(_LEASES.c.meeting_id == meeting_id, _LEASES.c.expires_at > now)
    ).first()
    if row is None:
        return None
    return MeetingLeaseView(row.meeting_id, row.holder, row.host, row.desk_id, row.since, row.expires_at)


def _values(meeting_id: str, desk: Desk, now: datetime, seconds: float) -> dict[str, object]:
    return {
        "meeting_id": meeting_id,
        "holder": desk.holder[:300],
        "host": desk.host[:300],
        "desk_id": desk.id,
        "since": now,
        "renewed_at": now,
        "expires_at": now + timedelta(seconds=seconds),
    }


def _now(connection: Connection) -> datetime:
    if connection.dialect.name == "postgresql":
        return connection.execute(_SERVER_NOW).scalar_one().replace(tzinfo=timezone.utc)
    return utc_now()


def _insert_for(connection: Connection):  # type: ignore[no-untyped-def]
    if connection.dialect.name == "postgresql":
        from sqlalchemy.dialects.postgresql import insert
    else:
        from sqlalchemy.dialects.sqlite import insert
    return insert(_LEASES)


def _login() -> str:
    try:
        return getpass.getuser()
    except Exception:  # some locked-down systems have no user name to report
        return "unknown"
