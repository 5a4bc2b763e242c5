"""Starting the GUI: open the database (refusing damaged files with a clear message), show the window.

The database opens on its own threads (gui/backend.py): its check from the moment the writer lock is held,
the rest once the window is painted from a quick read (services/quickread.py). `--exit-when-ready` prints both
moments, then quits:

    painted in N ms        the window is on screen with the meetings and the notes
    interactive in N ms    the database is open and every tab works on it
"""

from __future__ import annotations

import gc
import sys
import time
from collections.abc import Callable
from pathlib import Path

from unnm_desktop import APP_NAME, STARTED_AT


def run_gui(
    db_arg: str | None, *, exit_when_ready: bool = False, open_package: str | None = None, language: str | None = None
) -> int:
    resume_collection = pause_garbage_collection()
    try:
        return _run_gui(db_arg, exit_when_ready, open_package, language, resume_collection)
    finally:
        resume_collection()


def _run_gui(
    db_arg: str | None,
    exit_when_ready: bool,
    open_package: str | None,
    language: str | None,
    resume_collection: Callable[[], None],
) -> int:
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtWidgets import QApplication

    from unnm_desktop.gui.backend import NON_QT_PACKAGES, PendingContext, skip_pyside_source_scan

    # Before the GUI's own modules and what they bring are imported (gui/backend.py).
    skip_pyside_source_scan(NON_QT_PACKAGES)
    skip_pyside_source_scan(("unnm_desktop.gui",), read_sources=True)

    from unnm_desktop.domain.errors import UserFacingError
    from unnm_desktop.gui.crash import install_excepthook
    from unnm_desktop.gui.i18n import error_text
    from unnm_desktop.gui.language_switch import flush_current_window, set_main_window
    from unnm_desktop.gui.settings import AppSettings, configure_settings_location
    from unnm_desktop.store.address import ServerAddress, resolve_database
    from unnm_desktop.store.lock import acquire_lock, refuse_if_not_sqlite

    app = QApplication.instance() or QApplication(sys.argv)
    app.setApplicationName("unnm-desktop")
    app.setOrganizationName("UNNM")
    app.setApplicationDisplayName(APP_NAME)
    app.setDesktopFileName("org.unnm.Desktop")  # the .desktop file's id: icon and grouping on Linux desktops
    _set_window_icon(app)
    configure_settings_location()
    settings = AppSettings()
    from unnm_desktop.gui.i18n import chosen_language, install_language

    install_language(language or chosen_language(settings.ui_language))
    path = resolve_database(db_arg, settings.register_server)  # --db and UNNM_DESKTOP_DB win over Settings
    lock = None
    try:
        if isinstance(path, ServerAddress):
            # A server has no file to refuse or lock; the opening says if it cannot be reached.
            from unnm_desktop.store.server import require_driver

            require_driver()
        else:
            # Refusing a wrong file and taking the writer lock need only the standard library; the rest of
            # the opening (checks, migrations, SQLAlchemy) runs on threads while the window appears.
            if path.exists() and path.stat().st_size > 0:
                refuse_if_not_sqlite(path)
            else:
                path.parent.mkdir(parents=True, exist_ok=True)
            lock = acquire_lock(path)
    except OSError as error:
        message = QCoreApplication.translate("Startup", "The folder for {path} cannot be created: {reason}.")
        return _refuse(message.format(path=path, reason=error.strerror), exit_when_ready)
    except UserFacingError as error:
        return _refuse(error_text(error), exit_when_ready)
    ctx = PendingContext(path, settings.display_name, lock)
    ctx.begin_check()  # SQLite's check of the file runs beside the window's building (gui/backend.py)

    from unnm_desktop.gui.main_window import MainWindow

    window = MainWindow(ctx, settings)
    if window.is_interactive:
        resume_collection()
    else:
        window.interactive.connect(resume_collection)
        ctx.failed.connect(lambda _error: resume_collection())
    set_main_window(window)
    install_excepthook(flush_current_window)  # the window of the moment: a language change builds a new one
    window.show()
    app.processEvents()  # the first screen is painted before the imports compete with it for the interpreter
    if exit_when_ready:
        print(f"painted in {_since_start_ms():.0f} ms", flush=True)
    ctx.start()
    if exit_when_ready:
        window.failure_dialog = False  # printed on stderr below; no dialog may wait for a click
        ctx.failed.connect(lambda _error: app.quit())
        _quit_when_interactive(app, window)
    else:
        from unnm_desktop.gui.first_run import offer_first_run

        if open_package:
            _import_when_ready(window, ctx, Path(open_package))
        else:
            offer_first_run(
                window
            )  # the welcome, once, when the database is ready (UNNM_DESKTOP_NO_FIRST_RUN=1: never)
    try:
        status = app.exec()
    finally:
        ctx.close()
        from unnm_desktop.gui.register_switch import close_switched_registers

        switched = close_switched_registers()  # File → Connect to a server… (gui/register_switch.py)
    # A database that could not be opened after all (damaged, newer schema) ends the run with 1.
    if ctx.error is not None and not switched:
        if exit_when_ready:
            print(f"unnm-desktop: {ctx.error}", file=sys.stderr)  # the command line speaks English
        return 1
    return status


def pause_garbage_collection() -> Callable[[], None]:
    """Stop the cyclic garbage collector until the window is interactive; returns what restarts it.

    The start allocates a few hundred thousand objects that live as long as the process (modules,
    classes, SQLAlchemy's mappings, Qt's wrappers), few of them garbage. The collector would walk them
    again and again as they pile up: 10-15 % of the start's time. Once the window is interactive they
    are moved out of its way for good (gc.freeze: a later collection no longer walks them, so neither
    does a pause while typing) and it runs as before. Calling the returned function again does nothing.
    """
    was_enabled = gc.isenabled()
    gc.disable()
    resumed = False

    def resume() -> None:
        nonlocal resumed
        if resumed:
            return
        resumed = True
        gc.freeze()
        if was_enabled:
            gc.enable()

    return resume


def _quit_when_interactive(app: object, window: object) -> None:
    """--exit-when-ready: print when the window became interactive, and quit."""
    from PySide6.QtCore import QTimer

    from unnm_desktop.gui.i18n import current_language
    from unnm_desktop.gui.language_switch import main_window

    def report_interactive() -> None:
        print(f"interactive in {_since_start_ms():.0f} ms", flush=True)
        shown = main_window() or window
        menus = " ".join(action.text().replace("&", "") for action in shown.menuBar().actions())
        print(f"interface: {current_language()} ({menus})", flush=True)  # the smoke test checks the .qm loads
        shown.close()
        app.quit()  # type: ignore[attr-defined]

    if window.is_interactive:  # type: ignore[attr-defined]
        QTimer.singleShot(0, report_interactive)  # once app.exec() runs, so that quit() ends it
    else:
        window.interactive.connect(report_interactive)  # type: ignore[attr-defined]


def _since_start_ms() -> float:
    return (time.perf_counter() - STARTED_AT) * 1000


def exit_now(status: int) -> None:
    """End the process at once, after the GUI has closed everything in order.

    By then every edit is committed, the database is closed (its WAL checkpointed, its lock released) and
    the settings are written. What is left is the interpreter's own teardown: garbage-collecting
    thousands of Qt wrappers, SQLAlchemy's and Alembic's modules, the Qt application object. It took
    most of the time of a quit (0.3-2 s, longer on a real display) and writes nothing anyone needs, so it
    is skipped: logs and standard streams are flushed, then os._exit.
    """
    import contextlib
    import logging
    import os

    logging.shutdown()
    for stream in (sys.stdout, sys.stderr):
        with contextlib.suppress(OSError, ValueError, AttributeError):  # a closed or missing stream (pythonw)
            stream.flush()
    os._exit(status)


def _refuse(message: str, exit_when_ready: bool) -> int:
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtWidgets import QMessageBox

    if exit_when_ready:
        print(f"unnm-desktop: {message}", file=sys.stderr)
    else:
        title = QCoreApplication.translate("Startup", "{app} cannot open the database").format(app=APP_NAME)
        QMessageBox.critical(None, title, message)
    return 1


def _set_window_icon(app: object) -> None:
    from PySide6.QtGui import QIcon

    from unnm_desktop.resources import resource_path

    folder = resource_path("icons")
    icon = QIcon()
    for size in (16, 32, 48, 64, 128, 256):
        candidate = folder / f"unnm-desktop-{size}.png"
        if candidate.is_file():
            icon.addFile(str(candidate))
    if not icon.isNull():
        app.setWindowIcon(icon)  # type: ignore[attr-defined]


def _import_when_ready(window: object, ctx: object, package: Path) -> None:
    """A double-clicked meeting package: the import preview opens as soon as the database is open."""
    from PySide6.QtCore import QObject, QTimer, Slot

    class PackageOpener(QObject):
        # A QObject of the GUI thread, so the signal from the opening thread is delivered here, queued.
        @Slot()
        def open(self) -> None:
            from unnm_desktop.gui.desk.package_dialogs import import_meeting_package

            import_meeting_package(window, package)  # type: ignore[arg-type]

    opener = PackageOpener(window)  # type: ignore[arg-type]
    if getattr(ctx, "is_ready", True):
        QTimer.singleShot(0, opener.open)
    else:
        ctx.ready.connect(opener.open)  # type: ignore[attr-defined]
