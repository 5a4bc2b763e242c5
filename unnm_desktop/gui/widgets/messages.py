"""Telling the user: a warning or a note in a message box, and work run under a wait cursor whose refusal
(a UserFacingError, a file that cannot be used) becomes a plain warning, never a traceback."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from unnm_desktop.domain.errors import UserFacingError
from unnm_desktop.gui.i18n import error_text
from unnm_desktop.gui.widgets.busy import busy_cursor


def run_busy(parent: QWidget, title: str, function: Callable[..., Any], *args: Any, **kwargs: Any) -> Any:
    """Run `function` under a wait cursor; a refusal (UserFacingError) becomes a warning and None."""
    try:
        with busy_cursor():
            return function(*args, **kwargs)
    except UserFacingError as error:
        warn(parent, title, error_text(error))
        return None
    except OSError as error:  # a file that cannot be written or read: said plainly, never a traceback
        reason = error.strerror or str(error)
        if error.filename:
            text = QCoreApplication.translate("DeskCommon", "{file} cannot be used: {reason}.")
        else:
            text = QCoreApplication.translate("DeskCommon", "The file cannot be used: {reason}.")
        warn(parent, title, text.format(file=error.filename, reason=reason))
        return None


def warn(parent: QWidget, title: str, text: str) -> None:
    QMessageBox.warning(parent, title, text)


def inform(parent: QWidget, title: str, text: str) -> None:
    QMessageBox.information(parent, title, text)
