"""The autosave of an agenda item's notes on a PostgreSQL server in two round trips, the writers' lock held for
none of them.

On a server eight desks may be typing at once, each saving on every pause. The general path (a transaction that
takes the writers' lock of store/audit.py first, then reads, writes and appends, one statement at a time) holds
that lock for about ten round trips, and every other desk's save queues behind it. Here instead, two round
trips (one while typing on):

1. the row is read on its own (status, version, the notes as they are), outside any transaction; while a desk
   types into the same item this is skipped, its last save telling what the row holds (`last_written`);
2. one pipeline (psycopg's: sent at once, answered at once) runs BEGIN, takes the writers' lock, then one
   statement updates the notes if the version read is still the row's and the meeting is not signed off,
   marks the item's search entry as behind (search_pending) and appends the audit event, its chain link (seq,
   previous hash, hash) made by the server from the tip it reads under the lock, then COMMIT.

The lock is held while the server runs that batch, never across a round trip, and nothing waits on a row while
holding it, so desks take turns without deadlock. The version check and the signed-off check are in the UPDATE
itself: a change made between the read and the write matches no row, and the caller reports it.
"""

from __future__ import annotations

import contextlib
import weakref
from collections import OrderedDict
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime, timezone
from typing import Any

from sqlalchemy import Connection, Engine
from sqlalchemy.exc import DBAPIError

from unnm_desktop.domain.enums import MeetingStatus
from unnm_desktop.store.audit import APP_LOCK_SPACE, AUDIT_LOCK, GENESIS_HASH, link_content, to_json
from unnm_desktop.store.models import AuditEvent
from unnm_desktop.store.types import new_id

_READ = (
    "SELECT a.notes_md, a.version, m.status, m.title, m.time_zone "
    "FROM agenda_item AS a JOIN meeting AS m ON m.id = a.meeting_id WHERE a.id = %(item_id)s"
)
_LOCK = "SELECT pg_advisory_xact_lock(%(space)s, %(key)s)"
# One statement, so one snapshot, taken after the lock: the tip it reads is the chain's tip. The hash is the one
# store/audit.py _event_hash computes: sha256 of '[seq,<link content>,"prev_hash"]'.
_WRITE = """
WITH changed AS (
    UPDATE agenda_item AS a SET notes_md = %(notes)s, updated_at = %(now)s, version = a.version + 1
    WHERE a.id = %(item_id)s AND a.version = %(read_version)s
      AND NOT EXISTS (SELECT 1 FROM meeting AS m WHERE m.id = a.meeting_id AND m.status = %(signed_off)s)
    RETURNING a.id
), marked AS (
    INSERT INTO search_pending (kind, record_id) SELECT 'agenda_item', id FROM changed ON CONFLICT DO NOTHING
), link AS (
    SELECT coalesce(tip.seq, 0) + 1 AS seq, coalesce(tip.hash, %(genesis)s) AS prev_hash
    FROM (SELECT 1) AS one LEFT JOIN (SELECT seq, hash FROM audit_event ORDER BY seq DESC LIMIT 1) AS tip ON true
)
INSERT INTO audit_event (seq, id, at, actor, os_user, entity, entity_id, action, before_json, after_json,
                         prev_hash, hash)
SELECT link.seq, %(id)s, %(at)s, %(actor)s, %(os_user)s, %(entity)s, %(entity_id)s, %(action)s, %(before_json)s,
       %(after_json)s, link.prev_hash,
       encode(sha256(convert_to('[' || link.seq || ',' || %(content)s || ',"' || link.prev_hash || '"]', 'UTF8')),
              'hex')
FROM link, changed
RETURNING seq, hash
"""


# Whether an autosave's COMMIT waits until the server has its WAL on disk (synchronous_commit, on by default).
# The writers' lock is held until then, so with 8 desks typing the saves queue behind one disk flush each: the
# autosave p99 with fsync on is the flush's latency several times over. Off (for these transactions only), a
# server crash may lose the last ~0.6 s of acknowledged autosaves (whole transactions: the audit chain stays one
# chain); the editor still holds the text and its next save sends all of it again. On until the project decides.
AUTOSAVE_WAITS_FOR_DISK = True


@dataclass(frozen=True)
class Written:
    """What this desk last wrote to an item: while the row is at that version, these are its notes."""

    version: int
    notes: str


# engine -> item id -> what this desk (this engine's process) last wrote there, for the few items it typed into last.
_WRITTEN: weakref.WeakKeyDictionary[Engine, OrderedDict[str, Written]] = weakref.WeakKeyDictionary()
_ITEMS_KEPT = 16


@dataclass(frozen=True)
class NotesRow:
    notes_md: str
    version: int
    status: str
    title: str
    time_zone: str


def supported(connection: Connection) -> bool:
    """Whether this connection can take the two-round-trip path: a server, a libpq with pipelines, and no
    transaction begun yet on the driver's connection (the session has sent nothing)."""
    if connection.dialect.name != "postgresql":
        return False
    from psycopg import Pipeline
    from psycopg.pq import TransactionStatus

    raw = connection.connection.dbapi_connection
    return bool(Pipeline.is_supported()) and raw.info.transaction_status == TransactionStatus.IDLE


def _naive_utc(moment: datetime) -> datetime:
    """As store/types.py UTCDateTime stores it (timestamp without time zone, in UTC)."""
    return moment.astimezone(timezone.utc).replace(tzinfo=None)


class NotesSave:
    """One save, on the session's connection; `read` then, if the notes changed, `write`."""

    def __init__(self, connection: Connection) -> None:
        self._connection = connection
        self._raw: Any = connection.connection.dbapi_connection
        self._written = _WRITTEN.setdefault(connection.engine, OrderedDict())

    def last_written(self, item_id: str) -> Written | None:
        """What this desk wrote to the item last. While typing, the next save is based on it without reading
        the row again (one round trip, not two): if anything changed the row since, its version did too, the
        write matches no row, and the save reads the row and goes the ordinary way."""
        return self._written.get(item_id)

    @contextlib.contextmanager
    def _statements(self) -> Iterator[Any]:
        """The driver's connection in autocommit, so that psycopg sends no BEGIN of its own (each costs a round
        trip): the read stands alone and the write batch carries its own BEGIN and COMMIT. Driver errors come
        out as SQLAlchemy's, as from any other statement (store/server_refusals.py reads them)."""
        raw = self._raw
        raw.autocommit = True
        try:
            yield raw
        except DBAPIError:
            raise
        except Exception as error:
            import psycopg

            if not isinstance(error, psycopg.Error):
                raise
            if raw.closed or raw.broken:
                self._connection.invalidate(error)
            raise DBAPIError.instance(None, None, error, psycopg.Error) from None
        finally:
            if not raw.closed:
                with contextlib.suppress(Exception):
                    raw.rollback()  # only when the batch failed half-way: nothing is sent otherwise
                with contextlib.suppress(Exception):
                    raw.autocommit = False

    def read(self, item_id: str) -> NotesRow | None:
        with self._statements() as raw:
            row = raw.execute(_READ, {"item_id": item_id}).fetchone()
        return None if row is None else NotesRow(*row)

    def write(
        self,
        *,
        item_id: str,
        read_version: int,
        notes: str,
        now: datetime,
        actor: str,
        os_user: str,
        before: object,
        after: object,
    ) -> tuple[int, str] | None:
        """Write the notes and append their audit event; (seq, hash) of the event, or None when the row had
        changed since it was read (another version, signed off, deleted): then nothing was written."""
        event = AuditEvent(
            id=new_id(),
            at=now,
            actor=actor,
            os_user=os_user,
            entity="agenda_item",
            entity_id=item_id,
            action="notes",
            before_json=to_json(before),
            after_json=to_json(after),
        )
        parameters = {
            "item_id": item_id,
            "read_version": read_version,
            "notes": notes,
            "now": _naive_utc(now),
            "signed_off": MeetingStatus.SIGNED_OFF.value,
            "genesis": GENESIS_HASH,
            "id": event.id,
            "at": _naive_utc(now),
            "actor": event.actor,
            "os_user": event.os_user,
            "entity": event.entity,
            "entity_id": event.entity_id,
            "action": event.action,
            "before_json": event.before_json,
            "after_json": event.after_json,
            "content": link_content(event),
        }
        with self._statements() as raw, raw.pipeline() as pipeline:
            raw.execute("BEGIN")
            if not AUTOSAVE_WAITS_FOR_DISK:
                raw.execute("SET LOCAL synchronous_commit = off")
            raw.execute(_LOCK, {"space": APP_LOCK_SPACE, "key": AUDIT_LOCK})
            appended = raw.execute(_WRITE, parameters)
            raw.execute("COMMIT")
            pipeline.sync()
            link = appended.fetchone()
        if link is None:
            self._written.pop(item_id, None)
            return None
        self._written[item_id] = Written(read_version + 1, notes)
        self._written.move_to_end(item_id)
        while len(self._written) > _ITEMS_KEPT:
            self._written.popitem(last=False)
        return link[0], link[1]
