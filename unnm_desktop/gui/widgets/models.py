"""Qt item models over the services' plain views: one model per table, with column constants."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any, Generic, TypeVar

from PySide6.QtCore import (
    QAbstractListModel,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

from unnm_desktop.gui.i18n import long_date, short_date
from unnm_desktop.gui.widgets import vocabulary

Row = TypeVar("Row")
Index = QModelIndex | QPersistentModelIndex


class RowsModel(QAbstractTableModel, Generic[Row]):
    """A table of rows; subclasses give COLUMNS and `display(row, column)`, and may allow edits.

    The column titles are shown translated: mark them `QT_TRANSLATE_NOOP("TheModelClass", "Name")`, or give
    the context they are marked with in COLUMNS_CONTEXT.
    """

    COLUMNS: Sequence[str] = ()
    COLUMNS_CONTEXT: str = ""  # the translation context of COLUMNS; "" for the class's own name
    EDITABLE: frozenset[int] = frozenset()

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.rows: list[Row] = []
        self.on_edit: Callable[[Row, int, Any], bool] | None = None
        self.refusal = ""  # why on_edit refused the last value (see `refuse`), in the interface language

    def set_rows(self, rows: Sequence[Row]) -> None:
        """Show `rows` instead of the current ones: a reset, which closes any open editor (see update_rows)."""
        self.beginResetModel()
        self.rows = list(rows)
        self.endResetModel()

    def update_rows(self, rows: Sequence[Row]) -> None:
        """Show `rows`, resetting the model only when the set of rows changed (rows are told apart by their
        `id`): the same rows are updated in place, so an editor open in one of them stays open and keeps
        what is being typed; a reset would close it and send the next keystrokes into the wrong cell."""
        rows = list(rows)
        if [_row_key(row) for row in rows] != [_row_key(row) for row in self.rows]:
            self.set_rows(rows)
            return
        for row_index, row in enumerate(rows):
            if row != self.rows[row_index]:
                self.replace_row(row_index, row)

    def replace_row(self, row_index: int, new_row: Row) -> None:
        """Show `new_row` in place of row `row_index` (after an edit): one row changes, nothing is reset."""
        self.rows[row_index] = new_row
        if self.columnCount():
            self.dataChanged.emit(self.index(row_index, 0), self.index(row_index, self.columnCount() - 1))

    def row_of_key(self, key: object) -> int:
        """The index of the row whose `id` is `key`; -1 when none is."""
        for row_index, row in enumerate(self.rows):
            if _row_key(row) == key:
                return row_index
        return -1

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return QCoreApplication.translate(self.COLUMNS_CONTEXT or type(self).__name__, self.COLUMNS[section])
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self.rows[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return self.display(row, index.column())
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.tooltip(row, index.column())
        if role == Qt.ItemDataRole.ForegroundRole:
            return self.foreground(row, index.column())
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        flags = super().flags(index)
        if index.isValid() and index.column() in self.EDITABLE and self.on_edit is not None:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or self.on_edit is None or not index.isValid():
            return False
        self.refusal = ""
        return self.on_edit(self.rows[index.row()], index.column(), value)

    def refuse(self, reason: str) -> bool:
        """For on_edit: the value is refused because of `reason` (shown at the cell by gui/action_editors)."""
        self.refusal = reason
        return False

    def display(self, row: Row, column: int) -> Any:
        raise NotImplementedError

    def tooltip(self, row: Row, column: int) -> Any:
        return None

    def foreground(self, row: Row, column: int) -> Any:
        return None


def _row_key(row: Any) -> object:
    return getattr(row, "id", row)


class MeetingListModel(QAbstractListModel):
    ID_ROLE = Qt.ItemDataRole.UserRole + 1

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.meetings: list[Any] = []

    def set_meetings(self, meetings: Sequence[Any]) -> None:
        self.beginResetModel()
        self.meetings = list(meetings)
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.meetings)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        meeting = self.meetings[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            status = vocabulary.word(vocabulary.MEETING_STATUS, meeting.status)
            return f"{short_date(meeting.start)}  ·  {status}\n{meeting.title}"
        if role == Qt.ItemDataRole.ToolTipRole:
            return f"{meeting.reference}\n{meeting.title}"
        if role == Qt.ItemDataRole.AccessibleTextRole:
            status = vocabulary.word(vocabulary.MEETING_STATUS, meeting.status)
            return f"{meeting.title}, {long_date(meeting.start)}, {status}"
        if role == self.ID_ROLE:
            return meeting.id
        return None

    def row_of(self, meeting_id: str) -> int:
        for row, meeting in enumerate(self.meetings):
            if meeting.id == meeting_id:
                return row
        return -1
