"""Attendance: type-ahead over the directory, a new person inline, role and status for many at once."""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QEvent, QObject, QStringListModel, Qt, QTimer, Signal
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
from unnm_desktop.domain.errors import ConcurrentChangeError, UserFacingError
from unnm_desktop.gui.accessibility import muted_colour
from unnm_desktop.gui.i18n import error_text
from unnm_desktop.gui.lazy_services import attendance, directory, people_match
from unnm_desktop.gui.rapporteur.attendance_editors import ChoiceDelegate, replace_rows_in_place
from unnm_desktop.gui.rapporteur.save_now import save_now
from unnm_desktop.gui.widgets import vocabulary
from unnm_desktop.gui.widgets.models import RowsModel
from unnm_desktop.gui.widgets.uiload import child
from unnm_desktop.services.edits import attendance_edit, record_key

if TYPE_CHECKING:
    from unnm_desktop.gui.rapporteur.autosave import Autosaver
    from unnm_desktop.services.context import ServiceContext
    from unnm_desktop.services.views import AttendeeView

SUGGESTIONS = 15
READ_ONLY_REASON = QT_TRANSLATE_NOOP(
    "AttendancePage", "The minutes are signed off; reopen them for revision to change them."
)


class AttendanceModel(RowsModel["AttendeeView"]):  # the view is named only: its module loads on first use
    NAME, ORGANISATION, ROLE, STATUS, ARRIVAL = range(5)
    COLUMNS = (
        QT_TRANSLATE_NOOP("AttendanceModel", "Name"),
        QT_TRANSLATE_NOOP("AttendanceModel", "Organisation"),
        QT_TRANSLATE_NOOP("AttendanceModel", "Role"),
        QT_TRANSLATE_NOOP("AttendanceModel", "Status"),
        QT_TRANSLATE_NOOP("AttendanceModel", "Arrival"),
    )
    EDITABLE = frozenset({ROLE, STATUS, ARRIVAL})

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

    def __init__(self, root: QWidget, ctx: ServiceContext, autosaver: Autosaver) -> None:
        super().__init__(root)
        self.ctx = ctx
        self.autosaver = autosaver  # its record versions and, on a server gone away, its journal
        self.meeting_id: str | None = None
        self.read_only = False
        self.search = child(root, QLineEdit, "attendeeSearch")
        self.table = child(root, QTableView, "attendanceTable")
        self.counts = child(root, QLabel, "attendanceCounts")
        self.status_combo = child(root, QComboBox, "bulkStatusCombo")
        self.role_combo = child(root, QComboBox, "bulkRoleCombo")
        self.new_person_button = child(root, QPushButton, "newPersonButton")
        self.search_message = child(root, QLabel, "attendeeMessage")
        self.apply_status_button = child(root, QPushButton, "applyStatusButton")
        self.apply_role_button = child(root, QPushButton, "applyRoleButton")
        self.remove_button = child(root, QPushButton, "removeAttendeeButton")
        # What cannot act on signed-off minutes, with the tooltip each has when it can.
        self._editing_controls: dict[QWidget, str] = {
            widget: widget.toolTip()
            for widget in (
                self.search,
                self.new_person_button,
                self.status_combo,
                self.apply_status_button,
                self.role_combo,
                self.apply_role_button,
                self.remove_button,
            )
        }
        for value, label in vocabulary.choices(vocabulary.ATTENDANCE_STATUS):
            self.status_combo.addItem(label, value)
        for value, label in vocabulary.choices(vocabulary.ATTENDANCE_ROLE):
            self.role_combo.addItem(label, value)
        self.role_combo.setCurrentIndex(self.role_combo.findData("member"))
        self.apply_status_button.clicked.connect(lambda: self.set_status_for_selected(self.status_combo.currentData()))
        self.apply_role_button.clicked.connect(lambda: self.set_role_for_selected(self.role_combo.currentData()))
        self.remove_button.clicked.connect(self.remove_selected)
        self.new_person_button.clicked.connect(lambda: self.create_person_inline(self.search.text()))

        self.model = AttendanceModel(self)
        self.model.on_edit = self._edit_cell
        self.table.setModel(self.model)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.horizontalHeader().setSectionResizeMode(AttendanceModel.NAME, QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().setVisible(False)
        self.table.setItemDelegateForColumn(AttendanceModel.ROLE, ChoiceDelegate(vocabulary.ATTENDANCE_ROLE, self))
        self.table.setItemDelegateForColumn(AttendanceModel.STATUS, ChoiceDelegate(vocabulary.ATTENDANCE_STATUS, self))

        self._suggestions: dict[str, str] = {}
        self._suggestion_model = QStringListModel(self)
        self.completer = QCompleter(self._suggestion_model, self)
        self.completer.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        self.completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.search.setCompleter(self.completer)
        self.search.textEdited.connect(self._suggest)
        self.search.textEdited.connect(lambda _text: self.search_message.clear())
        self.completer.activated.connect(self._add_suggestion)
        self.search.returnPressed.connect(self._on_return)
        self.completer.popup().installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # Enter in the suggestions takes the highlighted one, or the first, as in any type-ahead. It is handled
        # here rather than by QCompleter, whose `activated` would write the chosen name back into the search
        # box after the person is added, so that the next name typed would be appended to it.
        if (
            watched is self.completer.popup()
            and event.type() == QEvent.Type.KeyPress
            and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
            and self._suggestions
        ):
            self._on_return()
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
            # A click in the list: the completer writes the label into the box after this slot; empty it then.
            QTimer.singleShot(0, lambda: self.search.text() == label and self.search.clear())

    def _on_return(self) -> None:
        """Enter in the search: the highlighted suggestion; else someone attending already is shown, a
        directory match is added, a similar name is asked about, and only then is a new person created."""
        popup = self.completer.popup()
        text = self.search.text().strip()
        if not text or self.meeting_id is None:
            return
        if self.read_only:
            self.say(self.tr(READ_ONLY_REASON))
            return
        if popup.isVisible() and popup.currentIndex().isValid():
            popup.hide()
            self._add_suggestion(popup.currentIndex().data())
            return
        popup.hide()
        present = people_match.attendee_named(self.ctx, self.meeting_id, text)
        if present is not None:
            self._show_already_attending(present.id, present.full_name)
        elif self._suggestions:
            self.add_person(next(iter(self._suggestions.values())))
        else:
            self._offer_similar_or_create(text)

    def _offer_similar_or_create(self, text: str) -> None:
        from unnm_desktop.gui.directory.similar_people_dialog import SOMEONE_NEW, ask_similar_person

        similar = people_match.similar_people(self.ctx, text, meeting_id=self.meeting_id)
        if not similar:
            self.create_person_inline(text)
            return
        choice = ask_similar_person(self.table.window(), text, similar)
        if choice == SOMEONE_NEW:
            self.create_person_inline(text, known_new=True)
        elif choice is not None:
            self.add_person(choice)
        self.search.setFocus()

    def _show_already_attending(self, attendance_id: str, name: str) -> None:
        """Select their row and say so next to the search; what was typed stays, selected, for the next name."""
        for row, entry in enumerate(self.model.rows):
            if entry.id == attendance_id:
                self.table.selectRow(row)
                self.table.scrollTo(self.model.index(row, 0))
        self.say(self.tr("{name} is already attending.").format(name=name))
        self.search.setFocus()
        self.search.selectAll()

    def say(self, text: str) -> None:
        """A message next to the search box (where the rapporteur is looking) and in the status bar."""
        self.search_message.setText(text)
        self.message.emit(text)

    def add_person(self, person_id: str) -> None:
        if self.meeting_id is None:
            return
        if self.read_only:
            self.say(self.tr(READ_ONLY_REASON))
            return
        present = next((row for row in self.model.rows if row.person_id == person_id), None)
        if present is not None:
            self._show_already_attending(present.id, present.full_name)
            return
        try:
            attendance.add_attendee(self.ctx, self.meeting_id, person_id=person_id)
        except UserFacingError as error:
            self.say(error_text(error))
            return
        self.search.clear()
        self.search_message.clear()
        self._suggestions = {}
        self.refresh()
        self.attendance_changed.emit()
        self.search.setFocus()

    def create_person_inline(self, name: str, *, known_new: bool = False) -> None:
        if self.meeting_id is None or self.read_only:
            return
        from unnm_desktop.gui.directory.new_person_dialog import NewPersonDialog

        dialog = NewPersonDialog(
            self.table.window(), self.ctx, name.strip(), known_new=known_new, meeting_id=self.meeting_id
        )
        if dialog.exec() and dialog.person_id:
            self.add_person(dialog.person_id)
        dialog.deleteLater()
        self.search.setFocus()

    # --- table ----------------------------------------------------------------------------------

    def load(self, meeting_id: str | None) -> None:
        self.meeting_id = meeting_id
        self.refresh()

    def refresh(self) -> None:
        rows = attendance.list_attendance(self.ctx, self.meeting_id) if self.meeting_id else []
        # The rows as read: each one's next save is based on its version (services/concurrency.py).
        for row in rows:
            self.autosaver.versions.remember(record_key("attendance", row.id), row.version)
        if replace_rows_in_place(self.model, rows):
            self._show_counts()
            return
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
        if self.read_only:
            self.say(self.tr(READ_ONLY_REASON))
            return
        ids = self.selected_ids()
        if not ids:
            self.message.emit(self.tr("Select one or more people in the attendance table first."))
            return
        try:
            if not save_now(self.autosaver, f"attendance:{','.join(ids)}", self.ctx, attendance_edit(ids, **changes)):
                self._keep_typed(ids, changes)  # waits for the server, journaled
                return
        except UserFacingError as error:
            self.message.emit(error_text(error))
        self.refresh()  # the same rows: updated in place, the selection stays
        self.attendance_changed.emit()

    def remove_selected(self) -> None:
        if self.read_only:
            self.say(self.tr(READ_ONLY_REASON))
            return
        for attendance_id in self.selected_ids():
            try:
                attendance.remove_attendee(self.ctx, attendance_id)
            except UserFacingError as error:
                self.message.emit(error_text(error))
        self.refresh()
        self.attendance_changed.emit()

    def _edit_cell(self, row: AttendeeView, column: int, value: Any) -> bool:
        field = {
            AttendanceModel.ROLE: "role",
            AttendanceModel.STATUS: "status",
            AttendanceModel.ARRIVAL: "arrival_time",
        }.get(column)
        if self.read_only or field is None:
            return False
        text = str(value or "").strip()
        cleared = None if field == "arrival_time" else text  # an empty arrival time means "not noted"
        try:
            edit = attendance_edit([row.id], **{field: text or cleared})
            if not save_now(self.autosaver, f"attendance:{row.id}:{field}", self.ctx, edit):
                self._keep_typed([row.id], {field: text or cleared})  # waits for the server, journaled
                return True
        except UserFacingError as error:
            self.message.emit(error_text(error))
            if isinstance(error, ConcurrentChangeError):
                self.refresh()  # theirs shown: the next edit builds on it
            return False
        self.refresh()  # this row only, through dataChanged: never a reset under the open editor
        self.attendance_changed.emit()
        return True

    def _keep_typed(self, ids: list[str], changes: dict[str, Any]) -> None:
        """The rows as typed while their save waits for the server (nothing can be read back meanwhile)."""
        for number, row in enumerate(self.model.rows):
            if row.id in ids:
                self.model.replace_row(number, replace(row, **changes))

    def set_read_only(self, read_only: bool) -> None:
        """Signed-off minutes: what cannot act is disabled, and its tooltip says why."""
        self.read_only = read_only
        reason = self.tr(READ_ONLY_REASON)
        for widget, tooltip in self._editing_controls.items():
            widget.setEnabled(not read_only)
            widget.setToolTip(reason if read_only else tooltip)
        self.table.setToolTip(reason if read_only else "")
        self.search_message.clear()
        self.model.on_edit = None if read_only else self._edit_cell


__all__ = ["AttendanceModel", "AttendancePage", "AttendanceStatus"]
