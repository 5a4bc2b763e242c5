"""The two dialogs of Desk → Pending confirmations that record a closure after the meeting (issue 14): a
confirmation or withdrawal of an ad referendum position, and the end of a silence procedure (no objection at the
deadline, or broken by an organisation's objection). Each calls services/minutes/addenda.py; a refusal is shown
inside the dialog in one sentence and what was typed stays.

Layouts in ui/confirmation_dialog.ui and ui/silence_end_dialog.ui.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QRadioButton,
    QWidget,
)

from unnm_desktop.domain.clock import meeting_now
from unnm_desktop.domain.errors import UserFacingError
from unnm_desktop.gui.desk.pending_table import deadline_words
from unnm_desktop.gui.i18n import error_text
from unnm_desktop.gui.lazy_services import addenda, directory
from unnm_desktop.gui.widgets.uiload import child, embed_ui

if TYPE_CHECKING:
    from unnm_desktop.services.minutes.closure_views import AddendumView, PendingItem


class ConfirmationDialog(QDialog):
    """Who answered (pre-filled), on which day (today where the meeting is held), how, and the answer."""

    def __init__(self, parent: QWidget, ctx: Any, item: PendingItem, organisations: list[str]) -> None:
        """`organisations`: the acronyms with an open ad referendum position on the same decision."""
        super().__init__(parent)
        self.setObjectName("confirmationDialog")
        self.ctx = ctx
        self.item = item
        self.recorded: AddendumView | None = None
        root = embed_ui(self, "confirmation_dialog")
        subject = self.tr("Decision {decision} of {meeting} — confirmation due by {deadline}.").format(
            decision=item.decision_reference, meeting=item.meeting_reference, deadline=deadline_words(item)
        )
        child(root, QLabel, "confirmSubject").setText(subject)
        self.organisation = child(root, QComboBox, "confirmOrganisation")
        for acronym in organisations:
            self.organisation.addItem(acronym, acronym)
        self.organisation.setCurrentIndex(max(self.organisation.findData(item.organization_acronym), 0))
        self.date = child(root, QLineEdit, "confirmDate")
        self.date.setText(f"{meeting_now(item.time_zone):%Y-%m-%d}")
        self.note = child(root, QPlainTextEdit, "confirmNote")
        self.confirmed = child(root, QRadioButton, "confirmConfirmed")
        self.withdrawn = child(root, QRadioButton, "confirmWithdrawn")
        self.message = child(root, QLabel, "confirmMessage")
        buttons = child(root, QDialogButtonBox, "confirmButtons")
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Record"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.note.setFocus()  # the organisation and the day are filled in: how it came is what is left to say

    def accept(self) -> None:
        try:
            self.recorded = addenda.confirm(
                self.ctx,
                self.item.decision_id,
                self.organisation.currentData() or "",
                on=self.date.text().strip() or None,
                note=self.note.toPlainText().strip(),
                withdrawn=self.withdrawn.isChecked(),
            )
        except UserFacingError as error:  # said in one sentence; what was typed stays
            self.message.setText(error_text(error))
            return
        super().accept()


class SilenceEndDialog(QDialog):
    """No objection at the deadline (the deadline pre-filled), or broken by which organisation, when, on what."""

    def __init__(self, parent: QWidget, ctx: Any, item: PendingItem, *, no_objection: bool = True) -> None:
        super().__init__(parent)
        self.setObjectName("silenceEndDialog")
        self.ctx = ctx
        self.item = item
        self.recorded: AddendumView | None = None
        root = embed_ui(self, "silence_end_dialog")
        subject = self.tr("Decision {decision} of {meeting} — under silence procedure until {deadline}.").format(
            decision=item.decision_reference, meeting=item.meeting_reference, deadline=deadline_words(item)
        )
        child(root, QLabel, "silenceSubject").setText(subject)
        self.no_objection = child(root, QRadioButton, "silenceNoObjection")
        self.broken = child(root, QRadioButton, "silenceBroken")
        self.organisation = child(root, QComboBox, "silenceOrganisation")
        for org in directory.list_organizations(ctx):
            self.organisation.addItem(f"{org.acronym} — {org.name_en}" if org.name_en else org.acronym, org.acronym)
        self.when = child(root, QLineEdit, "silenceWhen")
        self.on_what = child(root, QLineEdit, "silenceOnWhat")
        self.note = child(root, QPlainTextEdit, "silenceNote")
        self.message = child(root, QLabel, "silenceMessage")
        self._deadline_text = item.deadline_text
        self.when.setText(item.deadline_text)
        buttons = child(root, QDialogButtonBox, "silenceButtons")
        self.ok_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("&Record"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.broken.toggled.connect(self._follow_choice)
        (self.no_objection if no_objection else self.broken).setChecked(True)
        self._follow_choice()
        (self.no_objection if no_objection else self.organisation).setFocus()

    def _follow_choice(self, *_args: Any) -> None:
        """Who broke it and on what matter only for a broken silence; its moment defaults to now (Istanbul's
        clock where the meeting is held), the deadline's for no objection."""
        broken = self.broken.isChecked()
        self.organisation.setEnabled(broken)
        self.on_what.setEnabled(broken)
        now = f"{meeting_now(self.item.time_zone):%Y-%m-%d %H:%M}"
        if broken and self.when.text() == self._deadline_text and not self.item.overdue:
            self.when.setText(now)
        elif not broken and self.when.text() == now:
            self.when.setText(self._deadline_text)

    def accept(self) -> None:
        broken = self.broken.isChecked()
        try:
            self.recorded = addenda.end_silence(
                self.ctx,
                self.item.decision_id,
                no_objection=not broken,
                broken_by=(self.organisation.currentData() or "") if broken else None,
                on=self.when.text().strip() or None,
                on_what=self.on_what.text().strip() if broken else "",
                note=self.note.toPlainText().strip(),
            )
        except UserFacingError as error:  # said in one sentence; what was typed stays
            self.message.setText(error_text(error))
            return
        super().accept()


__all__ = ["ConfirmationDialog", "SilenceEndDialog"]
