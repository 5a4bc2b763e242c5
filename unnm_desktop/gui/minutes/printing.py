"""Minutes → Print preview / Print: the minutes painted on the printer, as they are exported."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog

from unnm_desktop.domain.errors import UserFacingError
from unnm_desktop.gui.i18n import error_text
from unnm_desktop.gui.minutes.host import MinutesHost, open_minutes, warn
from unnm_desktop.gui.widgets.busy import busy_cursor

if TYPE_CHECKING:
    from PySide6.QtPrintSupport import QPrinter

    from unnm_desktop.services.views import MeetingDetail


def _printer(detail: MeetingDetail) -> QPrinter:
    from PySide6.QtPrintSupport import QPrinter

    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setDocName(f"{detail.reference} {detail.title}")
    return printer


def _paint(host: MinutesHost, meeting_id: str, device: object) -> bool:
    from unnm_desktop.export import paint_meeting

    try:
        with busy_cursor():
            paint_meeting(host.ctx, meeting_id, device, stamps_as_prose=host.settings.stamps_as_prose)
    except UserFacingError as error:
        warn(host.window(), QCoreApplication.translate("MinutesMenu", "Printing failed"), error_text(error))
        return False
    return True


def print_preview(host: MinutesHost) -> None:
    from PySide6.QtPrintSupport import QPrintPreviewDialog

    detail = open_minutes(host)
    if detail is None:
        return
    printer = _printer(detail)  # kept alive here: the dialog does not own it
    dialog = QPrintPreviewDialog(printer, host.window())
    dialog.setObjectName("printPreviewDialog")
    dialog.setWindowTitle(
        QCoreApplication.translate("MinutesMenu", "Print preview — {reference}").format(reference=detail.reference)
    )
    dialog.paintRequested.connect(lambda device: _paint(host, detail.id, device))
    dialog.resize(900, 1000)
    dialog.exec()


def print_minutes(host: MinutesHost) -> None:
    from PySide6.QtPrintSupport import QPrintDialog

    detail = open_minutes(host)
    if detail is None:
        return
    printer = _printer(detail)
    dialog = QPrintDialog(printer, host.window())
    dialog.setObjectName("printDialog")
    dialog.setWindowTitle(
        QCoreApplication.translate("MinutesMenu", "Print {reference}").format(reference=detail.reference)
    )
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return
    if _paint(host, detail.id, printer):
        host.show_message(
            QCoreApplication.translate("MinutesMenu", "{reference} sent to the printer.").format(
                reference=detail.reference
            )
        )
