"""How the directory's tables are laid out and moved through: column widths, a row selected by its id,
Enter from a search box to the first match, the new row shown after an add."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QSortFilterProxyModel, Qt
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QLineEdit, QTableView

from unnm_desktop.gui.directory.table_model import DirectoryTableModel


def set_header(table: QTableView, modes: dict[int, QHeaderView.ResizeMode]) -> None:
    table.verticalHeader().setDefaultSectionSize(table.fontMetrics().height() + 10)
    header = table.horizontalHeader()
    header.setHighlightSections(False)
    header.setStretchLastSection(False)
    for column, mode in modes.items():
        header.setSectionResizeMode(column, mode)


def select_row(table: QTableView, model: DirectoryTableModel, proxy: QSortFilterProxyModel, record_id: str) -> bool:
    """Select and show the row of `record_id`; False if it is not there or the search hides it."""
    number = model.row_of(record_id)
    if number < 0:
        return False
    index = proxy.mapFromSource(model.index(number, 0))
    if not index.isValid():
        return False
    table.selectRow(index.row())
    table.setCurrentIndex(index)
    table.scrollTo(index, QAbstractItemView.ScrollHint.PositionAtCenter)
    return True


def focus_first_row(table: QTableView) -> None:
    """Enter in a search box goes to the first match, ready for arrows, F2 and Ctrl+click."""
    model = table.model()
    if model.rowCount() == 0:
        return
    current = table.currentIndex()
    if not current.isValid():
        table.setCurrentIndex(model.index(0, 0))
    table.setFocus(Qt.FocusReason.OtherFocusReason)


def show_added_row(
    record_id: str, form: tuple[QLineEdit, ...], search: QLineEdit, select: Callable[[str], bool]
) -> None:
    """After an add: the form emptied for the next one and the new row selected (the search cleared if it
    hid it)."""
    for field in form:
        field.clear()
    if not select(record_id):
        search.clear()
        select(record_id)
