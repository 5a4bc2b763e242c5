"""Switching the window to another register (File → Connect to a server…, or the same from Settings).

Like a language change (gui/language_switch.py), the main window is built again, here on a new context: what
was typed is saved first, the new register opens on its thread (gui/backend.py) while the new window appears,
then the old window and its context close (a file's writer lock is released). A file is refused or locked
before anything is closed, so a register that cannot be opened leaves the window where it was.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox

from unnm_desktop import APP_NAME
from unnm_desktop.domain.errors import UserFacingError
from unnm_desktop.gui.i18n import error_text
from unnm_desktop.gui.language_switch import set_main_window
from unnm_desktop.store.address import Location, ServerAddress

if TYPE_CHECKING:
    from unnm_desktop.gui.backend import PendingContext
    from unnm_desktop.gui.shell import MainShell


def current_location(ctx: Any) -> Location:
    """The register a context is on: its file, or its server (a server context has no path)."""
    path = getattr(ctx, "path", None)
    return path if path is not None else ctx.location


def same_register(first: Location, second: Location) -> bool:
    if isinstance(first, ServerAddress) and isinstance(second, ServerAddress):
        return first.url == second.url
    return isinstance(first, Path) and isinstance(second, Path) and first.resolve() == second.resolve()


def pending_context(location: Location, actor: str) -> PendingContext:
    """A context opening on its thread; a file is refused (not SQLite) or locked here, a server needs its driver.
    Raises UserFacingError (or OSError for a folder that cannot be made) before anything is opened."""
    from unnm_desktop.gui.backend import PendingContext

    lock = None
    if isinstance(location, ServerAddress):
        from unnm_desktop.store.server import require_driver

        require_driver()
    else:
        from unnm_desktop.store.lock import acquire_lock, refuse_if_not_sqlite

        if location.exists() and location.stat().st_size > 0:
            refuse_if_not_sqlite(location)
        else:
            location.parent.mkdir(parents=True, exist_ok=True)
        lock = acquire_lock(location)
    context = PendingContext(location, actor, lock)
    context.begin_check()
    return context


# The contexts the switches opened and did not close yet: gui/app.py closes them when the program ends.
_opened: list[Any] = []


def close_switched_registers() -> bool:
    """Close the registers switched to (at the end of the program); True if there was a switch."""
    switched = bool(_opened)
    while _opened:
        _opened.pop().close()
    return switched


def switch_register(window: MainShell, location: Location) -> MainShell:
    """Show `location`'s register in a new main window; the window now on screen is returned."""
    typed_password = isinstance(location, ServerAddress) and bool(location.password)
    if same_register(location, current_location(window.ctx)) and not typed_password:
        return window  # already there (the same server with a password typed now is opened again, with it)
    if getattr(window.ctx, "error", None) is None:  # a register that failed to open has nothing to save
        window.autosaver.flush()
    window.save_place()
    try:
        context = pending_context(location, window.settings.display_name)
    except (UserFacingError, OSError) as error:
        reason = error_text(error) if isinstance(error, UserFacingError) else str(error)
        title = QCoreApplication.translate("Startup", "{app} cannot open the database").format(app=APP_NAME)
        QMessageBox.warning(window.window(), title, reason)
        return window
    window.settings.remember_place(None, None)  # one register's meetings are not the other's
    window.settings.running_marker = ""  # the new window takes over this session: it is not a recovery
    old_context = window.ctx
    fresh = window.rebuilt(context)
    set_main_window(fresh)
    fresh.show()
    context.start()
    _opened.append(context)
    window.close()
    window.deleteLater()
    if old_context in _opened:
        _opened.remove(old_context)
    old_context.close()
    fresh.show_message(
        QCoreApplication.translate("RegisterSwitch", "The register is now {where}.").format(where=location.name)
    )
    return fresh


def offer_the_file_instead(window: MainShell, error: BaseException) -> bool | None:
    """A server that cannot be opened (at start, or after a switch): say why, and offer this computer's file
    for now (the server stays chosen for the next start). None when the register is not a server; else
    whether the window switched to the file."""
    from unnm_desktop.gui.server_connect_dialog import local_register_file

    if not isinstance(current_location(window.ctx), ServerAddress):
        return None
    local = local_register_file()
    title = QCoreApplication.translate("Startup", "{app} cannot open the database").format(app=APP_NAME)
    box = QMessageBox(QMessageBox.Icon.Warning, title, error_text(error), parent=window.window())
    box.setInformativeText(
        QCoreApplication.translate(
            "RegisterSwitch",
            "You can work on this computer's file ({path}) meanwhile; the server stays chosen for the next start "
            "(Settings → Connect to a server… changes it).",
        ).format(path=local)
    )
    open_file = box.addButton(
        QCoreApplication.translate("RegisterSwitch", "Open this computer's &file"), QMessageBox.ButtonRole.AcceptRole
    )
    box.addButton(QCoreApplication.translate("RegisterSwitch", "&Close"), QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(open_file)
    box.exec()
    if box.clickedButton() is not open_file:
        return False
    return switch_register(window, local) is not window


def connect_to_server(window: MainShell) -> MainShell:
    """File → Connect to a server…: choose where the register lives, and switch to it when saved."""
    from unnm_desktop.gui.server_connect_dialog import ServerConnectDialog

    window.autosaver.flush()
    dialog = ServerConnectDialog(window.window(), window.settings, current_location(window.ctx))
    if not dialog.exec() or dialog.chosen is None:
        return window
    return switch_register(window, dialog.chosen)


__all__ = [
    "close_switched_registers",
    "connect_to_server",
    "current_location",
    "offer_the_file_instead",
    "pending_context",
    "same_register",
    "switch_register",
]
