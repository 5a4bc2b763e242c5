"""Minutes → Sign off… and Minutes → Reopen for revision…: the two dialogs that lock and unlock minutes.

Layouts in ui/signoff_dialog.ui and ui/reopen_dialog.ui. The dialogs call the sign-off services themselves
(in `accept`), so that a refusal is shown inside the dialog and nothing typed is lost.
"""

from __future__ import annotations

from datetime import date
from html import escape

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QDate, QLocale, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QGroupBox,
    QHeaderView,
    QLabel,
    QListWidget,
    QPlainTextEdit,
    QPushButton,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from unnm_desktop.domain.clock import meeting_today
from unnm_desktop.domain.errors import UserFacingError
from unnm_desktop.gui.i18n import date_format, error_text, short_date
from unnm_desktop.gui.widgets import vocabulary
from unnm_desktop.gui.widgets.busy import busy_cursor
from unnm_desktop.gui.widgets.uiload import child, embed_ui
from unnm_desktop.services.context import ServiceContext
from unnm_desktop.services.directory import lookups
from unnm_desktop.services.meeting import attendance, meetings
from unnm_desktop.services.minutes import signoff

NAME, TITLE, ROLE, SIGNED_ON = range(4)
ERROR_STYLE = "color: #b00020;"
READY_STYLE = "color: #1b5e20;"
CONTEXT = "SignOffDialog"
# The meeting's status as the dialog says it ("Revision 2, circulated for comments."); the other statuses in
# the words of gui/widgets/vocabulary.py.
STATUS_WORDS = {"circulated": QT_TRANSLATE_NOOP("SignOffDialog", "circulated for comments")}
# The roles offered for the suggested signatories. They are stored in English (the export prints "Chair" in the
# document's language) and shown in the interface language; what is typed in either is stored in English.
SIGNATORY_ROLES = {
    "Chair": QT_TRANSLATE_NOOP("SignOffDialog", "Chair"),
    "Rapporteur": QT_TRANSLATE_NOOP("SignOffDialog", "Rapporteur"),
    "Chair and rapporteur": QT_TRANSLATE_NOOP("SignOffDialog", "Chair and rapporteur"),
}


def role_word(role: str) -> str:
    """A stored signatory role in the interface language ("Chair" -> "Başkan"); any other role as it is."""
    english = SIGNATORY_ROLES.get(role)
    return QCoreApplication.translate(CONTEXT, english) if english is not None else role


def stored_role(text: str) -> str:
    """The role to store for what is in the Role cell: one of ours in English, anything else as typed."""
    folded = text.strip().casefold()
    for english in SIGNATORY_ROLES:
        if folded in (english.casefold(), role_word(english).casefold()):
            return english
    return text


class DateDelegate(QStyledItemDelegate):
    """Dates shown and edited as the interface language writes them, with a calendar on demand."""

    def displayText(self, value: object, locale: QLocale) -> str:
        return value.toString(date_format()) if isinstance(value, QDate) else super().displayText(value, locale)

    def createEditor(
        self, parent: QWidget, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QWidget:
        editor = QDateEdit(parent)
        editor.setDisplayFormat(date_format())
        editor.setCalendarPopup(True)
        editor.setAccessibleName(self.tr("Date signed"))
        return editor


class SignOffDialog(QDialog):
    """The checklist, then the signatories; OK signs the minutes off (and locks them)."""

    def __init__(self, parent: QWidget | None, ctx: ServiceContext, meeting_id: str) -> None:
        super().__init__(parent)
        self.setObjectName("signOffDialog")
        self.ctx = ctx
        self.meeting_id = meeting_id
        self.fingerprint: str | None = None
        self.time_zone: str | None = None  # the meeting's: "today" is its today, not the computer's
        root = embed_ui(self, "signoff_dialog")
        self.meeting_label = child(root, QLabel, "meetingLabel")
        self.checklist_summary = child(root, QLabel, "checklistSummary")
        self.problem_list = child(root, QListWidget, "problemList")
        self.signatories_group = child(root, QGroupBox, "signatoriesGroup")
        self.table = child(root, QTableWidget, "signatoriesTable")
        self.add_button = child(root, QPushButton, "addSignatoryButton")
        self.remove_button = child(root, QPushButton, "removeSignatoryButton")
        self.message = child(root, QLabel, "signOffMessage")
        self.message.setStyleSheet(ERROR_STYLE)
        self.buttons = child(root, QDialogButtonBox, "buttons")
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("&Sign off"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.add_button.clicked.connect(lambda: self.add_signatory())
        self.remove_button.clicked.connect(self.remove_signatory)

        self.table.setItemDelegateForColumn(SIGNED_ON, DateDelegate(self.table))
        self.table.setEditTriggers(
            QAbstractItemView.EditTrigger.AnyKeyPressed
            | QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
        )
        header = self.table.horizontalHeader()
        for column, mode in ((NAME, QHeaderView.ResizeMode.Stretch), (TITLE, QHeaderView.ResizeMode.Stretch),
                             (ROLE, QHeaderView.ResizeMode.Interactive),
                             (SIGNED_ON, QHeaderView.ResizeMode.ResizeToContents)):  # fmt: skip
            header.setSectionResizeMode(column, mode)
        header.resizeSection(ROLE, 130)
        self.table.verticalHeader().setVisible(False)

        detail = meetings.get_meeting(ctx, meeting_id)
        self.time_zone = detail.time_zone
        if detail.revision or detail.status != "draft":
            english = STATUS_WORDS.get(detail.status)
            status = (
                QCoreApplication.translate(CONTEXT, english)
                if english
                else vocabulary.word(vocabulary.MEETING_STATUS, detail.status)
            )
            state = self.tr("Revision {revision}, {status}.").format(revision=detail.revision, status=status)
        else:
            state = self.tr("Draft, not circulated yet.")
        heading = f"<b>{escape(detail.title)}</b> — {escape(detail.reference)}, {short_date(detail.start)}"
        self.meeting_label.setText(f"{heading}<br>{escape(state)}")  # notr: markup around translated text
        for name, title, role in self.suggested_signatories(detail):
            self.add_signatory(name, title, role_word(role))
        self.problems = signoff.checklist(ctx, meeting_id)
        self._show_checklist()
        self.resize(780, 560)

    # --- content ----------------------------------------------------------------------------------

    def suggested_signatories(self, detail: meetings.MeetingDetail) -> list[tuple[str, str, str]]:
        """The chair and the rapporteur, with their titles (or organisations) from the attendance list."""
        attending = {row.person_id: row for row in attendance.list_attendance(self.ctx, self.meeting_id)}

        def person(person_id: str) -> tuple[str, str]:
            row = attending.get(person_id)
            if row is not None:
                return row.full_name, row.title or row.organization_acronym
            try:
                view = lookups.get_person(self.ctx, person_id)
            except UserFacingError:  # gone from the directory: the rapporteur types the name
                return "", ""
            return view.full_name, view.title or view.organization_acronym

        if detail.chair_id and detail.chair_id == detail.rapporteur_id:
            return [(*person(detail.chair_id), "Chair and rapporteur")]
        found = []
        if detail.chair_id:
            found.append((*person(detail.chair_id), "Chair"))
        if detail.rapporteur_id:
            found.append((*person(detail.rapporteur_id), "Rapporteur"))
        return found

    def _show_checklist(self) -> None:
        ready = not self.problems
        self.problem_list.clear()
        self.problem_list.addItems([error_text(problem) for problem in self.problems])
        self.problem_list.setVisible(not ready)
        if ready:
            self.checklist_summary.setText(
                self.tr(
                    "✓ Ready to sign off: chair and rapporteur set, attendance recorded, every decision has a final "
                    "outcome, and no ad referendum position is left without a deadline."
                )
            )
            self.checklist_summary.setStyleSheet(READY_STYLE)
            self.table.setFocus()
            self.table.setCurrentCell(0, NAME)
        else:
            count = len(self.problems)
            self.checklist_summary.setText(
                self.tr("1 thing stands in the way of sign-off. Fix it in the tab named, then choose Sign off again:")
                if count == 1
                else self.tr(
                    "{count} things stand in the way of sign-off. Fix them in the tab named, then choose Sign off "
                    "again:"
                ).format(count=count)
            )
            self.checklist_summary.setStyleSheet(ERROR_STYLE)
            self.problem_list.setCurrentRow(0)
            self.problem_list.setFocus()
        self.signatories_group.setEnabled(ready)
        self.ok_button.setEnabled(ready)

    def add_signatory(self, name: str = "", title: str = "", role: str = "", signed_on: date | None = None) -> int:
        row = self.table.rowCount()
        self.table.insertRow(row)
        for column, text in ((NAME, name), (TITLE, title), (ROLE, role)):
            self.table.setItem(row, column, QTableWidgetItem(text))
        when = QTableWidgetItem()
        when.setData(Qt.ItemDataRole.EditRole, QDate(signed_on or meeting_today(self.time_zone)))
        self.table.setItem(row, SIGNED_ON, when)
        if not name:
            self.table.setCurrentCell(row, NAME)
            self.table.setFocus()
        return row

    def remove_signatory(self) -> None:
        row = self.table.currentRow()
        if row >= 0:
            self.table.removeRow(row)
            self.table.setFocus()

    def signatories(self) -> list[signoff.SignatoryInput]:
        """The rows as typed; a row with only a date (or nothing) is ignored; a row without a name is refused."""
        found = []
        for row in range(self.table.rowCount()):
            texts = [(self.table.item(row, c).text() if self.table.item(row, c) else "").strip() for c in range(3)]
            if not any(texts):
                continue
            if not texts[NAME]:
                raise UserFacingError(
                    QT_TRANSLATE_NOOP("Errors", "Signatory {number} has no name; type one or remove the row."),
                    number=row + 1,
                )
            cell = self.table.item(row, SIGNED_ON)
            value = cell.data(Qt.ItemDataRole.EditRole) if cell else None
            signed_on = value.toPython() if isinstance(value, QDate) and value.isValid() else None
            found.append(signoff.SignatoryInput(texts[NAME], texts[TITLE], stored_role(texts[ROLE]), signed_on))
        return found

    def accept(self) -> None:
        if self.problems:
            return
        self.table.setCurrentCell(-1, -1)  # commit a cell still being edited
        try:
            with busy_cursor():  # sign-off makes a backup first; it takes a moment
                self.fingerprint = signoff.sign_off(self.ctx, self.meeting_id, self.signatories())
        except UserFacingError as error:
            self.message.setText(error_text(error))
            self.table.setFocus()
            return
        super().accept()


class ReopenDialog(QDialog):
    """Asks why signed-off minutes are reopened; OK reopens them as a new revision."""

    def __init__(self, parent: QWidget | None, ctx: ServiceContext, meeting_id: str) -> None:
        super().__init__(parent)
        self.setObjectName("reopenDialog")
        self.ctx = ctx
        self.meeting_id = meeting_id
        self.revision: int | None = None
        root = embed_ui(self, "reopen_dialog")
        self.reason = child(root, QPlainTextEdit, "reasonEdit")
        self.message = child(root, QLabel, "reopenMessage")
        self.message.setStyleSheet(ERROR_STYLE)
        intro = child(root, QLabel, "reopenIntro")
        buttons = child(root, QDialogButtonBox, "buttons")
        self.ok_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("&Reopen for revision"))
        self.ok_button.setEnabled(False)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.reason.textChanged.connect(lambda: self.ok_button.setEnabled(bool(self.reason.toPlainText().strip())))

        detail = meetings.get_meeting(ctx, meeting_id)
        versions = signoff.sign_offs(ctx, meeting_id)
        fields = {
            "title": escape(detail.title),
            "reference": escape(detail.reference),
            "revision": detail.revision,
            "next": detail.revision + 1,
        }
        if versions:
            text = self.tr(
                "<b>{title}</b> ({reference}) was signed off as revision {revision} on {date}.<br>Reopening makes "
                "revision {next} editable. Revision {revision} stays stored as it was signed, and can still be "
                "viewed and exported from Minutes → Revision history."
            ).format(date=short_date(versions[-1]["signed_at"]), **fields)
        else:
            text = self.tr(
                "<b>{title}</b> ({reference}) was signed off as revision {revision}.<br>Reopening makes revision "
                "{next} editable. Revision {revision} stays stored as it was signed, and can still be viewed and "
                "exported from Minutes → Revision history."
            ).format(**fields)
        intro.setText(text)
        self.reason.setFocus()
        self.resize(580, 320)

    def accept(self) -> None:
        try:
            with busy_cursor():
                self.revision = signoff.reopen_for_revision(self.ctx, self.meeting_id, self.reason.toPlainText())
        except UserFacingError as error:
            self.message.setText(error_text(error))
            self.reason.setFocus()
            return
        super().accept()


__all__ = ["DateDelegate", "ReopenDialog", "SignOffDialog", "role_word", "stored_role"]
