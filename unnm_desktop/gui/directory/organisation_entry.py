"""Typing the organisations responsible for an action: "ASAM, PMM", with suggestions from the directory.

The suggestions follow the part after the last comma and match an acronym or a word of the English or
Turkish name the Turkish way ("gocmen" finds "Göçmenlerle…", "isk" finds "İŞKUR"). Enter or Tab takes the
highlighted suggestion (or the only one) and ends the cell; a comma takes it and goes on to the next one.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, QEvent, QModelIndex, QObject, Qt
from PySide6.QtGui import QKeyEvent, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QAbstractItemView, QApplication, QCompleter, QLineEdit, QWidget

from unnm_desktop.domain.text import fold
from unnm_desktop.gui.i18n import current_language
from unnm_desktop.services.views import OrgView

ACRONYM_ROLE = Qt.ItemDataRole.UserRole + 1
_MAX_SUGGESTIONS = 12
# Keys that end the cell: when the suggestions have the keyboard they are handed to the editor, whose
# delegate takes the suggestion and moves on as in a spreadsheet.
_CELL_KEYS = {Qt.Key.Key_Tab, Qt.Key.Key_Backtab, Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Escape}


def _compact(text: str) -> str:
    return "".join(ch for ch in fold(text) if ch.isalnum())


def organisation_matches(organisations: Sequence[OrgView], typed: str) -> list[OrgView]:
    """The organisations `typed` may mean, best first: the acronym itself, acronyms starting with it,
    acronyms containing it, then names with a word starting with it."""
    key = _compact(typed)
    folded = fold(typed.strip())
    if not key:
        return []
    ranked: list[tuple[int, OrgView]] = []
    for org in organisations:
        acronym = _compact(org.acronym)
        words = fold(f"{org.name_en} {org.name_tr}").replace("-", " ").split()
        if acronym == key:
            rank = 0
        elif acronym.startswith(key):
            rank = 1
        elif key in acronym:
            rank = 2
        elif any(word.startswith(folded) for word in words) or folded in fold(f"{org.name_en} | {org.name_tr}"):
            rank = 3
        else:
            continue
        ranked.append((rank, org))
    ranked.sort(key=lambda pair: pair[0])  # stable: the directory's own order within a rank
    return [org for _rank, org in ranked[:_MAX_SUGGESTIONS]]


def _shown_name(org: OrgView, typed: str, turkish: bool) -> str:
    """The name in the interface language, or the other one when only that one matches what was typed."""
    first, second = (org.name_tr or org.name_en, org.name_en) if turkish else (org.name_en, org.name_tr)
    folded = fold(typed.strip())
    if second and folded and folded not in fold(first) and folded in fold(second):
        return second
    return first


def split_acronyms(text: str) -> list[str]:
    """ "ASAM, PMM" -> ["ASAM", "PMM"]; semicolons separate too; empty parts are dropped."""
    return [part.strip() for part in text.replace(";", ",").split(",") if part.strip()]


class ResponsibleEdit(QLineEdit):
    """Organisation acronyms separated by commas, with suggestions for the one being typed."""

    def __init__(self, parent: QWidget | None, organisations: Sequence[OrgView]) -> None:
        super().__init__(parent)
        self.setObjectName("responsibleEdit")
        self.setAccessibleName(QCoreApplication.translate("ResponsibleEdit", "Responsible organisations"))
        self.organisations = list(organisations)
        self.suggestions = QStandardItemModel(self)
        self.completer = QCompleter(self.suggestions, self)
        self.completer.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        self.completer.setWidget(self)
        self.completer.activated[QModelIndex].connect(self._take)
        popup = self.completer.popup()
        popup.setObjectName("responsibleSuggestions")
        popup.installEventFilter(self)  # after QCompleter's own filter, so this one sees the keys first
        self.textEdited.connect(self._suggest)

    @property
    def popup(self) -> QAbstractItemView:
        # Asked for each time: a Python reference kept to this C++-made child goes stale once the editor is
        # handed to the item view.
        return self.completer.popup()

    def value(self) -> str:
        return self.text()

    def set_value(self, text: str) -> None:
        self.setText(text)

    def popup_open(self) -> bool:
        return self.popup.isVisible()

    def close_popup(self) -> bool:
        if not self.popup.isVisible():
            return False
        self.popup.hide()
        return True

    def accept_suggestion(self) -> bool:
        """Put the highlighted suggestion (or the only one) in place of the part being typed."""
        if not self.popup.isVisible():
            return False
        index = self.popup.currentIndex()
        if not index.isValid() and self.suggestions.rowCount() == 1:
            index = self.suggestions.index(0, 0)
        self.popup.hide()
        if not index.isValid():
            return False
        self._take(index)
        return True

    def _fragment_start(self) -> int:
        return self.text().rfind(",") + 1

    def _suggest(self, _text: str = "") -> None:
        fragment = self.text()[self._fragment_start() :]
        self.suggestions.clear()
        turkish = current_language() == "tr"
        for org in organisation_matches(self.organisations, fragment):
            name = _shown_name(org, fragment, turkish)
            item = QStandardItem(f"{org.acronym} — {name}")
            item.setData(org.acronym, ACRONYM_ROLE)
            item.setEditable(False)
            self.suggestions.appendRow(item)
        if self.suggestions.rowCount() == 0:
            self.popup.hide()
            return
        self.popup.setMinimumWidth(max(self.width(), 420))
        self.completer.complete()
        self.popup.setCurrentIndex(QModelIndex())  # nothing highlighted until an arrow key says so

    def _take(self, index: QModelIndex) -> None:
        acronym = index.data(ACRONYM_ROLE)
        if not acronym:
            return
        start = self._fragment_start()
        head = self.text()[:start]
        self.setText(f"{head}{' ' if head else ''}{acronym}")
        self.popup.hide()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if self.popup.isVisible() and event.key() in (Qt.Key.Key_Up, Qt.Key.Key_Down):
            self._move_highlight(1 if event.key() == Qt.Key.Key_Down else -1)
            return
        if event.text() == "," and self.popup.isVisible() and self.popup.currentIndex().isValid():
            self.accept_suggestion()
        super().keyPressEvent(event)

    def _move_highlight(self, step: int) -> None:
        rows = self.suggestions.rowCount()
        current = self.popup.currentIndex().row() if self.popup.currentIndex().isValid() else -1
        target = min(max(current + step, 0), rows - 1)
        self.popup.setCurrentIndex(self.suggestions.index(target, 0))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # With a real keyboard the open suggestion list receives the keys; those that end the cell (and the
        # comma) go to the editor instead, through its delegate, as when the list is closed.
        if watched is self.popup and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            if event.key() in _CELL_KEYS or event.text() == ",":
                copy = QKeyEvent(event.type(), event.key(), event.modifiers(), event.text())
                QApplication.sendEvent(self, copy)
                return True
        return super().eventFilter(watched, event)
