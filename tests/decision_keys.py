"""Moving through the Decisions tab by keyboard, as the decision keyboard tests do."""

from __future__ import annotations

from keyboard import focus_widget, press

from unnm_desktop.gui.main_window import MainWindow
from unnm_desktop.gui.rapporteur.positions_table import POSITION


def go_to_position_cell(window: MainWindow, acronym: str) -> None:
    """From the table, with the arrow keys, to the position cell of `acronym`'s row."""
    table = window.decisions.positions
    rows = [table.item(row, 0).text() for row in range(table.rowCount())]
    press("Alt+I")
    assert focus_widget() is table
    press("Home", "Ctrl+Home")
    for _ in range(rows.index(acronym)):
        press("Down")
    press("Right")
    assert (table.currentRow(), table.currentColumn()) == (rows.index(acronym), POSITION)
