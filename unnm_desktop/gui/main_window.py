"""The rapporteur's window: meetings on the left, the selected meeting in tabs, menus with shortcuts."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QItemSelectionModel, Qt, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QLabel,
    QLineEdit,
    QListView,
    QMainWindow,
    QMessageBox,
    QPushButton,
    QTabWidget,
)

from unnm_desktop import APP_NAME
from unnm_desktop.domain.clock import DEFAULT_TIME_ZONE, meeting_now
from unnm_desktop.domain.errors import UserFacingError
from unnm_desktop.gui.accessibility import describe_controls
from unnm_desktop.gui.i18n import error_text
from unnm_desktop.gui.lazy_services import meetings
from unnm_desktop.gui.rapporteur.actions_page import ActionsPage
from unnm_desktop.gui.rapporteur.agenda_page import AgendaPage
from unnm_desktop.gui.rapporteur.attendance_page import AttendancePage
from unnm_desktop.gui.rapporteur.autosave import Autosaver
from unnm_desktop.gui.rapporteur.decisions_page import DecisionsPage
from unnm_desktop.gui.rapporteur.details_page import DetailsPage
from unnm_desktop.gui.session_watch import SessionWatch
from unnm_desktop.gui.settings import AppSettings
from unnm_desktop.gui.shell import Place
from unnm_desktop.gui.tabs import ACTIONS, AGENDA, ATTENDANCE, DECISIONS, DETAILS, TAB_COUNT
from unnm_desktop.gui.widgets.models import MeetingListModel
from unnm_desktop.gui.widgets.uiload import child, load_ui

if TYPE_CHECKING:
    from unnm_desktop.export.labels import Labels
    from unnm_desktop.services.context import ServiceContext

__all__ = ["ACTIONS", "AGENDA", "ATTENDANCE", "DECISIONS", "DETAILS", "MainWindow"]  # tabs re-exported


class MainWindow(QMainWindow):
    """The rapporteur's window; implements gui/shell.Shell for the windows that act on it."""

    # The database is open and every tab works on it (the visible one is filled from the services, the
    # others fill when shown). `is_interactive` says it has happened; `--exit-when-ready` reports the moment.
    interactive = Signal()

    def __init__(self, ctx: ServiceContext, settings: AppSettings) -> None:
        super().__init__()
        self.ctx = ctx
        self.settings = settings
        self.is_interactive = False
        self.failure_dialog = True  # False under --exit-when-ready: the command line reports a failed opening
        self.setObjectName("mainWindow")
        loaded = load_ui("main_window")
        self.setCentralWidget(loaded.centralWidget())
        self.resize(loaded.size())
        self.setWindowTitle(f"{APP_NAME} — {ctx.path.name}")
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

        self.tabs = child(self, QTabWidget, "meetingTabs")
        self.search = child(self, QLineEdit, "meetingSearch")
        self.meeting_list = child(self, QListView, "meetingList")
        self.meeting_model = MeetingListModel(self)
        self.meeting_list.setModel(self.meeting_model)
        self.meeting_list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.meeting_list.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.meeting_list.selectionModel().currentChanged.connect(self._on_meeting_selected)
        self.search.textChanged.connect(lambda _text: self.refresh_meetings())
        child(self, QPushButton, "newMeetingButton").clicked.connect(lambda: self.new_meeting(next_of_series=False))
        child(self, QPushButton, "nextMeetingButton").clicked.connect(lambda: self.new_meeting(next_of_series=True))

        self.details = DetailsPage(self, ctx, self.autosaver)
        self.attendance = AttendancePage(self, ctx)
        self.agenda = AgendaPage(self, ctx, self.autosaver)
        self.decisions = DecisionsPage(self, ctx, self.autosaver)
        self.actions = ActionsPage(self, ctx)
        for page in (self.details, self.attendance, self.agenda, self.decisions, self.actions):
            page.message.connect(self.show_message)
        self.details.meeting_edited.connect(self._on_meeting_edited)
        self.attendance.attendance_changed.connect(self._on_attendance_changed)
        self.agenda.item_changed.connect(self._on_item_changed)
        self.tabs.currentChanged.connect(self._on_tab_changed)
        self._last_stamp_org = ""
        self._stale: set[int] = set()
        self._initial_item: str | None = None

        self.menu_actions: list[tuple[str, QAction]] = []
        self._build_menus()
        describe_controls(self)  # accessible descriptions of the main controls (gui/accessibility.py)
        self._restore_state()
        self.session_watch.recover_when_ready()

    def show_saved(self, _when: object = None) -> None:
        self.save_status.setText(self.tr("Saved {time}").format(time=self.clock_time("%H:%M:%S")))

    def _set_time_zone(self, time_zone: str) -> None:
        self.time_zone = time_zone

    # --- menus ----------------------------------------------------------------------------------

    def add_menu_action(self, menu_name: str, menu, text: str, shortcut, slot, *, context=None) -> QAction:  # type: ignore[no-untyped-def]
        """Add a command; `menu_actions` (Help → Keyboard shortcuts) lists it under the menu's own title, in
        the interface language (`menu_name` only when the menu has none)."""
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        if context is not None:
            action.setShortcutContext(context)
        action.triggered.connect(slot)
        menu.addAction(action)
        self.menu_actions.append((_plain(menu.title()) or _plain(menu_name), action))
        return action

    def _build_menus(self) -> None:
        from unnm_desktop.gui.desk.menu import install_desk_menu
        from unnm_desktop.gui.minutes.menu import install_minutes_menu
        from unnm_desktop.gui.settings_dialog import open_settings

        bar = self.menuBar()
        file_menu = bar.addMenu(self.tr("&File"))
        self.add_menu_action("File", file_menu, self.tr("&New meeting…"), QKeySequence.StandardKey.New,
                  lambda: self.new_meeting(False))  # fmt: skip
        self.add_menu_action("File", file_menu, self.tr("Ne&xt meeting of this series…"), "Ctrl+Shift+N",
                  lambda: self.new_meeting(True))  # fmt: skip
        self.add_menu_action(
            "File", file_menu, self.tr("&People && organisations…"), "Ctrl+Shift+D", self.open_directory
        )
        self.add_menu_action("File", file_menu, self.tr("&Settings…"), "Ctrl+,", lambda: open_settings(self))
        file_menu.addSeparator()
        self.add_menu_action("File", file_menu, self.tr("&Quit"), QKeySequence.StandardKey.Quit, self.close)

        view = bar.addMenu(self.tr("&Go"))
        self.add_menu_action("Go", view, self.tr("Find &meeting"), QKeySequence.StandardKey.Find, self.focus_search)
        tabs = (self.tr("&Details"), self.tr("&Attendance"), self.tr("A&genda && notes"), self.tr("D&ecisions"),
                self.tr("Action &points"))  # fmt: skip
        for index, name in enumerate(tabs):
            self.add_menu_action("Go", view, name, f"Ctrl+{index + 1}", lambda _c=False, i=index: self.show_tab(i))

        attendance_menu = bar.addMenu(self.tr("&Attendance"))
        self.add_menu_action(
            "Attendance", attendance_menu, self.tr("&Add a person"), "Ctrl+Shift+P", self.focus_attendee_search
        )
        marks = {
            "present": self.tr("Mark selected as present"),
            "remote": self.tr("Mark selected as remote"),
            "apologies": self.tr("Mark selected as apologies"),
            "absent": self.tr("Mark selected as absent"),
        }
        for index, (status, text) in enumerate(marks.items(), start=1):
            self.add_menu_action("Attendance", attendance_menu, text, f"Alt+Shift+{index}",
                      lambda _c=False, s=status: self.attendance.set_status_for_selected(s))  # fmt: skip

        agenda_menu = bar.addMenu(self.tr("Ag&enda"))
        add = self.add_menu_action
        agenda_edits = [  # disabled, with the page's own controls, on signed-off minutes
            add("Agenda", agenda_menu, self.tr("&Add item"), "Ctrl+Shift+A", self._add_agenda_item),
            add("Agenda", agenda_menu, self.tr("Add &standing items"), None, self.agenda.add_standing_items),
            add("Agenda", agenda_menu, self.tr("Move item &up"), "Alt+Up", lambda: self.agenda.move_current(-1)),
            add("Agenda", agenda_menu, self.tr("Move item &down"), "Alt+Down", lambda: self.agenda.move_current(1)),
        ]
        self.add_menu_action("Agenda", agenda_menu, self.tr("&Previous item"), "Ctrl+PgUp",
                  lambda: self.agenda.select_relative(-1))  # fmt: skip
        self.add_menu_action(
            "Agenda", agenda_menu, self.tr("&Next item"), "Ctrl+PgDown", lambda: self.agenda.select_relative(1)
        )
        agenda_edits.append(add("Agenda", agenda_menu, self.tr("Start/stop &timer"), "F9", self.agenda.toggle_timer))

        notes_menu = bar.addMenu(self.tr("&Notes"))
        for action in self.agenda.format_actions:
            notes_menu.addAction(action)
            self.menu_actions.append((_plain(notes_menu.title()), action))
        agenda_edits.append(add("Notes", notes_menu, self.tr("Insert &intervention stamp…"), "Ctrl+Shift+I",
                                self.insert_intervention))  # fmt: skip
        self.agenda.add_edit_actions(agenda_edits)
        self.add_menu_action("Notes", notes_menu, self.tr("&Undo"), QKeySequence.StandardKey.Undo,
                  lambda: self.agenda.editor.undo(), context=Qt.ShortcutContext.WidgetShortcut)  # fmt: skip
        self.add_menu_action("Notes", notes_menu, self.tr("&Redo"), QKeySequence.StandardKey.Redo,
                  lambda: self.agenda.editor.redo(), context=Qt.ShortcutContext.WidgetShortcut)  # fmt: skip

        decisions_menu = bar.addMenu(self.tr("&Decisions"))
        self.decisions.commands = [
            self.add_menu_action("Decisions", decisions_menu, self.tr("&Add decision"), "Ctrl+Shift+E", self._add_decision),
            self.add_menu_action("Decisions", decisions_menu, self.tr("Take the &suggested outcome"), "Ctrl+Shift+O",
                      self._take_suggestion),
            self.add_menu_action("Decisions", decisions_menu, self.tr("All present &join"), "Ctrl+Shift+J",
                      lambda: self._on_decision(lambda page: page.all_present_join())),
            self.add_menu_action("Decisions", decisions_menu, self.tr("&GCM objectives of the decision…"), "Ctrl+Shift+M",
                      lambda: self._on_decision(lambda page: page.choose_objectives())),
        ]  # fmt: skip

        actions_menu = bar.addMenu(self.tr("Ac&tions"))
        self.add_menu_action("Actions", actions_menu, self.tr("&Add action point"), "Ctrl+Shift+K", self._add_action)

        self.desk_menu = install_desk_menu(self)
        self.minutes_menu = install_minutes_menu(self)

        help_menu = bar.addMenu(self.tr("&Help"))
        self.add_menu_action("Help", help_menu, self.tr("&User guide"), QKeySequence.StandardKey.HelpContents,
                  self.show_user_guide)  # fmt: skip
        self.add_menu_action("Help", help_menu, self.tr("&Keyboard shortcuts"), "Ctrl+F1", self.show_shortcuts)
        self.add_menu_action("Help", help_menu, self.tr("&About UNNM Desktop"), None, self.show_about)

    # --- meetings -------------------------------------------------------------------------------

    def refresh_meetings(self, select: str | None = None) -> None:
        wanted = select or self.meeting_id
        self.meeting_model.set_meetings(meetings.list_meetings(self.ctx, self.search.text()))
        row = self.meeting_model.row_of(wanted) if wanted else -1
        if row < 0 and self.meeting_model.meetings and not self.search.text():
            row = 0
        if row >= 0:
            index = self.meeting_model.index(row)
            self.meeting_list.selectionModel().setCurrentIndex(index, QItemSelectionModel.SelectionFlag.ClearAndSelect)

    def _on_meeting_selected(self, current, _previous) -> None:  # type: ignore[no-untyped-def]
        meeting_id = current.data(MeetingListModel.ID_ROLE) if current.isValid() else None
        if meeting_id and meeting_id != self.meeting_id:
            item_id, self._initial_item = self._initial_item, None
            self.open_meeting(meeting_id, item_id)

    def open_meeting(self, meeting_id: str, item_id: str | None = None) -> None:
        self.autosaver.flush()
        self.meeting_id = meeting_id
        detail = meetings.get_meeting(self.ctx, meeting_id)
        self._set_time_zone(detail.time_zone)
        read_only = detail.status == "signed_off"
        for page in (self.details, self.attendance, self.agenda, self.decisions, self.actions):
            page.set_read_only(read_only)
        # Only the tab on screen is filled now; the others when they are shown (a quicker start).
        self._stale = {DETAILS, ATTENDANCE, DECISIONS, ACTIONS}
        self.agenda.load(meeting_id, item_id)
        self._load_visible_tab()
        self._show_title(detail.title, detail.reference, read_only)
        self.settings.remember_place(meeting_id, self.agenda.item_id)
        self.minutes_menu.update_state(detail.status)

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
            self._set_time_zone(meetings.get_meeting(self.ctx, self.meeting_id).time_zone)
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

    def new_meeting(self, next_of_series: bool) -> None:
        from unnm_desktop.gui.rapporteur.new_meeting_dialog import NewMeetingDialog

        self.autosaver.flush()
        selected = meetings.get_meeting(self.ctx, self.meeting_id) if self.meeting_id else None
        dialog = NewMeetingDialog(self, series_of=f"{selected.title} ({selected.reference})" if selected else None)
        dialog.next_of_series.setChecked(bool(next_of_series and selected))
        if not dialog.exec():
            return
        start = dialog.start_time()
        try:
            if dialog.next_of_series.isChecked() and selected:
                new_id = meetings.create_next_meeting(self.ctx, selected.id, title=dialog.title.text(), start=start,
                                                      location=dialog.location.text())  # fmt: skip
            else:
                new_id = meetings.create_meeting(self.ctx, title=dialog.title.text(), start=start,
                                                 location=dialog.location.text(), language=dialog.language())  # fmt: skip
                from unnm_desktop.services.meeting.agenda import add_standing_items

                add_standing_items(self.ctx, new_id, include_previous=False)
        except UserFacingError as error:
            self.show_message(error_text(error))
            return
        self.search.clear()
        self.refresh_meetings(new_id)
        self.show_tab(DETAILS)

    # --- commands -------------------------------------------------------------------------------

    def show_tab(self, index: int) -> None:
        self.tabs.setCurrentIndex(index)
        focus = {DETAILS: self.details.edits["titleEdit"], ATTENDANCE: self.attendance.search,
                 AGENDA: self.agenda.editor, DECISIONS: self.decisions.text, ACTIONS: self.actions.table}  # fmt: skip
        focus[index].setFocus()

    def focus_search(self) -> None:
        self.search.setFocus()
        self.search.selectAll()

    def focus_attendee_search(self) -> None:
        self.show_tab(ATTENDANCE)

    def _add_agenda_item(self) -> None:
        self.tabs.setCurrentIndex(AGENDA)
        self.agenda.add_item()

    def _add_decision(self) -> None:
        self.tabs.setCurrentIndex(DECISIONS)
        self.decisions.add_decision()

    def _take_suggestion(self) -> None:
        self._on_decision(lambda page: page.set_outcome(page.decision.suggested_outcome.value))

    def _on_decision(self, command: Callable[[DecisionsPage], object]) -> None:
        """Run a decision command on the Decisions tab, shown first so its effect is seen."""
        if self.meeting_id is None:
            return
        self.tabs.setCurrentIndex(DECISIONS)
        if self.decisions.decision is not None:
            command(self.decisions)

    def _add_action(self) -> None:
        self.tabs.setCurrentIndex(ACTIONS)
        self.actions.add_action()

    def insert_intervention(self) -> None:
        from unnm_desktop.gui.rapporteur.intervention_dialog import ask_for_speaker, speaker_choices
        from unnm_desktop.services.meeting import attendance

        if self.agenda.item_id is None or self.agenda.read_only:
            return
        self.tabs.setCurrentIndex(AGENDA)
        labels = self._minutes_labels()
        rows = attendance.list_attendance(self.ctx, self.meeting_id) if self.meeting_id else []
        choices = speaker_choices(rows, labels["chair"], labels.word("role", "secretariat"))
        speaker = ask_for_speaker(self, choices, self._last_stamp_org)
        self.activateWindow()  # back to the notes at once, where the next words typed belong
        if speaker:
            self._last_stamp_org = speaker
            self.agenda.insert_stamp(speaker, self.stamp_time())
        else:
            self.agenda.editor.setFocus()

    def _minutes_labels(self) -> Labels:
        """The words of the minutes' language: the stamp is written into the notes, which are printed."""
        from unnm_desktop.export.labels import LANGUAGES, Labels

        language = meetings.get_meeting(self.ctx, self.meeting_id).language if self.meeting_id else "en"
        return Labels(language if language in LANGUAGES else "en")

    def open_directory(self) -> None:
        from unnm_desktop.gui.directory.dialog import DirectoryDialog

        self.autosaver.flush()
        DirectoryDialog(self.ctx, self).exec()
        if self.meeting_id:
            self.attendance.refresh()

    def show_shortcuts(self) -> None:
        from unnm_desktop.gui.help_dialogs import ShortcutsDialog

        ShortcutsDialog(self, self.menu_actions).exec()

    def show_user_guide(self) -> None:
        from unnm_desktop.gui.help_dialogs import show_user_guide

        show_user_guide(self)

    def show_about(self) -> None:
        from unnm_desktop.gui.help_dialogs import AboutDialog

        AboutDialog(self).exec()

    def show_message(self, text: str) -> None:
        self.statusBar().showMessage(text, 15000)

    # --- the Shell (gui/shell.py) ------------------------------------------------------------------

    def reveal(self, place: Place) -> None:
        """Open the place's meeting (and agenda item) on its tab, with its decision or action selected."""
        self.autosaver.flush()
        if self.meeting_model.row_of(place.meeting_id) < 0 and self.search.text():
            self.search.blockSignals(True)  # a filter hiding the meeting is cleared, without a reload
            self.search.clear()
            self.search.blockSignals(False)
            self.refresh_meetings(self.meeting_id)
        self.open_meeting(place.meeting_id, place.agenda_item_id)
        row = self.meeting_model.row_of(place.meeting_id)
        if row >= 0:
            index = self.meeting_model.index(row)
            self.meeting_list.selectionModel().setCurrentIndex(index, QItemSelectionModel.SelectionFlag.ClearAndSelect)
            self.meeting_list.scrollTo(index)
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
        elif tab == ATTENDANCE:
            self.attendance.refresh()
        elif tab == ACTIONS:
            self.actions.refresh()
        else:
            self._stale.add(tab)
            self._load_visible_tab()

    # --- state ----------------------------------------------------------------------------------

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
        from unnm_desktop.services.quickread import QuickReader

        reader = QuickReader(self.ctx.path)
        try:
            summaries = reader.meetings()
            if not summaries:
                return
            self.meeting_model.set_meetings(summaries)
            row = max(0, self.meeting_model.row_of(last_meeting))
            selection = self.meeting_list.selectionModel()
            selection.blockSignals(True)
            selection.setCurrentIndex(self.meeting_model.index(row), QItemSelectionModel.SelectionFlag.ClearAndSelect)
            selection.blockSignals(False)
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
            detail = meetings.get_meeting(self.ctx, self.meeting_id)
            self._set_time_zone(detail.time_zone)
            status = detail.status
            for page in (self.details, self.attendance, self.agenda, self.decisions, self.actions):
                page.set_read_only(status == "signed_off")
            self.minutes_menu.update_state(status)
            self._load_visible_tab()
        self.is_interactive = True
        self.interactive.emit()

    def _on_backend_failed(self, error: BaseException) -> None:
        if self.failure_dialog:
            title = self.tr("{app} cannot open the database").format(app=APP_NAME)
            QMessageBox.critical(self, title, error_text(error))
        self.close()

    def closeEvent(self, event: QCloseEvent) -> None:
        # Nothing to ask: everything typed is saved now, then the window closes.
        self.autosaver.stop()
        self.settings.save_window_state(self.saveGeometry(), self.saveState())
        self.settings.agenda_splitter = self.agenda.splitter_state()
        self.settings.remember_place(self.meeting_id, self.agenda.item_id)
        self.session_watch.closed_cleanly()
        event.accept()

    def clock_time(self, pattern: str = "%H:%M") -> str:
        """The time now where the open meeting is held, whatever the computer's own time zone."""
        return f"{meeting_now(self.time_zone):{pattern}}"

    def stamp_time(self) -> str:
        return self.clock_time()  # written into the notes (the user's data): the same in every language


def _plain(title: str) -> str:
    """A menu title without its accelerator marks: "A&genda" -> "Agenda", "Q&&A" -> "Q&A"."""
    return title.replace("&&", "\0").replace("&", "").replace("\0", "&")
