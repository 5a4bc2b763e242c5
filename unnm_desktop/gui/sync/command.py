"""File → Synchronise… and File → Review sync conflicts…: what was typed is saved first, the run happens in the
Synchronise dialog (on its thread), its report goes to the status bar, the open meeting is shown again as merged,
and the review opens when conflicts wait; "Synchronise again" from the review runs the same other side again."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication

from unnm_desktop.domain.errors import UserFacingError
from unnm_desktop.store.address import Location

if TYPE_CHECKING:
    from unnm_desktop.gui.shell import MainShell

# The other side of this session's last run, with a password typed for it (in memory only, never in the settings):
# "Synchronise again" needs it.
_last: list[Location] = []


def synchronise(window: MainShell, again: Location | None = None) -> None:
    """Open the Synchronise dialog (running at once with `again`); afterwards, the report and the review."""
    from unnm_desktop.gui.sync.sync_dialog import SyncDialog, report_sentence

    window.autosaver.flush()
    dialog = SyncDialog(window.window(), window.settings, window.ctx, again=again)
    if not dialog.exec() or dialog.outcome is None or dialog.location is None:
        return
    _last[:] = [dialog.location]
    report = dialog.outcome.report
    window.show_message(report_sentence(report, dialog.location))
    show_merged(window)
    if any(view.choice is None for view in report.conflicts):
        review(window, dialog.outcome.register_id)


def review_conflicts(window: MainShell) -> None:
    """File → Review sync conflicts…: the questions waiting about the last other side (else any other side)."""
    from unnm_desktop.services.sync.targets import targets_with_conflicts

    window.autosaver.flush()
    waiting = targets_with_conflicts(window.ctx)
    if not waiting:
        window.show_message(QCoreApplication.translate("SyncDialog", "No sync conflicts wait for review."))
        return
    remembered = window.settings.sync_register_id
    review(window, remembered if remembered in waiting else waiting[0])


def review(window: MainShell, target_id: str) -> None:
    from unnm_desktop.gui.sync.review_dialog import SyncReviewDialog

    dialog = SyncReviewDialog(window.window(), window.ctx, target_id)
    dialog.exec()
    show_merged(window)  # a choice may have changed what the window shows
    if dialog.sync_again:
        synchronise(window, again=_again_location(window))


def _again_location(window: MainShell) -> Location | None:
    if _last:
        return _last[0]
    from unnm_desktop.store.address import parse_location

    remembered = window.settings.sync_target
    return parse_location(remembered) if remembered else None


def show_merged(window: Any) -> None:
    """Read the meetings and the open meeting again: it shows what the sync merged (what was typed is saved)."""
    meeting_id = window.meeting_id
    window.refresh_meetings(meeting_id)
    if meeting_id is None:
        return
    try:
        window.open_meeting(meeting_id, window.current_item_id())
    except UserFacingError:  # the meeting was deleted on the other side: the list no longer has it
        window.meeting_id = None


__all__ = ["review", "review_conflicts", "show_merged", "synchronise"]
