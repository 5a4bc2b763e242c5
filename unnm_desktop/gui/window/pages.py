"""The main window's tab pages other than the agenda, made on first use (shown, or named by a command).

The agenda and notes are on the first screen; the Details, Attendance, Decisions and Action points pages are
made when first needed, which takes the import of their modules out of the start. Their widgets are in
ui/<page>_page.ui, loaded into the (empty) tab of the main window's .ui when the tab is first shown or its page
first made, which takes building them out of the start too; a page is the controller that fills them from the
services. The page files keep the translation context of the main window's .ui (their <class> is MainWindow).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from unnm_desktop.gui.accessibility import describe_controls
from unnm_desktop.gui.tabs import ACTIONS, ATTENDANCE, DECISIONS, DETAILS
from unnm_desktop.gui.widgets.uiload import load_ui

if TYPE_CHECKING:
    from PySide6.QtGui import QAction
    from PySide6.QtWidgets import QTabWidget, QWidget

    from unnm_desktop.gui.rapporteur.actions_page import ActionsPage
    from unnm_desktop.gui.rapporteur.attendance_page import AttendancePage
    from unnm_desktop.gui.rapporteur.autosave import Autosaver
    from unnm_desktop.gui.rapporteur.decisions_page import DecisionsPage
    from unnm_desktop.gui.rapporteur.details_page import DetailsPage

PAGE_FILES = {
    DETAILS: "details_page",
    ATTENDANCE: "attendance_page",
    DECISIONS: "decisions_page",
    ACTIONS: "actions_page",
}


class Pages:
    """The tabs' pages by name, each made the first time it is asked for (a base of MainWindow)."""

    ctx: Any
    autosaver: Autosaver
    decision_commands: list[QAction]
    _built_pages: dict[int, Any]  # by tab (gui/tabs.py); the agenda's is made with the window
    _read_only: bool  # the open minutes are signed off: a page made later starts read-only too
    _page_widgets: dict[int, QWidget]  # by tab: the root of its ui/<page>_page.ui, once loaded
    tabs: QTabWidget

    @property
    def details(self) -> DetailsPage:
        return self._page(DETAILS)

    @property
    def attendance(self) -> AttendancePage:
        return self._page(ATTENDANCE)

    @property
    def decisions(self) -> DecisionsPage:
        return self._page(DECISIONS)

    @property
    def actions(self) -> ActionsPage:
        return self._page(ACTIONS)

    def page_is_made(self, index: int) -> bool:
        return index in self._built_pages

    def load_page_widgets(self, index: int) -> None:
        """Put the tab's widgets in it, if they are not yet: before it is shown, or its page is made."""
        name = PAGE_FILES.get(index)
        if name is None or index in self._page_widgets:
            return
        tab = self.tabs.widget(index)
        loaded = self._page_widgets[index] = load_ui(name, tab)  # its date fields follow the language too
        tab.layout().addWidget(loaded)
        loaded.show()  # now, not when the layout would (later, in the event loop): focus can go into it at once
        # Created after the window, its widgets come last in the window's focus chain, where the other tabs'
        # hidden widgets are skipped: Tab walks the meetings, the tab bar, then this page, as it always has.
        describe_controls(loaded)

    def _page(self, index: int) -> Any:
        page = self._built_pages.get(index)
        if page is None:
            self.load_page_widgets(index)
            page = self._built_pages[index] = self._make_page(index)
            page.message.connect(self.show_message)
            page.set_read_only(self._read_only)
        return page

    def _make_page(self, index: int) -> Any:
        if index == DETAILS:
            from unnm_desktop.gui.rapporteur.details_page import DetailsPage

            details = DetailsPage(self, self.ctx, self.autosaver)
            details.meeting_edited.connect(self._on_meeting_edited)
            return details
        if index == ATTENDANCE:
            from unnm_desktop.gui.rapporteur.attendance_page import AttendancePage

            attendance = AttendancePage(self, self.ctx, self.autosaver)
            attendance.attendance_changed.connect(self._on_attendance_changed)
            return attendance
        if index == DECISIONS:
            from unnm_desktop.gui.rapporteur.decisions_page import DecisionsPage

            decisions = DecisionsPage(self, self.ctx, self.autosaver)
            decisions.commands = self.decision_commands
            return decisions
        from unnm_desktop.gui.rapporteur.actions_page import ActionsPage

        return ActionsPage(self, self.ctx, self.autosaver)
