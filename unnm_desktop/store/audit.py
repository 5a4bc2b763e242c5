"""The hash-chained audit log: each event's hash covers its content and the previous event's hash."""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session, SessionTransaction, sessionmaker

from unnm_desktop.domain.errors import QT_TRANSLATE_NOOP, Message
from unnm_desktop.store.advisory_locks import APP_LOCK_SPACE, AUDIT_LOCK, SERIALISE_APPENDS
from unnm_desktop.store.models import AuditEvent
from unnm_desktop.store.session_hooks import listen_once
from unnm_desktop.store.types import new_id, utc_now

GENESIS_HASH = "0" * 64
AUDIT_TIP_KEY = "unnm_audit_tip"
_SERIALISED_KEY = "unnm_writers_lock_held"
_INSERT = AuditEvent.__table__.insert()
_COLUMNS = tuple(column.key for column in AuditEvent.__table__.columns)


def link_content(event: AuditEvent) -> str:
    """What an event's hash covers besides its place in the chain (its seq and the previous hash), as canonical
    JSON list items: the server's autosave (store/server_autosave.py) sends this and lets the server put the
    chain link around it, under the writers' lock, in the same statement that appends the event."""
    payload = [
        event.id,
        event.at.isoformat(),
        event.actor,
        event.os_user,
        event.entity,
        event.entity_id,
        event.action,
        event.before_json,
        event.after_json,
    ]
    return json.dumps(payload, ensure_ascii=False, separators=(",", ":"))[1:-1]


def _event_hash(event: AuditEvent) -> str:
    # The canonical JSON list [seq, id, at, actor, os_user, entity, entity_id, action, before, after, prev_hash];
    # seq is an integer and prev_hash hex, so neither needs escaping (the server builds the same text).
    canonical = f'[{event.seq},{link_content(event)},"{event.prev_hash}"]'
    return hashlib.sha256(canonical.encode("utf-8")).hexdigest()


def to_json(value: object) -> str | None:
    if value is None:
        return None
    return json.dumps(value, ensure_ascii=False, sort_keys=True, default=str)


def append_event(
    session: Session,
    *,
    actor: str,
    os_user: str,
    entity: str,
    entity_id: str,
    action: str,
    before: object = None,
    after: object = None,
) -> AuditEvent:
    tip = session.info.get(AUDIT_TIP_KEY)
    if tip is None:
        # Desks append at once on a server: one chain needs one writer at a time at its tip. The lock
        # is held until this transaction ends, so the next writer reads the tip this one leaves.
        serialise_writes(session)
        row = session.execute(select(AuditEvent.seq, AuditEvent.hash).order_by(AuditEvent.seq.desc()).limit(1)).first()
        tip = (row.seq, row.hash) if row else (0, GENESIS_HASH)
    event = AuditEvent(
        seq=tip[0] + 1,
        id=new_id(),
        at=utc_now(),
        actor=actor,
        os_user=os_user,
        entity=entity,
        entity_id=entity_id,
        action=action,
        before_json=to_json(before),
        after_json=to_json(after),
        prev_hash=tip[1],
    )
    event.hash = _event_hash(event)
    session.connection().execute(_INSERT, {name: getattr(event, name) for name in _COLUMNS})
    session.info[AUDIT_TIP_KEY] = (event.seq, event.hash)
    return event


def serialise_writes(session: Session) -> None:
    """On a server, wait for the writers' lock, held until this transaction ends (once per transaction).

    Every writing transaction takes it before its first row write (the before_flush hook below, the Core fast
    paths and the audit append): a writer then never holds a row another one waits on while itself waiting
    for the lock, so desks writing at once take turns and never deadlock. On SQLite the file's single-writer
    lock does this already.
    """
    if session.info.get(_SERIALISED_KEY):
        return
    connection = session.connection()
    if connection.dialect.name == "postgresql":
        connection.execute(SERIALISE_APPENDS, {"space": APP_LOCK_SPACE, "key": AUDIT_LOCK})
    session.info[_SERIALISED_KEY] = True


def install_write_serialisation(sessions: sessionmaker[Session]) -> None:
    """For a server's session factory: every flush that writes waits for the writers' lock first (once per
    factory: store/session_hooks.py)."""
    listen_once(sessions, "before_flush", _serialise_before_flush)
    listen_once(sessions, "after_transaction_end", _forget_serialised)


def _serialise_before_flush(session: Session, _context: object, _instances: object) -> None:
    serialise_writes(session)


def _forget_serialised(session: Session, transaction: SessionTransaction) -> None:
    if transaction.parent is None:  # the lock goes with the outermost transaction only
        session.info.pop(_SERIALISED_KEY, None)


@dataclass(frozen=True)
class ChainVerdict:
    events: int
    problem: str | None

    @property
    def ok(self) -> bool:
        return self.problem is None


def verify_chain(session: Session) -> ChainVerdict:
    expected_prev = GENESIS_HASH
    expected_seq = 1
    count = 0
    for event in session.scalars(select(AuditEvent).order_by(AuditEvent.seq)).yield_per(2000):
        count += 1
        if event.seq != expected_seq:
            return ChainVerdict(
                count, Message(QT_TRANSLATE_NOOP("Errors", "audit event {seq} is missing"), seq=expected_seq)
            )
        if event.prev_hash != expected_prev:
            return ChainVerdict(
                count,
                Message(
                    QT_TRANSLATE_NOOP("Errors", "audit event {seq} does not follow the one before it"), seq=event.seq
                ),
            )
        if _event_hash(event) != event.hash:
            return ChainVerdict(
                count,
                Message(
                    QT_TRANSLATE_NOOP("Errors", "audit event {seq} was changed after it was written"), seq=event.seq
                ),
            )
        expected_prev = event.hash
        expected_seq += 1
    return ChainVerdict(count, None)
