"""The main window's part in saving to a shared server: the conflict banner, the waiting edits, the journal.

On a PostgreSQL server (issue 12) another desk may change what is being typed here: the autosave stops that
field and the banner over the tabs shows their change with "Keep mine" / "Reload theirs". If the connection
drops, the status bar says how many edits wait ("Server unreachable — N changes waiting"); they wait in a
journal on this computer (services/journal.py), which the next window on the same server writes if this
one closed first. On an SQLite file none of this shows: there is no other desk and no connection to lose.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QVBoxLayout, QWidget

from unnm_desktop.gui.widgets.conflict_banner import ConflictBanner

if TYPE_CHECKING:
    from PySide6.QtWidgets import QLabel, QMainWindow

    from unnm_desktop.gui.rapporteur.autosave import Autosaver


def not_saved_text() -> str:
    return QCoreApplication.translate("ServerEdits", "Not saved: someone else changed it — answer above the tabs")


def waiting_text(count: int) -> str:
    return QCoreApplication.translate("ServerEdits", "Server unreachable — {count} changes waiting").format(count=count)


class ServerEdits(QObject):
    """Made by the main window after its first screen; `window` has `autosaver`, `save_status`, `ctx`,
    `reload_meeting()`, `show_message()` and `show_saved()`."""

    def __init__(self, window: QMainWindow | Any) -> None:
        super().__init__(window)
        self.window_ = window
        self.autosaver: Autosaver = window.autosaver
        self.status: QLabel = window.save_status
        self.banner = ConflictBanner()
        central = window.takeCentralWidget()
        container = QWidget(window)
        container.setObjectName("centralContainer")
        layout = QVBoxLayout(container)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.banner)
        layout.addWidget(central, 1)
        window.setCentralWidget(container)

        self.autosaver.conflict.connect(self.banner.show_conflict)
        self.autosaver.conflict.connect(lambda *_conflict: self.status.setText(not_saved_text()))
        self.banner.keep_mine.connect(lambda key: self.autosaver.resolve(key, keep_mine=True))
        self.banner.reload_theirs.connect(self._reload_theirs)
        self.autosaver.reload_requested.connect(self._reload)
        self.autosaver.waiting.connect(self._show_waiting)
        self.autosaver.replayed.connect(self._replayed)
        self._was_waiting = False
        ctx = window.ctx
        if getattr(ctx, "is_ready", True):
            self._open_journal()
        else:  # a PendingContext: the journal is written once the services are there
            ctx.ready.connect(self._open_journal)

    def _open_journal(self) -> None:
        from unnm_desktop.paths import data_dir
        from unnm_desktop.services.journal import open_journal

        ctx = self.window_.ctx
        where = ctx.path if getattr(ctx, "path", None) is not None else ctx.location
        server = getattr(where, "display", None)
        if server is None:
            return  # an SQLite file: no connection to lose
        journal = open_journal(data_dir(), server)
        waiting = self.autosaver.use_journal(journal, ctx)
        if waiting:
            self.window_.show_message(
                QCoreApplication.translate(
                    "ServerEdits",
                    "Writing {count} changes kept on this computer while the server could not be reached.",
                ).format(count=waiting)
            )

    def unanswered(self) -> bool:
        """A conflict waits for Keep mine / Reload theirs: the status bar must not say everything is saved."""
        return self.banner.current_key() is not None

    def _show_waiting(self, count: int) -> None:
        if count:
            self._was_waiting = True
            self.status.setText(waiting_text(count))
        elif self._was_waiting:
            self._was_waiting = False
            self.window_.show_saved()

    def _reload_theirs(self, key: str) -> None:
        mine = self.autosaver.resolve(key, keep_mine=False)
        if mine:  # nothing typed is lost: it is on the clipboard, to paste what is needed
            QGuiApplication.clipboard().setText(mine)

    def _reload(self, _key: str) -> None:
        self.window_.show_message(
            QCoreApplication.translate("ServerEdits", "Their change is shown; your text is on the clipboard.")
        )
        self.window_.reload_meeting()

    def _replayed(self) -> None:
        self.window_.show_message(
            QCoreApplication.translate("ServerEdits", "The changes kept on this computer are saved on the server.")
        )
        if not self.autosaver.has_pending():
            self.window_.reload_meeting()
