"""The positions table of the Decisions tab: one row per attending organisation, its position chosen from a
drop-down that opens like any cell editor, and the statement for the record shown in full (wrapped rows, a
tooltip with the whole text, a multi-line editor).

The cells are edited as in a spreadsheet: arrows move, typing or F2 opens the editor, Tab saves and opens
the next cell, Enter saves, Escape cancels. Rows are updated in place; the table is refilled only when the
decision shown changes, never under an open editor.
"""

from __future__ import annotations

from PySide6.QtCore import QAbstractItemModel, QCoreApplication, QElapsedTimer, QEvent, QModelIndex, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QComboBox,
    QHeaderView,
    QPlainTextEdit,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from unnm_desktop.domain.enums import PositionKind
from unnm_desktop.domain.text import fold
from unnm_desktop.gui.widgets import vocabulary
from unnm_desktop.services.views import PositionView

ORG, POSITION, STATEMENT, PARAGRAPH, DEADLINE = range(5)
NO_POSITION = ""
ORG_ID = Qt.ItemDataRole.UserRole
KIND = Qt.ItemDataRole.UserRole + 2
EDIT_TRIGGERS = (
    QAbstractItemView.EditTrigger.DoubleClicked
    | QAbstractItemView.EditTrigger.SelectedClicked
    | QAbstractItemView.EditTrigger.EditKeyPressed
    | QAbstractItemView.EditTrigger.AnyKeyPressed
)
LOCKED_REASON = "lockedReason"  # dynamic property of the table: why its cells cannot be edited now


def kind_word(kind: str) -> str:
    return vocabulary.word(vocabulary.POSITION, kind) if kind else "—"


def _locked_reason(item: QTableWidgetItem) -> str:
    table = item.tableWidget()
    return str(table.property(LOCKED_REASON) or "") if table is not None else ""


class PositionItem(QTableWidgetItem):
    """The position cell: holds the kind (KIND role) and shows it in words, so one setData changes both."""

    def __init__(self, kind: str) -> None:
        super().__init__()
        self.setData(KIND, kind)

    def data(self, role: int) -> object:
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return kind_word(str(super().data(KIND) or ""))
        if role == Qt.ItemDataRole.ToolTipRole:
            return _locked_reason(self) or None
        return super().data(role)


class StatementItem(QTableWidgetItem):
    """A statement cell whose tooltip is the whole statement (and why it cannot be edited, when it cannot)."""

    def data(self, role: int) -> object:
        if role == Qt.ItemDataRole.ToolTipRole:
            parts = [part for part in (self.text(), _locked_reason(self)) if part]
            return "\n\n".join(parts) or None
        return super().data(role)


class PositionCombo(QComboBox):
    """The position drop-down, with type-ahead the Turkish way: "i" finds "İtiraz ediyor", "c" "Çekimser"
    (Qt's own search folds case without Turkish rules, so "i" would find nothing)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._typed = ""
        self._since = QElapsedTimer()
        for kind in (NO_POSITION, *(k.value for k in PositionKind)):
            self.addItem(kind_word(kind), kind)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        text = event.text()
        plain = not event.modifiers() & ~(Qt.KeyboardModifier.ShiftModifier | Qt.KeyboardModifier.KeypadModifier)
        if not (text and plain and text.isprintable() and not text.isspace()):
            super().keyPressEvent(event)
            return
        if not self._since.isValid() or self._since.elapsed() > QApplication.keyboardInputInterval():
            self._typed = ""
        self._since.start()
        self._typed += text
        wanted = fold(self._typed)
        row = next((r for r in range(self.count()) if fold(self.itemText(r)).startswith(wanted)), -1)
        if row >= 0:
            self.setCurrentIndex(row)
        event.accept()


class PositionDelegate(QStyledItemDelegate):
    """The position drop-down, opened on the cell: a first letter typed chooses ("r" → Reservation)."""

    def createEditor(self, parent: QWidget, _option: QStyleOptionViewItem, index: QModelIndex) -> QWidget:
        combo = PositionCombo(parent)
        organisation = index.siblingAtColumn(ORG).data()
        combo.setAccessibleName(
            QCoreApplication.translate("DecisionsPage", "Position of {organisation}").format(organisation=organisation)
        )
        return combo

    def setEditorData(self, editor: QWidget, index: QModelIndex) -> None:
        assert isinstance(editor, QComboBox)
        editor.setCurrentIndex(max(0, editor.findData(index.data(KIND) or NO_POSITION)))

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: QModelIndex) -> None:
        assert isinstance(editor, QComboBox)
        if editor.currentData() != (index.data(KIND) or NO_POSITION):
            model.setData(index, editor.currentData(), KIND)


class StatementEditor(QPlainTextEdit):
    """A multi-line editor as tall as the statement it holds (up to the bottom of the table)."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setTabChangesFocus(True)
        self.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        self.setAccessibleName(QCoreApplication.translate("DecisionsPage", "Statement for the record"))
        self.cell_height = 0
        self.document().documentLayout().documentSizeChanged.connect(lambda _size: self.fit_to_text())

    def fit_to_text(self) -> None:
        lines = max(1, int(self.document().size().height()))  # QPlainTextEdit counts its size in lines
        margins = self.contentsMargins()
        wanted = lines * self.fontMetrics().lineSpacing() + 2 * int(self.document().documentMargin())
        wanted += margins.top() + margins.bottom() + 2
        room = self.parentWidget().height() - self.y() if self.parentWidget() else wanted
        self.resize(self.width(), max(self.cell_height, min(wanted, max(room, self.cell_height))))


class StatementDelegate(QStyledItemDelegate):
    """Statements are edited whole, in a box that grows with the text. Enter saves, Shift+Enter starts a new
    line, Tab saves and moves on, Escape cancels."""

    def createEditor(self, parent: QWidget, _option: QStyleOptionViewItem, _index: QModelIndex) -> QWidget:
        return StatementEditor(parent)

    def setEditorData(self, editor: QWidget, index: QModelIndex) -> None:
        assert isinstance(editor, QPlainTextEdit)
        editor.setPlainText(str(index.data(Qt.ItemDataRole.EditRole) or ""))
        editor.selectAll()  # as a line edit does: the key that opened the editor replaces, F2 then End appends

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: QModelIndex) -> None:
        assert isinstance(editor, QPlainTextEdit)
        if editor.toPlainText() != (index.data(Qt.ItemDataRole.EditRole) or ""):
            model.setData(index, editor.toPlainText(), Qt.ItemDataRole.EditRole)

    def updateEditorGeometry(self, editor: QWidget, option: QStyleOptionViewItem, _index: QModelIndex) -> None:
        assert isinstance(editor, StatementEditor)
        editor.cell_height = option.rect.height()
        editor.setGeometry(option.rect)
        editor.fit_to_text()

    def eventFilter(self, editor: QObject, event: QEvent) -> bool:
        if isinstance(editor, QPlainTextEdit) and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                if event.modifiers() & Qt.KeyboardModifier.ShiftModifier:
                    editor.insertPlainText("\n")
                else:
                    self.commitData.emit(editor)
                    self.closeEditor.emit(editor, QStyledItemDelegate.EndEditHint.NoHint)
                return True
        return super().eventFilter(editor, event)


def set_up(table: QTableWidget) -> None:
    """Columns, delegates and row sizing of the positions table."""
    table.setColumnCount(5)
    table.setHorizontalHeaderLabels(
        [
            QCoreApplication.translate("DecisionsPage", "Organisation"),
            QCoreApplication.translate("DecisionsPage", "Position"),
            QCoreApplication.translate("DecisionsPage", "Statement for the record"),
            QCoreApplication.translate("DecisionsPage", "Paragraph"),
            QCoreApplication.translate("DecisionsPage", "Deadline"),
        ]
    )
    header = table.horizontalHeader()
    header.setSectionResizeMode(STATEMENT, QHeaderView.ResizeMode.Stretch)
    for column, width in ((POSITION, 190), (PARAGRAPH, 80), (DEADLINE, 95)):
        header.setSectionResizeMode(column, QHeaderView.ResizeMode.Fixed)
        table.setColumnWidth(column, width)
    table.verticalHeader().setVisible(False)
    # Rows grow with their statement, so a long one is read whole, wrapped, without opening it.
    table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    table.setWordWrap(True)
    table.setTextElideMode(Qt.TextElideMode.ElideNone)
    table.setItemDelegateForColumn(POSITION, PositionDelegate(table))
    table.setItemDelegateForColumn(STATEMENT, StatementDelegate(table))
    table.setEditTriggers(EDIT_TRIGGERS)


def fill(table: QTableWidget, rows: list[tuple[str, str]], held: dict[str, PositionView]) -> None:
    """One row per (organisation id, acronym); call only when no editor is open (a new decision shown)."""
    table.setRowCount(len(rows))
    for row, (org_id, acronym) in enumerate(rows):
        name = QTableWidgetItem(acronym)
        name.setData(ORG_ID, org_id)
        name.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
        table.setItem(row, ORG, name)
        table.setItem(row, POSITION, PositionItem(NO_POSITION))
        table.setItem(row, STATEMENT, StatementItem(""))
        for column in (PARAGRAPH, DEADLINE):
            table.setItem(row, column, QTableWidgetItem(""))
        show_position(table, row, held.get(org_id))
    table.resizeColumnToContents(ORG)


def show_position(
    table: QTableWidget, row: int, position: PositionView | None, typed: dict[str, str | None] | None = None
) -> None:
    """Update one row in place from what is saved (the caller ignores the itemChanged this sends); `typed`
    (row_extras) keeps a refused statement, paragraph and deadline on screen."""
    deadline = position.ad_referendum_deadline if position else None
    values = {
        POSITION: position.kind if position else NO_POSITION,
        STATEMENT: position.statement if position else "",
        PARAGRAPH: (position.paragraph_ref or "") if position else "",
        DEADLINE: deadline.isoformat() if deadline else "",
    }
    if typed is not None:
        values.update({STATEMENT: typed["statement"] or "", PARAGRAPH: typed["paragraph_ref"] or "",
                       DEADLINE: typed["deadline"] or ""})  # fmt: skip
    for column, value in values.items():
        item = table.item(row, column)
        role = KIND if column == POSITION else Qt.ItemDataRole.EditRole
        if item is not None and item.data(role) != value:
            item.setData(role, value)


def row_of(table: QTableWidget, org_id: str) -> int:
    for row in range(table.rowCount()):
        item = table.item(row, ORG)
        if item is not None and item.data(ORG_ID) == org_id:
            return row
    return -1


def row_extras(table: QTableWidget, row: int) -> dict[str, str | None]:
    """What the row shows besides the position: the fields set_position saves with it."""

    def cell(column: int) -> str:
        item = table.item(row, column) if row >= 0 else None
        return item.text() if item else ""

    return {"statement": cell(STATEMENT), "paragraph_ref": cell(PARAGRAPH) or None, "deadline": cell(DEADLINE) or None}


def typed_without_position(table: QTableWidget) -> dict[str, dict[str, str | None]]:
    """What the rows of organisations without a position yet show (row_extras), by organisation id."""
    return {
        table.item(row, ORG).data(ORG_ID): row_extras(table, row)
        for row in range(table.rowCount())
        if not table.item(row, POSITION).data(KIND)
    }


def editing(table: QTableWidget) -> bool:
    return table.state() == QAbstractItemView.State.EditingState
