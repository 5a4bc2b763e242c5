"""Action points of the meeting, and the follow-up of earlier ones (matters arising)."""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QObject, Signal
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QWidget,
)

from unnm_desktop.domain.clock import meeting_today
from unnm_desktop.domain.enums import ActionStatus
from unnm_desktop.domain.errors import ConcurrentChangeError, UserFacingError, ValidationError
from unnm_desktop.gui.accessibility import error_colour
from unnm_desktop.gui.directory.organisation_entry import ResponsibleEdit, split_acronyms
from unnm_desktop.gui.directory.organisation_form import ask_new_organisation
from unnm_desktop.gui.i18n import error_text, short_date
from unnm_desktop.gui.lazy_services import actions, directory
from unnm_desktop.gui.rapporteur.action_editors import (
    CellEditors,
    StatusCombo,
    cell_keys_help,
    status_help,
    status_value,
)
from unnm_desktop.gui.rapporteur.save_now import save_now
from unnm_desktop.gui.widgets import vocabulary
from unnm_desktop.gui.widgets.date_entry import DateRefused, DueDateEdit, parse_typed_date
from unnm_desktop.gui.widgets.models import RowsModel
from unnm_desktop.gui.widgets.uiload import child
from unnm_desktop.services.edits import action_edit, follow_up_edit, record_key
from unnm_desktop.services.views import ActionView, FollowUpView

if TYPE_CHECKING:
    from unnm_desktop.gui.rapporteur.autosave import Autosaver
    from unnm_desktop.services.context import ServiceContext

__all__ = ["ActionsModel", "ActionsPage", "FollowUpsModel", "status_help", "status_value"]


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
    read_only_reason = ""  # set while the minutes are signed off: every cell's tooltip says why it is locked

    def display(self, row: ActionView, column: int) -> Any:
        return (
            row.text,
            ", ".join(row.responsible_acronyms),
            short_date(row.due_date),  # typed back as 2.11.2023 / 02/11/2023 or ISO (i18n.typed_date)
            vocabulary.word(vocabulary.ACTION_STATUS, row.status),
        )[column]

    def tooltip(self, row: ActionView, column: int) -> Any:
        if self.read_only_reason:
            return self.read_only_reason
        if column == self.RESPONSIBLE:
            what = self.tr("Organisation acronyms, separated by commas; suggestions from the directory")
        elif column == self.DUE:
            what = self.tr("Due date, e.g. {example}; Alt+Down opens a calendar").format(
                example=short_date(meeting_today(None))
            )
        elif column == self.STATUS:
            what = self.tr("Status: {statuses}").format(statuses=status_help())
        else:
            what = self.tr("What is to be done")
        return f"{what}\n{cell_keys_help()}"

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
    read_only_reason = ""

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

    def tooltip(self, row: FollowUpView, column: int) -> Any:
        if self.read_only_reason:
            return self.read_only_reason
        return cell_keys_help() if column in self.EDITABLE else None

    def foreground(self, row: FollowUpView, column: int) -> Any:
        return error_colour(QApplication.palette(), QPalette.ColorRole.Base) if _is_overdue(row.action) else None


class ActionsPage(QObject):
    message = Signal(str)

    def __init__(self, root: QWidget, ctx: ServiceContext, autosaver: Autosaver) -> None:
        super().__init__(root)
        self.ctx = ctx
        self.autosaver = autosaver  # its record versions and, on a server gone away, its journal
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
        self.editors = CellEditors(self.table, {
            ActionsModel.RESPONSIBLE: self._responsible_editor,
            ActionsModel.DUE: DueDateEdit,
            ActionsModel.STATUS: StatusCombo,
        })  # fmt: skip
        self.follow_editors = CellEditors(self.follow_ups, {FollowUpsModel.STATUS: StatusCombo})
        self.notice = self._notice_under(self.table, "actionsNotice")
        self.follow_notice = self._notice_under(self.follow_ups, "followUpsNotice")
        self._connect_notice(self.editors, self.notice)
        self._connect_notice(self.follow_editors, self.follow_notice)
        self._other_follow_views: list[CellEditors] = []
        self.add_button.clicked.connect(self.add_action)
        self.remove_button.clicked.connect(self.remove_selected)
        self.set_read_only(False)

    # --- the refusal line under each table --------------------------------------------------------

    def _notice_under(self, view: QTableView, name: str) -> QLabel:
        """A line under the table that says why a value was refused (the cell's tooltip says it too)."""
        label = QLabel(view.parentWidget())
        label.setObjectName(name)
        label.setWordWrap(True)
        colour = error_colour(label.palette(), label.backgroundRole()).name()
        label.setStyleSheet(f"color: {colour}")
        label.hide()
        layout = view.parentWidget().layout()
        if layout is not None:
            layout.insertWidget(layout.indexOf(view) + 1, label)  # type: ignore[attr-defined]
        return label

    def _connect_notice(self, editors: CellEditors, label: QLabel) -> None:
        def show(reason: str) -> None:
            label.setText(reason)
            label.setVisible(bool(reason))

        editors.refused.connect(show)
        editors.saved.connect(label.hide)

    def attach_follow_ups(self, view: QTableView) -> None:
        """Another view of the follow-ups (the matters-arising item of Agenda & notes) gets the same editors."""
        if any(editors.view is view for editors in self._other_follow_views):
            return
        self._other_follow_views.append(CellEditors(view, {FollowUpsModel.STATUS: StatusCombo}))

    # --- loading -----------------------------------------------------------------------------------

    def load(self, meeting_id: str | None) -> None:
        if meeting_id != self.meeting_id:
            for editors in (self.editors, self.follow_editors):
                editors.close_open_editor(save=True) or editors.close_open_editor(save=False)
            self.notice.hide()
            self.follow_notice.hide()
        self.meeting_id = meeting_id
        self.refresh()

    def select_action(self, action_id: str) -> None:
        """Select the action point `action_id` of the open meeting and scroll to it (from a desk window)."""
        rows = [row for row, view in enumerate(self.model.rows) if view.id == action_id]
        if rows:
            self.table.selectRow(rows[0])
            self.table.scrollTo(self.model.index(rows[0], 0))

    def refresh(self) -> None:
        # update_rows keeps an editor that is open (its typing) when the rows are the same ones.
        self.model.update_rows(actions.list_actions(self.ctx, self.meeting_id) if self.meeting_id else [])
        self.follow_model.update_rows(actions.list_follow_ups(self.ctx, self.meeting_id) if self.meeting_id else [])
        self._remember(self.model.rows)
        self._remember(self.follow_model.rows)
        for view, fixed in ((self.table, (ActionsModel.RESPONSIBLE, ActionsModel.DUE, ActionsModel.STATUS)),
                            (self.follow_ups, (FollowUpsModel.ORIGIN, FollowUpsModel.RESPONSIBLE, FollowUpsModel.DUE,
                                               FollowUpsModel.STATUS))):  # fmt: skip
            for column in fixed:
                view.resizeColumnToContents(column)
            view.resizeRowsToContents()

    def read_only_reason(self) -> str:
        return self.tr("The minutes are signed off; reopen them for revision to change them.")

    def set_read_only(self, read_only: bool) -> None:
        self.read_only = read_only
        if read_only:
            for editors in (self.editors, self.follow_editors, *self._other_follow_views):
                editors.close_open_editor(save=False)
        reason = self.read_only_reason() if read_only else ""
        tips = {
            self.add_button: self.tr("Add an action point (Ctrl+Shift+K)"),
            self.remove_button: self.tr("Remove the selected action point"),
        }
        for button, tip in tips.items():
            button.setEnabled(not read_only)
            button.setToolTip(reason or tip)
        for view in (self.table, self.follow_ups):
            view.setToolTip(reason or cell_keys_help())
        self.model.read_only_reason = reason
        self.follow_model.read_only_reason = reason
        self.model.on_edit = None if read_only else self._edit_action
        self.follow_model.on_edit = None if read_only else self._edit_follow_up
        for model in (self.model, self.follow_model):  # the cells' editability and tooltips changed
            if model.rowCount():
                model.dataChanged.emit(model.index(0, 0), model.index(model.rowCount() - 1, model.columnCount() - 1))

    # --- commands ----------------------------------------------------------------------------------

    def add_action(self) -> None:
        if self.meeting_id is None:
            return
        if self.read_only:
            self.message.emit(self.read_only_reason())
            return
        if not self.editors.close_open_editor(save=True):
            return  # the open cell's value was refused: it stays open with the typing and the reason
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
        self.editors.close_open_editor(save=False)
        try:
            actions.remove_action(self.ctx, self.model.rows[index.row()].id)
        except UserFacingError as error:
            self.message.emit(error_text(error))
        self.refresh()

    # --- edits -------------------------------------------------------------------------------------

    def _responsible_editor(self, parent: QWidget) -> ResponsibleEdit:
        return ResponsibleEdit(parent, directory.list_organizations(self.ctx))

    def _refuse(self, model: RowsModel[Any], reason: str) -> bool:
        self.message.emit(reason)
        return model.refuse(reason)

    def _org_ids(self, text: str) -> list[str]:
        """The organisations named in `text`; one the directory lacks is offered for creation first."""
        ids = []
        for acronym in split_acronyms(text):
            found = directory.find_organization(self.ctx, acronym)
            org_id = found.id if found is not None else ask_new_organisation(self.table, self.ctx, acronym)
            if org_id is None:
                raise ValidationError(
                    QT_TRANSLATE_NOOP(
                        "Errors", "No organisation has the acronym “{acronym}”; add it under People & organisations."
                    ),
                    acronym=acronym,
                )
            ids.append(org_id)
        return ids

    def _remember(self, rows: list[Any]) -> None:
        """The rows as read: each one's next save is based on its version (services/concurrency.py)."""
        kind = "action_point" if rows and isinstance(rows[0], ActionView) else "action_follow_up"
        for row in rows:
            self.autosaver.versions.remember(record_key(kind, row.id), row.version)

    def _edit_action(self, row: ActionView, column: int, value: Any) -> bool:
        text = str(value)
        try:
            # On the version the row was shown with: someone else's change since is refused, theirs shown.
            if column == ActionsModel.TEXT:
                changes, shown = {"text": text}, {"text": text}
            elif column == ActionsModel.RESPONSIBLE:
                changes, shown = {"responsible_org_ids": self._org_ids(text)}, {}
            elif column == ActionsModel.DUE:
                due = parse_typed_date(text)
                changes, shown = {"due_date": due.isoformat() if due else None}, {"due_date": due}
            elif column == ActionsModel.STATUS:
                changes, shown = {"status": status_value(text)}, {"status": status_value(text)}
            else:
                return False
            key = f"action:{row.id}:{next(iter(changes))}"
            if not save_now(self.autosaver, key, self.ctx, action_edit(row.id, **changes)):
                self._keep_typed(self.model, row, shown)  # waits for the server, journaled
                return True
        except DateRefused as refused:
            return self._refuse(self.model, str(refused))
        except ConcurrentChangeError as error:
            self._show_saved_row(self.model, self.table, row.id, actions.list_actions(self.ctx, row.meeting_id))
            self.message.emit(error_text(error))
            return False
        except UserFacingError as error:
            return self._refuse(self.model, error_text(error))
        self._show_saved_row(self.model, self.table, row.id, actions.list_actions(self.ctx, row.meeting_id))
        return True

    def _keep_typed(self, model: RowsModel[Any], row: Any, typed: dict[str, Any]) -> None:
        """The row as typed while its save waits for the server (nothing can be read back meanwhile)."""
        row_index = model.row_of_key(row.id)
        if row_index >= 0 and typed:
            model.replace_row(row_index, replace(row, **typed))

    def _show_saved_row(self, model: RowsModel[Any], view: QTableView, row_id: str, fresh_rows: list[Any]) -> None:
        """The edited row as saved, in place: the model is not reset under the editor the view may open next."""
        self._remember(fresh_rows)
        row_index = model.row_of_key(row_id)
        fresh = next((row for row in fresh_rows if row.id == row_id), None)
        if row_index < 0 or fresh is None:
            model.update_rows(fresh_rows)
            return
        model.replace_row(row_index, fresh)
        view.resizeRowToContents(row_index)

    def _edit_follow_up(self, row: FollowUpView, column: int, value: Any) -> bool:
        status = row.status
        note = row.note
        if column == FollowUpsModel.STATUS:
            status = status_value(str(value)) or None
            if status and status not in {s.value for s in ActionStatus}:
                return self._refuse(
                    self.follow_model,
                    self.tr("“{value}” is not an action status; use {statuses}.").format(
                        value=value, statuses=status_help()
                    ),
                )
        else:
            note = str(value)
        try:
            follow_up = follow_up_edit(row.id, row.action.id, self.meeting_id, note=note, status=status)
            if not save_now(self.autosaver, f"follow-up:{row.id}", self.ctx, follow_up):
                self._keep_typed(self.follow_model, row, {"note": note, "status": status})
                return True
        except ConcurrentChangeError as error:
            fresh = actions.list_follow_ups(self.ctx, self.meeting_id)
            self._show_saved_row(self.follow_model, self.follow_ups, row.id, fresh)
            self.message.emit(error_text(error))
            return False
        except UserFacingError as error:
            return self._refuse(self.follow_model, error_text(error))
        fresh = actions.list_follow_ups(self.ctx, self.meeting_id)
        self._show_saved_row(self.follow_model, self.follow_ups, row.id, fresh)
        return True
