"""The main window's commands that move between tabs or open a dialog over it: new meeting, intervention
stamp, directory, help."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from unnm_desktop.domain.errors import UserFacingError
from unnm_desktop.gui.i18n import error_text
from unnm_desktop.gui.lazy_services import meetings
from unnm_desktop.gui.tabs import ACTIONS, AGENDA, ATTENDANCE, DECISIONS, DETAILS

if TYPE_CHECKING:
    from PySide6.QtGui import QAction
    from PySide6.QtWidgets import QTabWidget

    from unnm_desktop.export.labels import Labels
    from unnm_desktop.gui.rapporteur.actions_page import ActionsPage
    from unnm_desktop.gui.rapporteur.agenda_page import AgendaPage
    from unnm_desktop.gui.rapporteur.attendance_page import AttendancePage
    from unnm_desktop.gui.rapporteur.autosave import Autosaver
    from unnm_desktop.gui.rapporteur.decisions_page import DecisionsPage
    from unnm_desktop.gui.rapporteur.details_page import DetailsPage
    from unnm_desktop.gui.window.meeting_list import MeetingList


class Commands:
    """The commands of the menus that act on the window itself (a base of MainWindow)."""

    ctx: Any
    meeting_id: str | None
    autosaver: Autosaver
    tabs: QTabWidget
    meeting_panel: MeetingList
    details: DetailsPage
    attendance: AttendancePage
    agenda: AgendaPage
    decisions: DecisionsPage
    actions: ActionsPage
    menu_actions: list[tuple[str, QAction]]
    _last_stamp_org: str = ""

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
        self.meeting_panel.search.clear()
        self.refresh_meetings(new_id)
        self.show_tab(DETAILS)

    def show_tab(self, index: int) -> None:
        self.tabs.setCurrentIndex(index)
        focus = {  # the page's main control; a page not made yet is made here
            DETAILS: lambda: self.details.edits["titleEdit"],
            ATTENDANCE: lambda: self.attendance.search,
            AGENDA: lambda: self.agenda.editor,
            DECISIONS: lambda: self.decisions.text,
            ACTIONS: lambda: self.actions.table,
        }
        focus[index]().setFocus()

    def focus_search(self) -> None:
        self.meeting_panel.search.setFocus()
        self.meeting_panel.search.selectAll()

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
        if self.meeting_id and self.page_is_made(ATTENDANCE):  # a page not made yet reads the directory when made
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
