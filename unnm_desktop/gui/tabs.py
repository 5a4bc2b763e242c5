"""The main window's tabs, by position: the one place every module takes them from.

Plain integers and no imports, so that any window can name a tab without importing the main window.
"""

from __future__ import annotations

DETAILS, ATTENDANCE, AGENDA, DECISIONS, ACTIONS = range(5)
TAB_COUNT = 5

__all__ = ["ACTIONS", "AGENDA", "ATTENDANCE", "DECISIONS", "DETAILS", "TAB_COUNT"]
