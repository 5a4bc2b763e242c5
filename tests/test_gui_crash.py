"""An unexpected error: logged, a crash report written, a copyable dialog, and the typing already saved."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from builders import SmallMeeting
from gui_helpers import type_text
from PySide6.QtWidgets import QMessageBox

from unnm_desktop.gui import crash
from unnm_desktop.gui.main_window import MainWindow
from unnm_desktop.gui.settings import AppSettings
from unnm_desktop.gui.tabs import AGENDA
from unnm_desktop.services.meeting import agenda


def test_excepthook_saves_reports_and_shows_a_copyable_dialog(qtbot, ctx, small: SmallMeeting, isolated_folders: Path,
                                                              monkeypatch: pytest.MonkeyPatch) -> None:  # fmt: skip
    window = MainWindow(ctx, AppSettings())
    qtbot.addWidget(window)
    window.refresh_meetings(small.meeting_id)
    window.show_tab(AGENDA)
    type_text(window.agenda.editor, "Şu ana kadar yazılanlar")
    shown: dict[str, str] = {}

    def fake_exec(box: QMessageBox) -> int:
        shown["text"], shown["details"] = box.text(), box.detailedText()
        return 0

    monkeypatch.setattr(QMessageBox, "exec", fake_exec)
    previous_hook = sys.excepthook
    try:
        crash.install_excepthook(window.autosaver.flush)
        try:
            raise RuntimeError("simulated failure")
        except RuntimeError:
            sys.excepthook(*sys.exc_info())
    finally:
        sys.excepthook = previous_hook
    assert "Your minutes are saved" in shown["text"]
    assert "RuntimeError: simulated failure" in shown["details"] and "Traceback" in shown["details"]
    reports = list((isolated_folders / "logs").glob("crash-*.txt"))
    assert len(reports) == 1 and "simulated failure" in reports[0].read_text(encoding="utf-8")
    assert agenda.get_item(ctx, small.item_id).notes_md.strip() == "Şu ana kadar yazılanlar"
    window.close()


def test_a_lost_server_connection_is_said_in_the_status_bar_not_in_a_crash_dialog(
    qtbot, ctx, small: SmallMeeting, isolated_folders: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    psycopg = pytest.importorskip("psycopg")
    from sqlalchemy.exc import OperationalError

    window = MainWindow(ctx, AppSettings())
    qtbot.addWidget(window)
    window.show()
    dialogs: list[str] = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: dialogs.append(box.text()) or 0)
    previous_hook = sys.excepthook
    try:
        crash.install_excepthook(window.autosaver.flush)
        try:
            raise OperationalError("SELECT 1", {}, psycopg.OperationalError("connection refused"))
        except OperationalError:
            sys.excepthook(*sys.exc_info())
    finally:
        sys.excepthook = previous_hook
    assert not dialogs
    assert "server cannot be reached" in window.statusBar().currentMessage()
    assert not list((isolated_folders / "logs").glob("crash-*.txt"))
    window.close()
