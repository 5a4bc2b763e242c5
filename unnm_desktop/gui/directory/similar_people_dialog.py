"""Before a new person is created: "Is this one of these people?" — answered with the keyboard."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

if TYPE_CHECKING:
    from unnm_desktop.services.meeting.people_match import SimilarPerson

SOMEONE_NEW = "new"


class SimilarPeopleDialog(QDialog):
    """The similar people, the first highlighted: Enter takes the highlighted one, Alt+N says "someone new",
    Esc goes back to what was typed. `choice` is then a person id, SOMEONE_NEW, or None."""

    def __init__(self, parent: QWidget | None, typed: str, people: Sequence[SimilarPerson]) -> None:
        super().__init__(parent)
        self.setObjectName("similarPeopleDialog")
        self.setWindowTitle(self.tr("Someone already in the directory?"))
        self.choice: str | None = None
        intro = QLabel(
            self.tr("“{name}” is close to these people. Choose one, or say it is someone new.").format(name=typed),
            self,
        )
        intro.setWordWrap(True)
        self.people = QListWidget(self)
        self.people.setObjectName("similarPeopleList")
        self.people.setAccessibleName(self.tr("People with a similar name"))
        intro.setBuddy(self.people)
        for similar in people:
            item = QListWidgetItem(self._describe(similar, typed), self.people)
            item.setData(Qt.ItemDataRole.UserRole, similar.person.id)
        self.people.setCurrentRow(0)
        buttons = QDialogButtonBox(self)
        self.take_button = buttons.addButton(self.tr("&Choose this person"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.new_button = buttons.addButton(self.tr("Someone &new"), QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.take_button.setDefault(True)
        self.take_button.clicked.connect(self._take)
        self.new_button.clicked.connect(self._someone_new)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.people)
        layout.addWidget(buttons)
        self.resize(520, 260)
        self.people.setFocus()

    def _describe(self, similar: SimilarPerson, typed: str) -> str:
        from unnm_desktop.services.meeting.people_match import SAME_NAME

        person = similar.person
        label = (
            f"{person.full_name} — {person.organization_acronym}" if person.organization_acronym else person.full_name
        )
        if similar.attending:
            return self.tr("{person} (already attending)").format(person=label)
        if similar.closeness == SAME_NAME:
            return self.tr("{person} (same name)").format(person=label)
        return label

    def _take(self) -> None:
        item = self.people.currentItem()
        if item is None:
            return
        self.choice = item.data(Qt.ItemDataRole.UserRole)
        self.accept()

    def _someone_new(self) -> None:
        self.choice = SOMEONE_NEW
        self.accept()


def ask_similar_person(parent: QWidget, typed: str, people: Sequence[SimilarPerson]) -> str | None:
    """A person id, SOMEONE_NEW, or None when the question was dismissed."""
    dialog = SimilarPeopleDialog(parent, typed, people)
    try:
        dialog.exec()
        return dialog.choice
    finally:
        dialog.deleteLater()


__all__ = ["SOMEONE_NEW", "SimilarPeopleDialog", "ask_similar_person"]
