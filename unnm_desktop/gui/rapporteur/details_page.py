"""Details: every metadata field of the meeting, GCM objectives as a checklist, chair and rapporteur."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDateTimeEdit,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QSpinBox,
    QWidget,
)

from unnm_desktop.domain.clock import COMMON_TIME_ZONES, DEFAULT_TIME_ZONE
from unnm_desktop.domain.errors import UserFacingError
from unnm_desktop.gui.i18n import current_language, error_text
from unnm_desktop.gui.lazy_services import attendance, meetings
from unnm_desktop.gui.rapporteur.autosave import Autosaver
from unnm_desktop.gui.widgets import vocabulary
from unnm_desktop.gui.widgets.meeting_time import ISTANBUL, istanbul_datetime, to_qdatetime
from unnm_desktop.gui.widgets.uiload import child
from unnm_desktop.resources import gcm_objectives
from unnm_desktop.services.edits import meeting_edit, record_key

if TYPE_CHECKING:
    from unnm_desktop.services.context import ServiceContext

TEXT_FIELDS = {
    "titleEdit": "title",
    "referenceEdit": "reference",
    "seriesEdit": "series",
    "locationEdit": "location",
    "venueEdit": "venue",
    "eventCategoryEdit": "event_category",
    "mainOrganisersEdit": "main_organisers",
    "targetAudienceEdit": "target_audience",
    "geographicScopeEdit": "geographic_scope",
    "subRegionEdit": "sub_region",
    "workstreamOutputEdit": "workstream_output",
    "nextMeetingDateEdit": "next_meeting_date",
}
LANGUAGES = [("en", "English"), ("tr", "Türkçe")]  # each language in its own words, as the first-run dialog


class DetailsPage(QObject):
    message = Signal(str)
    meeting_edited = Signal()

    def __init__(self, root: QWidget, ctx: ServiceContext, autosaver: Autosaver) -> None:
        super().__init__(root)
        self.ctx = ctx
        self.autosaver = autosaver
        self.meeting_id: str | None = None
        self._loading = False
        self.edits = {name: child(root, QLineEdit, name) for name in TEXT_FIELDS}
        for name, field in TEXT_FIELDS.items():
            self.edits[name].textEdited.connect(lambda text, field=field: self._schedule(field, text))
        self.number = child(root, QSpinBox, "numberSpin")
        self.number.valueChanged.connect(lambda value: self._schedule("number", value or None))
        self.start = child(root, QDateTimeEdit, "startEdit")
        self.end = child(root, QDateTimeEdit, "endEdit")
        for widget, field in ((self.start, "start_utc"), (self.end, "end_utc")):
            widget.setTimeZone(ISTANBUL)
            widget.dateTimeChanged.connect(lambda value, field=field: self._schedule(field, istanbul_datetime(value)))
        self.modality = child(root, QComboBox, "modalityCombo")
        self.language = child(root, QComboBox, "languageCombo")
        modalities = vocabulary.choices(vocabulary.MODALITY)
        for combo, choices, field in ((self.modality, modalities, "modality"), (self.language, LANGUAGES, "language")):
            for value, label in choices:
                combo.addItem(label, value)
            combo.activated.connect(lambda _i, combo=combo, field=field: self._schedule(field, combo.currentData()))
        self.time_zone = self._add_time_zone_row(root)
        self.chair = child(root, QComboBox, "chairCombo")
        self.rapporteur = child(root, QComboBox, "rapporteurCombo")
        for combo, field in ((self.chair, "chair_id"), (self.rapporteur, "rapporteur_id")):
            combo.activated.connect(lambda _i, combo=combo, field=field: self._schedule(field, combo.currentData()))
        self.status = child(root, QLabel, "statusLabel")
        self.objectives = child(root, QListWidget, "objectivesList")
        official = gcm_objectives()
        for number, title in gcm_objectives(current_language()).items():
            entry = QListWidgetItem(f"{number}. {title}")
            entry.setData(Qt.ItemDataRole.UserRole, number)
            tip = self.tr("GCM objective {number}: {title}").format(number=number, title=title)
            entry.setToolTip(tip if title == official[number] else f"{tip}\n{official[number]}")
            entry.setFlags(entry.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            entry.setCheckState(Qt.CheckState.Unchecked)
            self.objectives.addItem(entry)
        self.objectives.itemChanged.connect(self._on_objective_changed)
        self.objectives.setMinimumWidth(320)
        self.objectives.setWordWrap(True)
        self.objectives.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)

    def _add_time_zone_row(self, root: QWidget) -> QComboBox:
        """The meeting's time zone, under the language of the minutes (added here, not in the .ui, so the
        form's rows keep their numbers)."""
        combo = QComboBox(root)
        combo.setObjectName("timeZoneCombo")
        combo.setAccessibleName(self.tr("Time zone of the meeting"))
        combo.setToolTip(
            self.tr(
                "Intervention stamps, sign-off dates and “today” are read in this time zone, whatever the "
                "computer's own time zone."
            )
        )
        for name in COMMON_TIME_ZONES:
            combo.addItem(name, name)
        combo.activated.connect(lambda _i: self._schedule("time_zone", combo.currentData()))
        label = QLabel(self.tr("Time &zone"), root)
        label.setObjectName("timeZoneComboLabel")
        label.setBuddy(combo)
        form = child(root, QFormLayout, "detailsForm")
        language_row, _role = form.getWidgetPosition(child(root, QComboBox, "languageCombo"))
        form.insertRow(language_row + 1, label, combo)
        return combo

    def _schedule(self, field: str, value: object) -> None:
        if self._loading or self.meeting_id is None:
            return
        meeting_id = self.meeting_id

        self.autosaver.schedule_edit(
            f"meeting:{meeting_id}:{field}",
            self.ctx,
            meeting_edit(meeting_id, **{field: value}),
            after=self.meeting_edited.emit if field in ("title", "start_utc", "reference", "time_zone") else None,
        )

    def _on_objective_changed(self, _item: QListWidgetItem) -> None:
        if self._loading:
            return
        chosen = [
            self.objectives.item(row).data(Qt.ItemDataRole.UserRole)
            for row in range(self.objectives.count())
            if self.objectives.item(row).checkState() == Qt.CheckState.Checked
        ]
        self._schedule("objectives", chosen)

    def load(self, meeting_id: str | None) -> None:
        self.meeting_id = meeting_id
        self._loading = True
        try:
            detail = meetings.get_meeting(self.ctx, meeting_id) if meeting_id else None
            if detail is not None:  # the fields show it as read: the next save is based on its version
                self.autosaver.versions.remember(record_key("meeting", detail.id), detail.version)
            for name, field in TEXT_FIELDS.items():
                value = getattr(detail, field if field not in ("start_utc",) else "start", "") if detail else ""
                self.edits[name].setText("" if value is None else str(value))
            self.number.setValue(detail.number or 0 if detail else 0)
            if detail:
                self.start.setDateTime(to_qdatetime(detail.start))
                self.end.setDateTime(to_qdatetime(detail.end or detail.start))
            self._fill_people(detail)
            for combo, value in ((self.modality, detail.modality if detail else None),
                                 (self.language, detail.language if detail else None)):  # fmt: skip
                combo.setCurrentIndex(max(0, combo.findData(value)))
            zone_name = detail.time_zone if detail else DEFAULT_TIME_ZONE
            if self.time_zone.findData(zone_name) < 0:  # a zone from a package that the list does not offer
                self.time_zone.addItem(zone_name, zone_name)
            self.time_zone.setCurrentIndex(self.time_zone.findData(zone_name))
            chosen = set(detail.objectives) if detail else set()
            for row in range(self.objectives.count()):
                entry = self.objectives.item(row)
                number = entry.data(Qt.ItemDataRole.UserRole)
                entry.setCheckState(Qt.CheckState.Checked if number in chosen else Qt.CheckState.Unchecked)
            self.status.setText(self._status_text(detail))
        finally:
            self._loading = False

    def _status_text(self, detail: meetings.MeetingDetail | None) -> str:
        if detail is None:
            return ""
        status = vocabulary.word(vocabulary.MEETING_STATUS, detail.status)
        if not detail.revision:
            return status
        return self.tr("{status}, revision {revision}").format(status=status, revision=detail.revision)

    def _fill_people(self, detail: meetings.MeetingDetail | None) -> None:
        people = attendance.list_attendance(self.ctx, detail.id) if detail else []
        for combo, current in ((self.chair, detail.chair_id if detail else None),
                               (self.rapporteur, detail.rapporteur_id if detail else None)):  # fmt: skip
            combo.clear()
            combo.addItem(self.tr("— not set —"), None)
            for person in people:
                if person.person_id:
                    label = (
                        f"{person.full_name} ({person.organization_acronym})"
                        if person.organization_acronym
                        else person.full_name
                    )
                    combo.addItem(label, person.person_id)
            index = combo.findData(current)
            combo.setCurrentIndex(max(0, index))

    def refresh_people(self) -> None:
        if self.meeting_id:
            self._loading = True
            try:
                self._fill_people(meetings.get_meeting(self.ctx, self.meeting_id))
            except UserFacingError as error:
                self.message.emit(error_text(error))
            finally:
                self._loading = False

    def set_read_only(self, read_only: bool) -> None:
        """Signed-off minutes: every field is greyed out and its tooltip says why (the text stays readable)."""
        why = self.tr(
            "These minutes are signed off and locked; reopen them for revision (Minutes menu) to change them."
        )
        widgets = (*self.edits.values(), self.number, self.start, self.end, self.modality, self.language,
                   self.time_zone, self.chair, self.rapporteur, self.objectives)  # fmt: skip
        for widget in widgets:
            if widget.property("editableToolTip") is None:
                widget.setProperty("editableToolTip", widget.toolTip())
            widget.setEnabled(not read_only)
            widget.setToolTip(why if read_only else widget.property("editableToolTip"))
        for edit in self.edits.values():
            edit.setReadOnly(read_only)
