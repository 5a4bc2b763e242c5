"""The table of the People tab: full name, title, organisation and e-mail, each cell edit saved at once
through the directory services; an organisation's new acronym shows without reloading the people."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QModelIndex, QObject, QPersistentModelIndex, Qt, Signal

from unnm_desktop.domain.errors import ConcurrentChangeError, UserFacingError
from unnm_desktop.domain.text import fold, turkish_sort_key
from unnm_desktop.gui.directory.table_model import ID_ROLE, SEARCH_ROLE, SORT_ROLE, DirectoryTableModel
from unnm_desktop.gui.directory.wording import isolate, save_time
from unnm_desktop.gui.i18n import error_text
from unnm_desktop.services.context import ServiceContext
from unnm_desktop.services.directory import entries as directory
from unnm_desktop.services.directory import lookups
from unnm_desktop.services.directory.entries import OrgView, PersonView


class PeopleTableModel(DirectoryTableModel):
    """People: full name, title, organisation, e-mail; edits go to `update_person`."""

    EDITABLE = True

    COL_NAME, COL_TITLE, COL_ORGANIZATION, COL_EMAIL = range(4)
    HEADERS = (
        QT_TRANSLATE_NOOP("DirectoryDialog", "Full name"),
        QT_TRANSLATE_NOOP("DirectoryDialog", "Title"),
        QT_TRANSLATE_NOOP("DirectoryDialog", "Organisation"),
        QT_TRANSLATE_NOOP("DirectoryDialog", "E-mail"),
    )
    FIELDS = ("full_name", "title", "organization_id", "email")
    SAVED = (
        QT_TRANSLATE_NOOP("PeopleTableModel", "Saved the name of {person} at {time}."),
        QT_TRANSLATE_NOOP("PeopleTableModel", "Saved the title of {person} at {time}."),
        QT_TRANSLATE_NOOP("PeopleTableModel", "Saved the organisation of {person} at {time}."),
        QT_TRANSLATE_NOOP("PeopleTableModel", "Saved the e-mail of {person} at {time}."),
    )

    refused = Signal(str)
    saved = Signal(str, str)  # person id, the sentence saying what was saved

    def __init__(self, ctx: ServiceContext, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._orgs: dict[str, OrgView] = {}

    def set_rows(self, rows: Sequence[PersonView], organizations: Sequence[OrgView] | None = None) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        if organizations is not None:
            self._orgs = {org.id: org for org in organizations}
        self.endResetModel()

    def set_organizations(self, organizations: Sequence[OrgView]) -> None:
        """An organisation was renamed: show its new acronym without losing the selection."""
        self._orgs = {org.id: org for org in organizations}
        if self.rows:
            column = self.COL_ORGANIZATION
            self.dataChanged.emit(self.index(0, column), self.index(len(self.rows) - 1, column))

    def person(self, number: int) -> PersonView:
        return self.rows[number]

    def _org_text(self, person: PersonView) -> tuple[str, str]:
        org = self._orgs.get(person.organization_id or "")
        if org is None:
            return person.organization_acronym, ""
        return org.acronym, org.name_en

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        person: PersonView = self.rows[index.row()]
        column = index.column()
        if column == self.COL_ORGANIZATION:
            acronym, name = self._org_text(person)
            shown = acronym
            raw: Any = person.organization_id or ""
            tip = f"{acronym} — {name}" if name else None
        else:
            shown = getattr(person, self.FIELDS[column]) or ""
            raw = shown
            tip = shown or None
        if role == Qt.ItemDataRole.DisplayRole:
            return shown
        if role == Qt.ItemDataRole.EditRole:
            return raw
        if role == Qt.ItemDataRole.ToolTipRole:
            return tip
        if role == ID_ROLE:
            return person.id
        if role == SORT_ROLE:
            return turkish_sort_key(shown)
        if role == SEARCH_ROLE:
            org = self._orgs.get(person.organization_id or "")
            parts = [person.full_name, person.title, person.email or "", person.organization_acronym]
            if org is not None:
                parts += [org.acronym, org.name_en, org.name_tr]
            return fold(" ".join(parts))
        return None

    def setData(
        self, index: QModelIndex | QPersistentModelIndex, value: Any, role: int = Qt.ItemDataRole.EditRole
    ) -> bool:
        if not index.isValid() or role != Qt.ItemDataRole.EditRole:
            return False
        number, column = index.row(), index.column()
        person: PersonView = self.rows[number]
        field = self.FIELDS[column]
        if (value or None) == (getattr(person, field) or None):
            return True
        try:
            directory.update_person(self._ctx, person.id, expected_version=person.version, **{field: value})
            self.rows[number] = lookups.get_person(self._ctx, person.id)
        except UserFacingError as error:
            self.refused.emit(error_text(error))
            if isinstance(error, ConcurrentChangeError):  # theirs is shown; the next edit builds on it
                self.rows[number] = lookups.get_person(self._ctx, person.id)
                self._row_changed(number)
            return False
        self._row_changed(number)
        saved = QCoreApplication.translate("PeopleTableModel", self.SAVED[column])
        self.saved.emit(person.id, saved.format(person=isolate(self.rows[number].full_name), time=save_time()))
        return True
