"""The wait cursor while something takes a moment (a backup, an export, a demo database): the one helper.

    with busy_cursor():
        written = export_meeting(...)

Qt only and tiny, so that windows built before the database is open can import it.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication


@contextmanager
def busy_cursor() -> Iterator[None]:
    """The wait cursor for the duration of the block, restored however the block ends."""
    QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        yield
    finally:
        QGuiApplication.restoreOverrideCursor()
