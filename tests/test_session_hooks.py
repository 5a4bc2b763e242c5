"""The hooks every session factory needs (search index in step, writers' lock) reach every factory, including one
that CPython placed at the address of a freed one: SQLAlchemy's `event.contains` took such a factory for hooked
already, and a database opened after another was closed then had a search index that ignored its edits (the
register and search tests failing about one run in ten)."""

from __future__ import annotations

import gc
from collections.abc import Callable

import pytest
from builders import SmallMeeting
from sqlalchemy import Engine
from sqlalchemy.orm import Session, sessionmaker

from unnm_desktop.services.context import ServiceContext
from unnm_desktop.services.desk.search import search
from unnm_desktop.store import audit, search_sync
from unnm_desktop.store.models import Meeting

Install = Callable[[sessionmaker[Session]], None]


def _factory_where_a_freed_one_was(engine: Engine, install: Install) -> sessionmaker[Session]:
    """A new factory, given `install`, at the address of an earlier one that was given `install` and freed."""
    freed: set[int] = set()
    for _ in range(200):
        sessions = sessionmaker(engine, expire_on_commit=False)
        install(sessions)
        if id(sessions) in freed:
            return sessions
        freed.add(id(sessions))
        del sessions
        gc.collect(0)  # the freed factory is young; a full collection costs 30 ms on the suite's heap
    pytest.fail("no new session factory took the address of a freed one: this test proves nothing here")


def test_a_factory_at_a_freed_ones_address_keeps_the_index_in_step(ctx: ServiceContext, small: SmallMeeting) -> None:
    sessions = _factory_where_a_freed_one_was(ctx.db.engine, search_sync.install)
    with sessions() as session, session.begin():
        meeting = session.get(Meeting, small.meeting_id)
        assert meeting is not None
        meeting.venue = "Şanlıurfa Valiliği"
    assert [(hit.kind, hit.id) for hit in search(ctx, "sanliurfa")] == [("meeting", small.meeting_id)]


def test_a_factory_at_a_freed_ones_address_takes_the_writers_lock(ctx: ServiceContext, small: SmallMeeting) -> None:
    sessions = _factory_where_a_freed_one_was(ctx.db.engine, audit.install_write_serialisation)
    with sessions() as session, session.begin():
        meeting = session.get(Meeting, small.meeting_id)
        assert meeting is not None
        meeting.venue = "Gaziantep"
        session.flush()
        # On SQLite the lock is the file's own; the hook still notes that this transaction holds it.
        assert session.info.get(audit._SERIALISED_KEY) is True
    assert audit._SERIALISED_KEY not in session.info  # let go with the transaction


def test_installing_twice_on_one_factory_hooks_it_once(ctx: ServiceContext) -> None:
    sessions = sessionmaker(ctx.db.engine)
    search_sync.install(sessions)
    search_sync.install(sessions)
    assert len(sessions().dispatch.after_flush) == 1
