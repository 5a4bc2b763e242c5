"""The minutes' workflow from the Minutes menu: draft → circulated for comments → signed off → reopened for
revision, and the revision history (any signed-off version exported again).

Each step calls the services (services/minutes/signoff.py) as the command line does; `status_changed` lets
the menu enable what the new status allows.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication

from unnm_desktop.domain.errors import UserFacingError
from unnm_desktop.gui.i18n import error_text
from unnm_desktop.gui.minutes.exporting import export_minutes
from unnm_desktop.gui.minutes.host import SIGNED_OFF, MinutesHost, ask, open_minutes, warn


def _show_again(host: MinutesHost, meeting_id: str, status_changed: Callable[[], None]) -> None:
    """Show the meeting again (read only when signed off, on the same agenda item) and its new status in the
    list of meetings."""
    host.reload_meeting()
    host.refresh_meetings(meeting_id)
    status_changed()


def circulate(host: MinutesHost, status_changed: Callable[[], None]) -> None:
    from unnm_desktop.services.minutes import signoff

    detail = open_minutes(host)
    if detail is None:
        return
    title = QCoreApplication.translate("MinutesMenu", "Circulate")
    if detail.status == SIGNED_OFF:
        warn(
            host.window(),
            title,
            QCoreApplication.translate(
                "MinutesMenu", "Signed-off minutes are not circulated again; reopen them for revision first."
            ),
        )
        return
    if not ask(
        host.window(),
        QCoreApplication.translate("MinutesMenu", "Circulate draft for comments"),
        QCoreApplication.translate(
            "MinutesMenu",
            "Circulate “{title}” ({reference}) for comments?\n\nIt becomes draft revision {revision}; exports "
            "are marked DRAFT with that number until the minutes are signed off.",
        ).format(title=detail.title, reference=detail.reference, revision=detail.revision + 1),
    ):
        return
    try:
        revision = signoff.circulate(host.ctx, detail.id)
    except UserFacingError as error:
        warn(host.window(), title, error_text(error))
        return
    host.refresh_meetings(detail.id)
    status_changed()
    host.show_message(
        QCoreApplication.translate(
            "MinutesMenu", "{reference} circulated for comments as draft revision {revision}."
        ).format(reference=detail.reference, revision=revision)
    )
    if ask(
        host.window(),
        QCoreApplication.translate("MinutesMenu", "Export the draft"),
        QCoreApplication.translate(
            "MinutesMenu", "Export draft revision {revision} as a Word document to send for comments now?"
        ).format(revision=revision),
    ):
        export_minutes(host, ".docx")


def sign_off(host: MinutesHost, status_changed: Callable[[], None]) -> None:
    from unnm_desktop.gui.minutes.signoff_dialog import SignOffDialog

    detail = open_minutes(host)
    if detail is None:
        return
    if detail.status == SIGNED_OFF:
        warn(
            host.window(),
            QCoreApplication.translate("MinutesMenu", "Sign off"),
            QCoreApplication.translate(
                "MinutesMenu", "{reference} is already signed off (revision {revision})."
            ).format(reference=detail.reference, revision=detail.revision),
        )
        return
    typing_elsewhere = _being_typed_elsewhere(host, detail.id, detail.time_zone)
    if typing_elsewhere:
        warn(host.window(), QCoreApplication.translate("MinutesMenu", "Sign off"), typing_elsewhere)
        return
    dialog = SignOffDialog(host.window(), host.ctx, detail.id)
    if not dialog.exec() or dialog.fingerprint is None:
        return
    _show_again(host, detail.id, status_changed)
    host.show_message(
        QCoreApplication.translate(
            "MinutesMenu",
            "{reference} signed off as revision {revision} (fingerprint {fingerprint}); the minutes are now read only.",
        ).format(reference=detail.reference, revision=detail.revision, fingerprint=dialog.fingerprint[:12])
    )
    if ask(
        host.window(),
        QCoreApplication.translate("MinutesMenu", "Signed off"),
        QCoreApplication.translate(
            "MinutesMenu", "The minutes are signed off and locked.\n\nExport them as a Word document now?"
        ),
    ):
        export_minutes(host, ".docx")


def _being_typed_elsewhere(host: MinutesHost, meeting_id: str, time_zone: str) -> str | None:
    """On a server, the sentence refusing a sign-off while another desk holds the meeting's lease: signing off
    would lock the minutes under a rapporteur still typing them (services/meeting/leases.py)."""
    from unnm_desktop.domain.clock import zone
    from unnm_desktop.services.meeting import leases

    if not leases.leases_apply(host.ctx):
        return None
    lease = leases.current(host.ctx, meeting_id)
    if lease is None or lease.desk_id == leases.DESK_ID:
        return None
    return QCoreApplication.translate(
        "MinutesMenu",
        "{name} is typing these minutes on {host} (since {time}). Sign them off when they have finished, or take "
        "over editing first.",
    ).format(name=lease.holder, host=lease.host, time=f"{lease.since.astimezone(zone(time_zone)):%H:%M}")


def reopen(host: MinutesHost, status_changed: Callable[[], None]) -> None:
    from unnm_desktop.gui.minutes.signoff_dialog import ReopenDialog

    detail = open_minutes(host)
    if detail is None:
        return
    if detail.status != SIGNED_OFF:
        warn(
            host.window(),
            QCoreApplication.translate("MinutesMenu", "Reopen for revision"),
            QCoreApplication.translate("MinutesMenu", "Only signed-off minutes are reopened for revision."),
        )
        return
    dialog = ReopenDialog(host.window(), host.ctx, detail.id)
    if not dialog.exec() or dialog.revision is None:
        return
    _show_again(host, detail.id, status_changed)
    host.show_message(
        QCoreApplication.translate(
            "MinutesMenu",
            "{reference} reopened as revision {revision}; signed-off revision {signed} stays in the revision history.",
        ).format(reference=detail.reference, revision=dialog.revision, signed=detail.revision)
    )


def show_revisions(host: MinutesHost) -> None:
    from unnm_desktop.gui.minutes.revisions_dialog import RevisionsDialog

    detail = open_minutes(host)
    if detail is None:
        return
    dialog: RevisionsDialog | None = None

    def export_version(sign_off_id: str) -> Path | None:
        return export_minutes(host, None, sign_off_id=sign_off_id, parent=dialog)

    dialog = RevisionsDialog(host.window(), host.ctx, detail.id, export_version)
    dialog.exec()
