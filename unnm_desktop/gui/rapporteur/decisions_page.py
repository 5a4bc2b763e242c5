"""Decisions of the selected agenda item: text, method, outcome checked against the positions, GCM objectives
(the positions table saves through decision_positions.py, the chair's summary is decision_summary.py)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QComboBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QSizePolicy,
    QSplitter,
    QTableWidget,
    QWidget,
)

from unnm_desktop.domain.consensus import outcome_problem
from unnm_desktop.domain.enums import Outcome
from unnm_desktop.domain.errors import UserFacingError
from unnm_desktop.gui.accessibility import error_colour
from unnm_desktop.gui.i18n import error_text
from unnm_desktop.gui.lazy_services import decisions
from unnm_desktop.gui.rapporteur import positions_table as table
from unnm_desktop.gui.rapporteur.autosave import Autosaver
from unnm_desktop.gui.rapporteur.decision_objectives import ask_objectives, numbers_text, objectives_tooltip
from unnm_desktop.gui.rapporteur.decision_positions import DecisionPositions
from unnm_desktop.gui.rapporteur.decision_summary import ChairSummary
from unnm_desktop.gui.widgets import vocabulary
from unnm_desktop.gui.widgets.uiload import child
from unnm_desktop.services.edits import decision_edit, record_key

if TYPE_CHECKING:
    from unnm_desktop.services.context import ServiceContext

DECISION_ID = Qt.ItemDataRole.UserRole + 1


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
        self.commands: list[QAction] = []  # menu commands that act on this tab: off on signed-off minutes

        self.heading = child(root, QLabel, "decisionsItemLabel")
        self.list = child(root, QListWidget, "decisionList")
        self.text = child(root, QPlainTextEdit, "decisionText")
        self.method = child(root, QComboBox, "decisionMethod")
        self.outcome = child(root, QComboBox, "decisionOutcome")
        self.reason = child(root, QLabel, "outcomeReason")
        self.suggested = child(root, QLabel, "suggestedOutcome")
        self.chair_note = child(root, QLineEdit, "chairNoteEdit")
        self.deferred_to = child(root, QLineEdit, "deferredToEdit")
        self.objectives_button = child(root, QPushButton, "decisionObjectivesButton")
        self.objectives_button.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Fixed)
        self.join_button = child(root, QPushButton, "allPresentJoinButton")
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
        table.set_up(self.positions)
        self.position_editor = DecisionPositions(self, self.positions)
        self.summary = ChairSummary(self)
        splitter = child(root, QSplitter, "decisionsSplitter")
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 3)
        splitter.setSizes([260, 780])
        root.findChild(QWidget, "decisionsPage").layout().setStretchFactor(splitter, 1)

        self.list.currentItemChanged.connect(self._on_current_changed)
        self.text.textChanged.connect(self._on_text_changed)
        self.method.activated.connect(lambda _i: self._update(method=self.method.currentData()))
        self.outcome.activated.connect(lambda _i: self.set_outcome(self.outcome.currentData()))
        self.chair_note.textEdited.connect(lambda text: self._schedule("chair_note", text))
        self.deferred_to.textEdited.connect(lambda text: self._schedule("deferred_to", text))
        self.add_button.clicked.connect(self.add_decision)
        self.remove_button.clicked.connect(self.remove_decision)
        self.objectives_button.clicked.connect(self.choose_objectives)
        self.join_button.clicked.connect(self.all_present_join)

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
            self.show_decision(None)

    def _list_text(self, view: decisions.DecisionView) -> str:
        text = view.text or self.tr("New decision")
        outcome = vocabulary.word(vocabulary.OUTCOME, view.outcome)
        return f"{view.reference} · {outcome}\n{text[:60]}"

    def _on_current_changed(self, current: QListWidgetItem | None, _previous: object) -> None:
        if self._loading:
            return
        self.autosaver.flush()
        self.show_decision(decisions.get_decision(self.ctx, current.data(DECISION_ID)) if current else None)

    def show_decision(self, view: decisions.DecisionView | None) -> None:
        """Show another decision: every field, and the positions table refilled."""
        self.positions.setCurrentItem(None)  # closes an open cell editor before its row is replaced
        self._show_fields(view)
        self.position_editor.fill(view, self.attending)
        self._update_enabled()

    def _show_fields(self, view: decisions.DecisionView | None) -> None:
        """The decision's own fields as saved, without touching the positions table (it may be mid-edit)."""
        self.decision = view
        if view is not None:  # the fields show it as read: the next save is based on its version
            self.autosaver.versions.remember(record_key("decision", view.id), view.version)
        self._loading = True
        try:
            if view is None or self.text.toPlainText() != view.text:
                self.text.setPlainText(view.text if view else "")
            self.method.setCurrentIndex(max(0, self.method.findData(view.method if view else "consensus")))
            self.chair_note.setText(view.chair_note or "" if view else "")
            self.summary.showing(view.chair_note if view else "")
            self.deferred_to.setText(view.deferred_to or "" if view else "")
            self.reason.setText("")
        finally:
            self._loading = False
        self.show_outcome()

    def show_outcome(self) -> None:
        """Everything on the tab that shows the saved outcome, or depends on the positions: the Outcome
        field, the entry in the list of decisions, the suggestion and the GCM objectives."""
        view = self.decision
        self.outcome.setCurrentIndex(max(0, self.outcome.findData(view.outcome if view else "proposed")))
        current = self.list.currentItem()
        if view is not None and current is not None and current.data(DECISION_ID) == view.id:
            current.setText(self._list_text(view))
        self._show_suggestion()
        self._show_objectives()
        self.summary.follow()

    def _show_suggestion(self) -> None:
        outcome = vocabulary.word(vocabulary.OUTCOME, self.decision.suggested_outcome.value) if self.decision else ""
        template = self.tr("Suggested by the positions: <b>{outcome}</b>")
        self.suggested.setText(template.format(outcome=outcome) if outcome else "")

    def _show_objectives(self) -> None:
        chosen = self.decision.objectives if self.decision else ()
        self.objectives_button.setText(numbers_text(chosen) if chosen else self.tr("None; choose…"))
        self.objectives_button.setProperty("objectivesTip", objectives_tooltip(chosen))
        self._update_enabled()

    def _update_enabled(self) -> None:
        editable = self.decision is not None and not self.read_only
        for widget in (self.text, self.chair_note, self.deferred_to):
            widget.setReadOnly(not editable)
        for widget in (self.method, self.outcome, self.remove_button, self.objectives_button, self.join_button):
            widget.setEnabled(editable)
        self.add_button.setEnabled(self.item_id is not None and not self.read_only)
        self.positions.setEditTriggers(table.EDIT_TRIGGERS if editable else QTableWidget.EditTrigger.NoEditTriggers)
        for action in self.commands:
            action.setEnabled(not self.read_only)
        # Signed-off minutes: every control that cannot act says why, instead of silently doing nothing.
        locked = self.locked_reason() if self.read_only else ""
        self.positions.setProperty(table.LOCKED_REASON, locked)
        self.positions.setToolTip(locked)
        for widget in (self.add_button, self.remove_button, self.method, self.outcome, self.join_button, self.text,
                       self.chair_note, self.deferred_to):  # fmt: skip
            widget.setToolTip(locked)
        objectives_tip = str(self.objectives_button.property("objectivesTip") or "")
        self.objectives_button.setToolTip("\n\n".join(tip for tip in (objectives_tip, locked) if tip))

    @property
    def loading(self) -> bool:
        """The fields are being filled from what is saved: their changes are no edits."""
        return self._loading

    @loading.setter
    def loading(self, value: bool) -> None:
        self._loading = value

    def locked_reason(self) -> str:
        return self.tr("The minutes are signed off; reopen them for revision to change them.")

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
        self.autosaver.schedule_edit(
            f"decision:{decision_id}:{field}",
            self.ctx,
            decision_edit(decision_id, **{field: value}),
            after=lambda: self._after_save(decision_id),
        )

    def _after_save(self, decision_id: str) -> None:
        if self.decision is not None and self.decision.id == decision_id:
            self.decision = decisions.get_decision(self.ctx, decision_id)
            self.show_outcome()

    def update_decision(self, **changes: object) -> bool:
        """Save changes of the decision now (after what is pending); a refusal is shown beside the outcome."""
        return self._update(**changes)

    def insert_chair_summary(self) -> bool:
        """Ctrl+Shift+H: the chair's summary drafted from the positions, into the Chair's note."""
        return self.summary.insert()

    def _update(self, **changes: object) -> bool:
        if self.decision is None or self.read_only:
            return False
        self.autosaver.flush()
        decision_id = self.decision.id
        key = record_key("decision", decision_id)
        try:
            version = decisions.update_decision(
                self.ctx, decision_id, expected_version=self.autosaver.versions.get(key), **changes
            )
            self.autosaver.versions.update({key: version})
        except UserFacingError as error:
            self._show_fields(decisions.get_decision(self.ctx, decision_id))
            self.reason.setText(error_text(error))
            return False
        self._after_save(decision_id)
        self.reason.setText("")
        return True

    def set_outcome(self, outcome: str) -> bool:
        """Record an outcome; one the positions forbid is refused with the reason shown beside it. The Outcome
        field shows what was saved, however the outcome was set (the field, or Ctrl+Shift+O)."""
        if self.decision is None or self.read_only:
            return False
        problem = outcome_problem(outcome, [p.kind for p in self.decision.positions],
                                  chair_note=self.chair_note.text(), silence_deadline=self.decision.silence_deadline)  # fmt: skip
        if problem:
            self.show_outcome()
            self.reason.setText(
                self.tr("“{outcome}” is not possible: {reason}").format(
                    outcome=vocabulary.word(vocabulary.OUTCOME, Outcome(outcome).value), reason=error_text(problem)
                )
            )
            return False
        return self._update(outcome=outcome)

    def choose_objectives(self) -> bool:
        """Set the decision's GCM objectives in a dialog; a decision without any is offered its meeting's."""
        if self.decision is None or self.read_only:
            return False
        self.autosaver.flush()
        chosen = ask_objectives(self.objectives_button.window(), self.ctx, self.meeting_id, self.decision.objectives)
        self.objectives_button.setFocus()
        if chosen is None or self.decision is None:
            return False
        return self._update(objectives=chosen)

    def all_present_join(self) -> list[str]:
        """Every organisation present or remote without a position yet joins; recorded positions stay."""
        return self.position_editor.all_present_join()

    def set_position(self, org_id: str, kind: str) -> bool:
        """Record `org_id`'s position (NO_POSITION removes it), with the statement typed on its row."""
        return self.position_editor.set_position(org_id, kind)
