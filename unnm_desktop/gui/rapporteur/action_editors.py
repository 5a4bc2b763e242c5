"""The editors of the action-point tables, moved through as in a spreadsheet.

    CellEditors(view, {Model.DUE: DueDateEdit, ...})   # installs itself as the view's delegate

- Tab and Shift+Tab save the cell and open the next (previous) editable one, row after row; Tab in the last
  cell of the table saves it and ends editing. Enter saves and goes down to the cell below, as in a
  spreadsheet (typing there, or F2, edits it). Esc puts the cell back as it was.
- A value the rules refuse keeps what was typed: the editor stays open with it (or opens again with it
  when the click went elsewhere), and the reason is shown at the cell and in a line under the table.
- The model is never reset under an open editor: a saved cell updates its own row (RowsModel.replace_row).

The models' `on_edit` says why a value is refused with `RowsModel.refusal` (see ActionsPage).
"""

from __future__ import annotations

from collections.abc import Callable
from enum import Enum
from typing import Any

from PySide6.QtCore import (
    QAbstractItemModel,
    QCoreApplication,
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemDelegate,
    QAbstractItemView,
    QApplication,
    QComboBox,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QToolTip,
    QWidget,
)

from unnm_desktop.gui.i18n import ui_locale
from unnm_desktop.gui.widgets import vocabulary

EditorFactory = Callable[[QWidget], QWidget]
Index = QModelIndex | QPersistentModelIndex
_NO_TYPING_MODIFIERS = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier


class Move(Enum):
    NEXT = 1
    PREVIOUS = -1
    DOWN = 0


def status_help() -> str:
    """The action statuses in words: "Open, In progress, Done or Dropped"."""
    words = dict(vocabulary.choices(vocabulary.ACTION_STATUS))
    return QCoreApplication.translate("ActionsPage", "{open}, {in_progress}, {done} or {dropped}").format(**words)


def _typed(text: str) -> set[str]:
    text = text.strip()
    return {text.casefold().replace(" ", "_"), ui_locale().toLower(text).replace(" ", "_")}


def status_value(text: str) -> str:
    """The stored status for a status word (in the interface language or in English) or the stored value
    itself; what is not recognised comes back as typed, for the service to refuse."""
    typed = _typed(text)
    for value, english in vocabulary.ACTION_STATUS.items():
        if typed & (_typed(value) | _typed(english) | _typed(vocabulary.word(vocabulary.ACTION_STATUS, value))):
            return value
    return text.strip().lower().replace(" ", "_")


def cell_keys_help() -> str:
    """The keys of an editable table, for tooltips and the guide."""
    return QCoreApplication.translate(
        "CellEditors",
        "Tab: next cell · Shift+Tab: previous cell · Enter: save and go down · Esc: undo the cell · F2: edit",
    )


class StatusCombo(QComboBox):
    """The action statuses as words in the interface language; the stored value is the item's data."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("statusCombo")
        self.setAccessibleName(QCoreApplication.translate("CellEditors", "Status"))
        for value, word in vocabulary.choices(vocabulary.ACTION_STATUS):
            self.addItem(word, value)

    def value(self) -> str:
        return str(self.currentData())

    def set_value(self, text: str) -> None:
        found = self.findData(status_value(text)) if text else -1
        self.setCurrentIndex(max(found, 0))


def _value(editor: QWidget) -> Any:
    getter = getattr(editor, "value", None) or getattr(editor, "text", None)
    return getter() if getter is not None else None


def _set_value(editor: QWidget, text: str) -> None:
    setter = getattr(editor, "set_value", None) or getattr(editor, "setText", None)
    if setter is not None:
        setter(text)


def _within(widget: QWidget | None, editor: QWidget) -> bool:
    while widget is not None:
        if widget is editor:
            return True
        widget = widget.parentWidget()
    return False


class CellEditors(QStyledItemDelegate):
    """The view's delegate: one editor per column (a plain line edit where none is given)."""

    refused = Signal(str)  # the reason, in the interface language
    saved = Signal()

    def __init__(self, view: QTableView, editors: dict[int, EditorFactory]) -> None:
        super().__init__(view)
        self.view = view
        self.factories = editors
        self.editor: QWidget | None = None
        self.index = QPersistentModelIndex()
        self._initial: Any = None
        self._pending: dict[tuple[int, int], str] = {}  # refused typing, by cell: the editor reopens with it
        self._busy = False  # saving: a dialog the save opens must not end the editing
        self._from_keys = False
        self._saved_ok = True
        view.setItemDelegate(self)
        view.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
        )

    # --- editors --------------------------------------------------------------------------------

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index) -> QWidget:
        factory = self.factories.get(index.column())
        editor = factory(parent) if factory is not None else super().createEditor(parent, option, index)
        self.editor = editor
        self.index = QPersistentModelIndex(index)
        editor.destroyed.connect(lambda _obj=None, e=editor: self._forget(e))
        return editor

    def _forget(self, editor: QWidget) -> None:
        if self.editor is editor:
            self.editor = None

    def destroyEditor(self, editor: QWidget, index: Index) -> None:
        if self.editor is editor:
            self.editor = None
        super().destroyEditor(editor, index)

    def setEditorData(self, editor: QWidget, index: Index) -> None:
        shown = index.data(Qt.ItemDataRole.EditRole)
        shown = "" if shown is None else str(shown)
        _set_value(editor, shown)
        self._initial = _value(editor)
        pending = self._pending.get((index.row(), index.column()))
        if pending is not None:
            _set_value(editor, pending)

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: Index) -> None:
        cell = (index.row(), index.column())
        value = _value(editor)
        if value == self._initial and cell not in self._pending:
            self._saved_ok = True
            return
        self._busy = True
        try:
            self._saved_ok = bool(model.setData(index, value, Qt.ItemDataRole.EditRole))
        finally:
            self._busy = False
        if self._saved_ok:
            self._pending.pop(cell, None)
            self._initial = value
            self.saved.emit()
            return
        self._pending[cell] = str(value)
        self._show_refusal(index, str(getattr(model, "refusal", "") or ""))
        if not self._from_keys:
            # The view saved because the focus or the current cell moved; it closes the editor next. Open it
            # again on the refused cell, with what was typed, once that is done.
            target = QPersistentModelIndex(index)
            QTimer.singleShot(0, lambda: self._reopen(target))

    def _reopen(self, target: QPersistentModelIndex) -> None:
        if not target.isValid() or not self.view.isVisible() or self.editor is not None:
            return
        index = self.view.model().index(target.row(), target.column())
        self.view.setCurrentIndex(index)
        self.view.edit(index)

    def _show_refusal(self, index: Index, reason: str) -> None:
        rect = self.view.visualRect(self.view.model().index(index.row(), index.column()))
        QToolTip.showText(self.view.viewport().mapToGlobal(rect.bottomLeft()), reason, self.view.viewport(), rect,
                          8000)  # fmt: skip
        self.refused.emit(reason)

    # --- saving -----------------------------------------------------------------------------------

    def commit(self) -> bool:
        """Save the open editor, if any (before a row is added, say); False when its value was refused."""
        editor = self.editor
        if editor is None or not self.index.isValid():
            return True
        self._from_keys = True
        try:
            accept = getattr(editor, "accept_suggestion", None)
            if accept is not None:
                accept()
            self.setModelData(editor, self.view.model(), self.view.model().index(self.index.row(),
                                                                                self.index.column()))  # fmt: skip
        finally:
            self._from_keys = False
        return self._saved_ok

    def close_open_editor(self, save: bool = True) -> bool:
        """End the editing under way: saved first when `save`, reverted otherwise; False when refused."""
        editor = self.editor
        if editor is None:
            return True
        if save and not self.commit():
            return False
        if not save:
            self._pending.pop((self.index.row(), self.index.column()), None)
        self.closeEditor.emit(editor, QAbstractItemDelegate.EndEditHint.NoHint)
        return True

    def _save_and_move(self, editor: QWidget, move: Move) -> None:
        if not self.commit():
            return  # refused: the editor stays open with what was typed; the reason is on screen
        start = QModelIndex(self.view.model().index(self.index.row(), self.index.column()))
        target = self._target(start, move)
        self.closeEditor.emit(editor, QAbstractItemDelegate.EndEditHint.NoHint)
        if target.isValid():
            self.view.setCurrentIndex(target)
            if move is not Move.DOWN:
                self.view.edit(target)

    def _target(self, start: QModelIndex, move: Move) -> QModelIndex:
        model = self.view.model()
        rows, columns = model.rowCount(), model.columnCount()
        if move is Move.DOWN:
            return model.index(start.row() + 1, start.column()) if start.row() + 1 < rows else QModelIndex()
        position = start.row() * columns + start.column()
        while True:
            position += move.value
            if position < 0 or position >= rows * columns:
                return QModelIndex()
            candidate = model.index(position // columns, position % columns)
            if self.view.isColumnHidden(candidate.column()):
                continue
            if candidate.flags() & Qt.ItemFlag.ItemIsEditable:
                return candidate

    # --- keys and focus ---------------------------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        editor = self.editor
        if watched is not editor or editor is None:
            return super().eventFilter(watched, event)
        if event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            return self._key(editor, event) or super().eventFilter(watched, event)
        if event.type() == QEvent.Type.FocusOut:
            return self._focus_out(editor)
        return super().eventFilter(watched, event)

    def _key(self, editor: QWidget, event: QKeyEvent) -> bool:
        if event.modifiers() & _NO_TYPING_MODIFIERS:
            return False
        key = event.key()
        if key == Qt.Key.Key_Tab:
            self._save_and_move(editor, Move.NEXT)
        elif key == Qt.Key.Key_Backtab:
            self._save_and_move(editor, Move.PREVIOUS)
        elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            if isinstance(editor, QComboBox) and editor.view().isVisible():
                return False  # Enter picks the item in the open list
            self._save_and_move(editor, Move.DOWN)
        elif key == Qt.Key.Key_Escape:
            close_popup = getattr(editor, "close_popup", None)
            if close_popup is not None and close_popup():
                return True
            self._pending.pop((self.index.row(), self.index.column()), None)
            self.saved.emit()  # nothing refused is left on screen
            return False  # the base reverts the cell and closes the editor
        else:
            return False
        return True

    def _focus_out(self, editor: QWidget) -> bool:
        if self._busy:
            return True  # a dialog opened by the save (a new organisation) has the focus for now
        focus = QApplication.focusWidget()
        popup_open = getattr(editor, "popup_open", None)
        if _within(focus, editor) or (popup_open is not None and popup_open()):
            return False
        if focus is None or focus.window() is not editor.window():
            return True  # another window (or program) has the focus: the editor waits there, with the typing
        if not self.commit():
            return True  # refused: the editor stays, with the typing and the reason
        self.closeEditor.emit(editor, QAbstractItemDelegate.EndEditHint.NoHint)
        return True
