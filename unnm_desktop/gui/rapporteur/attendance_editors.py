"""Attendance table editing: role and status chosen from drop-downs, rows updated in place.

An edit replaces its own row and says so with dataChanged; the model is reset only when the set of rows
changes, never under an open editor (a reset there loses the edit and sends the next keys elsewhere).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import QComboBox, QStyledItemDelegate, QStyleOptionViewItem, QWidget

from unnm_desktop.gui.widgets import vocabulary
from unnm_desktop.gui.widgets.models import RowsModel

Index = QModelIndex | QPersistentModelIndex


def replace_rows_in_place(model: RowsModel[Any], rows: Sequence[Any]) -> bool:
    """Give `model` the new `rows`; rows with the same ids in the same order are replaced one by one with
    dataChanged (open editors and the selection stay), anything else resets the model. True if in place."""
    if [getattr(r, "id", None) for r in rows] != [getattr(r, "id", None) for r in model.rows]:
        model.set_rows(rows)
        return False
    last_column = model.columnCount() - 1
    for number, row in enumerate(rows):
        if row != model.rows[number]:
            model.rows[number] = row
            model.dataChanged.emit(model.index(number, 0), model.index(number, last_column))
    return True


class ChoiceDelegate(QStyledItemDelegate):
    """A drop-down of the translated words of a vocabulary; the model receives the stored value."""

    def __init__(self, words: dict[str, str], parent: Any = None) -> None:
        super().__init__(parent)
        self.words = words

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index) -> QWidget:
        editor = QComboBox(parent)
        for value, label in vocabulary.choices(self.words):
            editor.addItem(label, value)
        editor.setAccessibleName(str(index.model().headerData(index.column(), Qt.Orientation.Horizontal)))
        return editor

    def setEditorData(self, editor: QWidget, index: Index) -> None:
        assert isinstance(editor, QComboBox)
        found = editor.findText(str(index.data(Qt.ItemDataRole.EditRole)))
        editor.setCurrentIndex(max(found, 0))

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: Index) -> None:
        assert isinstance(editor, QComboBox)
        model.setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)


__all__ = ["ChoiceDelegate", "replace_rows_in_place"]
