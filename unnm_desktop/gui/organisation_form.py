"""A new organisation, created in place when an unknown one turns up mid-meeting.

    org_id = ask_new_organisation(parent, ctx, "ASAM")   # None when the person cancels

The acronym is filled in and the English name has the focus; Tab goes acronym → English name → Turkish
name → kind; Enter creates the organisation. A refused entry (no English name, an acronym taken) is said
in the dialog, which stays open with what was typed.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QComboBox, QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QWidget

from unnm_desktop.domain.errors import UserFacingError
from unnm_desktop.gui.accessibility import error_colour
from unnm_desktop.gui.i18n import error_text
from unnm_desktop.gui.lazy_services import directory

if TYPE_CHECKING:
    from unnm_desktop.services.context import ServiceContext

KINDS = {
    "un_entity": QT_TRANSLATE_NOOP("Vocabulary", "UN entity"),
    "government": QT_TRANSLATE_NOOP("Vocabulary", "Government"),
    "other": QT_TRANSLATE_NOOP("Vocabulary", "Other"),
}


class NewOrganisationDialog(QDialog):
    def __init__(self, parent: QWidget | None, ctx: ServiceContext, acronym: str) -> None:
        super().__init__(parent)
        self.setObjectName("newOrganisationDialog")
        self.ctx = ctx
        self.org_id: str | None = None
        self.setWindowTitle(self.tr("New organisation"))
        layout = QFormLayout(self)
        self.intro = QLabel(self.tr("“{acronym}” is not in the directory yet. Add it?").format(acronym=acronym))
        self.intro.setWordWrap(True)
        layout.addRow(self.intro)
        self.acronym = QLineEdit(acronym)
        self.acronym.setObjectName("acronymEdit")
        self.name_en = QLineEdit()
        self.name_en.setObjectName("nameEnEdit")
        self.name_tr = QLineEdit()
        self.name_tr.setObjectName("nameTrEdit")
        self.kind = QComboBox()
        self.kind.setObjectName("kindCombo")
        for value, english in KINDS.items():
            self.kind.addItem(QCoreApplication.translate("Vocabulary", english), value)
        self.kind.setCurrentIndex(self.kind.findData("other"))
        layout.addRow(self.tr("&Acronym"), self.acronym)
        layout.addRow(self.tr("&English name"), self.name_en)
        layout.addRow(self.tr("&Turkish name"), self.name_tr)
        layout.addRow(self.tr("&Kind"), self.kind)
        self.problem = QLabel()
        self.problem.setObjectName("problemLabel")
        self.problem.setWordWrap(True)
        self.problem.setStyleSheet(f"color: {error_colour(self.palette(), QPalette.ColorRole.Window).name()}")
        self.problem.hide()
        layout.addRow(self.problem)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addRow(buttons)
        for first, second in ((self.acronym, self.name_en), (self.name_en, self.name_tr), (self.name_tr, self.kind)):
            QWidget.setTabOrder(first, second)
        self.name_en.setFocus()

    def accept(self) -> None:
        try:
            self.org_id = directory.create_organization(
                self.ctx,
                acronym=self.acronym.text(),
                name_en=self.name_en.text(),
                name_tr=self.name_tr.text(),
                kind=self.kind.currentData(),
            )
        except UserFacingError as error:
            self.problem.setText(error_text(error))
            self.problem.show()
            return
        super().accept()


def ask_new_organisation(parent: QWidget | None, ctx: ServiceContext, acronym: str) -> str | None:
    """Offer to add the organisation `acronym` to the directory; its new id, or None when cancelled."""
    dialog = NewOrganisationDialog(parent, ctx, acronym)
    try:
        return dialog.org_id if dialog.exec() == QDialog.DialogCode.Accepted else None
    finally:
        dialog.deleteLater()
