"""The Minutes menu: its commands, with their shortcuts, enabled for what the open meeting allows.

    minutes = install_minutes_menu(window)   # in MainWindow._build_menus, before the Help menu
    minutes.update_state(status)             # after a meeting is opened: what is possible for it

The commands themselves live beside it: exporting.py (Word, PDF), printing.py, workflow.py (circulate, sign
off, reopen, revision history), verifying.py. They call the same services and export functions as the CLI; a
refusal (UserFacingError) is shown as its message, never as a traceback. The services (SQLAlchemy), export,
printing and the dialogs are imported when first used, so the window starts as fast as before.
"""

from __future__ import annotations

from collections.abc import Callable
from types import ModuleType
from typing import Any

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QKeySequence

from unnm_desktop.domain.errors import UserFacingError
from unnm_desktop.gui.minutes.host import SIGNED_OFF, MinutesHost


class MinutesMenu(QObject):
    def __init__(self, host: MinutesHost) -> None:
        super().__init__(host.window())
        self.setObjectName("minutesMenuController")
        self.host = host
        menu = host.menuBar().addMenu(self.tr("&Minutes"))
        menu.setObjectName("minutesMenu")
        menu.setToolTipsVisible(True)  # a greyed command says why it cannot act
        self.menu = menu

        menu_name = self.tr("Minutes")  # as the keyboard shortcuts list names the menu

        def add(text: str, shortcut: Any, slot: Callable[[], object]) -> QAction:
            return host.add_menu_action(menu_name, menu, text, shortcut, lambda _checked=False: slot())

        self.export_word_action = add(
            self.tr("Export to &Word…"), "Ctrl+E", lambda: _exporting().export_minutes(host, ".docx")
        )
        self.export_pdf_action = add(
            self.tr("Export to P&DF…"), "Alt+Shift+E", lambda: _exporting().export_minutes(host, ".pdf")
        )
        self.export_addendum_action = add(
            self.tr("E&xport addendum…"), None, lambda: _addendum_export().export_open_meeting_addendum(host)
        )
        # A preference, remembered: exports and prints write the notes' stamps as prose (export/stamps.py).
        self.stamps_action = add(self.tr("Intervention stamps as pr&ose"), None, self._remember_stamps)
        self.stamps_action.setCheckable(True)
        self.stamps_action.setChecked(host.settings.stamps_as_prose)
        self.stamps_action.setToolTip(
            self.tr(
                "Exported and printed minutes write “10:42 — PMM: …” as “The representative of PMM: …”; the notes "
                "are unchanged, and a signed-off export still verifies."
            )
        )
        menu.addSeparator()
        self.preview_action = add(self.tr("Print pr&eview…"), "Ctrl+F2", lambda: _printing().print_preview(host))
        self.print_action = add(
            self.tr("&Print…"), QKeySequence.StandardKey.Print, lambda: _printing().print_minutes(host)
        )
        menu.addSeparator()
        self.circulate_action = add(
            self.tr("&Circulate draft for comments…"), None, lambda: _workflow().circulate(host, self.update_state)
        )
        self.sign_off_action = add(self.tr("&Sign off…"), None, lambda: _workflow().sign_off(host, self.update_state))
        self.reopen_action = add(
            self.tr("&Reopen for revision…"), None, lambda: _workflow().reopen(host, self.update_state)
        )
        self.history_action = add(self.tr("Revision &history…"), None, lambda: _workflow().show_revisions(host))
        menu.addSeparator()
        self.verify_action = add(self.tr("&Verify a Word file…"), None, lambda: _verifying().verify_file(host))
        menu.aboutToShow.connect(self.update_state)
        self.update_state()

    def _remember_stamps(self) -> None:
        self.host.settings.stamps_as_prose = self.stamps_action.isChecked()

    def update_state(self, status: str | None = None) -> None:
        """Enable what makes sense for the open meeting (a signed-off one can only be reopened)."""
        meeting_id = self.host.meeting_id
        if meeting_id and status is None:
            from unnm_desktop.services.meeting import meetings

            try:
                # The window's context, whatever stands for it (it may still be opening).
                status = meetings.get_meeting(self.host.ctx, meeting_id).status
            except UserFacingError:
                meeting_id = None
        has = bool(meeting_id)
        no_meeting = self.tr("Select a meeting first.")
        signed = self.tr("These minutes are signed off and locked; reopen them for revision to change them.")
        not_signed = self.tr("Only signed-off minutes are reopened; these are not signed off.")
        for action in (self.export_word_action, self.export_pdf_action, self.preview_action, self.print_action,
                       self.history_action):  # fmt: skip
            _enable(action, has, no_meeting)
        _enable(self.export_addendum_action, has and status == SIGNED_OFF,
                self.tr("Only signed-off minutes have addenda.") if has else no_meeting)  # fmt: skip
        _enable(self.circulate_action, has and status != SIGNED_OFF, signed if has else no_meeting)
        _enable(self.sign_off_action, has and status != SIGNED_OFF, signed if has else no_meeting)
        _enable(self.reopen_action, has and status == SIGNED_OFF, not_signed if has else no_meeting)


def install_minutes_menu(host: MinutesHost) -> MinutesMenu:
    """Add the Minutes menu to the window's menu bar (call it where the menu should appear)."""
    return MinutesMenu(host)


def _enable(action: QAction, enabled: bool, why_not: str) -> None:
    """Enable a command, or disable it with a tooltip saying why (an empty tooltip is the command's text)."""
    action.setEnabled(enabled)
    action.setToolTip("" if enabled else why_not)
    action.setStatusTip("" if enabled else why_not)


# The commands' modules (and the file dialogs, busy cursor and save folders they bring) are imported when a
# command is first run, not when the menu is built at the start.


def _exporting() -> ModuleType:
    from unnm_desktop.gui.minutes import exporting

    return exporting


def _addendum_export() -> ModuleType:
    from unnm_desktop.gui.minutes import addendum_export

    return addendum_export


def _printing() -> ModuleType:
    from unnm_desktop.gui.minutes import printing

    return printing


def _workflow() -> ModuleType:
    from unnm_desktop.gui.minutes import workflow

    return workflow


def _verifying() -> ModuleType:
    from unnm_desktop.gui.minutes import verifying

    return verifying


__all__ = ["MinutesMenu", "install_minutes_menu"]
