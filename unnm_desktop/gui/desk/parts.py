"""What the secretariat's desk windows are built from: the desk dialog (with its export to a file), dates
between Qt and Python in tables, the selected row of a table, rich text (detail paragraphs, search highlights
in cells). They act on the main window only through gui/shell.Shell (`self.window_.reveal(Place(...))`
follows a record there). The register and the tracker share more: gui/desk/filtered_window.py.

Light on purpose (Qt only): gui/desk/menu.py imports it while the window is built, before the database
and SQLAlchemy are ready.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from html import escape
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QDate, QModelIndex, QPersistentModelIndex, QSize, Qt
from PySide6.QtGui import QAbstractTextDocumentLayout, QPalette, QTextDocument
from PySide6.QtWidgets import (
    QDialog,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

if TYPE_CHECKING:
    from pathlib import Path

    from unnm_desktop.gui.shell import Shell

DATE_FORMAT = "yyyy-MM-dd"


# --- dates -------------------------------------------------------------------------------------------------


def to_qdate(value: date) -> QDate:
    return QDate(value.year, value.month, value.day)


def from_qdate(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


def table_date(value: date) -> str:
    """A date in a column of the desk's tables, as the interface language writes it (02/11/2023, 2.11.2023).
    The tables are ordered by the services, not by these texts; the date filters keep ISO input."""
    from unnm_desktop.gui.i18n import short_date

    return short_date(value)


# --- tables ------------------------------------------------------------------------------------------------


def fixed_rows(table: Any, lines: int) -> None:
    """Rows `lines` lines high (longer text is elided; the full text is in the tooltip and the detail),
    which keeps thousands of rows quick where sizing each row to its contents would not be."""
    from PySide6.QtWidgets import QHeaderView

    vertical = table.verticalHeader()
    vertical.setVisible(False)
    vertical.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
    vertical.setDefaultSectionSize(table.fontMetrics().lineSpacing() * lines + 8)
    table.setTextElideMode(Qt.TextElideMode.ElideRight)
    table.setWordWrap(True)


def current_row(table: Any, rows: list[Any]) -> Any:
    """The row object behind the table's current index, or None."""
    index = table.currentIndex()
    return rows[index.row()] if index.isValid() and index.row() < len(rows) else None


# --- rich text ---------------------------------------------------------------------------------------------


def paragraph_html(template: str, **fields: str) -> str:
    """A translated template (markup and words) filled in with escaped values, as one paragraph."""
    return "<p>" + template.format(**{name: escape(value) for name, value in fields.items()}) + "</p>"


def highlighted_html(text: str, highlights: tuple[tuple[int, int], ...]) -> str:
    """`text` as HTML with the (start, end) spans in bold; everything else escaped, nothing changed."""
    parts, at = [], 0
    for start, end in sorted(highlights):
        if start < at:
            continue
        parts.append(escape(text[at:start]))
        parts.append(f"<b>{escape(text[start:end])}</b>")
        at = end
    parts.append(escape(text[at:]))
    return "".join(parts)


class HtmlDelegate(QStyledItemDelegate):
    """Paints the item's `html_role` data as rich text (the display text stays plain, for screen readers)."""

    def __init__(self, html_role: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.html_role = html_role

    def _document(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> QTextDocument:
        document = QTextDocument()
        document.setDefaultFont(option.font)
        document.setHtml(index.data(self.html_role) or escape(str(index.data() or "")))
        document.setTextWidth(max(option.rect.width(), 50))
        return document

    def paint(self, painter: Any, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> None:
        options = QStyleOptionViewItem(option)
        self.initStyleOption(options, index)
        document = self._document(options, index)
        options.text = ""
        style = options.widget.style() if options.widget else None
        if style is not None:
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, options, painter, options.widget)
        context = QAbstractTextDocumentLayout.PaintContext()
        selected = bool(options.state & QStyle.StateFlag.State_Selected)
        role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        context.palette.setColor(QPalette.ColorRole.Text, options.palette.color(role))
        painter.save()
        painter.translate(options.rect.topLeft())
        painter.setClipRect(options.rect.translated(-options.rect.topLeft()))
        document.documentLayout().draw(painter, context)
        painter.restore()

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> QSize:
        options = QStyleOptionViewItem(option)
        self.initStyleOption(options, index)
        document = self._document(options, index)
        return QSize(int(document.idealWidth()), int(document.size().height()))


class DeskDialog(QDialog):
    """A desk window beside the main window (not modal): the .ui's widgets, maximisable, Esc closes it."""

    def __init__(self, window: Shell, object_name: str, ui_name: str) -> None:
        from unnm_desktop.gui.widgets.uiload import embed_ui

        super().__init__(window.window())
        self.setObjectName(object_name)
        self.window_ = window
        self.root = embed_ui(self, ui_name)
        self.resize(self.root.size())
        self.setWindowFlag(Qt.WindowType.WindowMaximizeButtonHint, True)
        self.setWindowFlag(Qt.WindowType.WindowMinimizeButtonHint, True)

    @property
    def ctx(self) -> Any:
        return self.window_.ctx  # the window's, whatever stands for it (it may still be opening)

    def reload(self) -> None:
        """Show the database's current state again (after an import, or when asked for again)."""

    def save_export(
        self, write: Callable[[Path], Path], file_name: str, *, caption: str, kind: str, failed: str
    ) -> Path | None:
        """Ask where to save (`file_name` in the export folder; its extension added when the user types none),
        `write(target)` under a wait cursor, remember the folder; the file written, or None when cancelled or
        refused (the refusal said in a message titled `failed`). The texts come translated from the caller."""
        from unnm_desktop.gui.widgets.messages import run_busy
        from unnm_desktop.gui.widgets.save_paths import ask_save_path, remember_folder

        suffix = file_name[file_name.rindex(".") :]
        target = ask_save_path(self, self.window_, caption, file_name, suffix, kind)
        if target is None:
            return None
        written = run_busy(self, failed, write, target)
        if written is not None:
            remember_folder(self.window_, written)
        return written
