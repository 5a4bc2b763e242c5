"""The notes editor's formatting: bold, italic, bulleted and numbered lists (toggled as in Word), the stamp."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtGui import QAction, QFont, QKeySequence, QTextBlock, QTextCharFormat, QTextCursor, QTextListFormat
from PySide6.QtWidgets import QTextEdit, QToolBar, QVBoxLayout, QWidget


class NotesFormatter(QObject):
    """Formatting commands on one QTextEdit, as a toolbar (in `host`) and as the editor's shortcuts."""

    def __init__(self, editor: QTextEdit, host: QWidget) -> None:
        super().__init__(editor)
        self.editor = editor
        self.actions = self._build_toolbar(host)

    def _build_toolbar(self, host: QWidget) -> list[QAction]:
        # The context these commands had when they lived in AgendaPage: their Turkish stays in the catalogue.
        translate = QCoreApplication.translate
        bar = QToolBar(host)
        bar.setObjectName("notesToolbar")
        bar.setAccessibleName(translate("AgendaPage", "Notes formatting"))
        layout = QVBoxLayout(host)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(bar)
        specs: list[tuple[str, QKeySequence | QKeySequence.StandardKey, Callable[[], None]]] = [
            (translate("AgendaPage", "Bold"), QKeySequence.StandardKey.Bold, self.toggle_bold),
            (translate("AgendaPage", "Italic"), QKeySequence.StandardKey.Italic, self.toggle_italic),
            (translate("AgendaPage", "Bulleted list"), QKeySequence("Ctrl+Shift+8"),
             lambda: self.toggle_list(QTextListFormat.Style.ListDisc)),
            (translate("AgendaPage", "Numbered list"), QKeySequence("Ctrl+Shift+7"),
             lambda: self.toggle_list(QTextListFormat.Style.ListDecimal)),
        ]  # fmt: skip
        actions = []
        for text, shortcut, slot in specs:
            action = QAction(text, self.editor)
            action.setShortcut(shortcut)
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            action.setToolTip(f"{text} ({QKeySequence(shortcut).toString(QKeySequence.SequenceFormat.NativeText)})")
            action.triggered.connect(slot)
            self.editor.addAction(action)
            bar.addAction(action)
            actions.append(action)
        return actions

    def toggle_bold(self) -> None:
        fmt = QTextCharFormat()
        bold = self.editor.fontWeight() != QFont.Weight.Bold
        fmt.setFontWeight(QFont.Weight.Bold if bold else QFont.Weight.Normal)
        self.editor.mergeCurrentCharFormat(fmt)

    def toggle_italic(self) -> None:
        fmt = QTextCharFormat()
        fmt.setFontItalic(not self.editor.fontItalic())
        self.editor.mergeCurrentCharFormat(fmt)

    def toggle_list(self, style: QTextListFormat.Style) -> None:
        """As in Word: starts a list; pressed again in a list of that style, ends it for the current paragraph(s)
        and their indentation goes back; in a list of the other style, converts it."""
        cursor = self.editor.textCursor()
        current = cursor.currentList()
        cursor.beginEditBlock()
        try:
            if current is not None and current.format().style() == style:
                for block in _selected_blocks(cursor):
                    _remove_from_list(block)
            elif current is not None and not cursor.hasSelection():
                list_format = current.format()
                list_format.setStyle(style)
                current.setFormat(list_format)
            else:
                list_format = QTextListFormat()
                list_format.setStyle(style)
                cursor.createList(list_format)
        finally:
            cursor.endEditBlock()

    def insert_stamp(self, speaker: str, time: str) -> None:
        """The rapporteur's intervention stamp: "10:42 — PMM: " at the start of a new paragraph."""
        cursor = self.editor.textCursor()
        if cursor.positionInBlock() > 0:
            cursor.insertBlock()
        cursor.insertText(f"{time} — {speaker}: ")
        self.editor.setTextCursor(cursor)
        self.editor.setFocus()


def _selected_blocks(cursor: QTextCursor) -> list[QTextBlock]:
    document = cursor.document()
    block = document.findBlock(cursor.selectionStart())
    last = document.findBlock(cursor.selectionEnd())
    blocks = [block]
    while block != last and block.isValid():
        block = block.next()
        blocks.append(block)
    return blocks


def _remove_from_list(block: QTextBlock) -> None:
    text_list = block.textList()
    if text_list is None:
        return
    list_indent = text_list.format().indent()
    # QTextList.remove() adds the list's indentation to the paragraph's: read the format only after it.
    text_list.remove(block)
    cursor = QTextCursor(block)
    block_format = cursor.blockFormat()
    block_format.setIndent(max(0, block_format.indent() - list_indent))
    block_format.setObjectIndex(-1)
    cursor.setBlockFormat(block_format)
