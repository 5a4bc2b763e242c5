"""Decisions of the selected agenda item: text, method, outcome checked against the positions."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QSizePolicy,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from unnm_desktop.domain.consensus import outcome_problem
from unnm_desktop.domain.enums import Outcome, PositionKind
from unnm_desktop.domain.errors import UserFacingError
from unnm_desktop.gui import vocabulary
from unnm_desktop.gui.accessibility import error_colour
from unnm_desktop.gui.autosave import Autosaver
from unnm_desktop.gui.i18n import error_text
from unnm_desktop.gui.lazy_services import decisions
from unnm_desktop.gui.uiload import child

if TYPE_CHECKING:
    from unnm_desktop.services.context import ServiceContext

DECISION_ID = Qt.ItemDataRole.UserRole + 1
ORG, POSITION, STATEMENT, PARAGRAPH, DEADLINE = range(5)
NO_POSITION = ""


class DecisionsPage(QObject):
    message = Signal(str)

    def __init__(self, root: QWidget, ctx: ServiceContext, autosaver: Autosaver) -> None:
        super().__init__(root)
        self.ctx = ctx
        self.autosaver = autosaver
        self.meeting_id: str | None = None
        self.item_id: str | None = None
        self.item_title = ""
        self.decision: decisions.DecisionView | None = None
        self.read_only = False
        self._loading = False
        self.attending: list[tuple[str, str]] = []

        self.heading = child(root, QLabel, "decisionsItemLabel")
        self.list = child(root, QListWidget, "decisionList")
        self.text = child(root, QPlainTextEdit, "decisionText")
        self.method = child(root, QComboBox, "decisionMethod")
        self.outcome = child(root, QComboBox, "decisionOutcome")
        self.reason = child(root, QLabel, "outcomeReason")
        self.suggested = child(root, QLabel, "suggestedOutcome")
        self.chair_note = child(root, QLineEdit, "chairNoteEdit")
        self.deferred_to = child(root, QLineEdit, "deferredToEdit")
        self.positions = child(root, QTableWidget, "positionsTable")
        self.add_button = child(root, QPushButton, "addDecisionButton")
        self.remove_button = child(root, QPushButton, "removeDecisionButton")
        self.reason.setStyleSheet(f"color: {error_colour(self.reason.palette()).name()};")
        self.heading.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        self.text.setMaximumHeight(90)
        self.list.setWordWrap(True)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)

        for method, words in vocabulary.choices(vocabulary.METHOD):
            self.method.addItem(words, method)
        for outcome in Outcome:
            self.outcome.addItem(vocabulary.word(vocabulary.OUTCOME, outcome.value), outcome.value)
        self.positions.setColumnCount(5)
        headers = [self.tr("Organisation"), self.tr("Position"), self.tr("Statement for the record")]
        self.positions.setHorizontalHeaderLabels([*headers, self.tr("Paragraph"), self.tr("Deadline")])
        self.positions.horizontalHeader().setSectionResizeMode(STATEMENT, QHeaderView.ResizeMode.Stretch)
        self.positions.verticalHeader().setVisible(False)
        self.positions.horizontalHeader().setSectionResizeMode(POSITION, QHeaderView.ResizeMode.Fixed)
        self.positions.setColumnWidth(POSITION, 190)
        for column, width in ((PARAGRAPH, 80), (DEADLINE, 95)):
            self.positions.horizontalHeader().setSectionResizeMode(column, QHeaderView.ResizeMode.Fixed)
            self.positions.setColumnWidth(column, width)
        splitter = child(root, QSplitter, "decisionsSplitter")
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 3)
        splitter.setSizes([260, 780])
        root.findChild(QWidget, "decisionsTab").layout().setStretchFactor(splitter, 1)

        self.list.currentItemChanged.connect(self._on_current_changed)
        self.text.textChanged.connect(self._on_text_changed)
        self.method.activated.connect(lambda _i: self._update(method=self.method.currentData()))
        self.outcome.activated.connect(lambda _i: self.set_outcome(self.outcome.currentData()))
        self.chair_note.textEdited.connect(lambda text: self._schedule("chair_note", text))
        self.deferred_to.textEdited.connect(lambda text: self._schedule("deferred_to", text))
        self.positions.itemChanged.connect(self._on_cell_changed)
        self.add_button.clicked.connect(self.add_decision)
        self.remove_button.clicked.connect(self.remove_decision)

    # --- loading --------------------------------------------------------------------------------

    def load(
        self, meeting_id: str | None, item_id: str | None, item_title: str, attending: list[tuple[str, str]]
    ) -> None:
        self.autosaver.flush()
        self.meeting_id, self.item_id, self.item_title, self.attending = meeting_id, item_id, item_title, attending
        self.heading.setText(
            self.tr("Decisions under agenda item: <b>{title}</b>").format(title=item_title)
            if item_id
            else self.tr("Select an agenda item first.")
        )
        self.refresh_list()

    def refresh_list(self, select: str | None = None) -> None:
        current = select or (self.decision.id if self.decision else None)
        self._loading = True
        try:
            self.list.clear()
            views = decisions.list_decisions(self.ctx, self.meeting_id, self.item_id) if self.item_id else []
            for view in views:
                entry = QListWidgetItem(self._list_text(view))
                entry.setData(DECISION_ID, view.id)
                self.list.addItem(entry)
        finally:
            self._loading = False
        ids = [v.id for v in views]
        if views:
            self.list.setCurrentRow(ids.index(current) if current in ids else 0)
        else:
            self._show(None)

    def _list_text(self, view: decisions.DecisionView) -> str:
        text = view.text or self.tr("New decision")
        return f"{view.reference}\n{text[:60]}"

    def _on_current_changed(self, current: QListWidgetItem | None, _previous: object) -> None:
        if self._loading:
            return
        self.autosaver.flush()
        self._show(decisions.get_decision(self.ctx, current.data(DECISION_ID)) if current else None)

    def _show(self, view: decisions.DecisionView | None) -> None:
        self.decision = view
        self._loading = True
        try:
            self.text.setPlainText(view.text if view else "")
            self.method.setCurrentIndex(max(0, self.method.findData(view.method if view else "consensus")))
            self.outcome.setCurrentIndex(max(0, self.outcome.findData(view.outcome if view else "proposed")))
            self.chair_note.setText(view.chair_note or "" if view else "")
            self.deferred_to.setText(view.deferred_to or "" if view else "")
            self.reason.setText("")
            self._fill_positions(view)
        finally:
            self._loading = False
        self._show_suggestion()
        self._update_enabled()

    def _fill_positions(self, view: decisions.DecisionView | None) -> None:
        held = {p.organization_id: p for p in view.positions} if view else {}
        rows = list(self.attending) if view else []
        for org_id, position in held.items():  # positions of organisations no longer attending stay visible
            if org_id not in dict(rows):
                rows.append((org_id, position.organization_acronym))
        self.positions.setRowCount(len(rows))
        for row, (org_id, acronym) in enumerate(rows):
            position = held.get(org_id)
            name = QTableWidgetItem(acronym)
            name.setData(Qt.ItemDataRole.UserRole, org_id)
            name.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
            self.positions.setItem(row, ORG, name)
            combo = QComboBox()
            combo.setAccessibleName(self.tr("Position of {organisation}").format(organisation=acronym))
            combo.addItem("—", NO_POSITION)
            for kind in PositionKind:
                combo.addItem(vocabulary.word(vocabulary.POSITION, kind.value), kind.value)
            combo.setCurrentIndex(max(0, combo.findData(position.kind if position else NO_POSITION)))
            combo.activated.connect(lambda _i, org_id=org_id, combo=combo: self._on_position_chosen(org_id, combo))
            combo.setEnabled(not self.read_only)
            self.positions.setCellWidget(row, POSITION, combo)
            for column, value in ((STATEMENT, position.statement if position else ""),
                                  (PARAGRAPH, position.paragraph_ref or "" if position else ""),
                                  (DEADLINE, position.ad_referendum_deadline.isoformat() if position and position.ad_referendum_deadline else "")):  # fmt: skip
                self.positions.setItem(row, column, QTableWidgetItem(value))
        self.positions.resizeColumnToContents(ORG)

    def _show_suggestion(self) -> None:
        if self.decision is None:
            self.suggested.setText("")
            return
        suggestion = self.decision.suggested_outcome
        self.suggested.setText(
            self.tr("Suggested by the positions: <b>{outcome}</b>").format(
                outcome=vocabulary.word(vocabulary.OUTCOME, Outcome(suggestion).value)
            )
        )

    def _update_enabled(self) -> None:
        editable = self.decision is not None and not self.read_only
        for widget in (self.text, self.chair_note, self.deferred_to):
            widget.setReadOnly(not editable)
        for widget in (self.method, self.outcome, self.remove_button):
            widget.setEnabled(editable)
        self.add_button.setEnabled(self.item_id is not None and not self.read_only)
        self.positions.setEditTriggers(
            QTableWidget.EditTrigger.AllEditTriggers if editable else QTableWidget.EditTrigger.NoEditTriggers
        )

    def set_read_only(self, read_only: bool) -> None:
        self.read_only = read_only
        self._update_enabled()

    # --- edits ----------------------------------------------------------------------------------

    def add_decision(self) -> None:
        if self.item_id is None or self.read_only:
            return
        self.autosaver.flush()
        try:
            new_id = decisions.add_decision(self.ctx, self.meeting_id, text="", agenda_item_id=self.item_id)
        except UserFacingError as error:
            self.message.emit(error_text(error))
            return
        self.refresh_list(new_id)
        self.text.setFocus()

    def remove_decision(self) -> None:
        if self.decision is None or self.read_only:
            return
        try:
            decisions.remove_decision(self.ctx, self.decision.id)
        except UserFacingError as error:
            self.message.emit(error_text(error))
            return
        self.decision = None
        self.refresh_list()

    def _on_text_changed(self) -> None:
        if not self._loading and self.decision is not None:
            self._schedule("text", self.text.toPlainText())

    def _schedule(self, field: str, value: object) -> None:
        if self._loading or self.decision is None or self.read_only:
            return
        decision_id = self.decision.id
        self.autosaver.schedule(
            f"decision:{decision_id}:{field}",
            lambda: decisions.update_decision(self.ctx, decision_id, **{field: value}),
            after=lambda: self._after_save(decision_id, {field: value}),
        )

    def _save(self, decision_id: str, changes: dict[str, object]) -> None:
        decisions.update_decision(self.ctx, decision_id, **changes)
        self._after_save(decision_id, changes)

    def _after_save(self, decision_id: str, changes: dict[str, object]) -> None:
        if self.decision is not None and self.decision.id == decision_id:
            self.decision = decisions.get_decision(self.ctx, decision_id)
            current = self.list.currentItem()
            if current is not None and "text" in changes:
                current.setText(self._list_text(self.decision))

    def _update(self, **changes: object) -> bool:
        if self.decision is None or self.read_only:
            return False
        self.autosaver.flush()
        try:
            self._save(self.decision.id, changes)
        except UserFacingError as error:
            self.reason.setText(error_text(error))
            self._show(decisions.get_decision(self.ctx, self.decision.id))
            self.reason.setText(error_text(error))
            return False
        self.reason.setText("")
        return True

    def set_outcome(self, outcome: str) -> bool:
        """Record an outcome; one the positions forbid is refused with the reason shown beside it."""
        if self.decision is None:
            return False
        problem = outcome_problem(outcome, [p.kind for p in self.decision.positions],
                                  chair_note=self.chair_note.text(), silence_deadline=self.decision.silence_deadline)  # fmt: skip
        if problem:
            self.outcome.setCurrentIndex(max(0, self.outcome.findData(self.decision.outcome)))
            self.reason.setText(
                self.tr("“{outcome}” is not possible: {reason}").format(
                    outcome=vocabulary.word(vocabulary.OUTCOME, Outcome(outcome).value), reason=error_text(problem)
                )
            )
            return False
        return self._update(outcome=outcome)

    def _row_of(self, org_id: str) -> int:
        for row in range(self.positions.rowCount()):
            if self.positions.item(row, ORG).data(Qt.ItemDataRole.UserRole) == org_id:
                return row
        return -1

    def _on_position_chosen(self, org_id: str, combo: QComboBox) -> None:
        self.set_position(org_id, combo.currentData())

    def set_position(self, org_id: str, kind: str) -> bool:
        if self.decision is None or self.read_only:
            return False
        self.autosaver.flush()
        row = self._row_of(org_id)
        try:
            if kind == NO_POSITION:
                decisions.remove_position(self.ctx, self.decision.id, org_id)
            else:
                decisions.set_position(self.ctx, self.decision.id, org_id, kind, **self._row_extras(row))
        except UserFacingError as error:
            self._show(decisions.get_decision(self.ctx, self.decision.id))
            self.reason.setText(error_text(error))
            return False
        self.decision = decisions.get_decision(self.ctx, self.decision.id)
        self.reason.setText("")
        self._show_suggestion()
        return True

    def _row_extras(self, row: int) -> dict[str, str | None]:
        def cell(column: int) -> str:
            item = self.positions.item(row, column)
            return item.text() if item else ""

        return {
            "statement": cell(STATEMENT),
            "paragraph_ref": cell(PARAGRAPH) or None,
            "deadline": cell(DEADLINE) or None,
        }

    def _on_cell_changed(self, item: QTableWidgetItem) -> None:
        if self._loading or self.decision is None or item.column() == ORG:
            return
        row = item.row()
        org_id = self.positions.item(row, ORG).data(Qt.ItemDataRole.UserRole)
        combo = self.positions.cellWidget(row, POSITION)
        kind = combo.currentData() if combo else NO_POSITION
        if kind == NO_POSITION:
            self.reason.setText(self.tr("Choose the organisation's position first; the statement is kept on screen."))
            return
        decision_id = self.decision.id
        extras = self._row_extras(row)
        self.autosaver.schedule(
            f"position:{decision_id}:{org_id}",
            lambda: decisions.set_position(self.ctx, decision_id, org_id, kind, **extras),
        )
