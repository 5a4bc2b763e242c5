"""Attendance: type-ahead over the directory, a new person inline, role and status for many at once."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QEvent, QObject, QStringListModel, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QComboBox,
    QCompleter,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QWidget,
)

from unnm_desktop.domain.enums import AttendanceStatus
from unnm_desktop.domain.errors import UserFacingError
from unnm_desktop.gui import vocabulary
from unnm_desktop.gui.accessibility import muted_colour
from unnm_desktop.gui.i18n import error_text
from unnm_desktop.gui.lazy_services import attendance, directory
from unnm_desktop.gui.models import RowsModel
from unnm_desktop.gui.uiload import child
from unnm_desktop.services.views import AttendeeView

if TYPE_CHECKING:
    from unnm_desktop.services.context import ServiceContext

SUGGESTIONS = 15


class AttendanceModel(RowsModel[AttendeeView]):
    NAME, ORGANISATION, ROLE, STATUS, ARRIVAL = range(5)
    COLUMNS = (
        QT_TRANSLATE_NOOP("AttendanceModel", "Name"),
        QT_TRANSLATE_NOOP("AttendanceModel", "Organisation"),
        QT_TRANSLATE_NOOP("AttendanceModel", "Role"),
        QT_TRANSLATE_NOOP("AttendanceModel", "Status"),
        QT_TRANSLATE_NOOP("AttendanceModel", "Arrival"),
    )
    EDITABLE = frozenset({ARRIVAL})

    def display(self, row: AttendeeView, column: int) -> Any:
        return (
            row.full_name or "—",
            row.organization_acronym,
            vocabulary.word(vocabulary.ATTENDANCE_ROLE, row.role),
            vocabulary.word(vocabulary.ATTENDANCE_STATUS, row.status),
            row.arrival_time or "",
        )[column]

    def foreground(self, row: AttendeeView, column: int) -> Any:
        if row.status in ("apologies", "absent", "expected"):
            return muted_colour(QApplication.palette())
        return None


class AttendancePage(QObject):
    message = Signal(str)
    attendance_changed = Signal()

    def __init__(self, root: QWidget, ctx: ServiceContext) -> None:
        super().__init__(root)
        self.ctx = ctx
        self.meeting_id: str | None = None
        self.read_only = False
        self.search = child(root, QLineEdit, "attendeeSearch")
        self.table = child(root, QTableView, "attendanceTable")
        self.counts = child(root, QLabel, "attendanceCounts")
        self.status_combo = child(root, QComboBox, "bulkStatusCombo")
        self.role_combo = child(root, QComboBox, "bulkRoleCombo")
        self.new_person_button = child(root, QPushButton, "newPersonButton")
        for value, label in vocabulary.choices(vocabulary.ATTENDANCE_STATUS):
            self.status_combo.addItem(label, value)
        for value, label in vocabulary.choices(vocabulary.ATTENDANCE_ROLE):
            self.role_combo.addItem(label, value)
        self.role_combo.setCurrentIndex(self.role_combo.findData("member"))
        child(root, QPushButton, "applyStatusButton").clicked.connect(
            lambda: self.set_status_for_selected(self.status_combo.currentData())
        )
        child(root, QPushButton, "applyRoleButton").clicked.connect(
            lambda: self.set_role_for_selected(self.role_combo.currentData())
        )
        child(root, QPushButton, "removeAttendeeButton").clicked.connect(self.remove_selected)
        self.new_person_button.clicked.connect(lambda: self.create_person_inline(self.search.text()))

        self.model = AttendanceModel(self)
        self.model.on_edit = self._edit_cell
        self.table.setModel(self.model)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.horizontalHeader().setSectionResizeMode(AttendanceModel.NAME, QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().setVisible(False)

        self._suggestions: dict[str, str] = {}
        self._suggestion_model = QStringListModel(self)
        self.completer = QCompleter(self._suggestion_model, self)
        self.completer.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        self.completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.search.setCompleter(self.completer)
        self.search.textEdited.connect(self._suggest)
        self.completer.activated.connect(self._add_suggestion)
        self.search.returnPressed.connect(self._on_return)
        self.completer.popup().installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # Enter in the suggestions with none highlighted takes the first one, as in any type-ahead.
        if (
            watched is self.completer.popup()
            and event.type() == QEvent.Type.KeyPress
            and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
            and not self.completer.popup().currentIndex().isValid()
            and self._suggestions
        ):
            self.completer.popup().hide()
            self.add_person(next(iter(self._suggestions.values())))
            return True
        return super().eventFilter(watched, event)

    # --- type-ahead -----------------------------------------------------------------------------

    def _suggest(self, text: str) -> None:
        self._suggestions = {}
        if not text.strip():
            self._suggestion_model.setStringList([])
            return
        present = {row.person_id for row in self.model.rows}
        for person in directory.list_people(self.ctx, text, limit=SUGGESTIONS + len(present)):
            if person.id in present:
                continue
            label = (
                f"{person.full_name} — {person.organization_acronym}"
                if person.organization_acronym
                else person.full_name
            )
            self._suggestions[label] = person.id
            if len(self._suggestions) >= SUGGESTIONS:
                break
        self._suggestion_model.setStringList(list(self._suggestions))
        self.completer.complete()

    def suggestions(self) -> list[str]:
        return list(self._suggestions)

    def _add_suggestion(self, label: str) -> None:
        person_id = self._suggestions.get(label)
        if person_id:
            self.add_person(person_id)

    def _on_return(self) -> None:
        popup = self.completer.popup()
        text = self.search.text().strip()
        if not text:
            return
        if popup.isVisible() and popup.currentIndex().isValid():
            popup.hide()
            self._add_suggestion(popup.currentIndex().data())
        elif self._suggestions:
            popup.hide()
            self.add_person(next(iter(self._suggestions.values())))
        else:
            self.create_person_inline(text)

    def add_person(self, person_id: str) -> None:
        if self.meeting_id is None or self.read_only:
            return
        try:
            attendance.add_attendee(self.ctx, self.meeting_id, person_id=person_id)
        except UserFacingError as error:
            self.message.emit(error_text(error))
            return
        self.search.clear()
        self._suggestions = {}
        self.refresh()
        self.attendance_changed.emit()
        self.search.setFocus()

    def create_person_inline(self, name: str) -> None:
        if self.meeting_id is None or self.read_only:
            return
        from unnm_desktop.gui.dialogs import NewPersonDialog

        dialog = NewPersonDialog(self.table.window(), self.ctx, name.strip())
        if dialog.exec() and dialog.person_id:
            self.add_person(dialog.person_id)

    # --- table ----------------------------------------------------------------------------------

    def load(self, meeting_id: str | None) -> None:
        self.meeting_id = meeting_id
        self.refresh()

    def refresh(self) -> None:
        rows = attendance.list_attendance(self.ctx, self.meeting_id) if self.meeting_id else []
        self.model.set_rows(rows)
        self.table.resizeColumnsToContents()
        self.table.horizontalHeader().setSectionResizeMode(AttendanceModel.NAME, QHeaderView.ResizeMode.Stretch)
        self._show_counts()

    def _show_counts(self) -> None:
        if self.meeting_id is None:
            self.counts.setText("")
            return
        counts = attendance.attendance_counts(self.ctx, self.meeting_id)
        attending = sum(counts.by_organization.values())
        by_org = ", ".join(f"{org} {n}" for org, n in counts.by_organization.items())
        statuses = ", ".join(
            self.tr("{status} {count}").format(status=vocabulary.word(vocabulary.ATTENDANCE_STATUS, k), count=v)
            for k, v in sorted(counts.by_status.items())
        )
        self.counts.setText(
            self.tr(
                "<b>{attending} attending</b> — UN entities {un}, government {government}, others {others}."
                "<br>By organisation: {organisations}.<br>All entries: {statuses}."
            ).format(
                attending=attending,
                un=counts.un_side,
                government=counts.government_side,
                others=counts.other,
                organisations=by_org or "—",
                statuses=statuses or "—",
            )
        )

    def selected_ids(self) -> list[str]:
        rows = sorted({index.row() for index in self.table.selectionModel().selectedRows()})
        if not rows and self.table.currentIndex().isValid():
            rows = [self.table.currentIndex().row()]
        return [self.model.rows[row].id for row in rows]

    def set_status_for_selected(self, status: str) -> None:
        self._bulk(status=status)

    def set_role_for_selected(self, role: str) -> None:
        self._bulk(role=role)

    def _bulk(self, **changes: str) -> None:
        ids = self.selected_ids()
        if not ids or self.read_only:
            self.message.emit(self.tr("Select one or more people in the attendance table first."))
            return
        try:
            attendance.update_attendance(self.ctx, ids, **changes)
        except UserFacingError as error:
            self.message.emit(error_text(error))
        self._refresh_keeping_selection(ids)
        self.attendance_changed.emit()

    def _refresh_keeping_selection(self, ids: list[str]) -> None:
        self.refresh()
        selection = self.table.selectionModel()
        for row, entry in enumerate(self.model.rows):
            if entry.id in ids:
                index = self.model.index(row, 0)
                selection.select(index, selection.SelectionFlag.Select | selection.SelectionFlag.Rows)

    def remove_selected(self) -> None:
        ids = self.selected_ids()
        if self.read_only:
            return
        for attendance_id in ids:
            try:
                attendance.remove_attendee(self.ctx, attendance_id)
            except UserFacingError as error:
                self.message.emit(error_text(error))
        self.refresh()
        self.attendance_changed.emit()

    def _edit_cell(self, row: AttendeeView, column: int, value: Any) -> bool:
        if self.read_only or column != AttendanceModel.ARRIVAL:
            return False
        try:
            attendance.update_attendance(self.ctx, [row.id], arrival_time=str(value).strip() or None)
        except UserFacingError as error:
            self.message.emit(error_text(error))
            return False
        self._refresh_keeping_selection([row.id])
        return True

    def set_read_only(self, read_only: bool) -> None:
        self.read_only = read_only
        self.search.setEnabled(not read_only)
        self.new_person_button.setEnabled(not read_only)
        self.model.on_edit = None if read_only else self._edit_cell


__all__ = ["AttendanceModel", "AttendancePage", "AttendanceStatus"]
