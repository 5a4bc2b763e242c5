"""Desk → Search…: full-text search across all meetings as you type, results with the matched words in
bold, each opening the place it came from in the main window.

Layout in ui/search_dialog.ui. The query goes to services/desk/search.py exactly as typed: the service folds
Turkish and other diacritics ("goc" finds "Göç", "isik" finds "ışık", "istanbul" finds "İstanbul").
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QEvent, QModelIndex, QObject, Qt, QTimer
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QComboBox, QHeaderView, QLabel, QLineEdit, QPushButton, QTableView

from unnm_desktop.domain.errors import UserFacingError
from unnm_desktop.gui.desk.parts import DeskDialog, HtmlDelegate, fixed_rows, highlighted_html
from unnm_desktop.gui.i18n import error_text, short_date
from unnm_desktop.gui.lazy_services import decisions, search
from unnm_desktop.gui.shell import Place
from unnm_desktop.gui.tabs import ACTIONS, AGENDA, DECISIONS, DETAILS
from unnm_desktop.gui.widgets.messages import warn
from unnm_desktop.gui.widgets.models import RowsModel
from unnm_desktop.gui.widgets.uiload import child

if TYPE_CHECKING:
    from unnm_desktop.gui.shell import Shell
    from unnm_desktop.services.desk.search import SearchResult

CONTEXT = "SearchDialog"  # the words of this module's tables

KIND_WORDS = {  # where a result was found
    "meeting": QT_TRANSLATE_NOOP("SearchDialog", "Meeting"),
    "agenda_item": QT_TRANSLATE_NOOP("SearchDialog", "Agenda item and notes"),
    "decision": QT_TRANSLATE_NOOP("SearchDialog", "Decision"),
    "position": QT_TRANSLATE_NOOP("SearchDialog", "Position on a decision"),
    "action": QT_TRANSLATE_NOOP("SearchDialog", "Action point"),
    "follow_up": QT_TRANSLATE_NOOP("SearchDialog", "Follow-up of an action"),
}
DEBOUNCE_MS = 250
LIMIT = 50
HTML_ROLE = Qt.ItemDataRole.UserRole + 10


def kind_word(kind: str) -> str:
    """The translated name of a result kind; the kind itself when it is not known."""
    english = KIND_WORDS.get(kind)
    return QCoreApplication.translate(CONTEXT, english) if english is not None else kind


class SearchResultsModel(RowsModel["SearchResult"]):
    KIND, MEETING, TEXT = range(3)
    COLUMNS = (
        QT_TRANSLATE_NOOP("SearchDialog", "Found in"),
        QT_TRANSLATE_NOOP("SearchDialog", "Meeting"),
        QT_TRANSLATE_NOOP("SearchDialog", "Text"),
    )
    COLUMNS_CONTEXT = CONTEXT

    def display(self, row: SearchResult, column: int) -> Any:
        if column == self.KIND:
            return kind_word(row.kind)
        if column == self.MEETING:
            when = short_date(row.meeting_start) if row.meeting_start else ""
            return f"{row.meeting_reference}  {when}\n{row.meeting_title}".strip()
        return row.snippet_text

    def data(self, index: Any, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if index.isValid() and role == HTML_ROLE and index.column() == self.TEXT:
            row = self.rows[index.row()]
            return highlighted_html(row.snippet_text, row.highlights)
        if index.isValid() and role == Qt.ItemDataRole.AccessibleTextRole:
            row = self.rows[index.row()]
            return self.tr("{kind} in {reference} {title}: {text}").format(
                kind=kind_word(row.kind),
                reference=row.meeting_reference,
                title=row.meeting_title,
                text=row.snippet_text,
            )
        return super().data(index, role)

    def tooltip(self, row: SearchResult, column: int) -> Any:
        return row.snippet_text if column == self.TEXT else None


class SearchDialog(DeskDialog):
    def __init__(self, window: Shell) -> None:
        super().__init__(window, "searchDialog", "search_dialog")
        root = self.root
        self.query = child(root, QLineEdit, "searchQuery")
        self.kind = child(root, QComboBox, "searchKind")
        self.results = child(root, QTableView, "searchResults")
        self.status = child(root, QLabel, "searchStatus")
        self.open_button = child(root, QPushButton, "searchOpenButton")
        child(root, QPushButton, "searchCloseButton").clicked.connect(self.close)
        self.kind.addItem(self.tr("Everything"), None)
        for kind in KIND_WORDS:
            self.kind.addItem(kind_word(kind), kind)
        self.model = SearchResultsModel(self)
        self.results.setModel(self.model)
        self.results.setItemDelegateForColumn(SearchResultsModel.TEXT, HtmlDelegate(HTML_ROLE, self.results))
        fixed_rows(self.results, 3)  # quicker than sizing each row to its snippet, as you type
        header = self.results.horizontalHeader()
        header.setSectionResizeMode(SearchResultsModel.KIND, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(SearchResultsModel.MEETING, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(SearchResultsModel.TEXT, QHeaderView.ResizeMode.Stretch)
        self.results.setColumnWidth(SearchResultsModel.MEETING, 260)
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(DEBOUNCE_MS)
        self.timer.timeout.connect(self.run_search)
        self.query.textChanged.connect(lambda _text: self.timer.start())
        self.query.returnPressed.connect(self._on_return)
        self.query.installEventFilter(self)
        self.kind.currentIndexChanged.connect(lambda _i: self.run_search())
        self.results.activated.connect(self.open_result)
        self.open_button.clicked.connect(lambda: self.open_result(self.results.currentIndex()))
        self.results.selectionModel().currentChanged.connect(lambda *_: self._update_enabled())
        self._update_enabled()

    def focus_query(self) -> None:
        self.query.setFocus()
        self.query.selectAll()

    def reload(self) -> None:
        if self.query.text().strip():
            self.run_search()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # Down arrow in the query box moves to the results, as in a browser's address bar.
        is_key = isinstance(event, QKeyEvent) and event.type() == QEvent.Type.KeyPress
        if watched is self.query and is_key and event.key() == Qt.Key.Key_Down and self.model.rowCount():
            self.results.setFocus()
            if not self.results.currentIndex().isValid():
                self.results.setCurrentIndex(self.model.index(0, 0))
            return True
        return super().eventFilter(watched, event)

    def run_search(self) -> None:
        self.timer.stop()
        text = self.query.text()
        if not text.strip():
            self.model.set_rows([])
            self.status.setText("")
            self._update_enabled()
            return
        kind = self.kind.currentData()
        try:
            found = search.search(self.ctx, text, limit=LIMIT, kinds=[kind] if kind else None)
        except UserFacingError as error:
            self.model.set_rows([])
            self.status.setText(error_text(error))
            self._update_enabled()
            return
        self.model.set_rows(found)
        if found:
            self.results.setCurrentIndex(self.model.index(0, 0))
        count = len(found)
        if count >= LIMIT:
            status = self.tr("{count} results (the best shown; add a word to narrow it down)")
        elif count > 1:
            status = self.tr("{count} results")
        elif count == 1:
            status = self.tr("1 result")
        else:
            status = self.tr("Nothing found.")
        self.status.setText(status.format(count=count))
        self._update_enabled()

    def _update_enabled(self) -> None:
        self.open_button.setEnabled(self.results.currentIndex().isValid())

    def _on_return(self) -> None:
        if self.timer.isActive() or not self.model.rowCount():
            self.run_search()
        if self.model.rowCount():
            current = self.results.currentIndex()
            self.open_result(current if current.isValid() else self.model.index(0, 0))

    def open_result(self, index: QModelIndex) -> None:
        if not index.isValid():
            return
        result = self.model.rows[index.row()]
        if not result.meeting_id:
            return
        try:
            open_search_result(self.window_, result)
        except UserFacingError as error:  # deleted since it was found
            warn(self, self.tr("Search"), error_text(error))


def open_search_result(window: Shell, result: SearchResult) -> None:
    """Show where a result came from: its meeting, agenda item and tab, with the decision or action selected."""

    if result.kind == "meeting":
        window.reveal(Place(result.meeting_id or "", DETAILS))
    elif result.kind == "agenda_item":
        window.reveal(Place(result.meeting_id or "", AGENDA, result.agenda_item_id))
    elif result.kind in ("decision", "position"):
        decision_id = result.id if result.kind == "decision" else _decision_of_position(window, result)
        window.reveal(Place(result.meeting_id or "", DECISIONS, result.agenda_item_id, record_id=decision_id))
    elif result.kind == "action":
        window.reveal(Place(result.meeting_id or "", ACTIONS, result.agenda_item_id, record_id=result.id))
    else:  # a follow-up: the later meeting's matters arising, on the action points tab
        window.reveal(Place(result.meeting_id or "", ACTIONS, result.agenda_item_id))


def _decision_of_position(window: Shell, result: SearchResult) -> str | None:
    for view in decisions.list_decisions(window.ctx, result.meeting_id, result.agenda_item_id):
        if any(position.id == result.id for position in view.positions):
            return view.id
    return None
