"""The Desk menu: the secretariat's desk — search, the decision register, the action tracker, the GCM
report, the phrase bank, the pending confirmations and silences (issue 14), meeting packages and the directory
import from CSV.

    desk = install_desk_menu(window)   # in the main window's menu bar, before the Minutes menu
    desk.update_state()                # what is possible now (a package needs an open meeting)

The windows and dialogs, the services (SQLAlchemy) and the exports are imported when first used, so the
main window starts as fast as before. Search, register, tracker and GCM report are windows that stay open
beside the main window (one of each, shown again when asked for again).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QWidget

if TYPE_CHECKING:
    from unnm_desktop.gui.shell import MainShell


class DeskMenu(QObject):
    def __init__(self, window: MainShell) -> None:
        super().__init__(window.window())
        self.setObjectName("deskMenuController")
        self.window_ = window
        menu = window.menuBar().addMenu(self.tr("De&sk"))
        menu.setObjectName("deskMenu")
        self.menu = menu
        self.windows: dict[str, QWidget] = {}

        def add(text: str, shortcut: str | None, slot: Callable[[], object]) -> QAction:
            # "Desk" names the menu in window.menu_actions (a key: the tests and Help → Keyboard shortcuts).
            return window.add_menu_action("Desk", menu, text, shortcut, lambda _checked=False: slot())

        self.search_action = add(self.tr("&Search…"), "Ctrl+Shift+F", self.open_search)
        menu.addSeparator()
        self.register_action = add(self.tr("Decision &register…"), "Ctrl+Shift+R", self.open_register)
        self.tracker_action = add(self.tr("Action &tracker…"), "Ctrl+Shift+T", self.open_tracker)
        self.gcm_action = add(self.tr("&GCM report…"), "Ctrl+Shift+G", self.open_gcm_report)
        self.phrase_bank_action = add(self.tr("P&hrase bank…"), None, self.open_phrase_bank)
        self.pending_action = add(self.tr("&Pending confirmations…"), "Ctrl+Shift+L", self.open_pending)
        menu.addSeparator()
        self.export_package_action = add(self.tr("&Export meeting package…"), None, self.export_package)
        self.import_package_action = add(self.tr("&Import meeting package…"), None, self.import_package)
        menu.addSeparator()
        self.import_csv_action = add(
            self.tr("Import people and organisations from &CSV…"), None, self.import_directory_csv
        )
        menu.aboutToShow.connect(self.update_state)
        self.update_state()

    def update_state(self, *_args: Any) -> None:
        """A package is exported from the open meeting; the rest is always there."""
        self.export_package_action.setEnabled(bool(self.window_.meeting_id))

    def _show(self, key: str, make: Callable[[], QWidget]) -> QWidget:
        self.window_.autosaver.flush()  # what was just typed is in the registers and the search
        widget = self.windows.get(key)
        if widget is None:
            widget = self.windows[key] = make()
        elif hasattr(widget, "reload"):
            widget.reload()
        widget.show()
        widget.raise_()
        widget.activateWindow()
        return widget

    def open_search(self) -> QWidget:
        from unnm_desktop.gui.desk.search_dialog import SearchDialog

        dialog = self._show("search", lambda: SearchDialog(self.window_))
        dialog.focus_query()  # type: ignore[attr-defined]
        return dialog

    def open_register(self) -> QWidget:
        from unnm_desktop.gui.desk.register_window import RegisterWindow

        return self._show("register", lambda: RegisterWindow(self.window_))

    def open_tracker(self) -> QWidget:
        from unnm_desktop.gui.desk.tracker_window import TrackerWindow

        return self._show("tracker", lambda: TrackerWindow(self.window_))

    def open_pending(self) -> QWidget:
        from unnm_desktop.gui.desk.pending_window import PendingWindow

        return self._show("pending", lambda: PendingWindow(self.window_))

    def open_gcm_report(self) -> QWidget:
        from unnm_desktop.gui.desk.gcm_report_dialog import GcmReportDialog

        return self._show("gcm", lambda: GcmReportDialog(self.window_))

    def open_phrase_bank(self) -> QWidget:
        from unnm_desktop.gui.desk.phrase_bank_window import PhraseBankWindow

        return self._show("phrases", lambda: PhraseBankWindow(self.window_))

    def export_package(self) -> object:
        from unnm_desktop.gui.desk.package_dialogs import export_meeting_package

        self.window_.autosaver.flush()
        return export_meeting_package(self.window_)

    def import_package(self) -> object:
        from unnm_desktop.gui.desk.package_dialogs import import_meeting_package

        self.window_.autosaver.flush()
        return self._reload_after(import_meeting_package(self.window_))

    def import_directory_csv(self) -> object:
        from unnm_desktop.gui.directory.import_dialog import import_directory_csv

        self.window_.autosaver.flush()
        return self._reload_after(import_directory_csv(self.window_))

    def _reload_after(self, result: object) -> object:
        """After an import, the windows that are open show the new records."""
        if result:
            for widget in self.windows.values():
                if widget.isVisible() and hasattr(widget, "reload"):
                    widget.reload()
        return result


def install_desk_menu(window: MainShell) -> DeskMenu:
    """Add the Desk menu to the window's menu bar (call it where the menu should appear)."""
    return DeskMenu(window)


__all__ = ["DeskMenu", "install_desk_menu"]
