"""Action points of the meeting, and the follow-up of earlier ones (matters arising)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QObject, Signal
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QAbstractItemView, QApplication, QHeaderView, QPushButton, QTableView, QWidget

from unnm_desktop.domain.clock import meeting_today
from unnm_desktop.domain.enums import ActionStatus
from unnm_desktop.domain.errors import UserFacingError, ValidationError
from unnm_desktop.gui import vocabulary
from unnm_desktop.gui.accessibility import error_colour
from unnm_desktop.gui.i18n import error_text, short_date, typed_date, ui_locale
from unnm_desktop.gui.lazy_services import actions, directory
from unnm_desktop.gui.models import RowsModel
from unnm_desktop.gui.uiload import child
from unnm_desktop.services.views import ActionView, FollowUpView

if TYPE_CHECKING:
    from unnm_desktop.services.context import ServiceContext


def status_help() -> str:
    """The action statuses one can type in a Status cell, in words: "Open, In progress, Done or Dropped"."""
    words = dict(vocabulary.choices(vocabulary.ACTION_STATUS))
    return QCoreApplication.translate("ActionsPage", "{open}, {in_progress}, {done} or {dropped}").format(**words)


def _typed(text: str) -> set[str]:
    text = text.strip()
    return {text.casefold().replace(" ", "_"), ui_locale().toLower(text).replace(" ", "_")}


def status_value(text: str) -> str:
    """The stored status for what was typed in a Status cell: the word shown (in the interface language or in
    English) or the stored value itself; what is not recognised comes back as typed, for the service to refuse."""
    typed = _typed(text)
    for value, english in vocabulary.ACTION_STATUS.items():
        if typed & (_typed(value) | _typed(english) | _typed(vocabulary.word(vocabulary.ACTION_STATUS, value))):
            return value
    return text.strip().lower().replace(" ", "_")


def _is_overdue(view: ActionView) -> bool:
    return view.status in ("open", "in_progress") and view.due_date is not None and view.due_date < meeting_today(None)


class ActionsModel(RowsModel[ActionView]):
    TEXT, RESPONSIBLE, DUE, STATUS = range(4)
    COLUMNS = (
        QT_TRANSLATE_NOOP("ActionsModel", "Action"),
        QT_TRANSLATE_NOOP("ActionsModel", "Responsible"),
        QT_TRANSLATE_NOOP("ActionsModel", "Due"),
        QT_TRANSLATE_NOOP("ActionsModel", "Status"),
    )
    EDITABLE = frozenset({TEXT, RESPONSIBLE, DUE, STATUS})

    def display(self, row: ActionView, column: int) -> Any:
        return (
            row.text,
            ", ".join(row.responsible_acronyms),
            short_date(row.due_date),  # typed back as 2.11.2023 / 02/11/2023 or ISO (i18n.typed_date)
            vocabulary.word(vocabulary.ACTION_STATUS, row.status),
        )[column]

    def tooltip(self, row: ActionView, column: int) -> Any:
        if column == self.RESPONSIBLE:
            return self.tr("Organisation acronyms, separated by commas")
        if column == self.DUE:
            return self.tr("Due date, e.g. {example}").format(example=short_date(meeting_today(None)))
        if column == self.STATUS:
            return self.tr("Status: {statuses}").format(statuses=status_help())
        return None

    def foreground(self, row: ActionView, column: int) -> Any:
        return error_colour(QApplication.palette(), QPalette.ColorRole.Base) if _is_overdue(row) else None


class FollowUpsModel(RowsModel[FollowUpView]):
    ORIGIN, TEXT, RESPONSIBLE, DUE, STATUS, NOTE = range(6)
    COLUMNS = (
        QT_TRANSLATE_NOOP("FollowUpsModel", "From"),
        QT_TRANSLATE_NOOP("FollowUpsModel", "Action"),
        QT_TRANSLATE_NOOP("FollowUpsModel", "Responsible"),
        QT_TRANSLATE_NOOP("FollowUpsModel", "Due"),
        QT_TRANSLATE_NOOP("FollowUpsModel", "Status"),
        QT_TRANSLATE_NOOP("FollowUpsModel", "Follow-up at this meeting"),
    )
    EDITABLE = frozenset({STATUS, NOTE})

    def display(self, row: FollowUpView, column: int) -> Any:
        action = row.action
        return (
            action.meeting_reference,
            action.text,
            ", ".join(action.responsible_acronyms),
            short_date(action.due_date),
            vocabulary.word(vocabulary.ACTION_STATUS, action.status),
            row.note,
        )[column]

    def foreground(self, row: FollowUpView, column: int) -> Any:
        return error_colour(QApplication.palette(), QPalette.ColorRole.Base) if _is_overdue(row.action) else None


class ActionsPage(QObject):
    message = Signal(str)

    def __init__(self, root: QWidget, ctx: ServiceContext) -> None:
        super().__init__(root)
        self.ctx = ctx
        self.meeting_id: str | None = None
        self.read_only = False
        self.table = child(root, QTableView, "actionsTable")
        self.follow_ups = child(root, QTableView, "followUpsTable")
        self.add_button = child(root, QPushButton, "addActionButton")
        self.remove_button = child(root, QPushButton, "removeActionButton")
        self.model = ActionsModel(self)
        self.follow_model = FollowUpsModel(self)
        self.model.on_edit = self._edit_action
        self.follow_model.on_edit = self._edit_follow_up
        for view, model, stretch in ((self.table, self.model, ActionsModel.TEXT),
                                     (self.follow_ups, self.follow_model, FollowUpsModel.NOTE)):  # fmt: skip
            view.setModel(model)
            view.verticalHeader().setVisible(False)
            view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
            view.setWordWrap(True)
            view.horizontalHeader().setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
        self.follow_ups.horizontalHeader().setSectionResizeMode(FollowUpsModel.TEXT, QHeaderView.ResizeMode.Stretch)
        self.add_button.clicked.connect(self.add_action)
        self.remove_button.clicked.connect(self.remove_selected)

    def load(self, meeting_id: str | None) -> None:
        self.meeting_id = meeting_id
        self.refresh()

    def refresh(self) -> None:
        self.model.set_rows(actions.list_actions(self.ctx, self.meeting_id) if self.meeting_id else [])
        self.follow_model.set_rows(actions.list_follow_ups(self.ctx, self.meeting_id) if self.meeting_id else [])
        for view, fixed in ((self.table, (ActionsModel.RESPONSIBLE, ActionsModel.DUE, ActionsModel.STATUS)),
                            (self.follow_ups, (FollowUpsModel.ORIGIN, FollowUpsModel.RESPONSIBLE, FollowUpsModel.DUE,
                                               FollowUpsModel.STATUS))):  # fmt: skip
            for column in fixed:
                view.resizeColumnToContents(column)
            view.resizeRowsToContents()

    def set_read_only(self, read_only: bool) -> None:
        self.read_only = read_only
        self.add_button.setEnabled(not read_only)
        self.remove_button.setEnabled(not read_only)
        self.model.on_edit = None if read_only else self._edit_action
        self.follow_model.on_edit = None if read_only else self._edit_follow_up

    def add_action(self) -> None:
        if self.meeting_id is None or self.read_only:
            return
        try:
            # The placeholder text (edited at once) is in the interface language.
            actions.add_action(self.ctx, self.meeting_id, text=self.tr("New action point"))
        except UserFacingError as error:
            self.message.emit(error_text(error))
            return
        self.refresh()
        index = self.model.index(len(self.model.rows) - 1, ActionsModel.TEXT)
        self.table.setCurrentIndex(index)
        self.table.setFocus()
        self.table.edit(index)

    def remove_selected(self) -> None:
        index = self.table.currentIndex()
        if not index.isValid() or self.read_only:
            return
        try:
            actions.remove_action(self.ctx, self.model.rows[index.row()].id)
        except UserFacingError as error:
            self.message.emit(error_text(error))
        self.refresh()

    def _org_ids(self, text: str) -> list[str]:
        ids = []
        for acronym in (part.strip() for part in text.replace(";", ",").split(",")):
            if not acronym:
                continue
            found = directory.find_organization(self.ctx, acronym)
            if found is None:
                raise ValidationError(
                    QT_TRANSLATE_NOOP(
                        "Errors", "No organisation has the acronym “{acronym}”; add it under People & organisations."
                    ),
                    acronym=acronym,
                )
            ids.append(found.id)
        return ids

    def _edit_action(self, row: ActionView, column: int, value: Any) -> bool:
        text = str(value)
        try:
            if column == ActionsModel.TEXT:
                actions.update_action(self.ctx, row.id, text=text)
            elif column == ActionsModel.RESPONSIBLE:
                actions.update_action(self.ctx, row.id, responsible_org_ids=self._org_ids(text))
            elif column == ActionsModel.DUE:
                actions.update_action(self.ctx, row.id, due_date=typed_date(text) or None)
            elif column == ActionsModel.STATUS:
                actions.update_action(self.ctx, row.id, status=status_value(text))
        except UserFacingError as error:
            self.message.emit(error_text(error))
            return False
        self.refresh()
        return True

    def _edit_follow_up(self, row: FollowUpView, column: int, value: Any) -> bool:
        status = row.status
        note = row.note
        if column == FollowUpsModel.STATUS:
            status = status_value(str(value)) or None
            if status and status not in {s.value for s in ActionStatus}:
                self.message.emit(
                    self.tr("“{value}” is not an action status; use {statuses}.").format(
                        value=value, statuses=status_help()
                    )
                )
                return False
        else:
            note = str(value)
        try:
            actions.record_follow_up(self.ctx, row.action.id, self.meeting_id, note=note, status=status)
        except UserFacingError as error:
            self.message.emit(error_text(error))
            return False
        self.refresh()
        return True
