"""Minutes → Verify a Word file: whether a .docx is the minutes as signed off, untouched since."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QMessageBox

from unnm_desktop.domain.errors import UserFacingError
from unnm_desktop.gui.i18n import error_text
from unnm_desktop.gui.minutes.host import MinutesHost, warn
from unnm_desktop.gui.widgets.busy import busy_cursor
from unnm_desktop.gui.widgets.save_paths import export_folder


def verify_file(host: MinutesHost) -> None:
    """Ask for a Word file, check it against the signed-off minutes, and say what was found."""
    from unnm_desktop.export import verify_docx

    host.autosaver.flush()
    title = QCoreApplication.translate("MinutesMenu", "Verify a Word file")
    path, _filter = QFileDialog.getOpenFileName(
        host.window(),
        title,
        str(export_folder(host)),
        QCoreApplication.translate("MinutesMenu", "Word documents (*.docx)"),
    )
    if not path:
        return
    try:
        with busy_cursor():
            result = verify_docx(host.ctx, path)
    except UserFacingError as error:
        warn(host.window(), title, error_text(error))
        return
    summary = error_text(result.summary())
    text = summary + "".join(f"\n\n{error_text(note)}" for note in result.notes)
    if result.ok:
        QMessageBox.information(host.window(), QCoreApplication.translate("MinutesMenu", "Verified"), text)
    else:
        warn(host.window(), QCoreApplication.translate("MinutesMenu", "Not verified"), text)
    host.show_message(summary)
