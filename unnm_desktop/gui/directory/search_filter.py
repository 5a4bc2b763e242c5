"""The search box's filter over a directory table: Turkish-aware matching and sorting."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QObject, QPersistentModelIndex, QSortFilterProxyModel

from unnm_desktop.domain.text import fold
from unnm_desktop.gui.directory.table_model import SEARCH_ROLE, SORT_ROLE
from unnm_desktop.gui.i18n import collator


class FoldFilterProxy(QSortFilterProxyModel):
    """Turkish-aware filtering ("istanbul" finds "İstanbul") and sorting.

    Names (SORT_ROLE a turkish_sort_key tuple) sort the Turkish way (c < ç, ı < i) in both interface
    languages: they are mostly Turkish names of people and organisations in Türkiye. Translated words
    (SORT_ROLE a str, e.g. an organisation's kind) sort in the interface language's order (i18n.collator).
    """

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._needle = ""
        self._compare = collator().compare
        self.setSortRole(SORT_ROLE)
        # No jumping or vanishing rows while someone edits a cell; sort and filter on demand.
        self.setDynamicSortFilter(False)

    def set_query(self, text: str) -> None:
        needle = fold(text.strip())
        if needle == self._needle:
            return
        self.refilter(needle)

    def refilter(self, needle: str | None = None) -> None:
        if hasattr(self, "beginFilterChange"):  # Qt >= 6.9
            self.beginFilterChange()
            if needle is not None:
                self._needle = needle
            self.endFilterChange(QSortFilterProxyModel.Direction.Rows)
        else:  # pragma: no cover - older Qt
            if needle is not None:
                self._needle = needle
            self.invalidateFilter()

    def filterAcceptsRow(self, source_row: int, source_parent: QModelIndex | QPersistentModelIndex) -> bool:
        if not self._needle:
            return True
        haystack = self.sourceModel().index(source_row, 0, source_parent).data(SEARCH_ROLE) or ""
        return self._needle in haystack

    def lessThan(self, left: QModelIndex | QPersistentModelIndex, right: QModelIndex | QPersistentModelIndex) -> bool:
        first, second = left.data(SORT_ROLE), right.data(SORT_ROLE)
        if isinstance(first, str) and isinstance(second, str):
            return self._compare(first, second) < 0
        return (first or ()) < (second or ())
