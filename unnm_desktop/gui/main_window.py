"""The rapporteur's window: meetings on the left, the selected meeting in tabs, menus with shortcuts.

Assembled from its parts in gui/window/: the menu bar, the meeting list, the tab pages made on first use, the
commands that open dialogs over it, and its start while the database opens. Only gui/app.py imports this module; every other window and
part of it is typed against gui/shell.MainShell.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Signal
from PySide6.QtGui import QCloseEvent, QTextCursor
from PySide6.QtWidgets import QLabel, QMainWindow, QPushButton, QTabWidget

from unnm_desktop import APP_NAME
from unnm_desktop.domain.clock import DEFAULT_TIME_ZONE, meeting_now
from unnm_desktop.gui.accessibility import describe_controls
from unnm_desktop.gui.lazy_services import meetings
from unnm_desktop.gui.rapporteur.agenda_page import AgendaPage
from unnm_desktop.gui.rapporteur.autosave import Autosaver
from unnm_desktop.gui.session_watch import SessionWatch
from unnm_desktop.gui.settings import AppSettings
from unnm_desktop.gui.shell import Place
from unnm_desktop.gui.tabs import ACTIONS, AGENDA, ATTENDANCE, DECISIONS, DETAILS
from unnm_desktop.gui.widgets.uiload import child, load_ui
from unnm_desktop.gui.window.commands import Commands
from unnm_desktop.gui.window.lease_watch import LeaseWatch
from unnm_desktop.gui.window.meeting_list import MeetingList
from unnm_desktop.gui.window.menu_bar import MenuBar
from unnm_desktop.gui.window.pages import Pages
from unnm_desktop.gui.window.server_edits import ServerEdits, not_saved_text
from unnm_desktop.gui.window.startup import Startup

if TYPE_CHECKING:
    from unnm_desktop.services.context import ServiceContext

__all__ = ["MainWindow"]


class MainWindow(Pages, MenuBar, Commands, Startup, QMainWindow):
    """The rapporteur's window; implements gui/shell.MainShell for the windows and parts that act on it."""

    # The database is open and every tab works on it (the visible one is filled from the services, the
    # others fill when shown). `is_interactive` says it has happened; `--exit-when-ready` reports the moment.
    interactive = Signal()

    def __init__(self, ctx: ServiceContext | Any, settings: AppSettings) -> None:
        super().__init__()
        self.ctx = ctx
        self.settings = settings
        self.is_interactive = False
        self.failure_dialog = True  # False under --exit-when-ready: the command line reports a failed opening
        self.setObjectName("mainWindow")
        loaded = load_ui("main_window")
        self.setCentralWidget(loaded.centralWidget())
        self.resize(loaded.size())
        # Kept: deleting the loaded window would leave stale Python wrappers for the layouts of the pages
        # made later (PySide keeps them in the loaded window's tree), and those pages reach their layouts.
        self._loaded_ui = loaded
        # The file's name, or the server's user@host:port/dbname (a server context has no path, only a location).
        where = ctx.path if ctx.path is not None else ctx.location
        self.setWindowTitle(f"{APP_NAME} — {where.name}")
        self.meeting_id: str | None = None
        self.time_zone = DEFAULT_TIME_ZONE  # the open meeting's: every time read from the clock is read in it

        self.autosaver = Autosaver(self)
        self.save_status = QLabel(self.tr("All changes saved"))
        self.save_status.setObjectName("saveStatus")
        self.save_status.setAccessibleName(self.tr("Save status"))
        self.statusBar().addPermanentWidget(self.save_status)
        self.autosaver.saved.connect(self.show_saved)
        self.autosaver.failed.connect(self.show_message)
        self.session_watch = SessionWatch(self)  # "Saved" after every commit; recovery after a crash
        self.lease_watch = LeaseWatch(self)  # on a server: read-only while another desk types the meeting

        self.tabs = child(self, QTabWidget, "meetingTabs")
        self.meeting_panel = MeetingList(self)
        self.search, self.meeting_list, self.meeting_model = (
            self.meeting_panel.search, self.meeting_panel.view, self.meeting_panel.model
        )  # fmt: skip
        self.meeting_panel.chosen.connect(self._on_meeting_selected)
        self.meeting_panel.searched.connect(lambda: self.refresh_meetings())
        child(self, QPushButton, "newMeetingButton").clicked.connect(lambda: self.new_meeting(next_of_series=False))
        child(self, QPushButton, "nextMeetingButton").clicked.connect(lambda: self.new_meeting(next_of_series=True))

        # The agenda and notes are on the first screen; the other tabs' pages are made when first needed
        # (shown, or named by a command), which takes the import of their modules out of the start.
        self._built_pages: dict[int, Any] = {}
        self._page_widgets = {}  # the other tabs' widgets are loaded into them when first needed (Pages)
        self._read_only = False
        self.agenda = AgendaPage(self, ctx, self.autosaver)
        self.agenda.message.connect(self.show_message)
        self._built_pages[AGENDA] = self.agenda
        self.agenda.item_changed.connect(self._on_item_changed)
        self.tabs.currentChanged.connect(self.load_page_widgets)  # first: the tab's widgets, then its page
        self.tabs.currentChanged.connect(self._on_tab_changed)
        self._last_stamp_org = ""
        self._stale: set[int] = set()
        self._initial_item: str | None = None

        self._build_menus()
        describe_controls(self)  # accessible descriptions of the main controls (gui/accessibility.py)
        self._restore_state()
        self.session_watch.recover_when_ready()
        self.server_edits = ServerEdits(self)  # the conflict banner and the edits waiting for the server

    def show_saved(self, _when: object = None) -> None:
        if self.autosaver.waiting_count():
            return  # the status bar says what waits for the server (gui/window/server_edits.py)
        edits = getattr(self, "server_edits", None)  # made after the first screen
        if edits is not None and edits.unanswered():
            self.save_status.setText(not_saved_text())
            return
        self.save_status.setText(self.tr("Saved {time}").format(time=self.clock_time("%H:%M:%S")))

    def show_message(self, text: str) -> None:
        self.statusBar().showMessage(text, 15000)

    # --- meetings -------------------------------------------------------------------------------

    def refresh_meetings(self, select: str | None = None) -> None:
        self.meeting_panel.show_meetings(
            meetings.list_meetings(self.ctx, self.search.text()), select or self.meeting_id
        )

    def _on_meeting_selected(self, meeting_id: str) -> None:
        if meeting_id != self.meeting_id:
            item_id, self._initial_item = self._initial_item, None
            self.open_meeting(meeting_id, item_id)

    def open_meeting(self, meeting_id: str, item_id: str | None = None) -> None:
        self.autosaver.flush()
        # Read first: a meeting deleted meanwhile is refused before the window stops pointing at the one shown.
        detail = meetings.get_meeting(self.ctx, meeting_id)
        self.meeting_id = meeting_id
        self.time_zone = detail.time_zone
        self.lease_watch.open(meeting_id, detail.status)
        self._set_read_only(detail.status)
        # Only the tab on screen is filled now; the others when they are shown (a quicker start).
        self._stale = {DETAILS, ATTENDANCE, DECISIONS, ACTIONS}
        self.agenda.load(meeting_id, item_id)
        self._load_visible_tab()
        self._show_title(detail.title, detail.reference, detail.status == "signed_off")
        self.settings.remember_place(meeting_id, self.agenda.item_id)

    def _set_read_only(self, status: str) -> None:
        self._read_only = status == "signed_off" or self.lease_watch.blocked
        for page in self._built_pages.values():
            page.set_read_only(self._read_only)
        if DECISIONS not in self._built_pages:  # the page keeps them in step once it is made
            for command in self.decision_commands:
                command.setEnabled(not self._read_only)
        self.minutes_menu.update_state(status)

    def _show_title(self, title: str, reference: str, read_only: bool) -> None:
        if read_only:
            template = self.tr("{title} — {reference}  [signed off — read only] — {app}")
        else:
            template = self.tr("{title} — {reference} — {app}")
        self.setWindowTitle(template.format(title=title, reference=reference, app=APP_NAME))

    def _load_visible_tab(self) -> None:
        index = self.tabs.currentIndex()
        if index not in self._stale or self.meeting_id is None:
            return
        self._stale.discard(index)
        if index == DETAILS:
            self.details.load(self.meeting_id)
        elif index == ATTENDANCE:
            self.attendance.load(self.meeting_id)
        elif index == ACTIONS:
            self.actions.load(self.meeting_id)
        elif index == DECISIONS:
            self.decisions.load(self.meeting_id, self.agenda.item_id, self.agenda.title_edit.text(), self.attending())

    def attending(self) -> list[tuple[str, str]]:
        """(organisation id, acronym) of the organisations present or remote at the open meeting."""
        from unnm_desktop.services.meeting import attendance

        seen: dict[str, str] = {}
        for row in attendance.list_attendance(self.ctx, self.meeting_id) if self.meeting_id else []:
            if row.status in ("present", "remote") and row.organization_id:
                seen.setdefault(row.organization_id, row.organization_acronym)
        return sorted(seen.items(), key=lambda pair: pair[1])

    def _on_item_changed(self, item_id: str) -> None:
        self._stale.add(DECISIONS)
        self._load_visible_tab()
        matters_arising = self.agenda.current_standing() == "matters_arising"
        if matters_arising:
            if ACTIONS in self._stale:
                self._stale.discard(ACTIONS)
                self.actions.load(self.meeting_id)
            self.agenda.matters_arising_table.setModel(self.actions.follow_model)
            self.actions.attach_follow_ups(self.agenda.matters_arising_table)
            self.agenda.matters_arising_table.resizeRowsToContents()
        self.agenda.show_matters_arising(matters_arising)
        if self.meeting_id:
            self.settings.remember_place(self.meeting_id, item_id or None)

    def _on_attendance_changed(self) -> None:
        self._stale.update({DETAILS, DECISIONS})

    def _on_meeting_edited(self) -> None:
        if self.meeting_id:
            self.time_zone = meetings.get_meeting(self.ctx, self.meeting_id).time_zone
        self.refresh_meetings(self.meeting_id)

    def _on_tab_changed(self, index: int) -> None:
        self.autosaver.flush()
        self.settings.last_tab = index
        if index in self._stale:
            self._load_visible_tab()
        elif index == ACTIONS:
            self.actions.refresh()
        elif index == DECISIONS:
            self.decisions.refresh_list()

    # --- the Shell and the MainShell (gui/shell.py) ------------------------------------------------

    def reveal(self, place: Place) -> None:
        """Open the place's meeting (and agenda item) on its tab, with its decision or action selected."""
        self.autosaver.flush()
        if self.meeting_panel.clear_hiding_filter(place.meeting_id):
            self.refresh_meetings(self.meeting_id)
        self.open_meeting(place.meeting_id, place.agenda_item_id)
        row = self.meeting_model.row_of(place.meeting_id)
        if row >= 0:
            self.meeting_panel.select_row(row, scroll=True)
        if place.tab is not None:
            self.show_tab(place.tab)
        if place.tab == DECISIONS and place.record_id:
            self.decisions.refresh_list(place.record_id)
        if place.tab == ACTIONS and place.record_id:
            self.actions.select_action(place.record_id)
        self.raise_()
        self.activateWindow()

    def reload_meeting(self, tab: int | None = None) -> None:
        if self.meeting_id is None:
            return
        if tab is None:
            self.open_meeting(self.meeting_id)
        elif tab not in self._built_pages:
            return  # made, and filled, when first shown
        elif tab == ATTENDANCE:
            self.attendance.refresh()
        elif tab == ACTIONS:
            self.actions.refresh()
        else:
            self._stale.add(tab)
            self._load_visible_tab()

    def current_item_id(self) -> str | None:
        return self.agenda.item_id

    def show_notes_end(self) -> None:
        self.show_tab(AGENDA)
        editor = self.agenda.editor
        cursor = editor.textCursor()
        cursor.movePosition(QTextCursor.MoveOperation.End)
        editor.setTextCursor(cursor)
        editor.ensureCursorVisible()
        editor.setFocus()

    def save_place(self) -> None:
        self.settings.last_tab = self.tabs.currentIndex()
        self.settings.save_place(
            self.saveGeometry(), self.saveState(), self.agenda.splitter_state(), self.meeting_id, self.agenda.item_id
        )

    def rebuilt(self, ctx: Any = None) -> MainWindow:
        return type(self)(self.ctx if ctx is None else ctx, self.settings)

    def closeEvent(self, event: QCloseEvent) -> None:
        # Nothing to ask: everything typed is saved now, then the window closes.
        self.autosaver.stop()
        self.lease_watch.close()
        self.save_place()
        self.session_watch.closed_cleanly()
        event.accept()

    def clock_time(self, pattern: str = "%H:%M") -> str:
        """The time now where the open meeting is held, whatever the computer's own time zone."""
        return f"{meeting_now(self.time_zone):{pattern}}"

    def stamp_time(self) -> str:
        return self.clock_time()  # written into the notes (the user's data): the same in every language
