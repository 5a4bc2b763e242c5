"""The chair's summary on the Decisions tab: Ctrl+Shift+H writes the sentence drafted from the positions into the
Chair's note, and the field shows the summary the services keep in step (services/meeting/chair_summary.py).

Keeping in step is the services' business (so that it holds for every desk, the CLI and packages); the tab only
shows the new text, and never over text typed and not yet saved. Texts keep the page's context "DecisionsPage".
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject

from unnm_desktop.domain.errors import UserFacingError
from unnm_desktop.gui.i18n import error_text
from unnm_desktop.gui.lazy_services import chair_summary

if TYPE_CHECKING:
    from unnm_desktop.gui.rapporteur.decisions_page import DecisionsPage


class ChairSummary(QObject):
    """Inserts the draft into the page's Chair's note field and follows the note the services keep in step."""

    def __init__(self, page: DecisionsPage) -> None:
        super().__init__(page)
        self.page = page
        self.shown = ""  # the note as saved when the field last showed it: the field differs only by typing

    def showing(self, note: str | None) -> None:
        """The field was just filled with the saved note."""
        self.shown = note or ""

    def insert(self) -> bool:
        """Replace the Chair's note with the draft in the minutes' language, saved at once; Ctrl+Z in the field
        brings back what it held (saved as any typing is)."""
        page = self.page
        if page.decision is None or page.read_only:
            return False
        page.autosaver.flush()
        try:
            draft = chair_summary.draft_chair_summary(page.ctx, page.decision.id)
        except UserFacingError as error:
            page.message.emit(error_text(error))
            return False
        self.shown = draft  # so that the refresh after the save leaves the field to the undoable insert below
        if not page.update_decision(chair_note=draft):
            return False
        field = page.chair_note
        page.loading = True
        try:  # through the field's own editing, so that Ctrl+Z can undo it
            field.selectAll()
            field.insert(draft)
        finally:
            page.loading = False
        field.setFocus()
        field.setCursorPosition(len(draft))
        page.message.emit(
            QCoreApplication.translate(
                "DecisionsPage", "Chair's summary inserted; it follows the positions until you edit it."
            )
        )
        return True

    def follow(self) -> None:
        """After a change saved elsewhere (a position, the outcome): the field shows the note the services kept in
        step, unless it holds text typed since it was last shown, which its own save will store."""
        page = self.page
        view = page.decision
        if view is None:
            return
        saved = view.chair_note or ""
        field = page.chair_note
        if saved != self.shown and field.text() == self.shown:
            page.loading = True
            try:
                field.setText(saved)
            finally:
                page.loading = False
        if field.text() == saved:
            self.shown = saved
