"""What the Minutes commands use of the main window (`MinutesHost`), and the meeting they act on.

The commands are typed against this Protocol, never against gui/main_window.MainWindow: the Shell
(gui/shell.py), the autosaver (what was typed is saved before the minutes are read), and the menu bar where
the Minutes menu lists its commands with their shortcuts. Their texts keep the context "MinutesMenu", where
the Turkish catalogue has them.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any, Protocol

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from unnm_desktop.domain.errors import UserFacingError
from unnm_desktop.gui.i18n import error_text
from unnm_desktop.gui.shell import Shell

if TYPE_CHECKING:
    from PySide6.QtGui import QAction
    from PySide6.QtWidgets import QMenu, QMenuBar

    from unnm_desktop.services.views import MeetingDetail

SIGNED_OFF = "signed_off"


class Flushing(Protocol):
    def flush(self) -> None:
        """Save at once every edit still waiting for its pause."""
        ...


class MinutesHost(Shell, Protocol):
    """The Shell, and what the Minutes menu needs besides."""

    @property
    def autosaver(self) -> Flushing: ...

    def menuBar(self) -> QMenuBar: ...

    def add_menu_action(
        self, menu_name: str, menu: QMenu, text: str, shortcut: Any, slot: Callable[..., object]
    ) -> QAction:
        """Add a command to `menu`, listed under `menu_name` in Help → Keyboard shortcuts."""
        ...


def open_minutes(host: MinutesHost) -> MeetingDetail | None:
    """The open meeting, after everything typed is saved; None (with a message) when there is none."""
    from unnm_desktop.services.meeting import meetings

    host.autosaver.flush()
    if not host.meeting_id:
        host.show_message(QCoreApplication.translate("MinutesMenu", "Select a meeting first."))
        return None
    try:
        return meetings.get_meeting(host.ctx, host.meeting_id)
    except UserFacingError as error:
        warn(host.window(), QCoreApplication.translate("MinutesMenu", "Minutes"), error_text(error))
        return None


def warn(parent: QWidget, title: str, text: str) -> None:
    QMessageBox.warning(parent, title, text)


def ask(parent: QWidget, title: str, text: str) -> bool:
    """A yes/no question, Yes by default."""
    yes, no = QMessageBox.StandardButton.Yes, QMessageBox.StandardButton.No
    return QMessageBox.question(parent, title, text, yes | no, yes) == yes
