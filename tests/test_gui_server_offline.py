"""The connection-cut tests of issue 12, through the keyboard: the server stopped mid-typing and started again,
nothing typed is lost; the status bar says how many changes wait; a window closed while the server is down
leaves its edits in the local journal, and the next window on the same server writes them.

These tests stop and start a server: they run on a cluster of their own (tests/postgres_server.py), never on
the session's cluster that other tests share."""

from __future__ import annotations

import shutil
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from builders import small_meeting
from database_templates import TEST_ACTOR
from gui_helpers import make_window
from keyboard import activate, press, type_keys, wait_until
from postgres_server import PostgresCluster, require_psycopg, server_binaries
from PySide6.QtWidgets import QApplication

from unnm_desktop.gui.window.server_edits import waiting_text
from unnm_desktop.paths import data_dir
from unnm_desktop.services.context import open_context
from unnm_desktop.services.meeting import agenda
from unnm_desktop.store.address import ServerAddress

TURKISH = "Işık Göç İstanbul şğüöç"


@pytest.fixture(scope="module")
def own_cluster() -> Iterator[PostgresCluster]:
    require_psycopg()
    binaries = server_binaries()
    if binaries is None:
        pytest.skip("no PostgreSQL server binaries: the connection-cut tests start and stop a cluster of their own")
    # Durable, as a real server runs: an immediate stop must not lose what was committed before it.
    cluster = PostgresCluster(Path(tempfile.mkdtemp(prefix="unnm-cut-")), binaries, durable=True)
    cluster.start()
    try:
        yield cluster
    finally:
        cluster.stop()
        shutil.rmtree(cluster.folder, ignore_errors=True)


_databases = iter(range(1, 1000))


@pytest.fixture
def cut_address(own_cluster: PostgresCluster) -> ServerAddress:
    import psycopg

    name = f"unnm_cut_{next(_databases)}"
    with psycopg.connect(own_cluster.url("postgres"), autocommit=True) as admin:
        admin.execute(f"CREATE DATABASE {name}")
    address = ServerAddress.parse(own_cluster.url(name))
    open_context(address, actor=TEST_ACTOR).close()  # migrated and seeded
    return address


def _notes(address: ServerAddress, item_id: str) -> str:
    """What another desk reads, over a connection of its own."""
    with open_context(address, actor="Reader", read_only=True) as other:
        return agenda.get_item(other, item_id).notes_md.strip()


def _journal_files() -> list[Path]:
    return sorted((data_dir() / "journal").glob("*.jsonl"))


def test_the_server_stopped_mid_typing_and_restarted_everything_typed_arrives(
    qtbot, own_cluster: PostgresCluster, cut_address: ServerAddress, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    ctx = open_context(cut_address, actor="İsmail Çelik")
    try:
        small = small_meeting(ctx)
        window = make_window(qtbot, ctx, tmp_path / "settings", monkeypatch)
        activate(window)
        press("Ctrl+3")
        type_keys("Başlangıç: ")
        wait_until(lambda: _notes(cut_address, small.item_id) == "Başlangıç:", message="not saved before the cut")

        type_keys("Işık ")
        own_cluster.stop()  # mid-typing
        type_keys(TURKISH[5:])
        wait_until(lambda: window.save_status.text() == waiting_text(1), timeout_ms=10000,
                   message=f"status bar says {window.save_status.text()!r}")  # fmt: skip
        assert window.save_status.text() == "Server unreachable — 1 changes waiting"
        assert _journal_files(), "nothing waits in the local journal"
        type_keys(" — sürüyor")  # typing goes on while the server is down
        assert QApplication.activeModalWidget() is None

        own_cluster.restart()
        wait_until(lambda: window.save_status.text().startswith("Saved"), timeout_ms=20000,
                   message=f"status bar says {window.save_status.text()!r}")  # fmt: skip
        assert _notes(cut_address, small.item_id) == f"Başlangıç: {TURKISH} — sürüyor"
        wait_until(lambda: not _journal_files(), message="the journal keeps edits that have committed")
        assert not window.server_edits.banner.isVisible()
        window.close()
    finally:
        ctx.close()


def test_a_window_closed_while_the_server_is_down_leaves_its_edits_to_the_next_window(
    qtbot, own_cluster: PostgresCluster, cut_address: ServerAddress, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    first = open_context(cut_address, actor="İsmail Çelik")
    small = small_meeting(first)
    window = make_window(qtbot, first, tmp_path / "settings", monkeypatch)
    activate(window)
    press("Ctrl+3")
    type_keys("Önce: ")
    wait_until(lambda: _notes(cut_address, small.item_id) == "Önce:", message="not saved before the cut")
    own_cluster.stop()
    type_keys(TURKISH)
    wait_until(lambda: window.save_status.text() == waiting_text(1), timeout_ms=10000)
    started = time.monotonic()
    window.close()  # no dialog may block it
    assert not window.isVisible() and time.monotonic() - started < 10
    assert QApplication.activeModalWidget() is None
    first.close()
    (journal,) = _journal_files()
    assert TURKISH in journal.read_text(encoding="utf-8")

    own_cluster.restart()
    second = open_context(cut_address, actor="İsmail Çelik")
    try:
        again = make_window(qtbot, second, tmp_path / "settings", monkeypatch)
        wait_until(lambda: _notes(cut_address, small.item_id) == f"Önce: {TURKISH}", timeout_ms=15000,
                   message="the journal of the closed window was not written")  # fmt: skip
        wait_until(lambda: not _journal_files(), message="the journal keeps edits that have committed")
        # The editor shows what was written, and typing on builds on it without a conflict.
        wait_until(lambda: again.agenda.editor.toPlainText().strip() == f"Önce: {TURKISH}", message="not reloaded")
        activate(again)
        press("Ctrl+3", "Ctrl+End")
        type_keys(" ✓")
        wait_until(lambda: _notes(cut_address, small.item_id) == f"Önce: {TURKISH} ✓", message="not saved after")
        assert not again.server_edits.banner.isVisible()
        again.close()
    finally:
        second.close()


def test_a_journaled_edit_whose_record_changed_meanwhile_goes_to_the_banner_never_over_theirs(
    qtbot, own_cluster: PostgresCluster, cut_address: ServerAddress, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    first = open_context(cut_address, actor="İsmail Çelik")
    small = small_meeting(first)
    window = make_window(qtbot, first, tmp_path / "settings", monkeypatch)
    activate(window)
    press("Ctrl+3")
    own_cluster.stop()
    type_keys(TURKISH)
    wait_until(lambda: window.save_status.text() == waiting_text(1), timeout_ms=10000)
    window.close()
    first.close()

    own_cluster.restart()
    theirs = "Bülent'in notları: Şanlıurfa"
    with open_context(cut_address, actor="Bülent Öztürk") as desk_b:  # another desk, while this one was away
        agenda.set_notes(desk_b, small.item_id, theirs)
    second = open_context(cut_address, actor="İsmail Çelik")
    try:
        again = make_window(qtbot, second, tmp_path / "settings", monkeypatch)
        banner = again.server_edits.banner
        wait_until(banner.isVisible, timeout_ms=15000, message="the replayed edit's conflict was not shown")
        assert theirs in banner.message.text() and "Bülent Öztürk" in banner.message.text()
        assert _notes(cut_address, small.item_id) == theirs  # not overwritten by the replay
        assert _journal_files(), "the journal let go of an edit that was never written"
        activate(again)
        press("Alt+K")  # Keep mine: what was typed while the server was down
        wait_until(lambda: _notes(cut_address, small.item_id) == TURKISH, message="Keep mine not written")
        wait_until(lambda: not _journal_files(), message="the journal keeps an edit that has committed")
        again.close()
    finally:
        second.close()


def test_an_action_point_and_the_notes_edited_while_the_server_is_down_both_wait_and_arrive(
    qtbot, own_cluster: PostgresCluster, cut_address: ServerAddress, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from unnm_desktop.services.meeting import actions

    ctx = open_context(cut_address, actor="İsmail Çelik")
    try:
        small = small_meeting(ctx)
        window = make_window(qtbot, ctx, tmp_path / "settings", monkeypatch)
        activate(window)
        press("Ctrl+5", "Ctrl+Shift+K")  # a new action point, its text cell open
        type_keys("İlk taslak")
        press("Enter")
        wait_until(lambda: [a.text for a in actions.list_actions(ctx, small.meeting_id)] == ["İlk taslak"])

        own_cluster.stop()
        press("F2", "Ctrl+A")  # the text cell again, typed over
        type_keys(TURKISH)
        press("Enter")
        wait_until(lambda: window.save_status.text() == waiting_text(1), timeout_ms=10000,
                   message=f"status bar says {window.save_status.text()!r}")  # fmt: skip
        assert window.actions.model.index(0, 0).data() == TURKISH  # the cell keeps what was typed
        press("Ctrl+3")
        type_keys("Notlar: ğüş")
        wait_until(lambda: window.save_status.text() == "Server unreachable — 2 changes waiting", timeout_ms=10000,
                   message=f"status bar says {window.save_status.text()!r}")  # fmt: skip

        own_cluster.restart()
        wait_until(lambda: window.save_status.text().startswith("Saved"), timeout_ms=20000,
                   message=f"status bar says {window.save_status.text()!r}")  # fmt: skip
        with open_context(cut_address, actor="Reader", read_only=True) as other:
            assert [a.text for a in actions.list_actions(other, small.meeting_id)] == [TURKISH]
        assert _notes(cut_address, small.item_id) == "Notlar: ğüş"
        assert not _journal_files()
        window.close()
    finally:
        ctx.close()
