"""The main window's menu bar: File, Go, Attendance, Agenda, Notes, Decisions, Actions, Desk, Minutes, Help."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu

if TYPE_CHECKING:
    from collections.abc import Callable

    from unnm_desktop.gui.rapporteur.agenda_page import AgendaPage
    from unnm_desktop.gui.rapporteur.attendance_page import AttendancePage
    from unnm_desktop.gui.rapporteur.decisions_page import DecisionsPage

# The menus' texts keep the main window's translation context ("MainWindow"), which they had in its class.
translate = QCoreApplication.translate


class MenuBar:
    """The menus of the main window (a base of MainWindow): every command with its shortcut, each listed in
    `menu_actions` for Help → Keyboard shortcuts."""

    agenda: AgendaPage
    attendance: AttendancePage
    decisions: DecisionsPage
    menu_actions: list[tuple[str, QAction]]
    decision_commands: list[QAction]  # the Decisions tab's commands: off on signed-off minutes

    def add_menu_action(
        self, menu_name: str, menu: QMenu, text: str, shortcut: Any, slot: Callable[..., object], *, context: Any = None
    ) -> QAction:
        """Add a command; `menu_actions` (Help → Keyboard shortcuts) lists it under the menu's own title, in
        the interface language (`menu_name` only when the menu has none)."""
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        if context is not None:
            action.setShortcutContext(context)
        action.triggered.connect(slot)
        menu.addAction(action)
        self.menu_actions.append((plain_title(menu.title()) or plain_title(menu_name), action))
        return action

    def _build_menus(self) -> None:
        from unnm_desktop.gui.desk.menu import install_desk_menu
        from unnm_desktop.gui.minutes.menu import install_minutes_menu

        self.menu_actions = []
        bar = self.menuBar()
        add = self.add_menu_action
        file_menu = bar.addMenu(translate("MainWindow", "&File"))
        add(
            "File",
            file_menu,
            translate("MainWindow", "&New meeting…"),
            QKeySequence.StandardKey.New,
            lambda: self.new_meeting(False),
        )
        add("File", file_menu, translate("MainWindow", "Ne&xt meeting of this series…"), "Ctrl+Shift+N",
            lambda: self.new_meeting(True))  # fmt: skip
        add(
            "File", file_menu, translate("MainWindow", "&People && organisations…"), "Ctrl+Shift+D", self.open_directory
        )
        add("File", file_menu, translate("MainWindow", "&Settings…"), "Ctrl+,", lambda: _open_settings(self))
        add("File", file_menu, translate("MainWindow", "Connect to a ser&ver…"), None, lambda: _connect_to_server(self))
        add("File", file_menu, translate("MainWindow", "S&ynchronise…"), "Ctrl+Shift+Y", lambda: _synchronise(self))
        add("File", file_menu, translate("MainWindow", "&Review sync conflicts…"), None, lambda: _review(self))
        file_menu.addSeparator()
        # Ctrl+Q everywhere (Cmd+Q on macOS): Windows and some Qt platforms bind no key to StandardKey.Quit.
        add("File", file_menu, translate("MainWindow", "&Quit"), "Ctrl+Q", self.close)

        view = bar.addMenu(translate("MainWindow", "&Go"))
        add("Go", view, translate("MainWindow", "Find &meeting"), QKeySequence.StandardKey.Find, self.focus_search)
        tabs = (translate("MainWindow", "&Details"), translate("MainWindow", "&Attendance"), translate("MainWindow", "A&genda && notes"), translate("MainWindow", "D&ecisions"),
                translate("MainWindow", "Action &points"))  # fmt: skip
        for index, name in enumerate(tabs):
            add("Go", view, name, f"Ctrl+{index + 1}", lambda _c=False, i=index: self.show_tab(i))

        attendance_menu = bar.addMenu(translate("MainWindow", "&Attendance"))
        add(
            "Attendance",
            attendance_menu,
            translate("MainWindow", "&Add a person"),
            "Ctrl+Shift+P",
            self.focus_attendee_search,
        )
        marks = {
            "present": translate("MainWindow", "Mark selected as present"),
            "remote": translate("MainWindow", "Mark selected as remote"),
            "apologies": translate("MainWindow", "Mark selected as apologies"),
            "absent": translate("MainWindow", "Mark selected as absent"),
        }
        for index, (status, text) in enumerate(marks.items(), start=1):
            add("Attendance", attendance_menu, text, f"Alt+Shift+{index}",
                lambda _c=False, s=status: self.attendance.set_status_for_selected(s))  # fmt: skip

        agenda_menu = bar.addMenu(translate("MainWindow", "Ag&enda"))
        agenda_edits = [  # disabled, with the page's own controls, on signed-off minutes
            add("Agenda", agenda_menu, translate("MainWindow", "&Add item"), "Ctrl+Shift+A", self._add_agenda_item),
            add(
                "Agenda",
                agenda_menu,
                translate("MainWindow", "Add &standing items"),
                None,
                self.agenda.add_standing_items,
            ),
            add(
                "Agenda",
                agenda_menu,
                translate("MainWindow", "Move item &up"),
                "Alt+Up",
                lambda: self.agenda.move_current(-1),
            ),
            add(
                "Agenda",
                agenda_menu,
                translate("MainWindow", "Move item &down"),
                "Alt+Down",
                lambda: self.agenda.move_current(1),
            ),
        ]
        add(
            "Agenda",
            agenda_menu,
            translate("MainWindow", "&Previous item"),
            "Ctrl+PgUp",
            lambda: self.agenda.select_relative(-1),
        )
        add(
            "Agenda",
            agenda_menu,
            translate("MainWindow", "&Next item"),
            "Ctrl+PgDown",
            lambda: self.agenda.select_relative(1),
        )
        agenda_edits.append(
            add("Agenda", agenda_menu, translate("MainWindow", "Start/stop &timer"), "F9", self.agenda.toggle_timer)
        )

        notes_menu = bar.addMenu(translate("MainWindow", "&Notes"))
        for action in self.agenda.format_actions:
            notes_menu.addAction(action)
            self.menu_actions.append((plain_title(notes_menu.title()), action))
        agenda_edits.append(add("Notes", notes_menu, translate("MainWindow", "Insert &intervention stamp…"), "Ctrl+Shift+I",
                                self.insert_intervention))  # fmt: skip
        agenda_edits.append(add("Notes", notes_menu, translate("MainWindow", "Insert a &phrase…"), "Ctrl+Shift+B",
                                self._insert_phrase))  # fmt: skip
        self.agenda.add_edit_actions(agenda_edits)
        add("Notes", notes_menu, translate("MainWindow", "&Undo"), QKeySequence.StandardKey.Undo,
            lambda: self.agenda.editor.undo(), context=Qt.ShortcutContext.WidgetShortcut)  # fmt: skip
        add("Notes", notes_menu, translate("MainWindow", "&Redo"), QKeySequence.StandardKey.Redo,
            lambda: self.agenda.editor.redo(), context=Qt.ShortcutContext.WidgetShortcut)  # fmt: skip

        decisions_menu = bar.addMenu(translate("MainWindow", "&Decisions"))
        self.decision_commands = [
            add("Decisions", decisions_menu, translate("MainWindow", "&Add decision"), "Ctrl+Shift+E", self._add_decision),
            add("Decisions", decisions_menu, translate("MainWindow", "Take the &suggested outcome"), "Ctrl+Shift+O",
                self._take_suggestion),
            add("Decisions", decisions_menu, translate("MainWindow", "All present &join"), "Ctrl+Shift+J",
                lambda: self._on_decision(lambda page: page.all_present_join())),
            add("Decisions", decisions_menu, translate("MainWindow", "&GCM objectives of the decision…"), "Ctrl+Shift+M",
                lambda: self._on_decision(lambda page: page.choose_objectives())),
            add("Decisions", decisions_menu, translate("MainWindow", "Insert the c&hair's summary"), "Ctrl+Shift+H",
                lambda: self._on_decision(lambda page: page.insert_chair_summary())),
        ]  # fmt: skip

        actions_menu = bar.addMenu(translate("MainWindow", "Ac&tions"))
        add("Actions", actions_menu, translate("MainWindow", "&Add action point"), "Ctrl+Shift+K", self._add_action)

        self.desk_menu = install_desk_menu(self)  # type: ignore[arg-type]  # MainWindow is the MainShell
        self.minutes_menu = install_minutes_menu(self)  # type: ignore[arg-type]

        help_menu = bar.addMenu(translate("MainWindow", "&Help"))
        add(
            "Help",
            help_menu,
            translate("MainWindow", "&User guide"),
            QKeySequence.StandardKey.HelpContents,
            self.show_user_guide,
        )
        add("Help", help_menu, translate("MainWindow", "&Keyboard shortcuts"), "Ctrl+F1", self.show_shortcuts)
        add("Help", help_menu, translate("MainWindow", "&About UNNM Desktop"), None, self.show_about)

    def _insert_phrase(self) -> None:
        from unnm_desktop.gui.tabs import AGENDA

        if self.agenda.item_id is None or self.agenda.read_only:
            return
        self.show_tab(AGENDA)  # type: ignore[attr-defined]
        self.agenda.phrases.pick(self)  # type: ignore[arg-type]


def _open_settings(window: Any) -> None:
    from unnm_desktop.gui.settings_dialog import open_settings  # on first use: its import is 10-20 ms of the start

    open_settings(window)


def _connect_to_server(window: Any) -> None:
    from unnm_desktop.gui.register_switch import connect_to_server  # on first use, like the Settings dialog

    connect_to_server(window)


def _synchronise(window: Any) -> None:
    from unnm_desktop.gui.sync.command import synchronise  # on first use, like the Settings dialog

    synchronise(window)


def _review(window: Any) -> None:
    from unnm_desktop.gui.sync.command import review_conflicts

    review_conflicts(window)


def plain_title(title: str) -> str:
    """A menu title without its accelerator marks: "A&genda" -> "Agenda", "Q&&A" -> "Q&A"."""
    return title.replace("&&", "\0").replace("&", "").replace("\0", "&")
