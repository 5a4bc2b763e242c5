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

from unnm_desktop.gui import vocabulary
from unnm_desktop.gui.i18n import long_date, short_date

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

    def set_rows(self, rows: Sequence[Row]) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self.endResetModel()

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
        return self.on_edit(self.rows[index.row()], index.column(), value)

    def display(self, row: Row, column: int) -> Any:
        raise NotImplementedError

    def tooltip(self, row: Row, column: int) -> Any:
        return None

    def foreground(self, row: Row, column: int) -> Any:
        return None


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
