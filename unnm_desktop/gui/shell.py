"""The narrow interface between the main window and the windows that act on it.

Desk windows (register, tracker, GCM report, search) and the dialogs that import or export are typed
against `Shell`, not `MainWindow`: they read the context and the settings, say something in the status
bar, or ask for a place to be shown, and never reach into the main window's widgets. `MainWindow`
implements it (gui/main_window.py); a test can stand in for it with any object having these members.

The main window's own parts (its Desk and Minutes menus, its session watch, the first-run welcome, the
language switch) are typed against `MainShell`: the Shell, plus the window's bars, its autosaver and the
few commands they run. Only gui/app.py imports gui/main_window, to build the window.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Protocol

if TYPE_CHECKING:
    from PySide6.QtGui import QAction
    from PySide6.QtWidgets import QMenu, QMenuBar, QStatusBar, QWidget

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


class PendingEdits(Protocol):
    """The main window's autosaver, as its parts see it."""

    def flush(self) -> None:
        """Save now whatever was typed and not saved yet."""
        ...


class MainShell(Shell, Protocol):
    """What the main window's own parts use of it beyond `Shell`."""

    # What was typed and not saved yet: flushed before another window reads the database.
    autosaver: PendingEdits
    # The open meeting's time zone (an IANA name): every time read from the clock is read in it.
    time_zone: str

    def menuBar(self) -> QMenuBar: ...

    def statusBar(self) -> QStatusBar: ...

    def add_menu_action(
        self, menu_name: str, menu: QMenu, text: str, shortcut: Any, slot: Callable[..., object], *, context: Any = None
    ) -> QAction:
        """Add a command to `menu`; Help → Keyboard shortcuts lists it under the menu's title."""
        ...

    def open_meeting(self, meeting_id: str, item_id: str | None = None) -> None:
        """Show the meeting (at the agenda item), what was typed in the one open before saved first."""
        ...

    def show_tab(self, index: int) -> None:
        """Show tab `index` (gui/tabs.py) with the focus on its main control."""
        ...

    def show_saved(self, _when: object = None) -> None:
        """Say "Saved hh:mm:ss" in the status bar, in the open meeting's time zone."""
        ...

    def show_notes_end(self) -> None:
        """Show the notes of the open agenda item with the cursor at the end of the text."""
        ...

    def current_item_id(self) -> str | None:
        """The agenda item open in the notes, None when there is none."""
        ...

    def save_place(self) -> None:
        """Store in the settings where the window is and what it shows (geometry, meeting, item, tab)."""
        ...

    def rebuilt(self, ctx: Any = None) -> MainShell:
        """A new main window of the same kind on the same settings, on `ctx` or the same context (not shown yet)."""
        ...

    def show(self) -> None: ...

    def close(self) -> bool: ...

    def deleteLater(self) -> None: ...
