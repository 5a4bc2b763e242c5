"""The tables of the People & organisations dialog: organisations, people and the earlier names of an
organisation as Qt models (each cell edit saved at once through the directory services), the Turkish-aware
search filter and the choice delegate.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from datetime import date
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
    Signal,
)
from PySide6.QtWidgets import (
    QComboBox,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

from unnm_desktop.domain.clock import meeting_now
from unnm_desktop.domain.errors import UserFacingError
from unnm_desktop.domain.text import fold, turkish_sort_key
from unnm_desktop.gui.i18n import collator, error_text, short_date, typed_date
from unnm_desktop.gui.widgets import vocabulary
from unnm_desktop.services.context import ServiceContext
from unnm_desktop.services.directory import entries as directory
from unnm_desktop.services.directory import lookups
from unnm_desktop.services.directory.entries import OrgView, PersonView
from unnm_desktop.services.directory.lookups import AliasView

CONTEXT = "DirectoryDialog"  # the words of this module's tables (column headers, "— none —")

ID_ROLE = Qt.ItemDataRole.UserRole + 1
SORT_ROLE = Qt.ItemDataRole.UserRole + 2
SEARCH_ROLE = Qt.ItemDataRole.UserRole + 3

NO_ORGANISATION = QT_TRANSLATE_NOOP("DirectoryDialog", "— none —")

_ISO_DATE = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")


def save_time() -> str:
    """The time of a save, with seconds so that two saves in a row can be told apart (the same in both
    interface languages: 24-hour clock)."""
    return meeting_now(None).strftime("%H:%M:%S")  # the directory is shared: Istanbul, the Network's zone


def isolate(text: str) -> str:
    """Wrap a name in Unicode isolates so an Arabic name does not reorder the English sentence around it."""
    return f"\u2068{text}\u2069"


def parse_iso_date(text: str, message: str) -> date | None:
    """'' -> None; 'YYYY-MM-DD' or a date as the interface language writes it -> date; anything else ->
    ValueError with `message` (a translated sentence for the user with a {text} field for what was typed)."""
    text = text.strip()
    if not text:
        return None
    iso = typed_date(text)
    if _ISO_DATE.fullmatch(iso):
        try:
            return date.fromisoformat(iso)
        except ValueError:
            pass
    raise ValueError(message.format(text=text))


# --- table models ------------------------------------------------------------------------------------


class DirectoryTableModel(QAbstractTableModel):
    """A list of frozen row records shown as a table; subclasses name the columns."""

    HEADERS: tuple[str, ...] = ()
    EDITABLE = False  # every cell edited in place (saved through the services by setData)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.rows: list[Any] = []

    def set_rows(self, rows: Sequence[Any]) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self.endResetModel()

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.HEADERS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return QCoreApplication.translate(CONTEXT, self.HEADERS[section])
        return None

    def row_of(self, record_id: str) -> int:
        for number, row in enumerate(self.rows):
            if row.id == record_id:
                return number
        return -1

    def flags(self, index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return super().flags(index) | (Qt.ItemFlag.ItemIsEditable if self.EDITABLE else Qt.ItemFlag.NoItemFlags)

    def _row_changed(self, number: int) -> None:
        self.dataChanged.emit(self.index(number, 0), self.index(number, self.columnCount() - 1))


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
            directory.update_organization(self._ctx, org.id, **{field: value})
            self.rows[number] = lookups.get_organization(self._ctx, org.id)
        except UserFacingError as error:
            self.refused.emit(error_text(error))
            return False
        self._row_changed(number)
        saved = QCoreApplication.translate("OrganizationTableModel", self.SAVED[column])
        self.saved.emit(org.id, saved.format(organisation=self.rows[number].acronym, time=save_time()))
        return True


def _alias_search_text(aliases: Sequence[AliasView]) -> str:
    return " ".join(f"{a.acronym} {a.name_en} {a.name_tr}" for a in aliases)


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
            directory.update_person(self._ctx, person.id, **{field: value})
            self.rows[number] = lookups.get_person(self._ctx, person.id)
        except UserFacingError as error:
            self.refused.emit(error_text(error))
            return False
        self._row_changed(number)
        saved = QCoreApplication.translate("PeopleTableModel", self.SAVED[column])
        self.saved.emit(person.id, saved.format(person=isolate(self.rows[number].full_name), time=save_time()))
        return True


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


# --- delegates ---------------------------------------------------------------------------------------


class ChoiceDelegate(QStyledItemDelegate):
    """A combo box over (label, value) choices; the model's EditRole holds the value."""

    def __init__(
        self, choices: Callable[[], Sequence[tuple[str, str]]], accessible_name: str, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self._choices = choices
        self._accessible_name = accessible_name

    def createEditor(
        self, parent: QWidget, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QWidget:
        combo = QComboBox(parent)
        combo.setAccessibleName(self._accessible_name)
        for label, value in self._choices():
            combo.addItem(label, value)
        # Picking with the mouse (or Enter in the open list) saves at once.
        combo.activated.connect(lambda _=0, c=combo: self._commit(c))
        return combo

    def _commit(self, combo: QComboBox) -> None:
        self.commitData.emit(combo)
        self.closeEditor.emit(combo, QStyledItemDelegate.EndEditHint.NoHint)

    def setEditorData(self, editor: QWidget, index: QModelIndex | QPersistentModelIndex) -> None:
        if isinstance(editor, QComboBox):
            found = editor.findData(index.data(Qt.ItemDataRole.EditRole) or "")
            editor.setCurrentIndex(max(found, 0))

    def setModelData(self, editor: QWidget, model: Any, index: QModelIndex | QPersistentModelIndex) -> None:
        if isinstance(editor, QComboBox):
            model.setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)
