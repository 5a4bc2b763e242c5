"""Notes → Insert a phrase…: the whole phrase bank in a list filtered as one types; Enter inserts, Esc cancels.

Down/Up move in the list while the filter keeps the focus; the first entry is highlighted, so a few letters and
Enter are enough. The filter is Turkish-aware ("ag not" finds "Ağ, {…} hususunu not aldı.").
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QDialog, QLabel, QLineEdit, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

if TYPE_CHECKING:
    from unnm_desktop.services.record_views import PhraseView

TEXT = Qt.ItemDataRole.UserRole + 1


class PhrasePicker(QDialog):
    def __init__(self, parent: QWidget, bank: Sequence[PhraseView], language: str) -> None:
        super().__init__(parent)
        self.setObjectName("phrasePicker")
        self.setWindowTitle(self.tr("Insert a phrase"))
        self.bank, self.language = list(bank), language
        layout = QVBoxLayout(self)
        label = QLabel(self.tr("&Find a phrase (a few letters of any of its words):"), self)
        self.filter = QLineEdit(self)
        self.filter.setObjectName("phraseFilter")
        self.filter.setAccessibleName(self.tr("Find a phrase"))
        label.setBuddy(self.filter)
        self.list = QListWidget(self)
        self.list.setObjectName("phrasePickerList")
        self.list.setAccessibleName(self.tr("Phrases"))
        self.list.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        layout.addWidget(label)
        layout.addWidget(self.filter)
        layout.addWidget(self.list)
        self.resize(720, 420)
        self.filter.textChanged.connect(self._fill)
        self.filter.installEventFilter(self)
        self.filter.returnPressed.connect(self._accept_chosen)
        self.list.itemActivated.connect(lambda _item: self.accept())
        self._fill("")

    def _fill(self, query: str) -> None:
        from unnm_desktop.services.phrases import filtered

        self.list.clear()
        for offer in filtered(self.bank, query, self.language):
            item = QListWidgetItem(f"{offer.text}   ({offer.language.upper()})")
            item.setData(TEXT, offer.text)
            self.list.addItem(item)
        self.list.setCurrentRow(0 if self.list.count() else -1)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.filter and event.type() == QEvent.Type.KeyPress and self.list.count():
            key = event.key() if isinstance(event, QKeyEvent) else None
            step = {Qt.Key.Key_Down: 1, Qt.Key.Key_Up: -1, Qt.Key.Key_PageDown: 8, Qt.Key.Key_PageUp: -8}.get(key)
            if step is not None:
                row = max(0, min(self.list.count() - 1, self.list.currentRow() + step))
                self.list.setCurrentRow(row)
                return True
        return False

    def _accept_chosen(self) -> None:
        if self.chosen():
            self.accept()

    def chosen(self) -> str | None:
        item = self.list.currentItem()
        return item.data(TEXT) if item is not None else None


def choose_phrase(parent: QWidget, bank: Sequence[PhraseView], language: str) -> str | None:
    """The formula chosen, or None when cancelled (or nothing matched)."""
    picker = PhrasePicker(parent, bank, language)
    picker.filter.setFocus()
    accepted = picker.exec() == QDialog.DialogCode.Accepted
    chosen = picker.chosen() if accepted else None
    picker.deleteLater()
    return chosen
