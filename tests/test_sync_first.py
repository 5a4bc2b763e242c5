"""A new laptop's first sync inserts table by table (services/sync/bulk_insert.py): the rows, their bookkeeping and
the search index are what record-by-record writes would have made."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from sqlalchemy import select, text
from sync_support import TURKISH, assert_converged

from unnm_desktop.services.context import ServiceContext
from unnm_desktop.services.desk.search import search
from unnm_desktop.services.meeting import agenda, meetings
from unnm_desktop.services.sync import bulk_insert
from unnm_desktop.services.sync.run import synchronise
from unnm_desktop.store import search_index
from unnm_desktop.store.models import Base, Meeting

BOOKKEPT = ("meeting", "agenda_item", "decision", "position", "action_point", "attendance", "person")


def _entries(ctx: ServiceContext) -> tuple[list[tuple[object, ...]], list[tuple[object, ...]]]:
    """The laptop's search entries, and those an index made from scratch would hold."""
    with ctx.session() as session:
        connection = session.connection()
        held = connection.execute(text("SELECT kind, record_id, meeting_id, agenda_item_id, folded FROM search_entry"))
        return sorted(tuple(row) for row in held), sorted(search_index._entries(connection))


def _created(ctx: ServiceContext, kind: str) -> dict[str, object]:
    table = Base.metadata.tables[kind]
    with ctx.session() as session:
        return dict(session.execute(select(table.c.id, table.c.created_at)).all())


@pytest.mark.parametrize("rebuild_from", [0, 10**9], ids=["index made again whole", "index entry by entry"])
def test_a_first_sync_writes_rows_bookkeeping_lists_and_search_entries_as_the_orm_would(
    demo_ctx_of: Callable[[int], ServiceContext], laptop: ServiceContext, monkeypatch: pytest.MonkeyPatch,
    rebuild_from: int,
) -> None:  # fmt: skip
    monkeypatch.setattr(bulk_insert, "REBUILD_FROM", rebuild_from)
    register = demo_ctx_of(4)
    before = {kind: set(_created(laptop, kind)) for kind in BOOKKEPT}  # the starter directory, made by each side

    report = synchronise(laptop, register)

    assert report.conflicts == () and report.pulled > 500
    held = assert_converged(laptop, register)
    assert any(record.get("objectives") for key, record in held.items() if key[0] == "meeting")
    assert any(record.get("responsible_organization_ids") for key, record in held.items() if key[0] == "action_point")
    assert any(record.get("signatories") for key, record in held.items() if key[0] == "sign_off")
    for kind in BOOKKEPT:  # those pulled keep their creation times
        pulled = {key: value for key, value in _created(laptop, kind).items() if key not in before[kind]}
        assert pulled and pulled == {key: _created(register, kind)[key] for key in pulled}, kind
    with laptop.session() as session:
        assert set(session.scalars(select(Meeting.version))) == {1}
        assert None not in set(session.scalars(select(Meeting.updated_at)))
    entries, expected = _entries(laptop)
    assert entries == expected and len(entries) > 50
    # The index answers, and records written after the first sync are found too (the ORM's hook as before).
    meeting_id = next(
        key[1] for key, record in held.items() if key[0] == "meeting" and record["status"] != "signed_off"
    )
    item = agenda.add_item(laptop, meeting_id, title=f"Kızılcahamam {TURKISH}")
    meetings.update_meeting(laptop, meeting_id, venue="Koordinasyon merkezi")
    assert item in {hit.id for hit in search(laptop, "kızılcahamam")}
    entries, expected = _entries(laptop)
    assert entries == expected
    again = synchronise(laptop, register)
    assert again.conflicts == () and again.pushed >= 2 and again.pulled == 0
    assert agenda.get_item(register, item).title == f"Kızılcahamam {TURKISH}"
