"""Agenda & notes: the items in order, the per-item timer, and the rich-text notes editor."""

from __future__ import annotations

from datetime import datetime, timezone
from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QTextListFormat
from PySide6.QtWidgets import (
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSpinBox,
    QSplitter,
    QTableView,
    QTextEdit,
    QWidget,
)

from unnm_desktop.domain.errors import UserFacingError
from unnm_desktop.gui.accessibility import error_colour
from unnm_desktop.gui.i18n import error_text
from unnm_desktop.gui.lazy_services import agenda
from unnm_desktop.gui.rapporteur.autosave import Autosaver
from unnm_desktop.gui.rapporteur.notes_format import NotesFormatter
from unnm_desktop.gui.rapporteur.phrase_assist import PhraseAssist
from unnm_desktop.gui.widgets.uiload import child
from unnm_desktop.services.edits import item_edit, notes_edit, record_key

if TYPE_CHECKING:
    from unnm_desktop.services.context import ServiceContext

ITEM_ID = Qt.ItemDataRole.UserRole + 1


def _format_seconds(seconds: int) -> str:
    minutes, secs = divmod(max(0, seconds), 60)
    return f"{minutes}:{secs:02d}"


class AgendaPage(QObject):
    item_changed = Signal(str)  # the selected agenda item's id ("" for none)
    message = Signal(str)

    def __init__(self, root: QWidget, ctx: ServiceContext, autosaver: Autosaver) -> None:
        super().__init__(root)
        self.ctx = ctx
        self.autosaver = autosaver
        self.meeting_id: str | None = None
        self.item_id: str | None = None
        self.read_only = False
        self._views: dict[str, agenda.AgendaItemView] = {}
        self._loading = False

        self.list = child(root, QListWidget, "agendaList")
        self.title_edit = child(root, QLineEdit, "itemTitleEdit")
        self.planned_spin = child(root, QSpinBox, "plannedMinutesSpin")
        self.timer_button = child(root, QPushButton, "timerButton")
        self.timer_label = child(root, QLabel, "timerLabel")
        self.editor = child(root, QTextEdit, "notesEditor")
        self.add_button = child(root, QPushButton, "addItemButton")
        self.standing_button = child(root, QPushButton, "standingItemsButton")
        self.remove_button = child(root, QPushButton, "removeItemButton")
        # Under "Matters arising" the follow-up of earlier action points sits below the notes.
        self.matters_arising_label = child(root, QLabel, "matterArisingLabel")
        self.matters_arising_table = child(root, QTableView, "matterArisingTable")
        self.show_matters_arising(False)

        self.list.currentItemChanged.connect(self._on_current_changed)
        self.list.model().rowsMoved.connect(self._on_rows_moved)
        self.title_edit.textEdited.connect(self._on_title_edited)
        self.planned_spin.valueChanged.connect(self._on_planned_changed)
        self.timer_button.clicked.connect(self.toggle_timer)
        self.editor.textChanged.connect(self._on_notes_changed)
        self.add_button.clicked.connect(self.add_item)
        self.standing_button.clicked.connect(self.add_standing_items)
        self.remove_button.clicked.connect(self.remove_item)

        self.tick = QTimer(self)
        self.tick.setInterval(1000)
        self.tick.timeout.connect(self._update_timer_label)
        self.tick.start()

        self.formatter = NotesFormatter(self.editor, child(root, QWidget, "notesToolbarHost"))
        # The phrase bank while typing: completer, placeholders, Notes → Insert a phrase… (phrase_assist.py).
        self.phrases = PhraseAssist(self.editor, lambda: (self.ctx, self.meeting_id))
        self.format_actions = self.formatter.actions
        self.splitter = child(root, QSplitter, "agendaSplitter")
        # Commands elsewhere (menus) that change the agenda: disabled with the page's own controls.
        self.edit_actions: list[QAction] = []
        self._own_tooltips: dict[QWidget | QAction, str] = {}
        self._remember_tooltips([*self._editing_widgets(), *self.format_actions])

    # --- notes formatting (gui/rapporteur/notes_format.py) ------------------------------------------------

    def toggle_bold(self) -> None:
        self.formatter.toggle_bold()

    def toggle_list(self, style: QTextListFormat.Style) -> None:
        self.formatter.toggle_list(style)

    def insert_stamp(self, speaker: str, time: str) -> None:
        self.formatter.insert_stamp(speaker, time)

    # --- loading --------------------------------------------------------------------------------

    def load(self, meeting_id: str | None, select_item: str | None = None) -> None:
        self.autosaver.flush()
        self.meeting_id = meeting_id
        self.phrases.forget()
        wanted = select_item or self.item_id
        self.refresh_list(wanted)

    def refresh_list(self, select_item: str | None = None) -> None:
        self._loading = True
        try:
            self.list.clear()
            views = agenda.list_items(self.ctx, self.meeting_id) if self.meeting_id else []
            self._views = {v.id: v for v in views}
            target_row = 0
            for row, view in enumerate(views):
                entry = QListWidgetItem(self._label(view))
                entry.setData(ITEM_ID, view.id)
                self.list.addItem(entry)
                if view.id == select_item:
                    target_row = row
        finally:
            self._loading = False
        if views:
            self.item_id = None  # set again when the current row is shown
            self.list.setCurrentRow(target_row)
            if self.item_id is None:  # the same row stayed current: shown again as saved (a move changes its version)
                self._show_item(views[target_row].id)
        else:
            self._show_item(None)

    def _label(self, view: agenda.AgendaItemView) -> str:
        if not view.planned_minutes:
            return f"{view.number}. {view.title}"
        return self.tr("{number}. {title}  ({minutes} min)").format(
            number=view.number, title=view.title, minutes=view.planned_minutes
        )

    def _on_current_changed(self, current: QListWidgetItem | None, _previous: object) -> None:
        if self._loading:
            return
        self.autosaver.flush()
        item_id = current.data(ITEM_ID) if current is not None else None
        self._show_item(item_id)

    def show_first_screen(self, meeting_id: str, views: list[agenda.AgendaItemView], select_item: str | None) -> None:
        """Fill the list and the editor from views read before the services are ready."""
        self.meeting_id = meeting_id
        self._views = {v.id: v for v in views}
        self._loading = True
        try:
            self.list.clear()
            for view in views:
                entry = QListWidgetItem(self._label(view))
                entry.setData(ITEM_ID, view.id)
                self.list.addItem(entry)
            ids = [v.id for v in views]
            self.list.setCurrentRow(ids.index(select_item) if select_item in ids else 0 if views else -1)
        finally:
            self._loading = False
        chosen = self._views.get(select_item) or (views[0] if views else None)
        self._show_item(chosen.id if chosen else None, chosen)

    def _show_item(self, item_id: str | None, view: agenda.AgendaItemView | None = None) -> None:
        self.item_id = item_id
        if view is None and item_id:
            view = agenda.get_item(self.ctx, item_id)
        if view is not None:
            self._views[view.id] = view
            # What the editor shows is what the next save is based on (services/concurrency.py).
            self.autosaver.versions.remember(record_key("agenda_item", view.id), view.version)
        self._loading = True
        try:
            self.title_edit.setText(view.title if view else "")
            self.planned_spin.setValue(view.planned_minutes or 0 if view else 0)
            self.editor.setMarkdown(view.notes_md if view else "")
            self.editor.document().setModified(False)
            self.timer_button.setChecked(bool(view and view.running_since))
            self.timer_button.setText(
                self.tr("Stop &timer") if view and view.running_since else self.tr("Start &timer")
            )
        finally:
            self._loading = False
        self._update_enabled()
        self._update_timer_label()
        self.item_changed.emit(item_id or "")

    def set_read_only(self, read_only: bool) -> None:
        self.read_only = read_only
        self._update_enabled()

    def current_standing(self) -> str | None:
        view = self._views.get(self.item_id or "")
        return view.standing if view else None

    def show_matters_arising(self, visible: bool) -> None:
        self.matters_arising_label.setVisible(visible)
        self.matters_arising_table.setVisible(visible)

    def _editing_widgets(self) -> list[QWidget]:
        return [self.editor, self.title_edit, self.planned_spin, self.timer_button, self.remove_button,
                self.add_button, self.standing_button]  # fmt: skip

    def _remember_tooltips(self, controls: list[QWidget] | list[QAction]) -> None:
        self._own_tooltips.update((control, control.toolTip()) for control in controls)

    def add_edit_actions(self, actions: list[QAction]) -> None:
        """Menu commands that change the agenda or the notes: enabled only when the page can be edited."""
        self.edit_actions += actions
        self._remember_tooltips(actions)
        self._update_enabled()

    def _update_enabled(self) -> None:
        has_item = self.item_id is not None
        editable = has_item and not self.read_only
        self.editor.setReadOnly(not editable)
        self.title_edit.setReadOnly(not editable)
        self.planned_spin.setEnabled(editable)
        self.timer_button.setEnabled(editable)
        self.remove_button.setEnabled(editable)
        self.add_button.setEnabled(self.meeting_id is not None and not self.read_only)
        self.standing_button.setEnabled(self.meeting_id is not None and not self.read_only)
        self.list.setDragEnabled(not self.read_only)
        for action in self.format_actions:
            action.setEnabled(editable)
        for action in self.edit_actions:  # Add item works on a meeting with no item yet
            action.setEnabled(self.meeting_id is not None and not self.read_only)
        # Signed-off minutes: every control that cannot act says why, rather than silently doing nothing.
        why = self.tr("The minutes are signed off; reopen them for revision to change them.")
        for control, own in self._own_tooltips.items():
            control.setToolTip(why if self.read_only else own)

    # --- layout ---------------------------------------------------------------------------------

    def splitter_state(self) -> QByteArray:
        return self.splitter.saveState()

    def restore_splitter(self, state: QByteArray | None) -> None:
        """The rapporteur's own split if they moved it; otherwise the stretch factors in the .ui give the notes
        most of the width (and most of any width the window gains)."""
        if state is not None:
            self.splitter.restoreState(state)

    # --- edits ----------------------------------------------------------------------------------

    def _on_notes_changed(self) -> None:
        if self._loading or self.item_id is None or self.read_only:
            return
        item_id, document = self.item_id, self.editor.document()

        def prepare():  # type: ignore[no-untyped-def]
            # toHtml() takes a few milliseconds here; the Markdown conversion and the commit run on the
            # writer thread (see html_to_markdown for why not toMarkdown()).
            html = document.toHtml()
            return lambda: notes_edit(item_id, _markdown(html))

        self.autosaver.schedule_edit(f"notes:{item_id}", self.ctx, prepare=prepare)

    def _on_title_edited(self, text: str) -> None:
        if self.item_id is None:
            return
        item_id = self.item_id
        self.autosaver.schedule_edit(f"item-title:{item_id}", self.ctx, item_edit(item_id, title=text),
                                     after=lambda: self._relabel(item_id))  # fmt: skip

    def _on_planned_changed(self, value: int) -> None:
        if self._loading or self.item_id is None:
            return
        item_id = self.item_id
        self.autosaver.schedule_edit(
            f"item-planned:{item_id}",
            self.ctx,
            item_edit(item_id, planned_minutes=value or None),
            after=lambda: self._relabel(item_id),
        )

    def _relabel(self, item_id: str) -> None:
        view = agenda.get_item(self.ctx, item_id)
        self._views[item_id] = view
        for row in range(self.list.count()):
            entry = self.list.item(row)
            if entry.data(ITEM_ID) == item_id:
                entry.setText(self._label(view))

    def add_item(self) -> None:
        if self.meeting_id is None or self.read_only:
            return
        self.autosaver.flush()
        # The placeholder title (selected, to be typed over) is in the interface language.
        title = self.tr("New agenda item")
        new_id = self._call(lambda: agenda.add_item(self.ctx, self.meeting_id, title=title))
        if new_id:
            self.refresh_list(new_id)
            self.title_edit.setFocus()
            self.title_edit.selectAll()

    def add_standing_items(self) -> None:
        if self.meeting_id is None or self.read_only:
            return
        self.autosaver.flush()
        self._call(lambda: agenda.add_standing_items(self.ctx, self.meeting_id, include_previous=True))
        self.refresh_list(self.item_id)

    def remove_item(self) -> None:
        if self.item_id is None or self.read_only:
            return
        self.autosaver.flush()
        row = self.list.currentRow()
        if self._call(lambda: agenda.remove_item(self.ctx, self.item_id)) is not False:
            self.refresh_list()
            self.list.setCurrentRow(min(row, self.list.count() - 1))
            self.message.emit(self.tr("Agenda item removed; its notes are kept in the audit log."))

    def move_current(self, step: int) -> None:
        if self.item_id is None or self.read_only:
            return
        self.autosaver.flush()
        new_position = self.list.currentRow() + 1 + step
        if 1 <= new_position <= self.list.count():
            self._call(lambda: agenda.move_item(self.ctx, self.item_id, new_position))
            self.refresh_list(self.item_id)

    def _on_rows_moved(self, *_args: object) -> None:
        if self._loading or self.read_only:
            return
        # After a drag and drop, the list shows the wanted order; store each item's new place.
        order = [self.list.item(row).data(ITEM_ID) for row in range(self.list.count())]
        moved = self.list.currentItem().data(ITEM_ID) if self.list.currentItem() else None
        QTimer.singleShot(0, lambda: self._store_order(order, moved))

    def _store_order(self, order: list[str], current: str | None) -> None:
        for position, item_id in enumerate(order, start=1):
            if self._views.get(item_id) and self._views[item_id].position != position:
                self._call(lambda item_id=item_id, position=position: agenda.move_item(self.ctx, item_id, position))
                self._views = {v.id: v for v in agenda.list_items(self.ctx, self.meeting_id)}
        self.refresh_list(current)

    def select_relative(self, step: int) -> None:
        row = self.list.currentRow() + step
        if 0 <= row < self.list.count():
            self.list.setCurrentRow(row)
            self.editor.setFocus()

    def toggle_timer(self) -> None:
        if self.item_id is None or self.read_only:
            return
        self.autosaver.flush()  # the notes' saves first: the timer's change makes the item's version go up
        key = record_key("agenda_item", self.item_id)
        before = self.autosaver.versions.get(key)
        view = self._views.get(self.item_id)
        if view and view.running_since:
            self._call(lambda: agenda.stop_timer(self.ctx, self.item_id))
        else:
            self._call(lambda: agenda.start_timer(self.ctx, self.item_id))
        view = agenda.get_item(self.ctx, self.item_id)
        self._views[view.id] = view
        if before is not None and view.version == before + 1:  # only this change: the next save builds on it
            self.autosaver.versions.remember(key, view.version)
        self.timer_button.setChecked(bool(view.running_since))
        self.timer_button.setText(self.tr("Stop &timer") if view.running_since else self.tr("Start &timer"))
        self._update_timer_label()

    def _update_timer_label(self) -> None:
        view = self._views.get(self.item_id or "")
        if view is None:
            self.timer_label.setText("")
            return
        elapsed = view.elapsed_seconds
        if view.running_since is not None:
            elapsed += int((datetime.now(timezone.utc) - view.running_since).total_seconds())
        planned = view.planned_minutes or 0
        over = planned and elapsed > planned * 60
        template = self.tr("{elapsed} of {planned} min  — over time") if over else self.tr("{elapsed} of {planned} min")
        self.timer_label.setText(template.format(elapsed=_format_seconds(elapsed), planned=planned))
        colour = error_colour(self.timer_label.palette()).name()
        self.timer_label.setStyleSheet(f"color: {colour}; font-weight: bold;" if over else "")

    def _call(self, operation):  # type: ignore[no-untyped-def]
        try:
            return operation()
        except UserFacingError as error:
            self.message.emit(error_text(error))
            return False


def _markdown(html: str) -> str:
    # Imported on the writer thread at the first save, not at the start: html.parser and its regular
    # expressions are no part of the first screen (~5-10 ms of the start's interpreter time).
    from unnm_desktop.gui.rapporteur.html_to_markdown import html_to_markdown

    return html_to_markdown(html)
