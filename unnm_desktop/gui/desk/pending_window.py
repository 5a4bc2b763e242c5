"""Desk → Pending confirmations…: every ad referendum confirmation and silence procedure still open on signed-off
minutes, with its deadline in the meeting's local time, overdue ones marked OVERDUE in words and with an icon (the
red only repeats it); sortable, filtered by words (the Turkish way: "sule" finds "Şule"), kind and overdue. From a
row the secretariat records the closure (gui/desk/closure_dialogs.py), each a signed addendum to the minutes; an
overdue silence with no objection is offered as "adopted under silence procedure", which a person confirms
(Ctrl+Enter, then Yes): nothing is decided by the app. The addenda recorded so far are listed below, each exported
to Word or PDF (gui/minutes/addendum_export.py).

Layout in ui/pending_window.ui; rows and detail in gui/desk/pending_table.py; data from services/minutes/pending.py
and services/minutes/addenda_list.py.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QCheckBox, QComboBox, QLineEdit, QMessageBox, QPushButton, QSplitter, QTableView

from unnm_desktop.domain.errors import UserFacingError
from unnm_desktop.domain.text import fold
from unnm_desktop.gui.desk.filtered_window import FilteredTableWindow
from unnm_desktop.gui.desk.parts import current_row, fixed_rows
from unnm_desktop.gui.desk.pending_table import AddendaModel, PendingModel, PendingRow, kind_words, pending_html
from unnm_desktop.gui.i18n import error_text
from unnm_desktop.gui.lazy_services import addenda, addenda_list, pending
from unnm_desktop.gui.shell import Place
from unnm_desktop.gui.tabs import DECISIONS
from unnm_desktop.gui.widgets.messages import warn
from unnm_desktop.gui.widgets.uiload import child

if TYPE_CHECKING:
    from pathlib import Path

    from unnm_desktop.gui.shell import Shell
    from unnm_desktop.services.minutes.closure_views import AddendumView

KIND_CHOICES = (
    (QT_TRANSLATE_NOOP("PendingWindow", "Any kind"), None),
    (QT_TRANSLATE_NOOP("PendingWindow", "Confirmations"), "confirmation"),
    (QT_TRANSLATE_NOOP("PendingWindow", "Silence procedures"), "silence"),
)
ADOPT_KEYS = ("Ctrl+Return", "Ctrl+Enter")  # the main keyboard's Enter and the keypad's


class PendingWindow(FilteredTableWindow[PendingRow]):
    def __init__(self, window: Shell) -> None:
        super().__init__(window, "pending", PendingModel, row_lines=2, split=(3, 1))
        root = self.root
        self.text = child(root, QLineEdit, "pendingFilterText")
        self.kind = child(root, QComboBox, "pendingFilterKind")
        self.overdue = child(root, QCheckBox, "pendingFilterOverdue")
        self.confirm_button = child(root, QPushButton, "pendingConfirm")
        self.silence_button = child(root, QPushButton, "pendingEndSilence")
        self.adopt_button = child(root, QPushButton, "pendingAdopt")
        self.export_button = child(root, QPushButton, "pendingExportAddendum")
        self.history = child(root, QTableView, "pendingHistory")
        self.history_model = AddendaModel(self)
        self.history.setModel(self.history_model)
        fixed_rows(self.history, 1)
        for column, width in ((AddendaModel.NUMBER, 90), (AddendaModel.MEETING, 380), (AddendaModel.DECISION, 170),
                              (AddendaModel.CLOSURE, 330)):  # fmt: skip
            self.history.setColumnWidth(column, width)
        self.history.horizontalHeader().setStretchLastSection(True)
        splitter = child(root, QSplitter, "pendingSplitter")
        for index, stretch in enumerate((3, 2, 2)):  # the detail tall enough for the proposal, the history below
            splitter.setStretchFactor(index, stretch)
        self.all_rows: list[PendingRow] = []
        self.recorded: list[AddendumView] = []
        columns = ((PendingModel.DEADLINE, 130), (PendingModel.STATUS, 250), (PendingModel.KIND, 200),
                   (PendingModel.ORGANISATION, 110), (PendingModel.DECISION, 170))  # fmt: skip
        self.size_columns(columns, stretch=PendingModel.MEETING)
        for words, value in KIND_CHOICES:
            self.kind.addItem(QCoreApplication.translate("PendingWindow", words), value)
        self.reload_when_changed(self.text, self.kind, self.overdue)
        self.confirm_button.clicked.connect(self.record_confirmation)
        self.silence_button.clicked.connect(lambda: self.end_silence())
        self.adopt_button.clicked.connect(self.adopt_under_silence)
        self.export_button.clicked.connect(self.export_addendum)
        for keys in ADOPT_KEYS:
            shortcut = QShortcut(QKeySequence(keys), self)
            shortcut.setContext(Qt.ShortcutContext.WindowShortcut)
            shortcut.activated.connect(self.adopt_under_silence)
        self.history.selectionModel().currentRowChanged.connect(lambda *_: self._enable_export())
        self.reload()
        # Earliest deadline first, as the services give them; a click on a column title orders by it.
        self.table.horizontalHeader().setSortIndicator(PendingModel.DEADLINE, Qt.SortOrder.AscendingOrder)

    # --- the rows ----------------------------------------------------------------------------------------------

    def load(self) -> list[PendingRow]:
        self._load_history()
        self.all_rows = [PendingRow(item) for item in pending.pending_confirmations(self.ctx)]
        words = fold(self.text.text()).split()
        kind = self.kind.currentData()
        shown = []
        for row in self.all_rows:
            if kind and row.kind != kind:
                continue
            if self.overdue.isChecked() and not row.overdue:
                continue
            haystack = fold(" ".join((row.meeting_reference, row.meeting_title, row.decision_reference,
                                      row.organization_acronym or "", kind_words(row.kind))))  # fmt: skip
            if all(word in haystack for word in words):
                shown.append(row)
        return shown

    def _load_history(self) -> None:
        chosen = current_row(self.history, self.history_model.rows)
        self.history_model.set_rows(addenda_list.all_addenda(self.ctx))
        ids = [a.id for a in self.history_model.rows]
        if ids:
            self.history.selectRow(ids.index(chosen.id) if chosen is not None and chosen.id in ids else 0)
        self._enable_export()

    def _enable_export(self) -> None:
        self.export_button.setEnabled(current_row(self.history, self.history_model.rows) is not None)

    def count_text(self, rows: list[PendingRow]) -> str:
        overdue = sum(1 for row in rows if row.overdue)
        if len(rows) == 1:
            count = self.tr("1 pending item, {overdue} overdue")
        else:
            count = self.tr("{count} pending items, {overdue} overdue")
        return count.format(count=len(rows), overdue=overdue)

    def detail_html(self, row: PendingRow) -> str:
        return pending_html(row.item, list(self.history_model.rows))

    def nothing_selected(self) -> str:
        return self.tr("No pending confirmation or silence selected.")

    def place(self, row: PendingRow) -> Place:
        return Place(row.meeting_id, DECISIONS, record_id=row.decision_id)

    def _show_current(self) -> None:
        super()._show_current()
        row = self.current()
        self.confirm_button.setEnabled(row is not None and row.kind == "confirmation")
        self.silence_button.setEnabled(row is not None and row.kind == "silence")
        self.adopt_button.setEnabled(row is not None and bool(row.proposal))

    # --- recording a closure -------------------------------------------------------------------------------------

    def record_confirmation(self) -> AddendumView | None:
        from unnm_desktop.gui.desk.closure_dialogs import ConfirmationDialog

        row = self.current()
        if row is None or row.kind != "confirmation":
            return None
        same_decision = [r.organization_acronym for r in self.all_rows
                         if r.decision_id == row.decision_id and r.kind == "confirmation"]  # fmt: skip
        dialog = ConfirmationDialog(self, self.ctx, row.item, [a for a in same_decision if a])
        return self._recorded(dialog.recorded if dialog.exec() else None)

    def end_silence(self, *, no_objection: bool = True) -> AddendumView | None:
        from unnm_desktop.gui.desk.closure_dialogs import SilenceEndDialog

        row = self.current()
        if row is None or row.kind != "silence":
            return None
        dialog = SilenceEndDialog(self, self.ctx, row.item, no_objection=no_objection)
        return self._recorded(dialog.recorded if dialog.exec() else None)

    def adopt_under_silence(self) -> AddendumView | None:
        """The app's proposal for an overdue silence, recorded once a person says Yes (never by itself)."""
        row = self.current()
        if row is None or not row.proposal:
            return None
        question = QMessageBox(self)
        question.setObjectName("adoptUnderSilenceQuestion")
        question.setIcon(QMessageBox.Icon.Question)
        question.setWindowTitle(self.tr("Adopted under silence procedure?"))
        question.setText(
            self.tr(
                "The silence procedure on decision {decision} ({meeting}) ended on {deadline} and no objection is "
                "recorded. Record that the decision is adopted under silence procedure?"
            ).format(decision=row.decision_reference, meeting=row.meeting_reference, deadline=row.deadline_text)
        )
        yes = question.addButton(self.tr("&Yes, record it"), QMessageBox.ButtonRole.YesRole)
        question.addButton(self.tr("&No"), QMessageBox.ButtonRole.NoRole)
        question.setDefaultButton(yes)
        question.exec()
        if question.clickedButton() is not yes:
            return None
        try:
            recorded = addenda.end_silence(self.ctx, row.decision_id, no_objection=True)
        except UserFacingError as error:
            warn(self, self.adopt_button.text().replace("&", ""), error_text(error))
            return None
        return self._recorded(recorded)

    def _recorded(self, addendum: AddendumView | None) -> AddendumView | None:
        """After a closure: the rows again, the new addendum selected below, the open meeting shown again."""
        if addendum is None:
            return None
        self.recorded.append(addendum)
        self.reload()
        row = self.history_model.row_of_key(addendum.id)
        if row >= 0:
            self.history.selectRow(row)
        if self.window_.meeting_id == addendum.meeting_id:
            self.window_.reload_meeting(DECISIONS)
        self.window_.show_message(
            self.tr("Addendum {number} to the minutes of {reference} recorded").format(
                number=addendum.number, reference=addendum.meeting_reference
            )
        )
        self.table.setFocus()
        return addendum

    # --- export ------------------------------------------------------------------------------------------------------

    def export_addendum(self) -> Path | None:
        from unnm_desktop.gui.minutes.addendum_export import export_addendum_file

        chosen = current_row(self.history, self.history_model.rows)
        if chosen is None:
            return None
        language = chosen.content.get("language") if isinstance(chosen.content, dict) else None
        return export_addendum_file(self.window_, chosen, self, language=language)


__all__ = ["PendingWindow"]
