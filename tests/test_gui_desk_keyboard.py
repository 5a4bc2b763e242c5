"""The Desk windows and dialogs for the keyboard and for screen readers: every control has an accessible
name and takes focus, labels have buddies, the focus goes where the work starts, shortcuts open the
windows, and Esc closes them (the whole window, not only its contents)."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from desk_gui_support import make_window
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QComboBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)

from unnm_desktop.gui.desk.package_dialogs import PackageImportDialog
from unnm_desktop.gui.desk.tracker_window import MarkDoneDialog
from unnm_desktop.gui.directory.import_dialog import DirectoryImportDialog
from unnm_desktop.gui.main_window import MainWindow
from unnm_desktop.services.context import ServiceContext, open_context
from unnm_desktop.services.directory.csv_import import read_table
from unnm_desktop.services.meeting import meetings
from unnm_desktop.services.package.importer import export_package, read_package

WINDOWS = ("open_search", "open_register", "open_tracker", "open_gcm_report", "open_pending")


@pytest.fixture
def ctx(demo_ctx_of: Callable[[int], ServiceContext]) -> ServiceContext:
    """The demo (`fill_demo` on a new database), copied from the session's template: every test here opens it."""
    return demo_ctx_of(3)


@pytest.fixture
def window(qtbot, ctx: ServiceContext, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[MainWindow]:
    win = make_window(qtbot, ctx, tmp_path / "settings", monkeypatch)
    yield win
    win.close()


def _assert_named(root: QWidget) -> None:
    for kind in (QLineEdit, QPlainTextEdit, QComboBox, QAbstractItemView, QAbstractSpinBox, QAbstractButton):
        for widget in root.findChildren(kind):
            if widget.objectName().startswith("qt_") or not widget.objectName() or not widget.isVisibleTo(root):
                continue
            if isinstance(widget, QAbstractButton) and widget.text():
                continue  # a button's text is its accessible name
            assert widget.accessibleName(), widget.objectName()
            assert widget.focusPolicy() != Qt.FocusPolicy.NoFocus, widget.objectName()
    for label in root.findChildren(QLabel):
        if "&" in label.text().replace("&amp;", "").replace("&&", ""):
            assert label.buddy() is not None, label.objectName()


@pytest.mark.parametrize("opener", WINDOWS)
def test_desk_windows_are_named_and_esc_closes_them(qtbot, window: MainWindow, opener: str) -> None:
    opened = getattr(window.desk_menu, opener)()
    qtbot.waitExposed(opened)
    _assert_named(opened)
    inner = opened.root
    focus = opened.focusWidget() or inner
    QTest.keyClick(focus, Qt.Key.Key_Escape)
    assert not opened.isVisible()
    assert inner.isVisibleTo(opened)  # the contents are still there when the window is shown again
    assert getattr(window.desk_menu, opener)() is opened and opened.isVisible()


def test_shortcuts_open_the_windows(qtbot, window: MainWindow) -> None:
    window.activateWindow()
    window.meeting_list.setFocus()
    for keys, key in (("search", Qt.Key.Key_F), ("register", Qt.Key.Key_R), ("tracker", Qt.Key.Key_T),
                      ("gcm", Qt.Key.Key_G), ("pending", Qt.Key.Key_L)):  # fmt: skip
        window.activateWindow()
        QTest.keyClick(window, key, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
        assert keys in window.desk_menu.windows and window.desk_menu.windows[keys].isVisible(), keys
    search = window.desk_menu.windows["search"]
    assert search.focusWidget() is search.query  # ready to be typed into at once


def test_dialogs_are_named(qtbot, window: MainWindow, ctx: ServiceContext, tmp_path: Path) -> None:
    tracker = window.desk_menu.open_tracker()
    mark_done = MarkDoneDialog(tracker, ctx, tracker.model.rows[-1])
    qtbot.addWidget(mark_done)
    _assert_named(mark_done)
    assert mark_done.focusWidget() in (None, mark_done.date)

    draft = next(m for m in meetings.list_meetings(ctx) if m.status == "draft")
    path = export_package(ctx, draft.id, tmp_path / "p.unnmpkg")
    other = open_context(tmp_path / "other.sqlite3")
    try:
        preview = PackageImportDialog(window, other, read_package(path))
        qtbot.addWidget(preview)
        _assert_named(preview)
    finally:
        other.close()

    data = "Ad Soyad;Kurum\nÇiğdem Güneş;IOM\n".encode("cp1254")
    encoding, delimiter, columns, _rows = read_table(data)
    csv_dialog = DirectoryImportDialog(window, ctx, tmp_path / "a.csv", data, columns, encoding, delimiter)
    qtbot.addWidget(csv_dialog)
    _assert_named(csv_dialog)
    order = _tab_order(next(iter(csv_dialog.combos.values())), 10)
    assert order == [f"csvMap_{name}" for name in csv_dialog.combos] + ["csvSampleTable", "csvPlanTable"]


def _tab_order(start: QWidget, count: int) -> list[str]:
    """The object names of the next `count` widgets that Tab reaches from `start` (itself first)."""
    names, widget = [], start
    while len(names) < count:
        if widget.focusPolicy() & Qt.FocusPolicy.TabFocus and widget.isEnabled() and widget.objectName():
            names.append(widget.objectName())
        widget = widget.nextInFocusChain()
        if widget is start:
            break
    return names
