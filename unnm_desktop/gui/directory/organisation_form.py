"""A new organisation in place, when an unknown one turns up mid-meeting (new person, action points)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QComboBox, QDialog, QDialogButtonBox, QLabel, QLineEdit, QWidget

from unnm_desktop.domain.errors import UserFacingError
from unnm_desktop.gui.i18n import error_text
from unnm_desktop.gui.lazy_services import directory, people_match
from unnm_desktop.gui.widgets import vocabulary
from unnm_desktop.gui.widgets.uiload import child, embed_ui

if TYPE_CHECKING:
    from unnm_desktop.services.context import ServiceContext

DEFAULT_KIND = "other"


class NewOrganisationDialog(QDialog):
    """Acronym → English name → Turkish name → kind, Enter creates; a known acronym is refused in place."""

    def __init__(self, parent: QWidget | None, ctx: ServiceContext, acronym: str = "") -> None:
        super().__init__(parent)
        self.setObjectName("newOrganisationDialog")
        self.ctx = ctx
        self.organisation_id: str | None = None
        root = embed_ui(self, "new_organisation_dialog")
        self.acronym = child(root, QLineEdit, "acronymEdit")
        self.name_en = child(root, QLineEdit, "nameEnEdit")
        self.name_tr = child(root, QLineEdit, "nameTrEdit")
        self.kind = child(root, QComboBox, "kindCombo")
        self.message = child(root, QLabel, "organisationMessage")
        for value, label in vocabulary.choices(vocabulary.ORGANIZATION_KIND):
            self.kind.addItem(label, value)
        self.kind.setCurrentIndex(self.kind.findData(DEFAULT_KIND))
        buttons = child(root, QDialogButtonBox, "buttons")
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.acronym.setText(acronym.strip())
        for field in (self.acronym, self.name_en, self.name_tr):
            field.textEdited.connect(self._show_similar)
        self._show_similar()
        # The acronym is what was typed where the organisation was unknown: the English name comes next.
        (self.name_en if self.acronym.text() else self.acronym).setFocus()

    def _show_similar(self) -> None:
        """A hint, not a refusal: the organisation may already be in the directory under another acronym."""
        similar = people_match.similar_organizations(
            self.ctx, self.acronym.text(), self.name_en.text(), self.name_tr.text()
        )
        self.message.setText(
            self.tr("Already in the directory, perhaps the same: {organisations}. Cancel (Esc) to choose it.").format(
                organisations="; ".join(f"{org.acronym} — {org.name_en}" for org in similar[:3])
            )
            if similar
            else ""
        )

    def _refuse(self, text: str, field: QLineEdit) -> None:
        self.message.setText(text)
        field.setFocus()

    def accept(self) -> None:
        known = directory.find_organization(self.ctx, self.acronym.text()) if self.acronym.text().strip() else None
        if known is not None:
            self._refuse(
                self.tr(
                    "{acronym} is already in the directory ({name}); choose it instead, or type another acronym."
                ).format(acronym=known.acronym, name=known.name_en),
                self.acronym,
            )
            return
        try:
            self.organisation_id = directory.create_organization(
                self.ctx,
                acronym=self.acronym.text(),
                name_en=self.name_en.text(),
                name_tr=self.name_tr.text(),
                kind=str(self.kind.currentData()),
            )
        except UserFacingError as error:
            empty = next((f for f in (self.acronym, self.name_en) if not f.text().strip()), self.acronym)
            self._refuse(error_text(error), empty)
            return
        super().accept()


def ask_new_organisation(parent: QWidget, ctx: ServiceContext, acronym: str = "") -> str | None:
    """Ask for a new organisation (acronym prefilled); create it and return its id, or None if cancelled."""
    dialog = NewOrganisationDialog(parent, ctx, acronym)
    try:
        if dialog.exec() == QDialog.DialogCode.Accepted:
            return dialog.organisation_id
        return None
    finally:
        dialog.deleteLater()


__all__ = ["NewOrganisationDialog", "ask_new_organisation"]
