"""Desk → Phrase bank…: the secretariat keeps the formulas the rapporteur inserts in the notes (issue 14).

The list on the left (filtered as one types in Find, Turkish-aware), the selected formula's English and Turkish
on the right, saved half a second after the last key like the notes (no save button, no "save?" question): a
new phrase is created by its first save. Keys: Ctrl+N new phrase, Delete (in the list) deletes, Alt+Up/Alt+Down
move it in the bank's order, Ctrl+F finds, Esc closes (what was typed is saved first). Services:
services/phrases.py, each save based on the version shown (a change made meanwhile on another desk is said,
and what was typed stays in the fields).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt, QTime, QTimer
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QLabel, QLineEdit, QListWidget, QListWidgetItem, QPushButton

from unnm_desktop.domain.errors import UserFacingError
from unnm_desktop.domain.phrases import filter_finds
from unnm_desktop.gui.accessibility import error_colour
from unnm_desktop.gui.desk.parts import DeskDialog
from unnm_desktop.gui.i18n import error_text
from unnm_desktop.gui.widgets.uiload import child

if TYPE_CHECKING:
    from unnm_desktop.gui.shell import Shell
    from unnm_desktop.services.record_views import PhraseView

PHRASE_ID = Qt.ItemDataRole.UserRole + 1
SAVE_DELAY_MS = 500


class PhraseBankWindow(DeskDialog):
    def __init__(self, window: Shell) -> None:
        super().__init__(window, "phraseBankWindow", "phrase_bank_window")
        root = self.root
        self.filter = child(root, QLineEdit, "phraseBankFilter")
        self.list = child(root, QListWidget, "phraseBankList")
        self.english = child(root, QLineEdit, "phraseEnglishEdit")
        self.turkish = child(root, QLineEdit, "phraseTurkishEdit")
        self.status = child(root, QLabel, "phraseBankStatus")
        buttons = {name: child(root, QPushButton, name) for name in
                   ("newPhraseButton", "deletePhraseButton", "movePhraseUpButton", "movePhraseDownButton")}  # fmt: skip
        for button in buttons.values():
            button.setAutoDefault(False)  # Enter in a field never presses a button
        buttons["newPhraseButton"].clicked.connect(self.new_phrase)
        buttons["deletePhraseButton"].clicked.connect(self.delete_phrase)
        buttons["movePhraseUpButton"].clicked.connect(lambda: self.move(-1))
        buttons["movePhraseDownButton"].clicked.connect(lambda: self.move(1))
        QShortcut(QKeySequence(QKeySequence.StandardKey.New), self, activated=self.new_phrase)
        QShortcut(QKeySequence(QKeySequence.StandardKey.Find), self, activated=self.filter.setFocus)
        QShortcut(QKeySequence("Alt+Up"), self, activated=lambda: self.move(-1))
        QShortcut(QKeySequence("Alt+Down"), self, activated=lambda: self.move(1))
        delete = QShortcut(QKeySequence(QKeySequence.StandardKey.Delete), self.list, activated=self.delete_phrase)
        delete.setContext(Qt.ShortcutContext.WidgetShortcut)

        self.bank: list[PhraseView] = []
        self.current_id: str | None = None
        self.current_version: int | None = None
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(SAVE_DELAY_MS)
        self.timer.timeout.connect(self.save)
        self.english.textEdited.connect(lambda _text: self.timer.start())
        self.turkish.textEdited.connect(lambda _text: self.timer.start())
        self.filter.textChanged.connect(lambda _text: self._fill())
        self.list.currentItemChanged.connect(self._on_current_changed)
        self.reload()
        if self.list.count():
            self.list.setCurrentRow(0)  # the first phrase shown, ready to edit or move
        self.list.setFocus()

    # --- reading -----------------------------------------------------------------------------------------

    def reload(self) -> None:
        """Read the bank again (after an import, a sync, or when the window is asked for again)."""
        from unnm_desktop.services import phrases

        self.save()
        self.bank = phrases.list_phrases(self.ctx)
        current = next((p for p in self.bank if p.id == self.current_id), None)
        if current is None:
            self._show(None)
        elif current.version != self.current_version:
            self._show(current)  # changed elsewhere: its text now, as the refusal's message said
            self._say("")
        self._fill()

    def _fill(self) -> None:
        """The list, filtered, with the phrase being edited kept current (the fields are not touched)."""
        query = self.filter.text()
        self.list.blockSignals(True)
        try:
            self.list.clear()
            for phrase in self.bank:
                if query.strip() and not (filter_finds(phrase.text_en, query) or filter_finds(phrase.text_tr, query)):
                    continue
                item = QListWidgetItem(f"{phrase.text_en or '—'}\n{phrase.text_tr or '—'}")
                item.setData(PHRASE_ID, phrase.id)
                self.list.addItem(item)
                if phrase.id == self.current_id:
                    self.list.setCurrentItem(item)
        finally:
            self.list.blockSignals(False)

    def _on_current_changed(self, item: QListWidgetItem | None, _previous: object) -> None:
        self.save()
        phrase_id = item.data(PHRASE_ID) if item is not None else None
        self._show(next((p for p in self.bank if p.id == phrase_id), None))

    def _show(self, phrase: PhraseView | None) -> None:
        self.current_id = phrase.id if phrase else None
        self.current_version = phrase.version if phrase else None
        self.english.setText(phrase.text_en if phrase else "")
        self.turkish.setText(phrase.text_tr if phrase else "")

    # --- editing -----------------------------------------------------------------------------------------

    def new_phrase(self) -> None:
        self.save()
        self.list.blockSignals(True)
        self.list.setCurrentRow(-1)
        self.list.clearSelection()
        self.list.blockSignals(False)
        self._show(None)
        self._say(self.tr("Type the new phrase; it is saved as you type."))
        self.english.setFocus()

    def save(self) -> bool:
        """Write what the fields hold, if it changed (the first save of a new phrase creates it); False when it
        was refused (the message is shown, the text stays in the fields)."""
        from unnm_desktop.services import phrases

        self.timer.stop()
        english, turkish = self.english.text(), self.turkish.text()
        shown = next((p for p in self.bank if p.id == self.current_id), None)
        try:
            if self.current_id is None:
                if not (english.strip() or turkish.strip()):
                    return True
                self.current_id = phrases.add_phrase(self.ctx, text_en=english, text_tr=turkish)
                self.current_version = 1
            elif shown is not None and (shown.text_en, shown.text_tr) == (english.strip(), turkish.strip()):
                return True
            else:
                view = phrases.update_phrase(self.ctx, self.current_id, expected_version=self.current_version,
                                             text_en=english, text_tr=turkish)  # fmt: skip
                self.current_version = view.version
        except UserFacingError as error:
            self._say(error_text(error), error=True)
            return False
        self.bank = phrases.list_phrases(self.ctx)
        self._fill()
        self._say(self.tr("Saved {time}").format(time=QTime.currentTime().toString("HH:mm:ss")))
        return True

    def delete_phrase(self) -> None:
        from unnm_desktop.services import phrases

        if self.current_id is None:
            return
        self.timer.stop()
        row = self.list.currentRow()
        try:
            phrases.delete_phrase(self.ctx, self.current_id, expected_version=self.current_version)
        except UserFacingError as error:
            self._say(error_text(error), error=True)
            return
        self._show(None)
        self.bank = phrases.list_phrases(self.ctx)
        self._fill()
        self.list.setCurrentRow(min(row, self.list.count() - 1))
        self._say(self.tr("Phrase deleted; its text stays in the audit log."))

    def move(self, step: int) -> None:
        from unnm_desktop.services import phrases

        self.save()
        current = next((p for p in self.bank if p.id == self.current_id), None)
        if current is None:
            return
        try:
            phrases.move_phrase(self.ctx, current.id, current.position + step)
        except UserFacingError as error:
            self._say(error_text(error), error=True)
            return
        self.bank = phrases.list_phrases(self.ctx)
        self.current_version = next(p.version for p in self.bank if p.id == current.id)
        self._fill()

    def _say(self, text: str, *, error: bool = False) -> None:
        self.status.setText(text)
        colour = error_colour(self.status.palette()).name()
        self.status.setStyleSheet(f"color: {colour};" if error else "")

    def done(self, result: int) -> None:
        """Esc: what was typed is saved first; a refused save keeps the window open, with the text and why."""
        if self.save():
            super().done(result)

    def closeEvent(self, event: Any) -> None:
        if not self.save():
            event.ignore()
            return
        super().closeEvent(event)
