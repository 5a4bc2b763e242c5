"""Merging duplicates: two rows of a directory table picked with Ctrl+click, the first one picked kept,
after a question; the hint under the search box says which one stays."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QItemSelection, QObject, Signal
from PySide6.QtWidgets import QLabel, QMessageBox, QPushButton, QTableView

from unnm_desktop.domain.errors import UserFacingError
from unnm_desktop.gui.directory.table_model import ID_ROLE
from unnm_desktop.gui.directory.wording import save_time
from unnm_desktop.gui.i18n import error_text
from unnm_desktop.services.context import ServiceContext


class DuplicateMerger(QObject):
    """The merge of one table: the rows picked in order, the merge button and hint kept in step, and the
    second picked record merged into the first through the service."""

    said = Signal(str)
    refused = Signal(str)

    def __init__(
        self, ctx: ServiceContext, table: QTableView, button: QPushButton, hint: QLabel, *,
        label: Callable[[str], str], merge: Callable[[ServiceContext, str, str], object],
        show: Callable[[str], object],
    ) -> None:  # fmt: skip
        """`label` names a record in the hint and the question, `merge(ctx, keep, duplicate)` is the service,
        `show(keep)` brings the tables up to date afterwards with the kept record selected."""
        super().__init__(table)
        self._ctx = ctx
        self._table = table
        self._button = button
        self._hint = hint
        self._label = label
        self._merge = merge
        self._show = show
        self._pick_order: list[str] = []
        table.selectionModel().selectionChanged.connect(self.selection_changed)
        table.model().modelReset.connect(self.selection_changed)

    def selected_ids(self) -> list[str]:
        """Selected records in the order they were picked (the first one is kept by a merge)."""
        rows = sorted(self._table.selectionModel().selectedRows(), key=lambda index: index.row())
        selected = [index.data(ID_ROLE) for index in rows]
        return [i for i in self._pick_order if i in selected] + [i for i in selected if i not in self._pick_order]

    def selection_changed(self, selected: QItemSelection | None = None, deselected: Any = None) -> None:
        self._track_picks(selected, deselected)
        ids = self.selected_ids()
        self._button.setEnabled(len(ids) == 2)
        if len(ids) == 2:
            keep, other = (self._label(i) for i in ids)
            self._hint.setText(
                QCoreApplication.translate("DirectoryDialog", "Keep {keep}; merge {other} into it.").format(
                    keep=keep, other=other
                )
            )
        else:
            self._hint.setText(
                QCoreApplication.translate(
                    "DirectoryDialog", "To merge duplicates, select two rows (Ctrl+click): the first is kept."
                )
            )

    def _track_picks(self, selected: Any, deselected: Any) -> None:
        """Keep the ids of selected rows in the order the user picked them."""
        order = self._pick_order
        if isinstance(deselected, QItemSelection):
            gone = {i.data(ID_ROLE) for i in deselected.indexes()}
            order[:] = [i for i in order if i not in gone]
        if isinstance(selected, QItemSelection):
            for index in selected.indexes():
                record_id = index.data(ID_ROLE)
                if record_id and record_id not in order:
                    order.append(record_id)
        still = {i.data(ID_ROLE) for i in self._table.selectionModel().selectedRows()}
        order[:] = [i for i in order if i in still]

    def merge_selected(self, *, need_two: str, title: str, question: str, confirm: bool) -> bool:
        """The second of two selected records merged into the first, after `question` (with {keep} and
        {duplicate} fields); `need_two` said if not exactly two are selected. True if merged."""
        ids = self.selected_ids()
        if len(ids) != 2:
            self.refused.emit(need_two)
            return False
        keep_id, duplicate_id = ids
        keep, duplicate = self._label(keep_id), self._label(duplicate_id)
        if confirm and not self._confirm(title, question.format(keep=keep, duplicate=duplicate)):
            return False
        try:
            self._merge(self._ctx, keep_id, duplicate_id)
        except UserFacingError as error:
            self.refused.emit(error_text(error))
            return False
        self._show(keep_id)
        self.said.emit(
            QCoreApplication.translate("DirectoryDialog", "Merged {duplicate} into {keep} at {time}.").format(
                duplicate=duplicate, keep=keep, time=save_time()
            )
        )
        return True

    def _confirm(self, title: str, text: str) -> bool:
        answer = QMessageBox.question(
            self._table.window(),
            title,
            text,
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        return answer == QMessageBox.StandardButton.Yes
