"""Minutes → Intervention stamps as prose, through the keyboard (issue 14): ticked in the menu, remembered in the
settings, the Word export (Ctrl+E) writes the stamps as prose while the notes stay as typed, and the file
verifies; unticked again, the next export keeps the stamps."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import docx
import pytest
from gui_helpers import make_window
from keyboard import activate, press, wait_until
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QFileDialog
from stamps_support import NOTES, item_id, signed_meeting

from unnm_desktop.export import verify_docx
from unnm_desktop.gui.settings import AppSettings
from unnm_desktop.services.context import ServiceContext
from unnm_desktop.services.meeting import agenda


def _toggle_stamps_in_the_minutes_menu() -> None:
    press("Alt+M")  # the Minutes menu
    wait_until(QApplication.activePopupWidget, message="the Minutes menu did not open")
    QTest.keyClick(QApplication.activePopupWidget(), Qt.Key.Key_O)  # Intervention stamps as pr&ose
    wait_until(lambda: QApplication.activePopupWidget() is None, message="the Minutes menu stayed open")


def test_stamps_as_prose_ticked_by_keyboard_exported_and_verified(
    qtbot, ctx: ServiceContext, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    meeting_id = signed_meeting(ctx, "en")
    targets = iter([tmp_path / "prose.docx", tmp_path / "typed.docx"])

    def save_as(_parent: Any, _caption: str, _start: str, _filters: str, selected: str = "", *_a: Any):  # type: ignore[no-untyped-def]
        return str(next(targets)), selected  # the system's file dialog: where to write, in the offered language

    monkeypatch.setattr(QFileDialog, "getSaveFileName", save_as)
    window = make_window(qtbot, ctx, tmp_path / "settings", monkeypatch)
    window.refresh_meetings(meeting_id)
    activate(window)
    assert not window.minutes_menu.stamps_action.isChecked()

    _toggle_stamps_in_the_minutes_menu()
    assert window.minutes_menu.stamps_action.isChecked()
    assert AppSettings().stamps_as_prose  # remembered for the next session
    press("Ctrl+E")
    prose = tmp_path / "prose.docx"
    wait_until(prose.is_file, message="the Word export was not written")
    texts = [p.text for p in docx.Document(str(prose)).paragraphs]
    assert "The representative of PMM: Veri paylaşımı — İÖÇÜŞĞ ığdır." in texts
    assert not any("10:42 —" in text for text in texts)
    assert verify_docx(ctx, prose).ok
    assert agenda.get_item(ctx, item_id(ctx, meeting_id)).notes_md == NOTES  # the notes as typed

    activate(window)
    _toggle_stamps_in_the_minutes_menu()
    assert not AppSettings().stamps_as_prose
    press("Ctrl+E")
    typed = tmp_path / "typed.docx"
    wait_until(typed.is_file, message="the second Word export was not written")
    assert "10:42 — PMM: Veri paylaşımı — İÖÇÜŞĞ ığdır." in [p.text for p in docx.Document(str(typed)).paragraphs]
    assert verify_docx(ctx, typed).ok
