"""Typing a date in a table cell: the interface's own format (15/01/2027, 15.01.2027) or ISO, with a calendar.

`parse_typed_date` turns what was typed into a date or refuses it with a sentence that says what is wrong
("There is no 31 February 2026; February has 28 days that year."), never a format to learn.
`DueDateEdit` is the cell editor: a line edit typed into digit by digit, with a calendar pop-up (Alt+Down,
F4 or its button) whose Enter puts the chosen day into the field.
"""

from __future__ import annotations

import calendar
import re
from datetime import date

from PySide6.QtCore import QCoreApplication, QDate, QEvent, QPoint, Qt
from PySide6.QtGui import QAction, QIcon, QKeyEvent
from PySide6.QtWidgets import QCalendarWidget, QLineEdit, QStyle, QWidget

from unnm_desktop.domain.clock import meeting_today
from unnm_desktop.gui.i18n import short_date, ui_locale

_ISO = re.compile(r"(\d{4})\s*-\s*(\d{1,2})\s*-\s*(\d{1,2})")
# Both interface languages write the day first: 15/01/2027 (English), 15.01.2027 (Turkish).
_DAY_FIRST = re.compile(r"(\d{1,2})\s*[./-]\s*(\d{1,2})\s*[./-]\s*(\d{4}|\d{2})")


class DateRefused(ValueError):
    """What was typed is not a date; `str(error)` is the sentence to show, in the interface language."""


def _tr(text: str) -> str:
    return QCoreApplication.translate("DateEntry", text)


def _example() -> str:
    return short_date(meeting_today(None))


def parse_typed_date(text: str) -> date | None:
    """The date typed in a cell ("" is no date); DateRefused says why when there is none such."""
    text = text.strip()
    if not text:
        return None
    iso = _ISO.fullmatch(text)
    day_first = _DAY_FIRST.fullmatch(text)
    if iso:
        year, month, day = (int(part) for part in iso.groups())
    elif day_first:
        day, month, year = (int(part) for part in day_first.groups())
        if len(day_first.group(3)) == 2:
            year += 2000
    else:
        raise DateRefused(
            QCoreApplication.translate(
                "DateEntry", "“{text}” is not a date; type it as {example}, or choose it from the calendar (Alt+Down)."
            ).format(text=text, example=_example())
        )
    if not 1 <= month <= 12:
        raise DateRefused(
            QCoreApplication.translate("DateEntry", "There is no month {month}; months go from 1 to 12.").format(
                month=month
            )
        )
    if year < 1900 or year > 2200:
        raise DateRefused(QCoreApplication.translate("DateEntry", "The year {year} is out of range; type the year in full, e.g. {example}.").format(
            year=year, example=_example()))  # fmt: skip
    days = calendar.monthrange(year, month)[1]
    if not 1 <= day <= days:
        month_name = ui_locale().standaloneMonthName(month)
        raise DateRefused(
            QCoreApplication.translate(
                "DateEntry", "There is no {day} {month} {year}; {month} has {days} days that year."
            ).format(day=day, month=month_name, year=year, days=days)
        )
    return date(year, month, day)


class DueDateEdit(QLineEdit):
    """A date typed as the interface writes it (or ISO); Alt+Down or F4 opens a calendar."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("dueDateEdit")
        self.setPlaceholderText(_example())
        self.setAccessibleName(QCoreApplication.translate("DateEntry", "Due date"))
        icon = QIcon.fromTheme("x-office-calendar")
        if icon.isNull():
            icon = self.style().standardIcon(QStyle.StandardPixmap.SP_ArrowDown)
        self.calendar_action = QAction(icon, QCoreApplication.translate("DateEntry", "Calendar (Alt+Down)"), self)
        self.calendar_action.setToolTip(
            QCoreApplication.translate("DateEntry", "Choose the date from a calendar (Alt+Down)")
        )
        self.calendar_action.triggered.connect(self.open_calendar)
        self.addAction(self.calendar_action, QLineEdit.ActionPosition.TrailingPosition)
        self.setToolTip(
            QCoreApplication.translate("DateEntry", "Due date, e.g. {example}; Alt+Down opens a calendar").format(
                example=_example()
            )
        )
        self.calendar: QCalendarWidget | None = None

    def value(self) -> str:
        return self.text()

    def set_value(self, text: str) -> None:
        self.setText(text)

    def popup_open(self) -> bool:
        return self.calendar is not None and self.calendar.isVisible()

    def close_popup(self) -> bool:
        if not self.popup_open():
            return False
        assert self.calendar is not None
        self.calendar.hide()
        self.setFocus()
        return True

    @staticmethod
    def _opens_calendar(event: QKeyEvent) -> bool:
        return event.key() == Qt.Key.Key_F4 or (
            event.key() == Qt.Key.Key_Down and bool(event.modifiers() & Qt.KeyboardModifier.AltModifier)
        )

    def event(self, event: QEvent) -> bool:
        # Alt+Down is also a window shortcut (move the agenda item down): here it opens the calendar.
        if event.type() == QEvent.Type.ShortcutOverride and self._opens_calendar(event):  # type: ignore[arg-type]
            event.accept()
            return True
        return super().event(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if self._opens_calendar(event):
            self.open_calendar()
            return
        super().keyPressEvent(event)

    def open_calendar(self) -> None:
        # A child of the editor: the focus moving into it does not end the cell's editing.
        if self.calendar is None:
            self.calendar = QCalendarWidget(self)
            self.calendar.setWindowFlag(Qt.WindowType.Popup)
            self.calendar.setObjectName("dueDateCalendar")
            self.calendar.setAccessibleName(QCoreApplication.translate("DateEntry", "Calendar"))
            self.calendar.setLocale(ui_locale())
            self.calendar.setGridVisible(True)
            self.calendar.activated.connect(self._chosen)
            self.calendar.clicked.connect(self._chosen)
        try:
            shown = parse_typed_date(self.text()) or meeting_today(None)
        except DateRefused:
            shown = meeting_today(None)
        self.calendar.setSelectedDate(QDate(shown.year, shown.month, shown.day))
        self.calendar.adjustSize()
        self.calendar.move(self.mapToGlobal(QPoint(0, self.height())))
        self.calendar.show()
        self.calendar.setFocus()

    def _chosen(self, chosen: QDate) -> None:
        self.setText(short_date(date(chosen.year(), chosen.month(), chosen.day())))
        self.close_popup()
