"""The last line of defence: an unexpected error is logged, reported in a copyable dialog, and the
work stays saved. The rapporteur never sees a bare traceback."""

from __future__ import annotations

import logging
import platform
import sys
import traceback
from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from types import TracebackType

from unnm_desktop import __version__
from unnm_desktop.paths import log_dir

log = logging.getLogger("unnm_desktop.crash")


def crash_report(kind: type[BaseException], error: BaseException, tb: TracebackType | None) -> str:
    from PySide6 import __version__ as pyside_version

    lines = [
        f"UNNM Desktop {__version__}",
        f"Python {platform.python_version()}, PySide6 {pyside_version}, {platform.platform()}",
        f"Time {datetime.now().isoformat(timespec='seconds')}",
        "",
        *traceback.format_exception(kind, error, tb),
    ]
    return "\n".join(line.rstrip("\n") for line in lines)


def write_crash_report(report: str) -> Path | None:
    try:
        folder = log_dir()
        folder.mkdir(parents=True, exist_ok=True)
        path = folder / f"crash-{datetime.now():%Y%m%d-%H%M%S}.txt"
        path.write_text(report, encoding="utf-8")
        return path
    except OSError:
        return None


def install_excepthook(save_pending_work: Callable[[], object]) -> None:
    def hook(kind: type[BaseException], error: BaseException, tb: TracebackType | None) -> None:
        if issubclass(kind, KeyboardInterrupt):
            sys.__excepthook__(kind, error, tb)
            return
        if _connection_lost(error):  # the server went away: no fault of the program, nothing typed is lost
            log.log(logging.WARNING, "the server could not be reached: %s", error)
            say_server_unreachable()
            return
        try:
            save_pending_work()
        except Exception:
            log.exception("saving pending work after an error failed")
        report = crash_report(kind, error, tb)
        log.error("unexpected error\n%s", report)
        path = write_crash_report(report)
        show_crash_dialog(error, report, path)

    sys.excepthook = hook


def _connection_lost(error: BaseException) -> bool:
    try:
        from unnm_desktop.store.connection_lost import is_connection_lost
    except ImportError:  # the error hook must never fail
        return False
    return is_connection_lost(error)


def say_server_unreachable() -> None:
    """In the status bar of the open windows, not in a dialog: typing goes on and waits for the server."""
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtWidgets import QApplication

    text = QCoreApplication.translate(
        "CrashDialog",
        "The server cannot be reached, so this could not be done now. What you type is kept on this computer "
        "and saved when the server is back.",
    )
    for widget in QApplication.topLevelWidgets():
        show_message = getattr(widget, "show_message", None)
        if callable(show_message) and widget.isVisible():
            show_message(text)


def show_crash_dialog(error: BaseException, report: str, path: Path | None) -> None:
    """The dialog in the interface language; the report it shows and writes stays in English (for support)."""
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtWidgets import QApplication, QMessageBox

    from unnm_desktop.gui.i18n import error_text

    if QApplication.instance() is None:
        return
    box = QMessageBox()
    box.setObjectName("crashDialog")
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(QCoreApplication.translate("CrashDialog", "UNNM Desktop — unexpected error"))
    box.setText(
        QCoreApplication.translate(
            "CrashDialog",
            "Something went wrong inside UNNM Desktop. Your minutes are saved: everything typed up to now "
            "is in the database. You can keep working.",
        )
    )
    problem = f"{type(error).__name__}: {error_text(error)}"
    if path:
        details = QCoreApplication.translate(
            "CrashDialog", "{problem}\nA report was written to {path}. Use “Show Details…” to copy it."
        )
    else:
        details = QCoreApplication.translate("CrashDialog", "{problem}\nUse “Show Details…” to copy it.")
    box.setInformativeText(details.format(problem=problem, path=path))
    box.setDetailedText(report)
    box.setStandardButtons(QMessageBox.StandardButton.Ok)
    box.exec()
