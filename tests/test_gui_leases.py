"""A meeting typed live on one desk opens read-only on the others, through the keyboard, on a real server (issue 12).

Desk A is a service context acting as another computer (its own connections, its own desk id), or a second
window of its own; desk B is the window typed into. What each desk typed is read back through the services.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from builders import SmallMeeting, small_meeting
from gui_helpers import make_window
from keyboard import activate, answer_dialog, answered, press, type_keys, wait_saved, wait_until
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget

from unnm_desktop.domain.clock import ISTANBUL
from unnm_desktop.gui.window import lease_watch
from unnm_desktop.services.context import ServiceContext, open_context
from unnm_desktop.services.meeting import agenda, leases, meetings
from unnm_desktop.store.address import ServerAddress

AYSE = leases.Desk("desk-ayse", "Ayşe Yılmaz", "sekreterya-01")
TYPED = "Işık: göç, İçişleri; ÖÇÜ ğ ş"


@pytest.fixture
def desk_a(server_address: ServerAddress) -> Iterator[ServiceContext]:
    """Another computer's desk on the same register."""
    context = open_context(server_address, actor=AYSE.holder)
    yield context
    context.close()


@pytest.fixture
def small_on_server(server_ctx: ServiceContext) -> SmallMeeting:
    meeting = small_meeting(server_ctx)
    agenda.set_notes(server_ctx, meeting.item_id, "Ayşe'nin notu")
    return meeting


def _notes(ctx: ServiceContext, meeting: SmallMeeting) -> str:
    return agenda.get_item(ctx, meeting.item_id).notes_md.strip()


def _banner(window: object) -> str:
    banner = window.lease_watch.banner  # type: ignore[attr-defined]
    return banner.text.text() if banner.isVisible() else ""


def test_a_meeting_held_by_another_desk_opens_read_only_until_taken_over_by_keyboard(
    qtbot, server_ctx: ServiceContext, desk_a: ServiceContext, small_on_server: SmallMeeting, tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:  # fmt: skip
    meeting = small_on_server
    held = leases.take(desk_a, meeting.meeting_id, AYSE)
    assert held.granted and held.lease is not None
    since = f"{held.lease.since.astimezone(ISTANBUL):%H:%M}"

    window = make_window(qtbot, server_ctx, tmp_path / "settings", monkeypatch)
    activate(window)
    assert window.meeting_id == meeting.meeting_id
    assert _banner(window).startswith(f"Being edited by Ayşe Yılmaz on sekreterya-01 since {since}")

    # Typing into the notes changes nothing: neither the editor nor the database.
    press("Ctrl+3")
    assert window.agenda.editor.hasFocus()
    type_keys("yazılmamalı")
    QTest.qWait(1200)  # longer than the autosave's pause
    assert "yazılmamalı" not in window.agenda.editor.toPlainText()
    assert _notes(server_ctx, meeting) == "Ayşe'nin notu"
    assert leases.current(server_ctx, meeting.meeting_id).desk_id == AYSE.id  # type: ignore[union-attr]

    # Ayşe's desk saves more meanwhile: taking over shows it, then the typing here arrives after it.
    agenda.set_notes(desk_a, meeting.item_id, "Ayşe'nin notu, son hali")
    seen = answer_dialog(lambda dialog: press("Enter"), object_name="takeOverDialog")
    press("Alt+K")
    assert answered(seen) == "Take over editing"
    activate(window)
    wait_until(lambda: not window.lease_watch.banner.isVisible(), message="the banner stayed")
    assert leases.current(server_ctx, meeting.meeting_id).desk_id == leases.DESK_ID  # type: ignore[union-attr]
    assert not leases.renew(desk_a, meeting.meeting_id, AYSE)  # Ayşe's next heartbeat: the lease is gone
    press("Ctrl+3", "Ctrl+End")
    type_keys(" " + TYPED)
    wait_saved(lambda: _notes(server_ctx, meeting), f"Ayşe'nin notu, son hali {TYPED}")
    window.close()
    assert leases.current(server_ctx, meeting.meeting_id) is None  # closing the window releases it


def test_cancelling_the_take_over_keeps_the_meeting_read_only(
    qtbot, server_ctx: ServiceContext, desk_a: ServiceContext, small_on_server: SmallMeeting, tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:  # fmt: skip
    meeting = small_on_server
    assert leases.take(desk_a, meeting.meeting_id, AYSE).granted
    window = make_window(qtbot, server_ctx, tmp_path / "settings", monkeypatch)
    activate(window)
    seen = answer_dialog(lambda dialog: press("Escape"), object_name="takeOverDialog")
    press("Alt+K")
    assert answered(seen) == "Take over editing"
    activate(window)
    assert window.lease_watch.banner.isVisible() and window.agenda.editor.isReadOnly()
    assert leases.current(server_ctx, meeting.meeting_id).desk_id == AYSE.id  # type: ignore[union-attr]
    window.close()
    assert leases.current(server_ctx, meeting.meeting_id).desk_id == AYSE.id  # type: ignore[union-attr]


def test_the_desk_taken_over_saves_what_it_typed_then_turns_read_only_naming_who(
    qtbot, server_ctx: ServiceContext, server_address: ServerAddress, small_on_server: SmallMeeting, tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:  # fmt: skip
    """Two windows, two desks: A types, B takes over through the keyboard, A's heartbeat turns it read-only."""
    meeting = small_on_server
    monkeypatch.setattr(lease_watch, "HEARTBEAT_MS", 400)
    monkeypatch.setattr(leases, "DESK_ID", "desk-window-a")
    window_a = make_window(qtbot, server_ctx, tmp_path / "settings-a", monkeypatch)
    activate(window_a)
    assert not window_a.lease_watch.banner.isVisible()
    press("Ctrl+3", "Ctrl+End")
    type_keys(" Ayşe yazıyor")
    wait_saved(lambda: _notes(server_ctx, meeting), "Ayşe'nin notu Ayşe yazıyor")

    monkeypatch.setattr(leases, "DESK_ID", "desk-window-b")
    with open_context(server_address, actor="İsmail Çelik") as ctx_b:
        window_b = make_window(qtbot, ctx_b, tmp_path / "settings-b", monkeypatch)
        activate(window_b)
        assert _banner(window_b).startswith(f"Being edited by {server_ctx.actor} on ")
        assert window_b.agenda.editor.isReadOnly()
        assert window_b.agenda.editor.toPlainText() == "Ayşe'nin notu Ayşe yazıyor"
        # Keyboard only: Tab round the window to the banner's button, Space on it, Enter in the dialog.
        for _ in range(60):
            if window_b.lease_watch.banner.button.hasFocus():
                break
            press("Tab")
        assert window_b.lease_watch.banner.button.hasFocus()
        seen = answer_dialog(lambda dialog: press("Enter"), object_name="takeOverDialog")
        press("Space")
        assert answered(seen) == "Take over editing"
        assert not window_b.agenda.editor.isReadOnly()

        # Desk A, before its next heartbeat, is still typing: what it typed is saved, then it turns read-only
        # under a banner naming who took over.
        activate(window_a)
        type_keys(" ve")
        wait_until(lambda: window_a.lease_watch.banner.isVisible(), message="desk A did not notice the take-over")
        assert window_a.agenda.editor.isReadOnly()
        assert _banner(window_a).startswith("İsmail Çelik on ")
        assert "took over editing at" in _banner(window_a)
        shown_on_a = window_a.agenda.editor.toPlainText().strip()
        assert shown_on_a.startswith("Ayşe'nin notu Ayşe yazıyor")
        assert _notes(server_ctx, meeting) == shown_on_a  # nothing typed on A was lost
        type_keys("x")  # read-only now: refused, and nothing is saved
        assert window_a.agenda.editor.toPlainText().strip() == shown_on_a

        activate(window_b)
        press("Ctrl+3", "Ctrl+End")
        type_keys(" " + TYPED)
        # B's text was read when it took over; A's last words were saved after that, so B's save is based on an
        # older version: the conflict banner shows A's text, and B keeps its own deliberately (Alt+K).
        banner = window_b.server_edits.banner
        wait_until(
            lambda: banner.isVisible() or _notes(server_ctx, meeting).endswith(TYPED),
            message="B's typing neither arrived nor met A's last save",
        )
        if banner.isVisible():
            assert "Test Rapporteur" in banner.message.text() and shown_on_a in banner.message.text()
            press("Alt+K")
        wait_until(lambda: _notes(server_ctx, meeting).endswith(TYPED), message="B's typing did not arrive")
        assert _notes(server_ctx, meeting).startswith("Ayşe'nin notu Ayşe yazıyor")
        window_b.close()
    # B left: A's heartbeat finds the meeting free and makes it editable again.
    wait_until(lambda: not window_a.agenda.editor.isReadOnly(), message="desk A did not get the meeting back")
    assert not window_a.lease_watch.banner.isVisible()
    assert window_a.agenda.editor.toPlainText().strip().endswith(TYPED)  # read afresh
    window_a.close()


def test_a_lease_whose_desk_died_lapses_and_the_read_only_desk_can_edit(
    qtbot, server_ctx: ServiceContext, desk_a: ServiceContext, small_on_server: SmallMeeting, tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:  # fmt: skip
    meeting = small_on_server
    monkeypatch.setattr(lease_watch, "HEARTBEAT_MS", 250)
    monkeypatch.setattr(leases, "LEASE_SECONDS", 1.5)
    assert leases.take(desk_a, meeting.meeting_id, AYSE, seconds=1.5).granted  # then Ayşe's desk dies
    window = make_window(qtbot, server_ctx, tmp_path / "settings", monkeypatch)
    activate(window)
    assert window.agenda.editor.isReadOnly() and window.lease_watch.banner.isVisible()
    wait_until(lambda: not window.agenda.editor.isReadOnly(), timeout_ms=8000, message="the lease never lapsed")
    assert not window.lease_watch.banner.isVisible()
    activate(window)
    press("Ctrl+3", "Ctrl+End")
    type_keys(" " + TYPED)
    wait_saved(lambda: _notes(server_ctx, meeting), f"Ayşe'nin notu {TYPED}")
    # The heartbeat keeps it this desk's, well past the lease's own length.
    QTest.qWait(2000)
    assert leases.current(desk_a, meeting.meeting_id).desk_id == leases.DESK_ID  # type: ignore[union-attr]
    assert not leases.take(desk_a, meeting.meeting_id, AYSE).granted
    window.close()


def test_on_a_sqlite_file_no_lease_is_taken_and_nothing_changes(
    qtbot, ctx: ServiceContext, small: SmallMeeting, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = make_window(qtbot, ctx, tmp_path / "settings", monkeypatch)
    activate(window)
    assert window.meeting_id == small.meeting_id
    assert not window.lease_watch.active and not window.lease_watch.banner.isVisible()
    assert leases.current(ctx, small.meeting_id) is None
    press("Ctrl+3")
    type_keys(TYPED)
    wait_saved(lambda: _notes(ctx, small), TYPED)
    window.close()


def test_minutes_being_typed_on_another_desk_cannot_be_signed_off_here(
    qtbot, server_ctx: ServiceContext, desk_a: ServiceContext, small_on_server: SmallMeeting, tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:  # fmt: skip
    """Signing off would lock the minutes under a rapporteur still typing them: refused, saying who and where."""
    meeting = small_on_server
    held = leases.take(desk_a, meeting.meeting_id, AYSE)
    assert held.granted and held.lease is not None
    since = f"{held.lease.since.astimezone(ISTANBUL):%H:%M}"
    window = make_window(qtbot, server_ctx, tmp_path / "settings", monkeypatch)
    activate(window)
    said: list[str] = []

    def answer(dialog: QWidget) -> None:
        said.append(dialog.text())  # type: ignore[attr-defined]
        press("Return")

    seen = answer_dialog(answer)
    press("Alt+M")  # the Minutes menu
    wait_until(QApplication.activePopupWidget, message="the Minutes menu did not open")
    QTest.keyClick(QApplication.activePopupWidget(), Qt.Key.Key_S)  # a popup menu takes the keys while open
    wait_until(lambda: said, message=f"no refusal: {seen}")
    assert said == [
        f"Ayşe Yılmaz is typing these minutes on sekreterya-01 (since {since}). Sign them off when they have "
        "finished, or take over editing first."
    ]
    assert meetings.get_meeting(server_ctx, meeting.meeting_id).status == "draft"
    window.close()
