"""The autosave of an agenda item's notes on a PostgreSQL server in two round trips, the writers' lock held for
none of them.

On a server eight desks may be typing at once, each saving on every pause. The general path (a transaction that
takes the writers' lock of store/audit.py first, then reads, writes and appends, one statement at a time) holds
that lock for about ten round trips, and every other desk's save queues behind it. Here instead, two round
trips (one while typing on):

1. the row is read on its own (status, version, the notes as they are), outside any transaction; while a desk
   types into the same item this is skipped, its last save telling what the row holds (`last_written`);
2. one query string, sent and answered at once and run by the server as one implicit transaction, takes the
   writers' lock, then one statement updates the notes if the version read is still the row's and the meeting is
   not signed off, marks the item's search entry as behind (search_pending) and appends the audit event, its
   chain link (seq, previous hash, hash) made by the server from the tip it reads under the lock.

Both run on a driver connection of the pool without an ORM session (`Database.driver_connection`): at this pace
the session's bookkeeping cost the desk more time than the server's work (~1.4 ms of Python per save, against
~0.4 ms now).

The lock is held while the server runs that batch, never across a round trip, and nothing waits on a row while
holding it, so desks take turns without deadlock. The version check and the signed-off check are in the UPDATE
itself: a change made between the read and the write matches no row, and the caller reports it.
"""

from __future__ import annotations

import functools
import re
import weakref
import zlib
from collections import OrderedDict
from dataclasses import dataclass
from datetime import datetime, timezone
from typing import Any

from sqlalchemy import Engine

from unnm_desktop.domain.enums import MeetingStatus
from unnm_desktop.store.advisory_locks import APP_LOCK_SPACE, AUDIT_LOCK
from unnm_desktop.store.audit import GENESIS_HASH, link_content, to_json
from unnm_desktop.store.models import AuditEvent
from unnm_desktop.store.types import new_id

_READ = (
    "SELECT a.notes_md, a.version, m.status, m.title, m.time_zone "
    "FROM agenda_item AS a JOIN meeting AS m ON m.id = a.meeting_id WHERE a.id = %(item_id)s"
)
_LOCK = "SELECT pg_advisory_xact_lock(%(space)s, %(key)s);"
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

_NOT_WAITING = "SET LOCAL synchronous_commit = off;"
# The write is prepared once per connection: planning it took as long as running it, with the lock held.
_PARAMETER_TYPES = {"read_version": "integer", "now": "timestamp", "at": "timestamp"}  # text otherwise
_PARAMETER = re.compile(r"%\((\w+)\)s")


@functools.lru_cache(maxsize=4)
def _prepared(write: str) -> tuple[str, str, str]:
    """(name, PREPARE statement, EXECUTE statement with named parameters) for the write's text; the name follows
    the text, so a connection prepared for another text (an older program) is never run with this one's."""
    names = list(dict.fromkeys(_PARAMETER.findall(write)))
    name = f"unnm_notes_autosave_{zlib.crc32(write.encode()):08x}"
    positional = _PARAMETER.sub(lambda match: f"${names.index(match.group(1)) + 1}", write)
    types = ", ".join(_PARAMETER_TYPES.get(each, "text") for each in names)
    execute = f"EXECUTE {name}(" + ", ".join(f"%({each})s" for each in names) + ");"
    return name, f"PREPARE {name} ({types}) AS {positional}", execute


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
_PREPARED = "unnm_prepared"


@dataclass(frozen=True)
class NotesRow:
    notes_md: str
    version: int
    status: str
    title: str
    time_zone: str


def supported(database: Any) -> bool:
    """Whether this database takes the server path: a PostgreSQL server (psycopg then is installed)."""
    return database.server is not None


def _naive_utc(moment: datetime) -> datetime:
    """As store/types.py UTCDateTime stores it (timestamp without time zone, in UTC)."""
    return moment.astimezone(timezone.utc).replace(tzinfo=None)


class NotesSave:
    """One save, on a driver connection of the server's pool in autocommit (store/database.py
    `Database.driver_connection`); `read` then, if the notes changed, `write`."""

    def __init__(self, pooled: Any, engine: Engine) -> None:
        self._raw = pooled.driver_connection
        self._info = pooled.info  # lives as long as the server connection: what was prepared on it
        self._written = _WRITTEN.setdefault(engine, OrderedDict())

    def last_written(self, item_id: str) -> Written | None:
        """What this desk wrote to the item last. While typing, the next save is based on it without reading
        the row again (one round trip, not two): if anything changed the row since, its version did too, the
        write matches no row, and the save reads the row and goes the ordinary way."""
        return self._written.get(item_id)

    def read(self, item_id: str) -> NotesRow | None:
        row = self._raw.execute(_READ, {"item_id": item_id}).fetchone()
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
            "space": APP_LOCK_SPACE,
            "key": AUDIT_LOCK,
        }
        # One simple query, so one round trip and one implicit transaction: the server takes the lock, then runs
        # the write with a snapshot taken after it; psycopg's client-side binding quotes the values.
        from psycopg import ClientCursor
        from psycopg.errors import InvalidSqlStatementName

        name, prepare, execute = _prepared(_WRITE)
        prepared = self._info.setdefault(_PREPARED, set())
        cursor = ClientCursor(self._raw)
        batch = ("" if AUTOSAVE_WAITS_FOR_DISK else _NOT_WAITING) + _LOCK + execute
        try:
            if name not in prepared:
                self._raw.execute(prepare)
                prepared.add(name)
            cursor.execute(batch, parameters)
        except InvalidSqlStatementName:
            # Gone: psycopg deallocates everything prepared on a connection after any rollback there (a session's
            # that failed). Nothing ran (the batch is one transaction): prepared again, it runs once more.
            self._raw.execute(prepare)
            cursor.execute(batch, parameters)
        while cursor.nextset():  # past the lock's result (and the setting's) to the write's, the last
            pass
        link = cursor.fetchone()
        if link is None:
            self._written.pop(item_id, None)
            return None
        self._written[item_id] = Written(read_version + 1, notes)
        self._written.move_to_end(item_id)
        while len(self._written) > _ITEMS_KEPT:
            self._written.popitem(last=False)
        return link[0], link[1]
