"""`check` makes the search index right without rewriting it when it is right already (store/search_index.remake,
issue 11): a stale entry, a missing or extra one, or an FTS index out of step with its entries is still repaired."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from sqlalchemy import Connection

from unnm_desktop.services.context import ServiceContext
from unnm_desktop.services.desk.search import search
from unnm_desktop.services.maintenance import check_database
from unnm_desktop.services.meeting import agenda, meetings
from unnm_desktop.store import search_index

pytestmark = pytest.mark.sqlite_only("the SQLite search index (FTS5) remade; a server's: tests/test_server_search.py")


def _entries(ctx: ServiceContext) -> list[tuple[object, ...]]:
    with ctx.session() as session:
        rows = session.connection().exec_driver_sql(
            "SELECT kind, record_id, meeting_id, agenda_item_id, folded FROM search_entry"
        )
        return sorted(tuple(row) for row in rows)


def _found(ctx: ServiceContext, query: str) -> set[tuple[str, str]]:
    return {(r.kind, r.id) for r in search(ctx, query)}


def _first_item(ctx: ServiceContext) -> str:
    return agenda.list_items(ctx, meetings.resolve_meeting(ctx, "UNNM-TR/2023/1"))[0].id


def test_remake_of_a_sound_index_leaves_what_rebuild_makes(demo_ctx_of: Callable[[int], ServiceContext]) -> None:
    ctx = demo_ctx_of(4)
    with ctx.session() as session:
        made = search_index.rebuild(session.connection())
    rebuilt = _entries(ctx)
    with ctx.session() as session:
        assert search_index.remake(session.connection()) == made == len(rebuilt)
    assert _entries(ctx) == rebuilt
    assert check_database(ctx, backup=False).counts["search_entry"] == made


def _stale_text(connection: Connection, item_id: str) -> None:
    # The entry and the FTS index both say something the note does not (as if a write had been lost).
    connection.exec_driver_sql(
        "UPDATE search_entry SET folded = 'zanzibarquux' WHERE kind = 'agenda_item' AND record_id = ?", (item_id,)
    )
    connection.exec_driver_sql("INSERT INTO search_fts (search_fts) VALUES ('rebuild')")


def _entry_missing(connection: Connection, item_id: str) -> None:
    connection.exec_driver_sql("DELETE FROM search_entry WHERE kind = 'agenda_item' AND record_id = ?", (item_id,))
    connection.exec_driver_sql("INSERT INTO search_fts (search_fts) VALUES ('rebuild')")


def _entry_extra(connection: Connection, item_id: str) -> None:
    connection.exec_driver_sql(
        "INSERT INTO search_entry (kind, record_id, meeting_id, agenda_item_id, folded) "
        "VALUES ('agenda_item', 'gone', NULL, NULL, 'zanzibarquux')"
    )
    connection.exec_driver_sql("INSERT INTO search_fts (search_fts) VALUES ('rebuild')")


def _fts_out_of_step(connection: Connection, item_id: str) -> None:
    # The entries are right; only the FTS index has a word they do not have (SQLite's own check misses it).
    entry_id, folded = connection.exec_driver_sql(
        "SELECT id, folded FROM search_entry WHERE kind = 'agenda_item' AND record_id = ?", (item_id,)
    ).one()
    connection.exec_driver_sql(
        "INSERT INTO search_fts (search_fts, rowid, folded) VALUES ('delete', ?, ?)", (entry_id, folded)
    )
    connection.exec_driver_sql("INSERT INTO search_fts (rowid, folded) VALUES (?, 'zanzibarquux')", (entry_id,))


@pytest.mark.parametrize("damage", [_stale_text, _entry_missing, _entry_extra, _fts_out_of_step])
def test_check_repairs_every_kind_of_damage(
    demo_ctx_of: Callable[[int], ServiceContext], damage: Callable[[Connection, str], None]
) -> None:
    ctx = demo_ctx_of(3)
    item_id = _first_item(ctx)
    with ctx.session() as session:
        search_index.rebuild(session.connection())
    sound = _entries(ctx)
    before = _found(ctx, "migration")
    assert ("agenda_item", item_id) in before and not _found(ctx, "zanzibarquux")
    with ctx.session() as session:
        damage(session.connection(), item_id)
    assert _entries(ctx) != sound or _found(ctx, "zanzibarquux")
    assert check_database(ctx, backup=False).ok
    assert _entries(ctx) == sound
    assert _found(ctx, "migration") == before and not _found(ctx, "zanzibarquux")


def test_remake_rewrites_an_index_with_pending_records_or_of_another_version(
    demo_ctx_of: Callable[[int], ServiceContext],
) -> None:
    ctx = demo_ctx_of(3)
    item_id = _first_item(ctx)
    agenda.set_notes(ctx, item_id, "Göç yönetimi: a pending note")  # the autosave path marks it pending
    with ctx.session() as session:
        assert search_index.pending_records(session.connection())
    check_database(ctx, backup=False)
    with ctx.session() as session:
        assert not search_index.pending_records(session.connection())
        session.connection().exec_driver_sql("UPDATE app_info SET value = 'old' WHERE key = 'search_index'")
    assert ("agenda_item", item_id) in _found(ctx, "goc yonetimi")
    check_database(ctx, backup=False)
    with ctx.session() as session:
        version = session.connection().exec_driver_sql("SELECT value FROM app_info WHERE key = 'search_index'")
        assert version.scalar() == search_index.SEARCH_INDEX_VERSION
