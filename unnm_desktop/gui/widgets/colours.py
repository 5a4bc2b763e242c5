"""Colours with a meaning (overdue, less important), readable in the palette in use: light, dark or high contrast."""

from __future__ import annotations

from PySide6.QtGui import QColor, QPalette


def overdue_colour() -> QColor:
    """Red for overdue and wrong rows, readable on the table background of the palette in use (light,
    dark or high contrast; gui/accessibility.py). Never the only sign: the text says it too."""
    from PySide6.QtWidgets import QApplication

    from unnm_desktop.gui.accessibility import error_colour

    return error_colour(QApplication.palette(), QPalette.ColorRole.Base)


def secondary_colour() -> QColor:
    """Grey for rows that matter less (a superseded decision), readable in any palette."""
    from PySide6.QtWidgets import QApplication

    from unnm_desktop.gui.accessibility import muted_colour

    return muted_colour(QApplication.palette(), QPalette.ColorRole.Base)
