"""The GCM objectives of a decision: a one-line summary for the Decisions tab ("1, 4, 23") and the dialog
that sets them, where the numbers are typed ("1, 23", Enter) or ticked in the list of the 23 objectives."""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
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

from unnm_desktop.gui.accessibility import error_colour
from unnm_desktop.gui.i18n import current_language
from unnm_desktop.gui.lazy_services import meetings
from unnm_desktop.resources import gcm_objectives

if TYPE_CHECKING:
    from unnm_desktop.services.context import ServiceContext

NUMBER = Qt.ItemDataRole.UserRole


def numbers_text(numbers: Iterable[int]) -> str:
    return ", ".join(str(n) for n in sorted(numbers))


def objectives_tooltip(numbers: Iterable[int]) -> str:
    """Each chosen objective with its title, one a line (in the interface language)."""
    titles = gcm_objectives(current_language())
    return "\n".join(f"{n}. {titles.get(n, '')}" for n in sorted(numbers))


class ObjectivesDialog(QDialog):
    """Choose a decision's GCM objectives. The numbers box has the focus with its text selected, so typing
    "1, 23" and Enter is enough; the list shows the titles and follows what is typed (and the other way)."""

    def __init__(self, parent: QWidget | None, chosen: Iterable[int], *, from_meeting: bool = False) -> None:
        super().__init__(parent)
        self.setObjectName("decisionObjectivesDialog")
        self.setWindowTitle(self.tr("GCM objectives of the decision"))
        self._syncing = False
        layout = QVBoxLayout(self)
        label = QLabel(self.tr("Objective &numbers, separated by commas (1 to 23):"))
        self.numbers = QLineEdit(numbers_text(chosen))
        self.numbers.setObjectName("objectiveNumbersEdit")
        self.numbers.setAccessibleName(self.tr("GCM objective numbers"))
        self.numbers.setAccessibleDescription(self.tr("Type the numbers, for example 1, 23, then Enter."))
        label.setBuddy(self.numbers)
        layout.addWidget(label)
        layout.addWidget(self.numbers)
        if from_meeting:
            hint = QLabel(self.tr("Suggested: the objectives of the meeting."))
            hint.setWordWrap(True)
            layout.addWidget(hint)
        self.problem = QLabel("")
        self.problem.setObjectName("objectiveNumbersProblem")
        self.problem.setWordWrap(True)
        self.problem.setStyleSheet(f"color: {error_colour(self.problem.palette()).name()};")
        layout.addWidget(self.problem)
        list_label = QLabel(self.tr("Or &tick them in the list (Space):"))
        self.checklist = QListWidget()
        self.checklist.setObjectName("objectivesChecklist")
        self.checklist.setAccessibleName(self.tr("GCM objectives"))
        self.checklist.setAccessibleDescription(self.tr("The 23 objectives of the Global Compact for Migration."))
        self.checklist.setWordWrap(True)
        list_label.setBuddy(self.checklist)
        official = gcm_objectives()
        selected = set(chosen)
        for number, title in gcm_objectives(current_language()).items():
            entry = QListWidgetItem(f"{number}. {title}")
            entry.setData(NUMBER, number)
            entry.setToolTip(title if title == official[number] else f"{title}\n{official[number]}")
            entry.setFlags(entry.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            entry.setCheckState(Qt.CheckState.Checked if number in selected else Qt.CheckState.Unchecked)
            self.checklist.addItem(entry)
        layout.addWidget(list_label)
        layout.addWidget(self.checklist, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.numbers.textEdited.connect(self._on_numbers_typed)
        self.checklist.itemChanged.connect(self._on_ticked)
        self.resize(560, 520)
        self.numbers.setFocus()
        self.numbers.selectAll()

    def chosen(self) -> list[int]:
        return [
            self.checklist.item(row).data(NUMBER)
            for row in range(self.checklist.count())
            if self.checklist.item(row).checkState() == Qt.CheckState.Checked
        ]

    def _parse(self, text: str) -> list[int] | None:
        """The numbers typed, or None with the reason shown when one is not an objective."""
        numbers = []
        for token in (t for t in re.split(r"[\s,;]+", text) if t):
            if not token.isdigit() or not 1 <= int(token) <= 23:
                self.problem.setText(
                    self.tr("“{token}” is not a GCM objective: the objectives are numbered 1 to 23.").format(
                        token=token
                    )
                )
                return None
            numbers.append(int(token))
        self.problem.setText("")
        return numbers

    def _on_numbers_typed(self, text: str) -> None:
        numbers = self._parse(text)
        if numbers is None:
            return
        self._syncing = True
        try:
            for row in range(self.checklist.count()):
                entry = self.checklist.item(row)
                checked = entry.data(NUMBER) in numbers
                entry.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
        finally:
            self._syncing = False

    def _on_ticked(self, _entry: QListWidgetItem) -> None:
        if not self._syncing:
            self.numbers.setText(numbers_text(self.chosen()))
            self.problem.setText("")

    def accept(self) -> None:
        # What was typed wins; a number outside 1-23 keeps the dialog open with the reason, nothing lost.
        if self._parse(self.numbers.text()) is None:
            self.numbers.setFocus()
            return
        self._on_numbers_typed(self.numbers.text())
        super().accept()


def ask_objectives(
    parent: QWidget, ctx: ServiceContext, meeting_id: str | None, current: Iterable[int]
) -> list[int] | None:
    """The objectives chosen in the dialog, or None when it is cancelled. A decision without objectives is
    offered those of its meeting."""
    chosen, from_meeting = list(current), False
    if not chosen and meeting_id:
        chosen = list(meetings.get_meeting(ctx, meeting_id).objectives)
        from_meeting = bool(chosen)
    dialog = ObjectivesDialog(parent, chosen, from_meeting=from_meeting)
    return dialog.chosen() if dialog.exec() else None
