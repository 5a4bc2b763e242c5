"""The phrase bank in the notes editor: a completer offering formulas for the word being typed, the placeholders
filled in turn with Tab, {ORG} completed from the meeting's attendees, and the picker (Notes → Insert a phrase…).

Typing is never taken over: the list is a tool window that never has the keyboard focus, every key goes to the
editor as before, and only keys meant for the list act on it — Down/Up choose an entry, and Enter or Tab insert it
only once one was chosen that way (so "…chair⏎" still starts a new paragraph); any letter typed un-chooses. Tab
moves to the next placeholder only while the cursor is inside a formula just inserted that still has one;
otherwise it moves the focus out of the notes as before. An insertion is one undo step.

Positions: Qt counts a document in UTF-16 code units, Python strings in code points; an emoji in the notes makes
them differ, so every position passed between the two is converted (`_units`, `_index`).
"""

from __future__ import annotations

import logging
import re
import time
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QPoint, Qt, QTimer
from PySide6.QtGui import QKeyEvent, QTextCursor
from PySide6.QtWidgets import QListWidget, QListWidgetItem, QTextEdit, QWidget

from unnm_desktop.domain import phrases as formulas
from unnm_desktop.domain.text import fold

if TYPE_CHECKING:
    from unnm_desktop.services.record_views import PhraseView

log = logging.getLogger(__name__)

# While the database cannot be read (a server that went away), the completer offers nothing and asks again only
# after this pause, so that typing never waits for a connection attempt per key.
RETRY_AFTER_SECONDS = 30.0

PHRASES, ORGANISATIONS = "phrases", "organisations"
SHOWN_ROWS = 8
_WHOLE_PLACEHOLDER = re.compile(r"\{[^{}\n]*\}")
_CLOSING_KEYS = {Qt.Key.Key_Left, Qt.Key.Key_Right, Qt.Key.Key_Home, Qt.Key.Key_End, Qt.Key.Key_PageUp,
                 Qt.Key.Key_PageDown, Qt.Key.Key_Return, Qt.Key.Key_Enter}  # fmt: skip
_EDITING_KEYS = {Qt.Key.Key_Backspace, Qt.Key.Key_Delete}


def _units(text: str) -> int:
    """The length of `text` in Qt's units (UTF-16 code units)."""
    return len(text.encode("utf-16-le")) // 2


def _index(text: str, units: int) -> int:
    """The Python index in `text` of a position counted in UTF-16 code units."""
    count = 0
    for index, char in enumerate(text):
        if count >= units:
            return index
        count += 2 if ord(char) > 0xFFFF else 1
    return len(text)


class CompletionList(QListWidget):
    """The list shown under the cursor: a tool window that never takes the keyboard focus."""

    def __init__(self, editor: QWidget) -> None:
        super().__init__(editor)
        # No object name: never in the Tab order on purpose (accessibility.unreachable_controls skips unnamed ones).
        self.setWindowFlags(Qt.WindowType.ToolTip | Qt.WindowType.FramelessWindowHint)
        self.setAttribute(Qt.WidgetAttribute.WA_ShowWithoutActivating)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setAccessibleName(QCoreApplication.translate("PhraseAssist", "Phrases for the word being typed"))


class PhraseAssist(QObject):
    """Completer and placeholders on one notes editor; `context()` gives (service context, meeting id)."""

    def __init__(self, editor: QTextEdit, context: Callable[[], tuple[Any, str | None]]) -> None:
        super().__init__(editor)
        self.editor = editor
        self.context = context
        self.popup = CompletionList(editor)
        self.popup.itemClicked.connect(lambda _item: self.accept())
        self.mode = PHRASES
        self.anchor = 0  # where the text the list replaces starts (a document position)
        self.choices: list[tuple[str, str]] = []  # (text inserted, text shown)
        self.chosen = False  # the person moved into the list with Down/Up
        self._bank: list[PhraseView] | None = None
        self._language = "en"
        self._organisations: list[str] | None = None
        self._placeholders: list[QTextCursor] = []
        self._formula: tuple[QTextCursor, QTextCursor] | None = None
        self._shown_at = (-1, -1)  # (document revision, cursor position) the list was made for
        self._unreadable_until = 0.0  # monotonic time before which the database is not asked again
        editor.installEventFilter(self)

    # --- what is offered -------------------------------------------------------------------------------

    def forget(self) -> None:
        """The bank, the language or the attendees may have changed: read them again when next needed."""
        self._bank = None
        self._organisations = None
        self._unreadable_until = 0.0

    def bank(self) -> list[PhraseView]:
        if self._bank is None and time.monotonic() >= self._unreadable_until:
            from unnm_desktop.gui.lazy_services import meetings
            from unnm_desktop.services import phrases

            ctx, meeting_id = self.context()
            try:
                self._bank = phrases.list_phrases(ctx)
                self._language = meetings.get_meeting(ctx, meeting_id).language if meeting_id else "en"
            except Exception as error:  # the completer is a help: whatever the storage says, typing goes on
                self._unreadable(error)
        return self._bank or []

    def _unreadable(self, error: Exception) -> None:
        log.warning(  # notr: the log, not the screen
            "the phrase bank cannot be read now (%s); no phrases offered for %.0f s", error, RETRY_AFTER_SECONDS
        )
        self._unreadable_until = time.monotonic() + RETRY_AFTER_SECONDS

    def language(self) -> str:
        self.bank()
        return self._language

    def organisations(self) -> list[str]:
        if self._organisations is None:
            from unnm_desktop.gui.lazy_services import attendance

            ctx, meeting_id = self.context()
            try:
                rows = attendance.list_attendance(ctx, meeting_id) if meeting_id else []
            except Exception as error:  # as for the bank: no organisations offered while they cannot be read
                self._unreadable(error)
                return []
            # Those in the room or online: an organisation that sent apologies does not take the floor.
            here = [
                r.organization_acronym for r in rows if r.organization_acronym and r.status in ("present", "remote")
            ]
            self._organisations = list(dict.fromkeys(here))
        return self._organisations

    # --- keys ------------------------------------------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.editor:
            if event.type() == QEvent.Type.KeyPress:
                return self._key(event)  # type: ignore[arg-type]
            if event.type() == QEvent.Type.FocusOut:
                self.hide()
            elif event.type() == QEvent.Type.FocusIn:
                self.forget()
        return False

    def _key(self, event: QKeyEvent) -> bool:
        key, plain = event.key(), event.modifiers() == Qt.KeyboardModifier.NoModifier
        if self.popup.isVisible() and not self._still_current():
            self.hide()  # the text or the cursor moved since the list was made (a click, another item shown)
        if self.popup.isVisible():
            if key in (Qt.Key.Key_Down, Qt.Key.Key_Up) and plain:
                self._move(1 if key == Qt.Key.Key_Down else -1)
                return True
            if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Tab) and plain and self.chosen:
                self.accept()
                return True
            if key == Qt.Key.Key_Escape:
                self.hide()
                return True
        if key == Qt.Key.Key_Tab and plain and not self.editor.isReadOnly():
            self.hide()
            return self.next_placeholder()
        if key in _CLOSING_KEYS or key in (Qt.Key.Key_Up, Qt.Key.Key_Down):
            self.hide()
        elif (event.text() and event.text().isprintable()) or key in _EDITING_KEYS:
            QTimer.singleShot(0, self.refresh)  # after the editor has taken the key
        return False

    def _still_current(self) -> bool:
        return (self.editor.document().revision(), self.editor.textCursor().position()) == self._shown_at

    def _move(self, step: int) -> None:
        count = self.popup.count()
        row = self.popup.currentRow() if self.chosen else (-1 if step > 0 else count)
        self.popup.setCurrentRow((row + step) % count)
        self.chosen = True

    # --- the list --------------------------------------------------------------------------------------

    def refresh(self) -> None:
        """Offer what fits the text before the cursor (called after each key that changed the text)."""
        cursor = self.editor.textCursor()
        if self.editor.isReadOnly() or not self.editor.hasFocus() or cursor.hasSelection():
            self.hide()
            return
        block = cursor.block()
        text, at = block.text(), _index(block.text(), cursor.positionInBlock())
        if self.mode == ORGANISATIONS and block.position() <= self.anchor <= cursor.position():
            typed = text[_index(text, self.anchor - block.position()) : at]
            wanted = fold(typed)
            found = [org for org in self.organisations() if fold(org).startswith(wanted)]
            self._show(ORGANISATIONS, self.anchor, [(org, org) for org in found])
            return
        start, word = formulas.word_before(text, at)
        if len(word) < formulas.MIN_TYPED:
            self.hide()
            return
        from unnm_desktop.services.phrases import offered

        offers = offered(self.bank(), word, self.language())
        shown = [(o.text, f"{o.text}   ({o.language.upper()})") for o in offers]
        self._show(PHRASES, block.position() + _units(text[:start]), shown)

    def _show(self, mode: str, anchor: int, choices: list[tuple[str, str]]) -> None:
        if not choices:
            self.hide()
            return
        self.mode, self.anchor, self.chosen = mode, anchor, False
        if choices != self.choices or not self.popup.isVisible():
            self.choices = choices
            self.popup.clear()
            for inserted, shown in choices:
                item = QListWidgetItem(shown)
                item.setToolTip(inserted)
                self.popup.addItem(item)
        self.popup.setCurrentRow(-1)
        self.popup.clearSelection()
        self._shown_at = (self.editor.document().revision(), self.editor.textCursor().position())
        self._place()
        self.popup.show()

    def _place(self) -> None:
        rect = self.editor.cursorRect()
        below = self.editor.viewport().mapToGlobal(QPoint(rect.left(), rect.bottom() + 2))
        rows = min(self.popup.count(), SHOWN_ROWS)
        height = self.popup.sizeHintForRow(0) * rows + 2 * self.popup.frameWidth() + 2
        width = min(max(self.popup.sizeHintForColumn(0) + 24, 240), 720)
        # Kept on the screen: a word typed near the right edge would leave the formulas' ends off it.
        screen = self.editor.screen().availableGeometry()
        x = max(screen.left(), min(below.x(), screen.right() + 1 - width))
        self.popup.setGeometry(x, below.y(), width, height)

    def hide(self) -> None:
        self.popup.hide()
        self.mode, self.chosen = PHRASES, False

    def accept(self) -> None:
        row = self.popup.currentRow()
        if not 0 <= row < len(self.choices):
            return
        inserted, mode = self.choices[row][0], self.mode
        self.hide()
        cursor = self.editor.textCursor()
        end = cursor.position()
        if mode == ORGANISATIONS:
            cursor.setPosition(self.anchor)
            cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
            cursor.insertText(inserted)
            self.editor.setTextCursor(cursor)
            return
        cursor.setPosition(self.anchor)
        cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
        self.insert_formula(inserted, cursor)

    # --- formulas and their placeholders ---------------------------------------------------------------

    def insert_formula(self, formula: str, cursor: QTextCursor | None = None) -> None:
        """Put the formula in place of the cursor's selection (the word typed), as one undo step, and select its
        first placeholder for typing over."""
        cursor = cursor or self.editor.textCursor()
        cursor.beginEditBlock()
        cursor.insertText(formula)
        cursor.endEditBlock()
        end = cursor.position()
        start = end - _units(formula)
        self._placeholders = []
        for placeholder in formulas.find_placeholders(formula):
            tracked = QTextCursor(self.editor.document())
            tracked.setPosition(start + _units(formula[: placeholder.start]))
            tracked.setPosition(start + _units(formula[: placeholder.end]), QTextCursor.MoveMode.KeepAnchor)
            self._placeholders.append(tracked)
        first, last = QTextCursor(self.editor.document()), QTextCursor(self.editor.document())
        first.setPosition(start)
        first.setKeepPositionOnInsert(True)
        last.setPosition(end)
        self._formula = (first, last)
        self.editor.setTextCursor(cursor)
        self.next_placeholder()

    def next_placeholder(self) -> bool:
        """Select the next placeholder of the formula the cursor is in; False (Tab does what it did) if none."""
        position = self.editor.textCursor().position()
        if self._formula is None or not self._formula[0].position() <= position <= self._formula[1].position():
            self._end_formula()
            return False
        while self._placeholders:
            tracked = self._placeholders.pop(0)
            if tracked.hasSelection() and _WHOLE_PLACEHOLDER.fullmatch(tracked.selectedText()):
                self.editor.setTextCursor(QTextCursor(tracked))
                if formulas.Placeholder(0, 0, tracked.selectedText()[1:-1]).is_organisation:
                    self._show(ORGANISATIONS, tracked.selectionStart(), [(o, o) for o in self.organisations()])
                return True
        self._end_formula()
        return False

    def _end_formula(self) -> None:
        self._placeholders, self._formula = [], None

    def pick(self, parent: QWidget) -> None:
        """Notes → Insert a phrase…: choose from the whole bank in a filterable list."""
        if self.editor.isReadOnly():
            return
        from unnm_desktop.gui.rapporteur.phrase_picker import choose_phrase

        self.forget()
        formula = choose_phrase(parent, self.bank(), self.language())
        parent.activateWindow()
        self.editor.setFocus()
        if formula:
            self.insert_formula(formula)
