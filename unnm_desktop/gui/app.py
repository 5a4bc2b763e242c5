"""Starting the GUI: open the database (refusing damaged files with a clear message), show the window."""

from __future__ import annotations

import sys
import time
from pathlib import Path

from unnm_desktop import APP_NAME, STARTED_AT


def run_gui(db_arg: str | None, *, exit_when_ready: bool = False) -> int:
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QMessageBox

    from unnm_desktop.domain.errors import UserFacingError
    from unnm_desktop.gui.crash import install_excepthook
    from unnm_desktop.gui.settings import AppSettings, configure_settings_location
    from unnm_desktop.paths import resolve_db_path
    from unnm_desktop.services.context import open_context

    app = QApplication.instance() or QApplication(sys.argv)
    app.setApplicationName("unnm-desktop")
    app.setOrganizationName("UNNM")
    app.setApplicationDisplayName(APP_NAME)
    configure_settings_location()
    settings = AppSettings()
    path: Path = resolve_db_path(db_arg)
    try:
        ctx = open_context(path, actor=settings.display_name)
    except UserFacingError as error:
        if exit_when_ready:
            print(f"unnm-desktop: {error}", file=sys.stderr)
            return 1
        QMessageBox.critical(None, f"{APP_NAME} cannot open the database", str(error))
        return 1

    from unnm_desktop.gui.main_window import MainWindow

    window = MainWindow(ctx, settings)
    install_excepthook(window.autosaver.flush)
    window.show()
    if exit_when_ready:

        def report_ready() -> None:
            app.processEvents()
            print(f"ready in {(time.perf_counter() - STARTED_AT) * 1000:.0f} ms", flush=True)
            window.close()
            app.quit()

        QTimer.singleShot(0, report_ready)
    try:
        return app.exec()
    finally:
        ctx.close()
