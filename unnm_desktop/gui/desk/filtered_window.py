"""The skeleton the decision register and the action tracker share: filters at the top, a table of the rows
that pass them, the selected row in full beside it, and Enter (or Open meeting) showing that row in the main
window. Each window keeps what is its own: its filters, its columns, its detail and its exports.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from html import escape
from typing import TYPE_CHECKING, Generic, Protocol, TypeVar

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import (
    QAbstractButton,
    QComboBox,
    QDateEdit,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QTextBrowser,
    QWidget,
)

from unnm_desktop.domain.errors import UserFacingError
from unnm_desktop.gui.desk.parts import DeskDialog, current_row, fixed_rows
from unnm_desktop.gui.i18n import error_text
from unnm_desktop.gui.lazy_services import directory
from unnm_desktop.gui.widgets.messages import warn
from unnm_desktop.gui.widgets.uiload import child

if TYPE_CHECKING:
    from pathlib import Path

    from unnm_desktop.gui.shell import Place, Shell
    from unnm_desktop.gui.widgets.models import RowsModel


class Record(Protocol):
    """A row of these windows: a frozen view of services/desk/views.py, told apart by its id."""

    @property
    def id(self) -> str: ...


Row = TypeVar("Row", bound=Record)

TYPING_PAUSE_MS = 300  # words typed in a filter are looked up after a pause, not at every key


class FilteredTableWindow(DeskDialog, Generic[Row]):
    """A desk window listing records across meetings, built from ui/<prefix>_window.ui (object name
    <prefix>Window), whose parts are named <prefix>Table, <prefix>Detail, <prefix>Count, <prefix>OpenMeeting,
    <prefix>Splitter and <prefix>Close.

    A window builds its filters and hands them to `reload_when_changed`, then calls `reload()`. It gives:
    `load()` (the rows that pass its filters, from its service), `count_text(rows)`, `detail_html(row)`,
    `nothing_selected()` and `place(row)` (where the row is in the main window). Its own texts stay in its
    own methods, so that they keep their translation context (the class name).
    """

    def __init__(
        self,
        window: Shell,
        prefix: str,
        model_class: type[RowsModel[Row]],
        *,
        row_lines: int,
        split: tuple[int, int],
    ) -> None:
        super().__init__(window, f"{prefix}Window", f"{prefix}_window")
        root = self.root
        self.table = child(root, QTableView, f"{prefix}Table")
        self.detail = child(root, QTextBrowser, f"{prefix}Detail")
        self.count = child(root, QLabel, f"{prefix}Count")
        self.open_button = child(root, QPushButton, f"{prefix}OpenMeeting")
        self.row_buttons: list[QAbstractButton] = [self.open_button]  # usable only while a row is selected
        self.filter_widgets: list[QWidget] = []
        self._holding_reloads = False
        self.model: RowsModel[Row] = model_class(self)
        self.table.setModel(self.model)
        fixed_rows(self.table, row_lines)
        splitter = child(root, QSplitter, f"{prefix}Splitter")
        splitter.setStretchFactor(0, split[0])
        splitter.setStretchFactor(1, split[1])
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(TYPING_PAUSE_MS)
        self.timer.timeout.connect(self.reload)
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._show_current())
        self.table.activated.connect(lambda _index: self.open_meeting())  # Enter or a double click
        self.open_button.clicked.connect(self.open_meeting)
        child(root, QPushButton, f"{prefix}Close").clicked.connect(self.close)

    # --- what each window gives ----------------------------------------------------------------------------

    def load(self) -> list[Row]:
        """The rows that pass the window's filters, from its service (UserFacingError: said in the count)."""
        raise NotImplementedError

    def count_text(self, rows: list[Row]) -> str:
        """How many rows are shown, in words."""
        raise NotImplementedError

    def detail_html(self, row: Row) -> str:
        """The selected row in full, as HTML."""
        raise NotImplementedError

    def nothing_selected(self) -> str:
        """What the detail says when no row is selected."""
        raise NotImplementedError

    def place(self, row: Row) -> Place:
        """Where the row is shown in the main window."""
        raise NotImplementedError

    # --- building --------------------------------------------------------------------------------------------

    def size_columns(self, widths: Iterable[tuple[int, int]], stretch: int) -> None:
        """(column, width) pairs the user may widen by dragging, and the `stretch` column taking what is
        left. Widths come from the caller (the font, not the contents: measuring thousands of rows is slow)."""
        header = self.table.horizontalHeader()
        for column, width in widths:
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
            self.table.setColumnWidth(column, width)
        header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)

    def fill_organisations(self, combo: QComboBox, anyone: str) -> None:
        """`anyone` (no filter, translated by the caller), then every organisation of the directory."""
        combo.addItem(anyone, None)
        for org in directory.list_organizations(self.ctx):
            combo.addItem(f"{org.acronym} — {org.name_en}" if org.name_en else org.acronym, org.id)

    def reload_when_changed(self, *filters: QWidget) -> None:
        """Show the rows again whenever one of these filters changes; words typed wait for a pause."""
        for widget in filters:
            self.filter_widgets.append(widget)
            if isinstance(widget, QLineEdit):
                widget.textChanged.connect(lambda _text: self.timer.start())
            elif isinstance(widget, QComboBox):
                widget.currentIndexChanged.connect(lambda _index: self.reload())
            elif isinstance(widget, QAbstractButton):
                widget.toggled.connect(lambda _on: self.reload())
            elif isinstance(widget, QDateEdit):
                widget.dateChanged.connect(lambda _date: self.reload())
            else:
                raise TypeError(f"{type(widget).__name__} is not a filter this window knows how to follow")

    # --- the rows ----------------------------------------------------------------------------------------------

    def clear_filters(self) -> None:
        """Every filter back to letting everything through (dates keep their values, unticked); one reload."""
        self._holding_reloads = True
        try:
            for widget in self.filter_widgets:
                if isinstance(widget, QComboBox):
                    widget.setCurrentIndex(0)
                elif isinstance(widget, QAbstractButton):
                    widget.setChecked(False)
                elif isinstance(widget, QLineEdit):
                    widget.clear()
        finally:
            self._holding_reloads = False
        self.reload()

    def reload(self) -> None:
        """Read the rows that pass the filters again, the same record selected (by id), else the first."""
        self.timer.stop()
        if self._holding_reloads:
            return
        selected = self.current()
        try:
            rows = self.load()
        except UserFacingError as error:  # e.g. the period ends before it starts: said where the count is
            rows, count = [], error_text(error)
        else:
            count = self.count_text(rows)
        self.model.set_rows(rows)
        ids = [row.id for row in rows]
        if ids:
            self.table.selectRow(ids.index(selected.id) if selected is not None and selected.id in ids else 0)
        self.count.setText(count)
        self._show_current()

    def current(self) -> Row | None:
        return current_row(self.table, self.model.rows)

    def _show_current(self) -> None:
        row = self.current()
        for button in self.row_buttons:
            button.setEnabled(row is not None)
        self.detail.setHtml(self.detail_html(row) if row is not None else f"<p>{escape(self.nothing_selected())}</p>")

    def open_meeting(self) -> None:
        """Show the selected row in the main window: its meeting, on its tab, with the record selected."""
        row = self.current()
        if row is None:
            return
        try:
            self.window_.reveal(self.place(row))
        except UserFacingError as error:  # e.g. the meeting was deleted since the rows were read
            warn(self, self.open_button.text().replace("&", ""), error_text(error))

    # --- export ------------------------------------------------------------------------------------------------

    def export_rows(
        self,
        write: Callable[[list[Row], Path], Path],
        file_name: str,
        *,
        caption: str,
        kind: str,
        failed: str,
        exported: tuple[str, str],
    ) -> Path | None:
        """The rows shown, written by `write(rows, target)` to a file the user chooses (see DeskDialog
        .save_export); `exported`: the status bar's "1 … exported to {path}" and "{count} … to {path}"."""
        rows = list(self.model.rows)
        written = self.save_export(lambda target: write(rows, target), file_name, caption=caption, kind=kind,
                                   failed=failed)  # fmt: skip
        if written is not None:
            one, many = exported
            self.window_.show_message((one if len(rows) == 1 else many).format(count=len(rows), path=written))
        return written


__all__ = ["TYPING_PAUSE_MS", "FilteredTableWindow"]
