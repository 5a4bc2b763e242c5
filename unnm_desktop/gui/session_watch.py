"""The main window's watch over the session: "Saved hh:mm:ss" after every commit, and recovery after a crash.

Saved indicator: the ServiceContext tells its commit listeners after every commit that changed something
(attendance, positions, decisions, actions, details, notes), from whichever thread committed; a queued
signal brings it to the GUI thread, where the label shows the time in the meeting's time zone.

Recovery: a "running" marker naming the window (process and window) is set in the settings while a window
is open, and cleared by that window's clean close (a window closing after another took over, as in a
language switch, leaves the newer one's marker alone). Found set when a window starts, the last session
ended without a clean close; the notes editor gets the focus at the end of the last saved text and the
status bar says when that was. A language switch clears the marker before it builds the new window.
"""

from __future__ import annotations

import os
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer, Signal

from unnm_desktop.domain.clock import zone

if TYPE_CHECKING:
    from unnm_desktop.gui.shell import MainShell


class SessionWatch(QObject):
    committed = Signal()

    def __init__(self, window: MainShell) -> None:
        super().__init__(window.window())
        self.window_ = window
        self.recovering = bool(window.settings.running_marker)
        self.marker = f"{os.getpid()}:{id(window):x}"
        window.settings.running_marker = self.marker
        self.committed.connect(self._show_saved)
        ctx = window.ctx
        if getattr(ctx, "is_ready", True):
            self._listen()
        else:  # a PendingContext: asking it for the real context now would wait for the database
            ctx.ready.connect(self._listen)

    # --- "Saved hh:mm:ss" ----------------------------------------------------------------------------

    def _listen(self) -> None:
        self.window_.ctx.add_commit_listener(self._on_commit)

    def _on_commit(self) -> None:
        # Any thread: emitting a signal of this GUI-thread object is delivered queued, on the GUI thread.
        self.committed.emit()

    def _show_saved(self) -> None:
        self.window_.show_saved()  # the window's "Saved hh:mm:ss", in the meeting's time zone

    # --- clean close and recovery --------------------------------------------------------------------

    def closed_cleanly(self) -> None:
        ctx = self.window_.ctx
        if getattr(ctx, "is_ready", True):
            ctx.remove_commit_listener(self._on_commit)
        if self.window_.settings.running_marker == self.marker:
            self.window_.settings.running_marker = ""

    def recover_when_ready(self) -> None:
        """After an unclean exit: once the meeting is on screen, back to the notes where the typing stopped."""
        if not self.recovering:
            return
        self.recovering = False
        ctx = self.window_.ctx
        if getattr(ctx, "is_ready", True):
            self._recover_soon()
        else:  # a bound method of this GUI-thread object: delivered on the GUI thread, after the window's own
            ctx.ready.connect(self._recover_soon)

    def _recover_soon(self) -> None:
        QTimer.singleShot(0, self._recover)

    def _recover(self) -> None:
        from unnm_desktop.gui.i18n import long_date
        from unnm_desktop.gui.lazy_services import meetings
        from unnm_desktop.services.recovery import last_saved_at

        window = self.window_
        if window.meeting_id is None:
            return
        window.show_notes_end()
        saved = last_saved_at(window.ctx)
        if saved is None:
            return
        when = saved.astimezone(zone(window.time_zone))
        window.statusBar().showMessage(
            self.tr(
                "Recovered after an unexpected exit: “{title}”, last saved on {date} at {time}. Nothing saved was "
                "lost; carry on typing."
            ).format(
                title=meetings.get_meeting(window.ctx, window.meeting_id).title,
                date=long_date(when.date()),
                time=f"{when:%H:%M:%S}",
            )
        )
