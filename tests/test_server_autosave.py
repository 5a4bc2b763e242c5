"""The autosave on a server in two round trips (one while typing on) (store/server_autosave.py) and the pool's check without a ping
(store/server_pool.py): what happens between the read and the write is caught, the audit chain the server links
is the chain store/audit.py verifies, and a connection the server ended is replaced before it is used."""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator
from typing import Any

import pytest
from builders import small_meeting
from server_fixtures import address_as
from sqlalchemy import text

from unnm_desktop.domain.errors import ConcurrentChangeError, MeetingLockedError
from unnm_desktop.services.context import ServiceContext, open_context
from unnm_desktop.services.meeting import agenda
from unnm_desktop.store import server_autosave, server_pool
from unnm_desktop.store.audit import verify_chain
from unnm_desktop.store.errors import PermissionRefusedError
from unnm_desktop.store.server import make_server_engine
from unnm_desktop.store.server_roles import grant_role, set_up_roles

AYSE = "Ayşe Yılmaz"
ISMAIL = "İsmail Çelik"


@pytest.fixture
def two_desks(server_address: Any) -> Iterator[tuple[ServiceContext, ServiceContext]]:
    with open_context(server_address, actor=ISMAIL) as mine, open_context(server_address, actor=AYSE) as theirs:
        yield mine, theirs


def _before_the_write(monkeypatch: pytest.MonkeyPatch, meanwhile: Callable[[], None]) -> None:
    """Run `meanwhile` once, right before the next save writes (after it read the row, or knew it without)."""
    write = server_autosave.NotesSave.write
    pending = [meanwhile]

    def write_after(self: server_autosave.NotesSave, **fields: Any) -> Any:
        while pending:
            pending.pop()()
        return write(self, **fields)

    monkeypatch.setattr(server_autosave.NotesSave, "write", write_after)


def _audit_events(ctx: ServiceContext, item_id: str) -> list[tuple[str, str]]:
    with ctx.session() as session:
        return [
            (row.actor, row.action)
            for row in session.execute(
                text("SELECT actor, action FROM audit_event WHERE entity_id = :id ORDER BY seq"), {"id": item_id}
            )
        ]


def test_the_server_path_is_the_one_taken_and_its_chain_links_verify(
    two_desks: tuple[ServiceContext, ServiceContext],
) -> None:
    mine, theirs = two_desks
    m = small_meeting(mine)
    assert server_autosave.supported(mine.db)
    committed: list[int] = []
    mine.add_commit_listener(lambda: committed.append(1))
    # Autosaves of both desks between ordinary edits that link the chain in Python: one chain either way.
    assert agenda.set_notes(mine, m.item_id, "Göç İdaresi: İstanbul'da ılık bir gün")
    agenda.update_item(theirs, m.item_id, title="Göç ve uyum (İzmir)")
    assert agenda.set_notes(theirs, m.item_id, 'Işık: «ŞEHİR» "planı" \\ \n\t\x01 ☕ 😀 ' + "ğüşıöç " * 80)
    assert not agenda.set_notes(theirs, m.item_id, 'Işık: «ŞEHİR» "planı" \\ \n\t\x01 ☕ 😀 ' + "ğüşıöç " * 80)
    assert agenda.set_notes(mine, m.item_id, "son")
    assert len(committed) == 2  # the window's "Saved" follows the server path too
    item = agenda.get_item(mine, m.item_id)
    assert (item.title, item.notes_md) == ("Göç ve uyum (İzmir)", "son")
    assert _audit_events(mine, m.item_id)[-4:] == [
        (ISMAIL, "notes"),
        (AYSE, "update"),
        (AYSE, "notes"),
        (ISMAIL, "notes"),
    ]
    with mine.session() as session:
        verdict = verify_chain(session)
        assert verdict.ok, verdict.problem
        pending = session.execute(text("SELECT kind, record_id FROM search_pending")).all()
    assert ("agenda_item", m.item_id) in [tuple(row) for row in pending]


def test_notes_changed_just_before_the_write_are_refused_not_overwritten(
    two_desks: tuple[ServiceContext, ServiceContext], monkeypatch: pytest.MonkeyPatch
) -> None:
    mine, theirs = two_desks
    m = small_meeting(mine)
    agenda.set_notes(mine, m.item_id, "İlk satır.")
    read = agenda.get_item(mine, m.item_id).version
    _before_the_write(monkeypatch, lambda: agenda.set_notes(theirs, m.item_id, "Ayşe'nin notu: Işık"))
    with pytest.raises(ConcurrentChangeError) as refused:
        agenda.set_notes(mine, m.item_id, "İsmail'in notu", expected_version=read)
    assert "«Ayşe'nin notu: Işık»" in str(refused.value)
    assert agenda.get_item(mine, m.item_id).notes_md == "Ayşe'nin notu: Işık"
    assert _audit_events(mine, m.item_id)[-2:] == [(ISMAIL, "notes"), (AYSE, "notes")]
    with mine.session() as session:
        assert verify_chain(session).ok


def test_typing_on_saves_without_reading_and_a_change_from_elsewhere_is_still_seen(
    two_desks: tuple[ServiceContext, ServiceContext], monkeypatch: pytest.MonkeyPatch
) -> None:
    mine, theirs = two_desks
    m = small_meeting(mine)
    reads: list[str] = []
    read = server_autosave.NotesSave.read
    monkeypatch.setattr(
        server_autosave.NotesSave, "read", lambda self, item_id: reads.append(item_id) or read(self, item_id)
    )
    version = agenda.get_item(mine, m.item_id).version
    for text_so_far in ("Göç", "Göç İdaresi", "Göç İdaresi Başkanlığı"):
        assert agenda.set_notes(mine, m.item_id, text_so_far, expected_version=version)
        version += 1
    assert len(reads) == 1  # the first save read the row; the next two knew it
    agenda.update_item(theirs, m.item_id, title="Göç ve uyum")  # the row moves on elsewhere
    with pytest.raises(ConcurrentChangeError) as refused:
        agenda.set_notes(mine, m.item_id, "Göç İdaresi Başkanlığı.", expected_version=version)
    assert "title «Göç ve uyum»" in str(refused.value)
    assert agenda.set_notes(mine, m.item_id, "Göç İdaresi Başkanlığı.")  # no version known: written over it
    item = agenda.get_item(mine, m.item_id)
    assert (item.title, item.notes_md, item.version) == ("Göç ve uyum", "Göç İdaresi Başkanlığı.", version + 2)
    with mine.session() as session:
        assert verify_chain(session).ok


def test_a_meeting_signed_off_before_the_write_keeps_its_notes(
    two_desks: tuple[ServiceContext, ServiceContext], monkeypatch: pytest.MonkeyPatch
) -> None:
    mine, theirs = two_desks
    m = small_meeting(mine)
    agenda.set_notes(mine, m.item_id, "Onaylanan metin")

    def sign_off_elsewhere() -> None:
        with theirs.session() as session:
            session.execute(text("UPDATE meeting SET status = 'signed_off' WHERE id = :id"), {"id": m.meeting_id})

    _before_the_write(monkeypatch, sign_off_elsewhere)
    with pytest.raises(MeetingLockedError):
        agenda.set_notes(mine, m.item_id, "Onaydan sonra yazılan")
    assert agenda.get_item(mine, m.item_id).notes_md == "Onaylanan metin"


def test_a_save_the_server_refuses_leaves_the_connection_usable(
    two_desks: tuple[ServiceContext, ServiceContext], monkeypatch: pytest.MonkeyPatch
) -> None:
    mine, _theirs = two_desks
    m = small_meeting(mine)
    monkeypatch.setattr(server_autosave, "_WRITE", server_autosave._WRITE.replace("agenda_item AS a", "no_table AS a"))
    with pytest.raises(Exception, match="no_table"):
        agenda.set_notes(mine, m.item_id, "yazılamaz")
    monkeypatch.undo()
    assert agenda.set_notes(mine, m.item_id, "yazılır")  # the same pooled connection, back in a clean state
    assert agenda.get_item(mine, m.item_id).notes_md == "yazılır"
    with mine.session() as session:
        assert verify_chain(session).ok


def test_a_pooled_connection_the_server_ended_is_replaced_before_use(server_ctx: ServiceContext) -> None:
    m = small_meeting(server_ctx)
    assert agenda.set_notes(server_ctx, m.item_id, "önce")
    with server_ctx.db.engine.connect() as connection:
        raw = connection.connection.dbapi_connection
        backend = connection.execute(text("SELECT pg_backend_pid()")).scalar()
        connection.rollback()
        assert not server_pool._has_news(raw)  # a connection in use between transactions: nothing to read
    with open_context(server_ctx.location, actor=AYSE) as other, other.session() as session:
        session.execute(text("SELECT pg_terminate_backend(:pid)"), {"pid": backend})
    deadline = time.monotonic() + 5
    while not server_pool._has_news(raw) and time.monotonic() < deadline:
        time.sleep(0.05)
    assert server_pool._has_news(raw)
    assert agenda.set_notes(server_ctx, m.item_id, "sonra")  # on a new connection, no error shown
    assert agenda.get_item(server_ctx, m.item_id).notes_md == "sonra"


def test_a_login_that_may_only_read_is_told_so_and_nothing_is_written(
    postgres_cluster: Any, server_address: Any, server_logins: dict[str, str]
) -> None:
    with open_context(server_address, actor=ISMAIL) as owner:
        m = small_meeting(owner)
        agenda.set_notes(owner, m.item_id, "Sahibin notu")
    engine = make_server_engine(server_address)
    try:
        set_up_roles(engine)
        grant_role(engine, server_logins["reader"], "reader")
    finally:
        engine.dispose()
    with open_context(address_as(postgres_cluster, server_address, server_logins["reader"]), actor="Işıl") as reader:
        with pytest.raises(PermissionRefusedError) as refusal:
            agenda.set_notes(reader, m.item_id, "Okuyucunun notu")
        assert "may only read the register" in str(refusal.value)
    with open_context(server_address, actor=ISMAIL) as owner:
        assert agenda.get_item(owner, m.item_id).notes_md == "Sahibin notu"


def test_the_prepared_write_is_prepared_again_when_the_connection_lost_it(server_ctx: ServiceContext) -> None:
    """psycopg deallocates every prepared statement of a connection after a rollback there (a session's that
    failed): the autosave then prepares its write again and saves once, not twice and not never."""
    m = small_meeting(server_ctx)
    assert agenda.set_notes(server_ctx, m.item_id, "Bir")
    engine = server_ctx.db.engine
    idle = [engine.raw_connection() for _ in range(engine.pool.checkedin())]
    assert idle
    for pooled in idle:
        pooled.driver_connection.execute("DEALLOCATE ALL")
        pooled.driver_connection.commit()
    for pooled in idle:
        pooled.close()
    assert agenda.set_notes(server_ctx, m.item_id, "Bir, iki: Işık")
    assert agenda.get_item(server_ctx, m.item_id).notes_md == "Bir, iki: Işık"
    assert _audit_events(server_ctx, m.item_id)[-2:] == [(server_ctx.audit_actor, "notes")] * 2
    with server_ctx.session() as session:
        assert verify_chain(session).ok
