"""Changing the interface language while working: everything typed is saved, then the main window is
built again in the new language, on the same meeting, agenda item and tab, at the same place on screen.

Rebuilding instead of retranslating every widget keeps the screens simple (their texts are set once, from
the .ui files and tr()); nothing is lost because the autosaver is flushed first and the new window reads
the database the old one wrote.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from unnm_desktop.gui.i18n import LANGUAGE_NAMES, current_language, install_language

if TYPE_CHECKING:
    from unnm_desktop.gui.shell import MainShell

_main_window: MainShell | None = None


def set_main_window(window: MainShell) -> None:
    """The window run_gui shows; the crash handler flushes the autosaver of whichever window is current."""
    global _main_window
    _main_window = window


def main_window() -> MainShell | None:
    return _main_window


def flush_current_window() -> None:
    if _main_window is not None:
        _main_window.autosaver.flush()


def change_language(window: MainShell, language: str) -> MainShell:
    """Store `language`, apply it, and return the window now on screen (a new one when it changed)."""
    window.settings.ui_language = language
    if language == current_language():
        return window
    window.autosaver.flush()
    window.save_place()
    install_language(language)

    window.settings.running_marker = ""  # the new window takes over this session: it is not a recovery
    fresh = window.rebuilt()  # from the window itself: only gui/app.py imports gui/main_window
    set_main_window(fresh)
    fresh.show()
    window.close()
    window.deleteLater()
    fresh.show_message(
        QCoreApplication.translate("LanguageSwitch", "The interface is now in {language}.").format(
            language=LANGUAGE_NAMES[current_language()]
        )
    )
    return fresh
