"""A banner over the window when someone else changed what is being typed: their change, and two answers.

Not a dialog: typing goes on elsewhere while it is shown, and the key it is about stops saving until it is
answered (gui/rapporteur/autosave.py). "Keep mine" saves what was typed over the other change, deliberately;
"Reload theirs" shows their change in the editor and puts what was typed on the clipboard first, so that
nothing typed is lost. Both buttons have mnemonics (Alt+K, Alt+R) and take the focus with Tab.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget


class ConflictBanner(QFrame):
    keep_mine = Signal(str)  # the autosave key
    reload_theirs = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("conflictBanner")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAccessibleName(self.tr("Someone else changed this"))
        self._waiting: dict[str, tuple[str, str]] = {}  # key -> (their change, what was typed here)
        self.message = QLabel(self)
        self.message.setObjectName("conflictMessage")
        self.message.setWordWrap(True)
        self.hint = QLabel(self)
        self.hint.setObjectName("conflictHint")
        self.hint.setWordWrap(True)
        self.keep_button = QPushButton(self.tr("&Keep mine"), self)
        self.keep_button.setObjectName("keepMineButton")
        self.keep_button.setToolTip(self.tr("Save your text over the other change."))
        self.reload_button = QPushButton(self.tr("&Reload theirs"), self)
        self.reload_button.setObjectName("reloadTheirsButton")
        self.reload_button.setToolTip(self.tr("Show the other change; your text goes to the clipboard."))
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.keep_button)
        buttons.addWidget(self.reload_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.message)
        layout.addWidget(self.hint)
        layout.addLayout(buttons)
        self.keep_button.clicked.connect(lambda: self._answer(keep=True))
        self.reload_button.clicked.connect(lambda: self._answer(keep=False))
        self.hide()

    def show_conflict(self, key: str, message: str, mine: str) -> None:
        """Show (or bring up to date) the conflict under `key`; several wait their turn."""
        self._waiting[key] = (message, mine)
        self._show_first()

    def current_key(self) -> str | None:
        return next(iter(self._waiting), None)

    def mine(self) -> str:
        key = self.current_key()
        return self._waiting[key][1] if key is not None else ""

    def _show_first(self) -> None:
        key = self.current_key()
        if key is None:
            self.hide()
            return
        message, _mine = self._waiting[key]
        self.message.setText(message)
        self.hint.setText(
            self.tr(
                "Until you answer, this text is not saved. Keep mine saves your text over theirs; Reload theirs "
                "shows their text and puts yours on the clipboard, to paste what you need."
            )
        )
        self.show()

    def _answer(self, *, keep: bool) -> None:
        key = self.current_key()
        if key is None:
            return
        del self._waiting[key]
        if keep:
            self.keep_mine.emit(key)
        else:  # the window puts what was typed (the newest) on the clipboard
            self.reload_theirs.emit(key)
        self._show_first()
