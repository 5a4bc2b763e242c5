"""The main window's lease on the meeting it edits on a server: read-only while another desk types it live.

Opening a meeting on a server takes its lease (services/meeting/leases.py); a heartbeat renews it and leaving
the meeting, or closing the window, releases it. When another desk holds a live lease the meeting opens
read-only, exactly as signed-off minutes are (the window's `_set_read_only`), under a banner naming who edits
it, on which computer and since when, with a button to take over editing (after a confirmation). The desk
whose lease was taken over finds out at its next heartbeat: what it had typed is saved first, then it turns
read-only under a banner naming who took over. A read-only desk retries at every heartbeat, and becomes
editable (with the meeting read afresh) as soon as the lease is free: its holder left, or its desk died and
the lease lapsed.

On a SQLite file nothing of this happens: the file's lock keeps a second writer out already.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, QTimer
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QMessageBox, QPushButton, QVBoxLayout, QWidget

from unnm_desktop.domain.clock import zone
from unnm_desktop.gui.lazy_services import leases
from unnm_desktop.gui.tabs import AGENDA

if TYPE_CHECKING:
    from unnm_desktop.services.views import MeetingLeaseView

log = logging.getLogger(__name__)

HEARTBEAT_MS = 30_000  # services/meeting/leases.py HEARTBEAT_SECONDS; the lease itself lasts LEASE_SECONDS
SIGNED_OFF = "signed_off"

# meeting id -> the watch (of this process's windows) that took its lease last: a window closing after a newer one
# took over the same meeting (a language switch rebuilds the window) must not release the newer one's lease.
_TAKEN_BY: dict[str, LeaseWatch] = {}


class LeaseBanner(QFrame):
    """The line above the window's panes saying who edits the meeting, with the button to take over."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("leaseBanner")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAutoFillBackground(True)
        self.setBackgroundRole(self.palette().ColorRole.ToolTipBase)
        self.text = QLabel(self)
        self.text.setObjectName("leaseBannerText")
        self.text.setWordWrap(True)
        self.text.setForegroundRole(self.palette().ColorRole.ToolTipText)
        self.button = QPushButton(self.tr("Ta&ke over editing"), self)
        self.button.setObjectName("takeOverButton")
        self.button.setToolTip(self.tr("Edit this meeting here; the other desk turns read-only."))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 4, 8, 4)
        layout.addWidget(self.text, 1)
        layout.addWidget(self.button)
        self.setAccessibleName(self.tr("Editing of this meeting"))
        self.hide()

    def say(self, text: str) -> None:
        self.text.setText(text)
        self.setAccessibleDescription(text)
        self.show()


def place_banner(window: Any) -> LeaseBanner:
    """Put the banner above the window's central widget (the .ui's panes), across its whole width."""
    panes = window.takeCentralWidget()
    container = QWidget(window)
    container.setObjectName("leaseContainer")
    layout = QVBoxLayout(container)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.setSpacing(0)
    banner = LeaseBanner(container)
    layout.addWidget(banner)
    layout.addWidget(panes, 1)
    window.setCentralWidget(container)
    return banner


class LeaseWatch(QObject):
    """The lease of the window's open meeting: held, or watched while another desk holds it."""

    def __init__(self, window: Any) -> None:
        super().__init__(window)
        self.window_ = window
        self.meeting_id: str | None = None
        self.status = ""
        self.active = False  # leases apply to the open meeting (a server, a desk that writes, not signed off)
        self.held = False
        self.holder: MeetingLeaseView | None = None  # another desk's lease keeping this one read-only
        self.taken_over = False  # that desk took it from this one (the banner says so)
        self.desk_id: str | None = None  # this running app's (services/meeting/leases.py DESK_ID), on first use
        self.banner = place_banner(window)
        self.banner.button.clicked.connect(self.take_over)
        self.timer = QTimer(self)
        self.timer.timeout.connect(self._heartbeat)

    @property
    def blocked(self) -> bool:
        """Another desk edits the open meeting: it is read-only here."""
        return self.active and not self.held

    # --- the window's meeting ---------------------------------------------------------------------

    def open(self, meeting_id: str, status: str) -> None:
        """The window opens (or reloads) `meeting_id`: take its lease, before the window sets read-only."""
        if meeting_id != self.meeting_id:
            self.release()
            self.taken_over = False
        self.meeting_id, self.status = meeting_id, status
        self.active = status != SIGNED_OFF and self._on_server()
        if not self.active:
            self.held, self.holder = False, None
            self.timer.stop()
            self._show()
            return
        try:
            self._take()
        except Exception:  # never keep someone from typing over a failed lease: the heartbeat sorts it out
            log.info("could not take the lease of %s", meeting_id, exc_info=True)
            self.held, self.holder = True, None
            self._show()
        self.timer.start(HEARTBEAT_MS)

    def release(self) -> None:
        """Leave the meeting: its lease goes back (if it is this window's)."""
        self.timer.stop()
        meeting_id, held = self.meeting_id, self.held
        self.held, self.holder, self.active = False, None, False
        if meeting_id is None or not held or _TAKEN_BY.get(meeting_id) is not self:
            return
        del _TAKEN_BY[meeting_id]
        try:
            leases.release(self.window_.ctx, meeting_id, self._desk())
        except Exception:  # the server is gone: the lease lapses by itself
            log.info("could not release the lease of %s", meeting_id, exc_info=True)

    def close(self) -> None:
        self.release()
        self.meeting_id = None

    # --- taking over --------------------------------------------------------------------------------

    def take_over(self) -> None:
        """The person asked to edit here although another desk does: confirmed, the lease becomes this desk's."""
        if not self.blocked or self.meeting_id is None:
            return
        if not self._confirmed():
            return
        try:
            leases.take_over(self.window_.ctx, self.meeting_id, self._desk(), seconds=leases.LEASE_SECONDS)
        except Exception as error:
            log.exception("taking over %s failed", self.meeting_id)
            self.window_.show_message(self.tr("Could not take over editing ({error}).").format(error=error))
            return
        _TAKEN_BY[self.meeting_id] = self
        self.held, self.holder, self.taken_over = True, None, False
        self._editable_again()

    def _confirmed(self) -> bool:
        who = self._who(self.holder)
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Take over editing"), "", parent=self.window_)
        box.setObjectName("takeOverDialog")
        box.setText(
            self.tr(
                "{who} is editing this meeting. If you take over, that desk saves what was typed there and turns "
                "read-only, and you edit the meeting here. Take over editing?"
            ).format(who=who)
        )
        take = box.addButton(self.tr("Ta&ke over"), QMessageBox.ButtonRole.AcceptRole)
        cancel = box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(take)
        box.setEscapeButton(cancel)
        box.exec()
        return box.clickedButton() is take

    # --- the heartbeat -----------------------------------------------------------------------------

    def _heartbeat(self) -> None:
        if not self.active or self.meeting_id is None:
            return
        try:
            if self.held:
                self._renew()
            else:
                self._retry()
        except Exception:  # the connection dropped: saves wait in their own way; the next beat tries again
            log.info("the lease heartbeat of %s failed", self.meeting_id, exc_info=True)

    def _renew(self) -> None:
        ctx, meeting_id = self.window_.ctx, self.meeting_id
        if leases.renew(ctx, meeting_id, self._desk(), seconds=leases.LEASE_SECONDS):
            return
        # Taken over by another desk (or gone): what was typed here is saved before anything turns read-only.
        self.window_.autosaver.flush()
        if _TAKEN_BY.get(meeting_id) is self:
            del _TAKEN_BY[meeting_id]
        self.held = False
        now_held_by = leases.current(ctx, meeting_id)
        if now_held_by is None or now_held_by.desk_id == self._desk().id:
            self._take()  # nobody else holds it: it is still this desk's to edit
            if self.held:
                return
        self.holder, self.taken_over = now_held_by, True
        self.window_._set_read_only(self.status)
        self._show()

    def _retry(self) -> None:
        before = self.holder
        self._take()
        if self.held:
            self.taken_over = False
            self._editable_again()
            self.window_.show_message(self.tr("The meeting is free again: you can edit it here."))
        elif self.holder != before:
            self._show()

    # --- helpers ---------------------------------------------------------------------------------------

    def _take(self) -> None:
        meeting_id = self.meeting_id
        assert meeting_id is not None
        outcome = leases.take(self.window_.ctx, meeting_id, self._desk(), seconds=leases.LEASE_SECONDS)
        self.held = outcome.granted
        self.holder = None if outcome.granted else outcome.lease
        if outcome.granted:
            _TAKEN_BY[meeting_id] = self
        self._show()

    def _editable_again(self) -> None:
        """The lease is this desk's now: the meeting read afresh (what the other desk saved), then editable."""
        self.window_.reload_meeting()
        if self.window_.tabs.currentIndex() == AGENDA:
            self.window_.agenda.editor.setFocus()

    def _on_server(self) -> bool:
        ctx = self.window_.ctx
        if not getattr(ctx, "is_ready", True) or ctx.db.server is None:
            return False  # a SQLite file: its own lock keeps a second writer out
        return bool(leases.leases_apply(ctx))

    def _desk(self) -> Any:
        if self.desk_id is None:
            self.desk_id = leases.DESK_ID
        return leases.this_desk(self.window_.ctx, self.desk_id)

    def _when(self, lease: MeetingLeaseView) -> str:
        return f"{lease.since.astimezone(zone(self.window_.time_zone)):%H:%M}"

    def _who(self, lease: MeetingLeaseView | None) -> str:
        if lease is None:
            return self.tr("Another desk")
        return self.tr("{name} on {host}").format(name=lease.holder, host=lease.host)

    def _show(self) -> None:
        if not self.blocked:
            self.banner.hide()
            return
        lease = self.holder
        if lease is None:
            self.banner.say(self.tr("Being edited on another desk. It is read-only here."))
        elif self.taken_over:
            self.banner.say(
                self.tr(
                    "{name} on {host} took over editing at {time}; what you typed was saved. It is read-only here."
                ).format(name=lease.holder, host=lease.host, time=self._when(lease))
            )
        else:
            self.banner.say(
                self.tr("Being edited by {name} on {host} since {time}. It is read-only here.").format(
                    name=lease.holder, host=lease.host, time=self._when(lease)
                )
            )
