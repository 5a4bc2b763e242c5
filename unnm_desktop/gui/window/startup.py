"""The main window's start: the place it was left at, and its first screen while the database opens."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox

from unnm_desktop import APP_NAME
from unnm_desktop.gui.i18n import error_text
from unnm_desktop.gui.lazy_services import meeting_detail
from unnm_desktop.gui.tabs import ACTIONS, AGENDA, ATTENDANCE, DECISIONS, DETAILS, TAB_COUNT

if TYPE_CHECKING:
    from PySide6.QtWidgets import QTabWidget

    from unnm_desktop.gui.rapporteur.agenda_page import AgendaPage
    from unnm_desktop.gui.settings import AppSettings
    from unnm_desktop.gui.window.meeting_list import MeetingList


class Startup:
    """Restoring the window and showing it before the database is open (a base of MainWindow, with the
    QMainWindow methods it calls)."""

    ctx: Any
    settings: AppSettings
    meeting_id: str | None
    tabs: QTabWidget
    agenda: AgendaPage
    meeting_panel: MeetingList
    is_interactive: bool = False
    failure_dialog: bool = True  # False under --exit-when-ready: the command line reports a failed opening
    _initial_item: str | None = None
    _stale: set[int]

    def _restore_state(self) -> None:
        geometry, state = self.settings.window_state()
        if geometry is not None:
            self.restoreGeometry(geometry)
        if state is not None:
            self.restoreState(state)
        self.agenda.restore_splitter(self.settings.agenda_splitter)
        self.tabs.setCurrentIndex(self.settings.last_tab if 0 <= self.settings.last_tab < TAB_COUNT else AGENDA)
        if getattr(self.ctx, "is_ready", True):
            self._initial_item = self.settings.last_item_id or None
            self.refresh_meetings(self.settings.last_meeting_id or None)
            self._initial_item = None
            self.is_interactive = True
            return
        # The database is still opening on its own thread: show the meetings, the agenda and the notes
        # from a quick read now, and fill in the rest when it is ready.
        self.ctx.ready.connect(self._on_backend_ready)
        self.ctx.failed.connect(self._on_backend_failed)
        self._first_screen(self.settings.last_meeting_id, self.settings.last_item_id or None)

    def _first_screen(self, last_meeting: str, last_item: str | None) -> None:
        from pathlib import Path

        from unnm_desktop.services.quickread import QuickReader

        if not isinstance(self.ctx.path, Path) or not self.ctx.path.exists():
            return  # a server: the first screen comes with the services, read over the connection
        reader = QuickReader(self.ctx.path)
        try:
            summaries = reader.meetings()
            if not summaries:
                return
            row = self.meeting_panel.show_quietly(summaries, last_meeting)
            meeting = summaries[row]
            items = reader.agenda(meeting.id)
        finally:
            reader.close()
        self.meeting_id = meeting.id
        self._stale = {DETAILS, ATTENDANCE, DECISIONS, ACTIONS}
        read_only = meeting.status == "signed_off"
        self.agenda.set_read_only(read_only)
        self.agenda.show_first_screen(meeting.id, items or [], last_item if last_meeting == meeting.id else None)
        self._show_title(meeting.title, meeting.reference, read_only)

    def _on_backend_ready(self) -> None:
        if self.meeting_id is None:
            self.refresh_meetings()
        else:
            detail = meeting_detail.get_meeting(self.ctx, self.meeting_id)  # Core only: the ORM is still loading
            self.time_zone = detail.time_zone
            self._set_read_only(detail.status)
            self._load_visible_tab()
        self.is_interactive = True
        self.interactive.emit()
        warm_up = getattr(self.ctx, "warm_up", None)  # a PendingContext; a ready context (tests) has nothing to do
        if warm_up is not None:
            warm_up()

    def _on_backend_failed(self, error: BaseException) -> None:
        if self.failure_dialog:
            from unnm_desktop.gui.register_switch import offer_the_file_instead

            offered = offer_the_file_instead(self, error)  # type: ignore[arg-type]  # a server: the file meanwhile
            if offered:
                return  # this window is closed: the file's is on screen
            if offered is None:
                title = QCoreApplication.translate("MainWindow", "{app} cannot open the database").format(app=APP_NAME)
                QMessageBox.critical(self, title, error_text(error))
        self.close()
