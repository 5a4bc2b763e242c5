"""Small dialogs: a new meeting, a new person typed inline, the keyboard shortcuts list."""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING

from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QCompleter,
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from unnm_desktop.domain.clock import DEFAULT_TIME_ZONE, meeting_now
from unnm_desktop.domain.errors import UserFacingError
from unnm_desktop.gui.details_page import ISTANBUL, istanbul_datetime, to_qdatetime
from unnm_desktop.gui.i18n import LANGUAGE_NAMES, current_language, error_text
from unnm_desktop.gui.lazy_services import directory
from unnm_desktop.gui.uiload import child, load_ui

if TYPE_CHECKING:
    from unnm_desktop.services.context import ServiceContext


def _embed(dialog: QDialog, name: str) -> QWidget:
    """Put the widgets of ui/<name>.ui inside `dialog` (QUiLoader cannot fill an existing instance)."""
    loaded = load_ui(name)
    if isinstance(loaded, QDialog):
        # A dialog-rooted .ui inside our dialog: Esc would close only the inner one and leave an empty
        # window. Its accept/reject become the outer dialog's.
        loaded.rejected.connect(dialog.reject)
        loaded.accepted.connect(dialog.accept)
    layout = QVBoxLayout(dialog)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.addWidget(loaded)
    dialog.setWindowTitle(loaded.windowTitle())
    return loaded


class NewMeetingDialog(QDialog):
    def __init__(self, parent: QWidget | None, *, series_of: str | None) -> None:
        super().__init__(parent)
        self.setObjectName("newMeetingDialog")
        root = _embed(self, "new_meeting_dialog")
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


class NewPersonDialog(QDialog):
    """Create a person without leaving the keyboard; the organisation is typed with completion."""

    def __init__(self, parent: QWidget | None, ctx: ServiceContext, name: str = "") -> None:
        super().__init__(parent)
        self.setObjectName("newPersonDialog")
        self.ctx = ctx
        self.person_id: str | None = None
        root = _embed(self, "new_person_dialog")
        self.name = child(root, QLineEdit, "nameEdit")
        self.title = child(root, QLineEdit, "titleEdit")
        self.email = child(root, QLineEdit, "emailEdit")
        self.organisation = child(root, QComboBox, "organisationCombo")
        self.message = child(root, QLabel, "personMessage")
        self.organisation.addItem("", None)
        turkish = current_language() == "tr"
        for org in directory.list_organizations(ctx):
            org_name = org.name_tr if turkish and org.name_tr else org.name_en
            self.organisation.addItem(f"{org.acronym} — {org_name}", org.id)
        completer = self.organisation.completer()
        completer.setFilterMode(completer.filterMode().MatchContains)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        buttons = child(root, QDialogButtonBox, "buttons")
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.name.setText(name)
        self.name.setFocus()

    def accept(self) -> None:
        index = self.organisation.findText(self.organisation.currentText())
        org_id = self.organisation.itemData(index) if index >= 0 else None
        if self.organisation.currentText().strip() and org_id is None:
            found = directory.find_organization(self.ctx, self.organisation.currentText().split("—")[0])
            if found is None:
                self.message.setText(self.tr("That organisation is not in the directory; pick one from the list."))
                self.organisation.setFocus()
                return
            org_id = found.id
        try:
            self.person_id = directory.create_person(
                self.ctx, full_name=self.name.text(), title=self.title.text(), organization_id=org_id,
                email=self.email.text() or None,
            )  # fmt: skip
        except UserFacingError as error:
            self.message.setText(error_text(error))
            return
        super().accept()


class ShortcutsDialog(QDialog):
    """Help → Keyboard shortcuts: every menu command with its shortcut."""

    def __init__(self, parent: QWidget | None, actions: list[tuple[str, QAction]]) -> None:
        super().__init__(parent)
        self.setObjectName("shortcutsDialog")
        self.setWindowTitle(self.tr("Keyboard shortcuts"))
        table = QTableWidget(len(actions), 3, self)
        table.setObjectName("shortcutsTable")
        table.setAccessibleName(self.tr("Keyboard shortcuts"))
        table.setHorizontalHeaderLabels([self.tr("Menu"), self.tr("Command"), self.tr("Shortcut")])
        for row, (menu, action) in enumerate(actions):
            text = action.text().replace("&&", "\0").replace("&", "").replace("\0", "&")
            shortcut = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
            for column, value in enumerate((menu, text, shortcut)):
                table.setItem(row, column, QTableWidgetItem(value))
        table.resizeColumnsToContents()
        table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(table)
        layout.addWidget(buttons)
        self.resize(620, 560)
