"""A new person typed inline (Attendance → New person…), with the organisation created in place if unknown."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QPushButton,
    QWidget,
)

from unnm_desktop.domain.errors import UserFacingError
from unnm_desktop.gui.directory.organisation_form import ask_new_organisation
from unnm_desktop.gui.directory.similar_people_dialog import SOMEONE_NEW, ask_similar_person
from unnm_desktop.gui.i18n import current_language, error_text
from unnm_desktop.gui.lazy_services import directory, people_match
from unnm_desktop.gui.widgets.uiload import child, embed_ui

if TYPE_CHECKING:
    from unnm_desktop.services.context import ServiceContext
    from unnm_desktop.services.views import OrgView


class NewPersonDialog(QDialog):
    """Create a person without leaving the keyboard; the organisation is typed with completion, and an
    unknown one can be created in place. A name close to someone in the directory is asked about first."""

    def __init__(
        self,
        parent: QWidget | None,
        ctx: ServiceContext,
        name: str = "",
        *,
        known_new: bool = False,
        meeting_id: str | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("newPersonDialog")
        self.ctx = ctx
        self.person_id: str | None = None
        self.meeting_id = meeting_id  # the similar people offered say whether they attend it
        # The name the rapporteur already said is someone new (not one of the similar people offered).
        self._confirmed_new = people_match.name_key(name) if known_new else None
        root = embed_ui(self, "new_person_dialog")
        self.name = child(root, QLineEdit, "nameEdit")
        self.title = child(root, QLineEdit, "titleEdit")
        self.email = child(root, QLineEdit, "emailEdit")
        self.organisation = child(root, QComboBox, "organisationCombo")
        self.organisation.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.message = child(root, QLabel, "personMessage")
        self.organisation.addItem("", None)
        for org in directory.list_organizations(ctx):
            self.organisation.addItem(self._org_label(org), org.id)
        completer = self.organisation.completer()
        completer.setFilterMode(completer.filterMode().MatchContains)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        completer.popup().installEventFilter(self)
        # An editable combo box keeps Enter to itself: the dialog's default button would never see it.
        self.organisation.lineEdit().returnPressed.connect(self.accept)
        self._accepting = False
        # Not a default button (Enter in the fields must still mean OK after it was used), but Enter on
        # the button itself opens the organisation form, as Space does.
        self.new_organisation_button = child(root, QPushButton, "newOrganisationButton")
        self.new_organisation_button.clicked.connect(self.new_organisation)
        self.new_organisation_button.installEventFilter(self)
        buttons = child(root, QDialogButtonBox, "buttons")
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.name.setText(name)
        self.name.setFocus()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # Enter in the organisation suggestions takes the highlighted one (or keeps what was typed) and
        # accepts the form: the completer alone would only close its list and eat the key.
        popup = self.organisation.completer().popup()
        is_enter = isinstance(event, QKeyEvent) and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
        if watched is self.new_organisation_button and event.type() == QEvent.Type.KeyPress and is_enter:
            self.new_organisation_button.click()
            return True
        if watched is popup and event.type() == QEvent.Type.KeyPress and is_enter:
            if popup.currentIndex().isValid():
                self.organisation.setCurrentText(str(popup.currentIndex().data()))
            popup.hide()
            self.accept()
            return True
        return super().eventFilter(watched, event)

    @staticmethod
    def _org_label(org: OrgView) -> str:
        org_name = org.name_tr if current_language() == "tr" and org.name_tr else org.name_en
        return f"{org.acronym} — {org_name}"

    def new_organisation(self, _checked: bool = False, acronym: str = "") -> str | None:
        """Create an organisation in place and choose it; its id, or None if that was cancelled."""
        org_id = ask_new_organisation(self, self.ctx, acronym)
        if org_id is None:
            self.organisation.setFocus()
            return None
        org = next(o for o in directory.list_organizations(self.ctx) if o.id == org_id)
        self.organisation.addItem(self._org_label(org), org.id)
        self.organisation.setCurrentIndex(self.organisation.count() - 1)
        self.message.setText(self.tr("{acronym} added to the directory.").format(acronym=org.acronym))
        self.activateWindow()  # back from the organisation form, even where no window manager does it
        self.title.setFocus()
        return org_id

    def _organisation_id(self) -> tuple[bool, str | None]:
        """(understood, id): the organisation chosen or typed; an unknown one is offered for creation."""
        typed = self.organisation.currentText().strip()
        if not typed:
            return True, None
        index = self.organisation.findText(self.organisation.currentText())
        if index > 0:
            return True, self.organisation.itemData(index)
        found = directory.find_organization(self.ctx, typed.split("—")[0])
        if found is not None:
            return True, found.id
        org_id = self.new_organisation(acronym=typed.split("—")[0].strip())
        if org_id is None:
            self.message.setText(
                self.tr("{typed} is not in the directory; pick an organisation from the list or create it.").format(
                    typed=typed
                )
            )
        return org_id is not None, org_id

    def _similar_person_answer(self) -> str | None:
        """Offer the people whose name is close to the one typed: a person id, SOMEONE_NEW, or None when
        the question was dismissed (back to the form, as typed)."""
        key = people_match.name_key(self.name.text())
        if not key or key == self._confirmed_new:
            return SOMEONE_NEW
        similar = people_match.similar_people(self.ctx, self.name.text(), meeting_id=self.meeting_id)
        if not similar:
            return SOMEONE_NEW
        choice = ask_similar_person(self, self.name.text().strip(), similar)
        if choice == SOMEONE_NEW:
            self._confirmed_new = key
        elif choice is None:
            self.name.setFocus()
        return choice

    def accept(self) -> None:
        if self._accepting or self.person_id is not None:
            return  # Enter reached both the organisation field and the dialog, or a question is open
        self._accepting = True
        try:
            self._accept()
        finally:
            self._accepting = False

    def _accept(self) -> None:
        self.organisation.completer().popup().hide()
        understood, org_id = self._organisation_id()
        if not understood:
            self.organisation.setFocus()
            return
        answer = self._similar_person_answer()
        if answer is None:
            return
        if answer != SOMEONE_NEW:
            self.person_id = answer
            super().accept()
            return
        try:
            self.person_id = directory.create_person(
                self.ctx, full_name=self.name.text(), title=self.title.text(), organization_id=org_id,
                email=self.email.text() or None,
            )  # fmt: skip
        except UserFacingError as error:
            self.message.setText(error_text(error))
            return
        super().accept()
