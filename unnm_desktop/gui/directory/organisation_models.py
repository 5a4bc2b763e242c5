"""The tables of the Organisations tab: the organisations (each cell edit saved at once through the
directory services, earlier names searchable too) and the earlier names of the selected one."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QModelIndex, QObject, QPersistentModelIndex, Qt, Signal

from unnm_desktop.domain.errors import ConcurrentChangeError, UserFacingError
from unnm_desktop.domain.text import fold, turkish_sort_key
from unnm_desktop.gui.directory.table_model import ID_ROLE, SEARCH_ROLE, SORT_ROLE, DirectoryTableModel
from unnm_desktop.gui.directory.wording import save_time
from unnm_desktop.gui.i18n import error_text, short_date
from unnm_desktop.gui.widgets import vocabulary
from unnm_desktop.services.context import ServiceContext
from unnm_desktop.services.directory import entries as directory
from unnm_desktop.services.directory import lookups
from unnm_desktop.services.directory.entries import OrgView
from unnm_desktop.services.directory.lookups import AliasView


class OrganizationTableModel(DirectoryTableModel):
    """Organisations: acronym, English name, Turkish name, kind; edits go to `update_organization`."""

    EDITABLE = True

    COL_ACRONYM, COL_NAME_EN, COL_NAME_TR, COL_KIND = range(4)
    HEADERS = (
        QT_TRANSLATE_NOOP("DirectoryDialog", "Acronym"),
        QT_TRANSLATE_NOOP("DirectoryDialog", "English name"),
        QT_TRANSLATE_NOOP("DirectoryDialog", "Turkish name"),
        QT_TRANSLATE_NOOP("DirectoryDialog", "Kind"),
    )
    FIELDS = ("acronym", "name_en", "name_tr", "kind")
    SAVED = (  # what the dialog says after a cell of that column was saved
        QT_TRANSLATE_NOOP("OrganizationTableModel", "Saved the acronym of {organisation} at {time}."),
        QT_TRANSLATE_NOOP("OrganizationTableModel", "Saved the English name of {organisation} at {time}."),
        QT_TRANSLATE_NOOP("OrganizationTableModel", "Saved the Turkish name of {organisation} at {time}."),
        QT_TRANSLATE_NOOP("OrganizationTableModel", "Saved the kind of {organisation} at {time}."),
    )

    refused = Signal(str)  # the service's message, for the user
    saved = Signal(str, str)  # organisation id, the sentence saying what was saved

    def __init__(self, ctx: ServiceContext, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._alias_text: dict[str, str] = {}

    def set_rows(self, rows: Sequence[OrgView], aliases: dict[str, list[AliasView]] | None = None) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        if aliases is not None:
            self._alias_text = {org_id: _alias_search_text(views) for org_id, views in aliases.items()}
        self.endResetModel()

    def set_aliases_of(self, org_id: str, aliases: Sequence[AliasView]) -> None:
        """Earlier names are searchable too ("DGMM" finds PMM); refilter the proxy after this."""
        self._alias_text[org_id] = _alias_search_text(aliases)

    def org(self, number: int) -> OrgView:
        return self.rows[number]

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        org: OrgView = self.rows[index.row()]
        column = index.column()
        value = getattr(org, self.FIELDS[column])
        if role == Qt.ItemDataRole.DisplayRole:
            return vocabulary.word(vocabulary.ORGANIZATION_KIND, value) if column == self.COL_KIND else value
        if role == Qt.ItemDataRole.EditRole:
            return value
        if role == Qt.ItemDataRole.ToolTipRole:
            return None if column == self.COL_KIND else value or None
        if role == ID_ROLE:
            return org.id
        if role == SORT_ROLE:  # names in Turkish order; the kind's word in the interface language's order
            if column == self.COL_KIND:
                return vocabulary.word(vocabulary.ORGANIZATION_KIND, value)
            return turkish_sort_key(value)
        if role == SEARCH_ROLE:
            return fold(" ".join((org.acronym, org.name_en, org.name_tr, self._alias_text.get(org.id, ""))))
        return None

    def setData(
        self, index: QModelIndex | QPersistentModelIndex, value: Any, role: int = Qt.ItemDataRole.EditRole
    ) -> bool:
        if not index.isValid() or role != Qt.ItemDataRole.EditRole:
            return False
        number, column = index.row(), index.column()
        org: OrgView = self.rows[number]
        field = self.FIELDS[column]
        if value == getattr(org, field):
            return True
        try:
            directory.update_organization(self._ctx, org.id, expected_version=org.version, **{field: value})
            self.rows[number] = lookups.get_organization(self._ctx, org.id)
        except UserFacingError as error:
            self.refused.emit(error_text(error))
            if isinstance(error, ConcurrentChangeError):  # theirs is shown; the next edit builds on it
                self.rows[number] = lookups.get_organization(self._ctx, org.id)
                self._row_changed(number)
            return False
        self._row_changed(number)
        saved = QCoreApplication.translate("OrganizationTableModel", self.SAVED[column])
        self.saved.emit(org.id, saved.format(organisation=self.rows[number].acronym, time=save_time()))
        return True


def _alias_search_text(aliases: Sequence[AliasView]) -> str:
    return " ".join(f"{a.acronym} {a.name_en} {a.name_tr}" for a in aliases)


class AliasTableModel(DirectoryTableModel):
    """Earlier and other names of one organisation, read-only (add and remove below the table)."""

    COL_ACRONYM, COL_NAME_EN, COL_NAME_TR, COL_VALID_FROM, COL_VALID_TO = range(5)
    HEADERS = (
        QT_TRANSLATE_NOOP("DirectoryDialog", "Acronym"),
        QT_TRANSLATE_NOOP("DirectoryDialog", "English name"),
        QT_TRANSLATE_NOOP("DirectoryDialog", "Turkish name"),
        QT_TRANSLATE_NOOP("DirectoryDialog", "Valid from"),
        QT_TRANSLATE_NOOP("DirectoryDialog", "Valid until"),
    )
    FIELDS = ("acronym", "name_en", "name_tr", "valid_from", "valid_to")

    def alias(self, number: int) -> AliasView:
        return self.rows[number]

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        alias: AliasView = self.rows[index.row()]
        value = getattr(alias, self.FIELDS[index.column()])
        text = short_date(value) if isinstance(value, date) else (value or "")
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return text
        if role == Qt.ItemDataRole.ToolTipRole:
            if index.column() in (self.COL_VALID_FROM, self.COL_VALID_TO) and not text:
                return self.tr("open-ended")
            return text or None
        if role == ID_ROLE:
            return alias.id
        return None
