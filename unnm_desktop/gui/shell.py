"""The narrow interface between the main window and the windows that act on it.

Desk windows (register, tracker, GCM report, search) and the dialogs that import or export are typed
against `Shell`, not `MainWindow`: they read the context and the settings, say something in the status
bar, or ask for a place to be shown, and never reach into the main window's widgets. `MainWindow`
implements it (gui/main_window.py); a test can stand in for it with any object having these members.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Protocol

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

    from unnm_desktop.gui.settings import AppSettings


@dataclass(frozen=True)
class Place:
    """A place in the minutes to show: a meeting, on `tab` (gui/tabs.py), at an agenda item, with a record
    selected (`record_id`: a decision's id on the Decisions tab, an action point's on the Action points tab)."""

    meeting_id: str
    tab: int | None = None
    agenda_item_id: str | None = None
    record_id: str | None = None


class Shell(Protocol):
    """What a window acting on the main window may use of it."""

    # The services' context (services/context.ServiceContext, or the backend standing for it while the
    # database opens on its thread).
    ctx: Any
    # The user's settings: export folder, display name, interface language.
    settings: AppSettings
    # The meeting open in the main window, None when there is none.
    meeting_id: str | None

    def window(self) -> QWidget:
        """The main window's widget, to parent dialogs and message boxes on (QWidget.window())."""
        ...

    def reveal(self, place: Place) -> None:
        """Show `place` in the main window and bring the window to the front; what was typed is saved first."""
        ...

    def show_message(self, text: str) -> None:
        """Say `text` (translated already) in the main window's status bar for a while."""
        ...

    def refresh_meetings(self, select: str | None = None) -> None:
        """Read the list of meetings again (after an import), selecting `select` or the open meeting."""
        ...

    def reload_meeting(self, tab: int | None = None) -> None:
        """Read the open meeting again after another window changed it: only `tab` (gui/tabs.py), or every
        tab when None. Nothing happens when no meeting is open."""
        ...
