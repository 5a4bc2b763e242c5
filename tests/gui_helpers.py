"""Helpers for driving real widgets: typing any character, including Turkish, Arabic and emoji."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget

from unnm_desktop.gui.main_window import MainWindow
from unnm_desktop.gui.settings import AppSettings, configure_settings_location
from unnm_desktop.services.context import ServiceContext


def type_text(widget: QWidget, text: str) -> None:
    """One key event per character: qtbot.keyClicks aborts pytest on any non-ASCII character."""
    for ch in text:
        if ch == "\n":
            QTest.keyClick(widget, Qt.Key.Key_Return)
        else:
            QTest.sendKeyEvent(QTest.KeyAction.Click, widget, Qt.Key.Key_unknown, ch, Qt.KeyboardModifier.NoModifier)
    QApplication.processEvents()


def make_window(qtbot: Any, ctx: ServiceContext, settings_dir: Path, monkeypatch: pytest.MonkeyPatch) -> MainWindow:
    """A main window on the test database, shown, with its settings in `settings_dir`."""
    monkeypatch.setenv("UNNM_DESKTOP_SETTINGS_DIR", str(settings_dir))
    configure_settings_location()
    window = MainWindow(ctx, AppSettings())
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window
