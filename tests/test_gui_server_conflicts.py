"""Two desks on one server, through the keyboard: a change made meanwhile on the other desk stops the autosave
with a banner (never a dialog, never an overwrite); "Keep mine" and "Reload theirs" answer it; successive
bursts of typing in one field never conflict with their own desk."""

from __future__ import annotations

from pathlib import Path

import pytest
from builders import small_meeting
from gui_helpers import make_window
from keyboard import activate, press, type_keys, wait_until
from PySide6.QtGui import QGuiApplication
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from unnm_desktop.services.context import ServiceContext, open_context
from unnm_desktop.services.meeting import agenda, decisions
from unnm_desktop.store.address import ServerAddress


def _notes(address: ServerAddress, item_id: str) -> str:
    """What another desk reads now, over its own connection."""
    with open_context(address, actor="Reader", read_only=True) as other:
        return agenda.get_item(other, item_id).notes_md.strip()


def _other_desk_writes_notes(address: ServerAddress, item_id: str, text: str) -> None:
    with open_context(address, actor="Bülent Öztürk") as desk_b:
        agenda.set_notes(desk_b, item_id, text)


def test_notes_changed_on_another_desk_stop_the_autosave_with_a_banner_and_keep_mine_overwrites(
    qtbot, server_ctx: ServiceContext, server_address: ServerAddress, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    small = small_meeting(server_ctx)
    window = make_window(qtbot, server_ctx, tmp_path / "settings", monkeypatch)
    banner = window.server_edits.banner
    activate(window)
    press("Ctrl+3")
    assert window.agenda.editor.hasFocus()
    assert not banner.isVisible()

    theirs = "Desk B: göç yönetimi, İstanbul"
    _other_desk_writes_notes(server_address, small.item_id, theirs)
    type_keys("Işık ")
    wait_until(banner.isVisible, message="no banner for the change made on the other desk")
    assert theirs in banner.message.text() and "Bülent Öztürk" in banner.message.text()
    assert QApplication.activeModalWidget() is None  # a banner, not a dialog
    assert _notes(server_address, small.item_id) == theirs  # nothing overwritten

    # Typing goes on; that field waits for the answer (no retry, no second banner, nothing written).
    type_keys("Göç şğüöç")
    QTest.qWait(1500)
    assert _notes(server_address, small.item_id) == theirs
    assert banner.current_key() is not None and len(window.autosaver.conflict_keys()) == 1
    assert window.agenda.editor.hasFocus()  # the banner did not take the typing away
    assert window.save_status.text() == "Not saved: someone else changed it — answer above the tabs"

    press("Alt+K")  # Keep mine
    wait_until(lambda: _notes(server_address, small.item_id) == "Işık Göç şğüöç", message="Keep mine not saved")
    assert not banner.isVisible()
    wait_until(lambda: window.save_status.text().startswith("Saved "), message="the status bar still says not saved")

    # And typing on saves again, on the version "Keep mine" produced: no new conflict.
    type_keys(" İ")
    wait_until(lambda: _notes(server_address, small.item_id) == "Işık Göç şğüöç İ", message="not saved after")
    assert not banner.isVisible()


def test_reload_theirs_shows_their_notes_and_puts_mine_on_the_clipboard(
    qtbot, server_ctx: ServiceContext, server_address: ServerAddress, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    small = small_meeting(server_ctx)
    window = make_window(qtbot, server_ctx, tmp_path / "settings", monkeypatch)
    banner = window.server_edits.banner
    activate(window)
    press("Ctrl+3")
    theirs = "Ayşe (desk B): Çalışma grubu toplandı"
    _other_desk_writes_notes(server_address, small.item_id, theirs)
    type_keys("Benim notum: ğü")
    wait_until(banner.isVisible, message="no banner")
    type_keys(" ve İzmir")  # typed after the banner showed, answered before the pause: on the clipboard too
    press("Alt+R")  # Reload theirs
    wait_until(lambda: window.agenda.editor.toPlainText().strip() == theirs, message="their notes not shown")
    assert not banner.isVisible()
    assert "Benim notum: ğü ve İzmir" in QGuiApplication.clipboard().text()
    assert _notes(server_address, small.item_id) == theirs

    # The editor now builds on their version: what is typed next is saved without a conflict.
    press("Ctrl+3", "Ctrl+End")  # back to the notes
    type_keys(" — tamam")
    wait_until(lambda: _notes(server_address, small.item_id) == theirs + " — tamam", message="not saved after reload")
    assert not banner.isVisible()


def test_decision_text_changed_on_another_desk_shows_the_banner_and_keep_mine_by_keyboard(
    qtbot, server_ctx: ServiceContext, server_address: ServerAddress, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    small = small_meeting(server_ctx)
    window = make_window(qtbot, server_ctx, tmp_path / "settings", monkeypatch)
    banner = window.server_edits.banner
    activate(window)
    press("Ctrl+4", "Ctrl+Shift+E")  # the Decisions tab, a new decision, its text field
    assert window.decisions.text.hasFocus()
    (decision,) = decisions.list_decisions(server_ctx, small.meeting_id)
    decision_id = decision.id
    with open_context(server_address, actor="Bülent Öztürk") as desk_b:
        decisions.update_decision(desk_b, decision_id, text="Karar: İzmir ofisi açılacak")
    type_keys("Kararımız: Göç")
    wait_until(banner.isVisible, message="no banner for the decision changed on the other desk")
    assert "Karar: İzmir ofisi açılacak" in banner.message.text()
    assert decisions.get_decision(server_ctx, decision_id).text == "Karar: İzmir ofisi açılacak"
    press("Alt+K")
    wait_until(lambda: decisions.get_decision(server_ctx, decision_id).text == "Kararımız: Göç", message="not kept")


def test_successive_bursts_of_typing_in_one_field_never_conflict_with_their_own_desk(
    qtbot, server_ctx: ServiceContext, server_address: ServerAddress, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    small = small_meeting(server_ctx)
    window = make_window(qtbot, server_ctx, tmp_path / "settings", monkeypatch)
    banner = window.server_edits.banner
    activate(window)
    press("Ctrl+3")
    typed = ""
    for number, (burst, pause_ms) in enumerate(
        [("Şule: ", 0), ("göç ", 650), ("İstanbul'da ", 300), ("ığdır ", 900), ("ÖÇÜ", 100), (" son", 1200)]
    ):
        type_keys(burst, delay_ms=5 if number % 2 else 20)  # fast bursts: saves queued behind saves
        typed += burst
        QTest.qWait(pause_ms)
        assert not banner.isVisible(), f"a conflict with this desk's own save after burst {number}"
    wait_until(lambda: _notes(server_address, small.item_id) == typed, message="not everything typed was saved")
    assert not banner.isVisible() and not window.autosaver.conflict_keys()


def test_this_desks_own_timer_between_two_saves_of_the_notes_is_no_conflict(
    qtbot, server_ctx: ServiceContext, server_address: ServerAddress, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Starting and stopping the item's timer changes the item (its version) on this desk: the notes typed
    next build on that, they are not refused as someone else's change."""
    small = small_meeting(server_ctx)
    window = make_window(qtbot, server_ctx, tmp_path / "settings", monkeypatch)
    activate(window)
    press("Ctrl+3")
    type_keys("Açılış ")
    press("F9")  # start the timer: the pending notes are saved first
    type_keys("konuşması, ")
    press("F9")  # and stop it
    type_keys("söz Ümran'da")
    wait_until(lambda: _notes(server_address, small.item_id) == "Açılış konuşması, söz Ümran'da", message="lost")
    assert not window.server_edits.banner.isVisible()


def test_moving_the_item_being_typed_is_no_conflict_for_the_notes_typed_next(
    qtbot, server_ctx: ServiceContext, server_address: ServerAddress, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    small = small_meeting(server_ctx)
    agenda.add_item(server_ctx, small.meeting_id, title="Any other business")
    window = make_window(qtbot, server_ctx, tmp_path / "settings", monkeypatch)
    activate(window)
    press("Ctrl+3")
    assert window.agenda.item_id == small.item_id
    type_keys("Önce.")
    press("Alt+Down")  # the item moves down one place: its version goes up on this desk
    assert [v.id for v in agenda.list_items(server_ctx, small.meeting_id)][1] == small.item_id
    press("Ctrl+3", "Ctrl+End")
    type_keys(" sonra ığ")
    wait_until(lambda: _notes(server_address, small.item_id) == "Önce. sonra ığ", timeout_ms=15000,
               message="what was typed after the move was not saved")  # fmt: skip
    assert not window.server_edits.banner.isVisible()
