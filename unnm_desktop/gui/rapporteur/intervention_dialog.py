"""Who takes the floor: the intervention stamp's dialog, typed into while the speaker is already talking.

The rapporteur types a few letters ("pm", "isik") and presses Enter once: the highlighted attendee is
stamped and the focus is back in the notes. Matching is Turkish-aware (domain/text.fold) and works from the
start of any word. A name that is none of the attendees needs a second Enter, after the dialog has said so,
so that a slip of the keyboard never stamps a speaker who is not in the room.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from unnm_desktop.domain.text import fold
from unnm_desktop.gui.accessibility import error_colour

_WORD_SEPARATORS = " -/()'.,"
DIALOG_MIN_WIDTH = 420  # wide enough for the title and a person's name with their organisation


@dataclass(frozen=True)
class Speaker:
    """One choice: `stamp` is what the notes say ("PMM", "Chair", "Işıl Doğan (UNHCR)")."""

    stamp: str
    keys: tuple[str, ...]  # folded texts a typed prefix is matched against, from the start of any word

    def match_rank(self, typed: str) -> int | None:
        """0 exact, 1 the stamp starts with it, 2 a word starts with it; None when it does not match."""
        folded = fold(typed.strip())
        if not folded:
            return 2
        if any(key == folded for key in self.keys):
            return 0
        if any(key.startswith(folded) for key in self.keys):
            return 1
        if any(_word_starts(key, folded) for key in self.keys):
            return 2
        return None


def _word_starts(key: str, folded: str) -> bool:
    return any(
        key.startswith(folded, index)
        for index in range(1, len(key))
        if key[index - 1] in _WORD_SEPARATORS and key[index] not in _WORD_SEPARATORS
    )


def _arrow_step(event: QEvent) -> int:
    if isinstance(event, QKeyEvent) and event.key() in (Qt.Key.Key_Down, Qt.Key.Key_Up):
        return 1 if event.key() == Qt.Key.Key_Down else -1
    return 0


def speaker_choices(attendees: Iterable[object], chair: str, secretariat: str) -> list[Speaker]:
    """The organisations attending (present or remote), the chair and the secretariat (words in the language
    of the minutes), then the attending people by name: `attendees` are services AttendeeView rows."""
    organisations: dict[str, str] = {}
    people: list[Speaker] = []
    for row in attendees:
        if getattr(row, "status", "") not in ("present", "remote"):
            continue
        acronym = getattr(row, "organization_acronym", "") or ""
        if acronym:
            organisations.setdefault(fold(acronym), acronym)
        name = (getattr(row, "full_name", "") or "").strip()
        if name:
            stamp = f"{name} ({acronym})" if acronym else name
            people.append(Speaker(stamp, (fold(name),)))
    choices = [Speaker(acronym, (key,)) for key, acronym in sorted(organisations.items())]
    choices += [Speaker(word, (fold(word),)) for word in (chair, secretariat) if word]
    return choices + people


class InterventionDialog(QDialog):
    """A line to type the speaker into, the matching attendees below it, and a note when none matches."""

    def __init__(self, parent: QWidget | None, choices: list[Speaker], default: str = "") -> None:
        super().__init__(parent)
        self.setObjectName("interventionDialog")
        self.setWindowTitle(self.tr("Intervention stamp"))
        self.setMinimumWidth(max(DIALOG_MIN_WIDTH, self.fontMetrics().horizontalAdvance(self.windowTitle()) + 160))
        self.choices = choices
        self._pending_free_text: str | None = None
        self._chosen = ""

        self.edit = QLineEdit(self)
        self.edit.setObjectName("speakerEdit")
        self.edit.setAccessibleName(self.tr("Speaker"))
        # The question the stamp asked before it had its own dialog: its Turkish is in the catalogue already.
        prompt = QLabel(QCoreApplication.translate("MainWindow", "Who takes the floor?"), self)
        prompt.setBuddy(self.edit)
        self.matches = QListWidget(self)
        self.matches.setObjectName("speakerMatches")
        self.matches.setAccessibleName(self.tr("Attendees matching what is typed"))
        self.matches.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the keys stay in the line; ↑/↓ move the highlight
        self.note = QLabel(self)
        self.note.setObjectName("speakerNote")
        self.note.setWordWrap(True)
        self.hint = QLabel(self.tr("Enter stamps the highlighted name; ↑ above the first one keeps your own text."))
        self.hint.setWordWrap(True)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, parent=self
        )
        buttons.accepted.connect(self.confirm)
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        for widget in (prompt, self.edit, self.matches, self.note, self.hint, buttons):
            layout.addWidget(widget)

        self.edit.textEdited.connect(self._on_text_edited)
        self.edit.installEventFilter(self)
        self.matches.itemDoubleClicked.connect(lambda item: self._accept_speaker(item.text()))
        self.edit.setText(default)
        self.edit.selectAll()  # the last speaker is the default: Enter repeats them, typing replaces them
        self._refilter()

    # --- what the dialog gives back -------------------------------------------------------------

    def speaker(self) -> str:
        return self._chosen

    # --- typing ---------------------------------------------------------------------------------

    def _on_text_edited(self, _text: str) -> None:
        self._pending_free_text = None
        self.note.clear()
        self._refilter()

    def _refilter(self) -> None:
        typed = self.edit.text()
        ranked = [(rank, index, choice) for index, choice in enumerate(self.choices)
                  if (rank := choice.match_rank(typed)) is not None]  # fmt: skip
        ranked.sort(key=lambda entry: entry[:2])
        self.matches.clear()
        for _rank, _index, choice in ranked:
            self.matches.addItem(QListWidgetItem(choice.stamp))
        # The best match is highlighted, so the first Enter stamps it; with nothing typed, nothing is.
        self.matches.setCurrentRow(0 if ranked and typed.strip() else -1)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        step = _arrow_step(event) if watched is self.edit and event.type() == QEvent.Type.KeyPress else 0
        if step:
            self._move_highlight(step)
            return True
        return super().eventFilter(watched, event)

    def _move_highlight(self, step: int) -> None:
        row = self.matches.currentRow() + step
        if row < 0:
            self.matches.setCurrentRow(-1)  # above the first: the text as typed
            self.matches.clearSelection()
        elif row < self.matches.count():
            self.matches.setCurrentRow(row)
        self._pending_free_text = None
        self.note.clear()

    # --- Enter ----------------------------------------------------------------------------------

    def confirm(self) -> None:
        """Enter or OK: stamp the highlighted attendee; text that is none of them only on a second Enter."""
        current = self.matches.currentItem()
        if current is not None and current.isSelected():
            self._accept_speaker(current.text())
            return
        typed = " ".join(self.edit.text().split())
        if not typed:
            return
        exact = next((choice for choice in self.choices if choice.match_rank(typed) == 0), None)
        if exact is not None:
            self._accept_speaker(exact.stamp)
            return
        if self._pending_free_text == typed:
            self._accept_speaker(typed)
            return
        self._pending_free_text = typed
        self.note.setText(
            self.tr("“{name}” is not one of the attendees. Press Enter again to stamp it as typed.").format(name=typed)
        )
        self.note.setStyleSheet(f"color: {error_colour(self.note.palette()).name()};")

    def _accept_speaker(self, stamp: str) -> None:
        self._chosen = stamp
        self.accept()


def ask_for_speaker(parent: QWidget, choices: list[Speaker], default: str = "") -> str | None:
    """The stamp's speaker, or None if the rapporteur pressed Escape."""
    dialog = InterventionDialog(parent, choices, default)
    try:
        return dialog.speaker() if dialog.exec() == QDialog.DialogCode.Accepted else None
    finally:
        dialog.deleteLater()
