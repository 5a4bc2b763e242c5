"""The list of meetings on the left of the main window, with its search field."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QItemSelectionModel, QModelIndex, QObject, Qt, Signal
from PySide6.QtWidgets import QLineEdit, QListView, QWidget

from unnm_desktop.gui.widgets.models import MeetingListModel
from unnm_desktop.gui.widgets.uiload import child


class MeetingList(QObject):
    """The meetings found by the search text; `chosen` names the meeting the user selects."""

    chosen = Signal(str)
    searched = Signal()  # the search text changed: the list is to be read again

    def __init__(self, root: QWidget) -> None:
        super().__init__(root)
        self.search = child(root, QLineEdit, "meetingSearch")
        self.view = child(root, QListView, "meetingList")
        self.model = MeetingListModel(root)
        self.view.setModel(self.model)
        self.view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.view.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.view.selectionModel().currentChanged.connect(self._on_current_changed)
        self.search.textChanged.connect(lambda _text: self.searched.emit())

    def show_meetings(self, meetings: Sequence[object], select: str | None) -> None:
        """List `meetings` and select `select`, else the first when nothing filters the list."""
        self.model.set_meetings(meetings)
        row = self.model.row_of(select) if select else -1
        if row < 0 and self.model.meetings and not self.search.text():
            row = 0
        if row >= 0:
            self.select_row(row)

    def show_quietly(self, meetings: Sequence[object], select: str) -> int:
        """List `meetings` and select `select` (else the first) without announcing it; returns its row."""
        self.model.set_meetings(meetings)
        row = max(0, self.model.row_of(select))
        selection = self.view.selectionModel()
        selection.blockSignals(True)
        selection.setCurrentIndex(self.model.index(row), QItemSelectionModel.SelectionFlag.ClearAndSelect)
        selection.blockSignals(False)
        return row

    def select_row(self, row: int, *, scroll: bool = False) -> None:
        index = self.model.index(row)
        self.view.selectionModel().setCurrentIndex(index, QItemSelectionModel.SelectionFlag.ClearAndSelect)
        if scroll:
            self.view.scrollTo(index)

    def clear_hiding_filter(self, meeting_id: str) -> bool:
        """Clear a search text that hides `meeting_id`, without reading the list again; True if it did."""
        if self.model.row_of(meeting_id) >= 0 or not self.search.text():
            return False
        self.search.blockSignals(True)
        self.search.clear()
        self.search.blockSignals(False)
        return True

    def _on_current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        meeting_id = current.data(MeetingListModel.ID_ROLE) if current.isValid() else None
        if meeting_id:
            self.chosen.emit(meeting_id)
