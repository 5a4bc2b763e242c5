"""Spreadsheet cells that are safe to open: text that starts like a formula is neutralised.

A CSV or XLSX cell whose text starts with =, +, - or @ (or a tab or carriage return, which some programs
skip before looking) may be run as a formula by Excel or LibreOffice — "spreadsheet formula injection"
(OWASP: CSV Injection). Such text gets a leading apostrophe, so it shows as typed and never runs. Every
CSV and XLSX export goes through `safe_cell`.
"""

from __future__ import annotations

import re
from datetime import date, datetime
from typing import TypeVar

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
# What XLSX (XML) cannot hold; the services already keep it out, this is the last guard.
_ILLEGAL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f]")

T = TypeVar("T", str, int, float, date, datetime, None)


def neutralise(text: str) -> str:
    """The text, with a leading apostrophe if it starts like a formula."""
    return "'" + text if text.startswith(FORMULA_STARTS) else text


def safe_cell(value: T) -> T:
    """A value for a CSV or XLSX cell: text neutralised and stripped of XML-illegal characters."""
    if isinstance(value, str):
        return neutralise(_ILLEGAL.sub("", value))  # type: ignore[return-value]
    return value
