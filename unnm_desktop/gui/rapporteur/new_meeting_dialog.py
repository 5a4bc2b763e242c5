"""File → New meeting…: title, start in Istanbul time, place, language of the minutes, next of a series."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtWidgets import QCheckBox, QComboBox, QDateTimeEdit, QDialog, QDialogButtonBox, QLabel, QLineEdit, QWidget

from unnm_desktop.domain.clock import DEFAULT_TIME_ZONE, meeting_now
from unnm_desktop.gui.i18n import LANGUAGE_NAMES, current_language
from unnm_desktop.gui.widgets.meeting_time import ISTANBUL, istanbul_datetime, to_qdatetime
from unnm_desktop.gui.widgets.uiload import child, embed_ui


class NewMeetingDialog(QDialog):
    def __init__(self, parent: QWidget | None, *, series_of: str | None) -> None:
        super().__init__(parent)
        self.setObjectName("newMeetingDialog")
        root = embed_ui(self, "new_meeting_dialog")
        self.title = child(root, QLineEdit, "titleEdit")
        self.start = child(root, QDateTimeEdit, "startEdit")
        self.start.setTimeZone(ISTANBUL)
        # Today where the Network meets, at the usual 10:00 start: meetings are recorded on the day.
        today = meeting_now(DEFAULT_TIME_ZONE).replace(hour=10, minute=0, second=0, microsecond=0)
        self.start.setDateTime(to_qdatetime(today))
        self.location = child(root, QLineEdit, "locationEdit")
        self.minutes_language = child(root, QComboBox, "minutesLanguageCombo")
        for code, name in LANGUAGE_NAMES.items():
            self.minutes_language.addItem(name, code)
        # The interface language is the likeliest language of the minutes; the next meeting of a series
        # keeps its series' language whatever is chosen here.
        self.minutes_language.setCurrentIndex(self.minutes_language.findData(current_language()))
        self.next_of_series = child(root, QCheckBox, "nextOfSeriesCheck")
        self.next_of_series.toggled.connect(lambda checked: self.minutes_language.setDisabled(checked))
        note = child(root, QLabel, "seriesNote")
        if series_of:
            self.next_of_series.setChecked(True)
            self.minutes_language.setDisabled(True)
            note.setText(self.tr("Selected meeting: {meeting}").format(meeting=series_of))
        else:
            self.next_of_series.setEnabled(False)
        buttons = child(root, QDialogButtonBox, "buttons")
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.title.setFocus()

    def start_time(self) -> datetime:
        return istanbul_datetime(self.start.dateTime())

    def language(self) -> str:
        """The language of the minutes of a new meeting (not of the next of a series: it keeps its own)."""
        return str(self.minutes_language.currentData())

    def accept(self) -> None:
        if not self.title.text().strip():
            self.title.setPlaceholderText(self.tr("A title is needed, e.g. UNNM Türkiye network meeting"))
            self.title.setFocus()
            return
        super().accept()
