"""The organisations' positions on the decision shown on the Decisions tab: a position chosen or a statement
typed in the positions table is saved, "all present join" fills the rows without one, and a refusal puts the
cell back to what is saved and says why beside the outcome, keeping the other cells as typed.

The table's layout and cells are gui/rapporteur/positions_table.py; the decision, the reason label and the
outcome shown are the page's (gui/rapporteur/decisions_page.py). Texts keep the page's context
"DecisionsPage", where the Turkish catalogue has them.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtWidgets import QTableWidget, QTableWidgetItem

from unnm_desktop.domain.errors import ConcurrentChangeError, UserFacingError
from unnm_desktop.gui.i18n import error_text
from unnm_desktop.gui.lazy_services import decisions
from unnm_desktop.gui.rapporteur import positions_table as table
from unnm_desktop.gui.rapporteur.positions_table import NO_POSITION, ORG, POSITION
from unnm_desktop.services.edits import position_edit, position_key, record_key, run_edit

if TYPE_CHECKING:
    from unnm_desktop.gui.rapporteur.decisions_page import DecisionsPage


class DecisionPositions(QObject):
    """Saves what is chosen and typed in the positions table for the page's decision."""

    def __init__(self, page: DecisionsPage, positions: QTableWidget) -> None:
        super().__init__(page)
        self.page = page
        self.positions = positions
        self._filling = False  # the table is being filled from what is saved: its changes are no edits
        positions.itemChanged.connect(self._on_cell_changed)

    def fill(self, view: decisions.DecisionView | None, attending: list[tuple[str, str]]) -> None:
        """One row per organisation attending, and per organisation holding a position although no longer
        attending (it stays visible)."""
        self._filling = True
        try:
            held = {p.organization_id: p for p in view.positions} if view else {}
            rows = list(attending) if view else []
            for org_id, position in held.items():
                if org_id not in dict(rows):
                    rows.append((org_id, position.organization_acronym))
            table.fill(self.positions, rows, held)
        finally:
            self._filling = False
        if view is not None:  # each row's position as shown (0: none yet) is what its next save is based on
            self._remember(view, [org_id for org_id, _acronym in rows], exact=True)  # read after a flush

    def _remember(self, view: decisions.DecisionView, org_ids: list[str], *, exact: bool = False) -> None:
        """`exact`: as read now, even lower (a position removed and recorded again starts at 1 again)."""
        held = {p.organization_id: p.version for p in view.positions}
        versions = self.page.autosaver.versions
        for org_id in org_ids:
            if exact:
                versions.update({position_key(view.id, org_id): held.get(org_id, 0)})
            else:
                versions.remember(position_key(view.id, org_id), held.get(org_id, 0))

    def show_row(self, org_id: str, refused: dict[str, str | None] | None = None) -> None:
        """One row of the positions table as saved, updated in place (never a refill under an open editor);
        `refused`: what was typed in its other cells and not saved, kept on screen."""
        row = table.row_of(self.positions, org_id)
        decision = self.page.decision
        if row < 0 or decision is None:
            return
        held = next((p for p in decision.positions if p.organization_id == org_id), None)
        self._filling = True
        try:
            table.show_position(self.positions, row, held, refused)
        finally:
            self._filling = False

    def set_position(self, org_id: str, kind: str) -> bool:
        page = self.page
        if page.decision is None or page.read_only:
            return False
        page.autosaver.flush()
        row = table.row_of(self.positions, org_id)
        decision_id = page.decision.id
        try:
            if kind == NO_POSITION:
                produced = {position_key(decision_id, org_id): 0}  # none any more
                decision_version = decisions.remove_position(page.ctx, decision_id, org_id)
                if decision_version is not None:  # the chair's summary followed: the next save builds on it
                    produced[record_key("decision", decision_id)] = decision_version
                page.autosaver.versions.update(produced)
            else:
                edit = position_edit(decision_id, org_id, kind, **table.row_extras(self.positions, row))
                page.autosaver.versions.update(run_edit(page.ctx, edit, page.autosaver.versions.of(edit.records)))
        except UserFacingError as error:
            page.decision = decisions.get_decision(page.ctx, decision_id)
            if isinstance(error, ConcurrentChangeError):  # theirs is shown: the next choice builds on it
                self._remember(page.decision, [org_id], exact=True)
            self.show_row(org_id)  # the cell goes back to what is saved; the reason says why
            page.reason.setText(error_text(error))
            return False
        page.decision = decisions.get_decision(page.ctx, decision_id)
        self.show_row(org_id)
        page.reason.setText("")
        page.show_outcome()
        return True

    def all_present_join(self) -> list[str]:
        """Every organisation present or remote without a position yet joins; recorded positions stay."""
        page = self.page
        if page.decision is None or page.read_only:
            return []
        page.autosaver.flush()
        decision_id = page.decision.id
        # A statement typed on a row before its position was chosen is kept on screen: it is saved with "joins".
        typed = table.typed_without_position(self.positions)
        try:
            joined = decisions.join_all_present(page.ctx, decision_id)
        except UserFacingError as error:
            page.message.emit(error_text(error))
            return []
        refused = []
        for org_id in (o for o in joined if o in typed and any(typed[o].values())):
            try:
                decisions.set_position(page.ctx, decision_id, org_id, "joins", **typed[org_id])
            except UserFacingError as error:
                page.reason.setText(error_text(error))
                refused.append(org_id)
        page.decision = decision = decisions.get_decision(page.ctx, decision_id)
        self._remember(decision, joined)  # their positions exist now: the statements typed next build on them
        if any(table.row_of(self.positions, org_id) < 0 for org_id in joined) and not table.editing(self.positions):
            page.show_decision(decision)  # attendance changed since the table was filled: rows to add
        else:
            for org_id in joined:
                self.show_row(org_id, typed.get(org_id) if org_id in refused else None)
        page.show_outcome()
        if joined:
            names = [p.organization_acronym for p in decision.positions if p.organization_id in joined]
            page.message.emit(
                QCoreApplication.translate("DecisionsPage", "Joined the consensus: {organisations}").format(
                    organisations=", ".join(names)
                )
            )
        else:
            page.message.emit(
                QCoreApplication.translate("DecisionsPage", "Every organisation present already has a position.")
            )
        return joined

    def _on_cell_changed(self, item: QTableWidgetItem) -> None:
        page = self.page
        if self._filling or page.decision is None or item.column() == ORG:
            return
        row = item.row()
        org_id = self.positions.item(row, ORG).data(table.ORG_ID)
        if item.column() == POSITION:
            self.set_position(org_id, str(item.data(table.KIND) or NO_POSITION))
            return
        kind = str(self.positions.item(row, POSITION).data(table.KIND) or NO_POSITION)
        if kind == NO_POSITION:
            page.reason.setText(
                QCoreApplication.translate(
                    "DecisionsPage", "Choose the organisation's position first; the statement is kept on screen."
                )
            )
            return
        decision_id = page.decision.id
        extras = table.row_extras(self.positions, row)
        page.autosaver.schedule_edit(
            f"position:{decision_id}:{org_id}",
            page.ctx,
            position_edit(decision_id, org_id, kind, **extras),
            after=lambda: self._after_save(decision_id),
        )

    def _after_save(self, decision_id: str) -> None:
        page = self.page
        if page.decision is not None and page.decision.id == decision_id:
            page.decision = decisions.get_decision(page.ctx, decision_id)
            page.summary.follow()  # a paragraph or a date typed on the row may have changed the summary
