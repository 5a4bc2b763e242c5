"""The review of the conflicts a sync left: each one in words, mine / theirs / before side by side, and a choice.

Layout in ui/sync_review_dialog.ui. Per conflict: Take mine, Take theirs, or Edit (a box starting with mine, whose
text is kept), through services.sync.resolve.resolve_conflict on the laptop; a whole record (edited on one side
and deleted on the other, or signed-off minutes edited elsewhere) is mine or theirs only. A refusal is one
sentence with nothing changed. Once every conflict is answered the dialog offers to synchronise again
(`sync_again` is then True when it closes), which carries the choices over.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut, QTextOption
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QTextEdit,
    QWidget,
)

from unnm_desktop.domain.errors import UserFacingError
from unnm_desktop.gui.i18n import error_text
from unnm_desktop.gui.sync.wording import editable_text, field_words, reason_words, record_words, value_text
from unnm_desktop.gui.widgets.uiload import child, embed_ui

# As services/sync/plan.py names them (not imported: the services load when the dialog first reads them).
CLASH_REASON = "same-value"
KEEP_OURS = "keep-ours"
DUPLICATE_KINDS = frozenset({"attendance", "position", "action_follow_up"})
# The questions imported meeting packages left (services/sync/base.py): there is no other side to synchronise with.
PACKAGES_TARGET_ID = "7061636b-6167-4500-8000-000000000000"
ERROR_STYLE = "color: #b00020;"
DONE_STYLE = "color: #1b5e20;"
ID_ROLE = Qt.ItemDataRole.UserRole


class SyncReviewDialog(QDialog):
    def __init__(self, parent: QWidget | None, laptop: Any, target_id: str) -> None:
        super().__init__(parent)
        self.setObjectName("syncReviewDialog")
        self.laptop = laptop
        self.target_id = target_id
        self.sync_again = False
        self.conflicts: dict[str, Any] = {}
        self.records: dict[str, dict[str, Any]] = {}
        root = embed_ui(self, "sync_review_dialog")
        self.list = child(root, QListWidget, "conflictList")
        self.heading = child(root, QLabel, "conflictHeading")
        self.ours = child(root, QTextEdit, "oursText")
        self.theirs = child(root, QTextEdit, "theirsText")
        self.base = child(root, QTextEdit, "baseText")
        self.take_mine = child(root, QPushButton, "takeMineButton")
        self.take_theirs = child(root, QPushButton, "takeTheirsButton")
        self.edit_button = child(root, QPushButton, "editButton")
        self.edit_panel = child(root, QWidget, "editPanel")
        self.edit_text = child(root, QTextEdit, "editText")
        self.use_edit = child(root, QPushButton, "useEditButton")
        self.message = child(root, QLabel, "reviewMessage")
        self.again_button = child(root, QPushButton, "syncAgainButton")
        buttons = child(root, QDialogButtonBox, "buttons")
        close = buttons.button(QDialogButtonBox.StandardButton.Close)
        close.setText(self.tr("Close"))
        close.setAutoDefault(False)
        buttons.rejected.connect(self.reject)
        for text in (self.ours, self.theirs, self.base, self.edit_text):
            _right_to_left_where_written(text)
        self.list.currentItemChanged.connect(lambda _now, _before: self._show_current())
        self.take_mine.clicked.connect(lambda: self._resolve("ours"))
        self.take_theirs.clicked.connect(lambda: self._resolve("theirs"))
        self.edit_button.clicked.connect(self._start_edit)
        self.use_edit.clicked.connect(self._use_edit)
        keep = QShortcut(QKeySequence("Ctrl+Return"), self.edit_text, context=Qt.ShortcutContext.WidgetShortcut)
        keep.activated.connect(self._use_edit)
        self.again_button.clicked.connect(self._synchronise_again)
        self.edit_panel.hide()
        self.packages = target_id == PACKAGES_TARGET_ID
        self.again_button.setVisible(not self.packages)
        self.reload()
        self.list.setFocus()
        self.resize(980, 680)

    # --- the list ------------------------------------------------------------------------------------------------

    def reload(self, select_row: int = 0) -> None:
        """Read the conflicts waiting again (after an answer), keeping the place in the list."""
        from unnm_desktop.services.sync.conflicts import pending_conflicts
        from unnm_desktop.services.sync.targets import records_in_question

        views = pending_conflicts(self.laptop, self.target_id)
        self.conflicts = {view.id: view for view in views}
        self.records = records_in_question(self.laptop, views)
        self.list.blockSignals(True)
        self.list.clear()
        for view in views:
            item = QListWidgetItem(self._row_text(view))
            item.setData(ID_ROLE, view.id)
            self.list.addItem(item)
        self.list.blockSignals(False)
        unanswered = [view for view in views if view.choice is None]
        if views:
            self.list.setCurrentRow(min(select_row, len(views) - 1))
        self._show_current()
        self.again_button.setEnabled(not unanswered)
        self.again_button.setDefault(not unanswered)
        if not unanswered and self.packages:
            self._say(self.tr("Every question is answered. A whole record answered is carried out when a package of "
                              "its meeting is imported again."), problem=False)  # fmt: skip
        elif not unanswered:
            self._say(self.tr("Every conflict is answered. Synchronise again to carry your choices over to the other "
                              "side."), problem=False)  # fmt: skip
            self.again_button.setFocus()

    def _row_text(self, view: Any) -> str:
        kind = view.record.partition("/")[0]
        record = self.records.get(view.record) or _whole(view)
        where = view.meeting or self.tr("Directory")
        text = f"{where} — {record_words(kind, record)} — {field_words(view.field)}"
        if view.choice is not None:
            chosen = self.tr("mine") if view.choice in ("ours", KEEP_OURS) else self.tr("theirs")
            if self.packages:
                text += " " + self.tr("(answered: {side}; carried out by the next import of its package)").format(
                    side=chosen
                )
            else:
                text += " " + self.tr("(answered: {side}; carried out by the next synchronisation)").format(side=chosen)
        return text

    def current(self) -> Any:
        item = self.list.currentItem()
        return self.conflicts.get(item.data(ID_ROLE)) if item is not None else None

    def _show_current(self) -> None:
        view = self.current()
        self.edit_panel.hide()
        has = view is not None
        # Two records holding one reference: taking a side changes nothing; this one needs another value (Edit).
        clash = has and view.reason == CLASH_REASON and view.record.partition("/")[0] not in DUPLICATE_KINDS
        for button in (self.take_mine, self.take_theirs):
            button.setEnabled(has and not clash)
        self.edit_button.setEnabled(has and view.field is not None)
        if not has:
            self.heading.setText(self.tr("No conflict waits."))
            for text in (self.ours, self.theirs, self.base):
                text.clear()
            return
        kind = view.record.partition("/")[0]
        record = self.records.get(view.record) or _whole(view)
        self.heading.setText(
            self.tr("{meeting}: {record}, {field}. {reason}").format(
                meeting=view.meeting or self.tr("Directory"), record=record_words(kind, record),
                field=field_words(view.field), reason=reason_words(view.reason))
        )  # fmt: skip
        whole = view.field is None
        self.ours.setPlainText(value_text(view.ours, whole_record=whole))
        self.theirs.setPlainText(value_text(view.theirs, whole_record=whole))
        self.base.setPlainText(value_text(view.base, whole_record=whole))

    # --- answering ----------------------------------------------------------------------------------------------

    def _say(self, text: str, *, problem: bool) -> None:
        self.message.setStyleSheet(ERROR_STYLE if problem else DONE_STYLE)
        self.message.setText(text)

    def _resolve(self, take: object) -> None:
        from unnm_desktop.services.sync.resolve import resolve_conflict

        view = self.current()
        if view is None:
            return
        row = self.list.currentRow()
        try:
            resolve_conflict(self.laptop, self.target_id, view.id, take)
        except UserFacingError as error:
            self._say(error_text(error), problem=True)
            return
        self._say(
            self.tr("Kept. Conflicts still waiting: {count}.").format(count=self._unanswered_after()), problem=False
        )
        self.reload(row)
        if self.again_button.isEnabled() and not self.packages:
            self.again_button.setFocus()
        else:
            self.list.setFocus()

    def _unanswered_after(self) -> int:
        from unnm_desktop.services.sync.conflicts import pending_conflicts

        return sum(1 for view in pending_conflicts(self.laptop, self.target_id) if view.choice is None)

    def _start_edit(self) -> None:
        view = self.current()
        if view is None or view.field is None:
            return
        self.edit_text.setPlainText(editable_text(view.ours))
        self.edit_panel.show()
        self.edit_text.setFocus()
        self.edit_text.selectAll()

    def _use_edit(self) -> None:
        from unnm_desktop.services.sync.resolve import typed_value, value

        view = self.current()
        if view is None or view.field is None or not self.edit_panel.isVisible():
            return
        try:
            typed = typed_value(view.record.partition("/")[0], view.field, self.edit_text.toPlainText())
        except UserFacingError as error:
            self._say(error_text(error), problem=True)
            self.edit_text.setFocus()
            return
        self._resolve(value(typed))

    def _synchronise_again(self) -> None:
        self.sync_again = True
        self.accept()


def _whole(view: Any) -> dict[str, Any]:
    """A record the laptop does not hold: named from the side that has it."""
    for side in (view.ours, view.theirs, view.base):
        if isinstance(side, dict):
            return side
    return {}


def _right_to_left_where_written(text: QTextEdit) -> None:
    """Each paragraph runs in its own script's direction: Arabic right to left, Turkish left to right."""
    option = text.document().defaultTextOption()
    option.setTextDirection(Qt.LayoutDirection.LayoutDirectionAuto)
    option.setAlignment(Qt.AlignmentFlag.AlignLeading)  # the start of the line, on the right in Arabic
    option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
    text.document().setDefaultTextOption(option)


__all__ = ["SyncReviewDialog"]
