"""The People & organisations dialog: add, edit, merge duplicates, and earlier names of organisations.

The layout lives in ui/directory_dialog.ui; this module only wires it to the directory services. Every
cell edit is saved at once through the services (a WAL commit is cheap); a refused edit shows the
service's message under the tabs and the cell keeps its old value.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Callable, Sequence
from datetime import date, datetime
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QItemSelection,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QRegularExpression,
    QSortFilterProxyModel,
    Qt,
    Signal,
)
from PySide6.QtGui import QKeySequence, QRegularExpressionValidator, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QGroupBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSplitter,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from unnm_desktop.domain.enums import OrganizationKind
from unnm_desktop.domain.errors import UserFacingError
from unnm_desktop.domain.text import fold, turkish_sort_key
from unnm_desktop.gui import vocabulary
from unnm_desktop.gui.i18n import collator, error_text, short_date, typed_date
from unnm_desktop.gui.uiload import child, load_ui
from unnm_desktop.services import directory, directory_extra
from unnm_desktop.services.context import ServiceContext
from unnm_desktop.services.directory import OrgView, PersonView
from unnm_desktop.services.directory_extra import AliasView

log = logging.getLogger(__name__)

CONTEXT = "DirectoryDialog"  # the words of this module's tables (column headers, "— none —")

ID_ROLE = Qt.ItemDataRole.UserRole + 1
SORT_ROLE = Qt.ItemDataRole.UserRole + 2
SEARCH_ROLE = Qt.ItemDataRole.UserRole + 3

NO_ORGANISATION = QT_TRANSLATE_NOOP("DirectoryDialog", "— none —")

_ISO_DATE = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")


def _now() -> str:
    """The time of a save, with seconds so that two saves in a row can be told apart (the same in both
    interface languages: 24-hour clock)."""
    return datetime.now().strftime("%H:%M:%S")


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


class _RowsModel(QAbstractTableModel):
    """A list of frozen row records shown as a table; subclasses name the columns."""

    HEADERS: tuple[str, ...] = ()

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

    def _row_changed(self, number: int) -> None:
        self.dataChanged.emit(self.index(number, 0), self.index(number, self.columnCount() - 1))


class OrganizationTableModel(_RowsModel):
    """Organisations: acronym, English name, Turkish name, kind; edits go to `update_organization`."""

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

    def flags(self, index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return super().flags(index) | Qt.ItemFlag.ItemIsEditable

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
            self.rows[number] = directory_extra.get_organization(self._ctx, org.id)
        except UserFacingError as error:
            self.refused.emit(error_text(error))
            return False
        self._row_changed(number)
        saved = QCoreApplication.translate("OrganizationTableModel", self.SAVED[column])
        self.saved.emit(org.id, saved.format(organisation=self.rows[number].acronym, time=_now()))
        return True


def _alias_search_text(aliases: Sequence[AliasView]) -> str:
    return " ".join(f"{a.acronym} {a.name_en} {a.name_tr}" for a in aliases)


class PeopleTableModel(_RowsModel):
    """People: full name, title, organisation, e-mail; edits go to `update_person`."""

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

    def flags(self, index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return super().flags(index) | Qt.ItemFlag.ItemIsEditable

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
            self.rows[number] = directory_extra.get_person(self._ctx, person.id)
        except UserFacingError as error:
            self.refused.emit(error_text(error))
            return False
        self._row_changed(number)
        saved = QCoreApplication.translate("PeopleTableModel", self.SAVED[column])
        self.saved.emit(person.id, saved.format(person=isolate(self.rows[number].full_name), time=_now()))
        return True


class AliasTableModel(_RowsModel):
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


# --- the dialog --------------------------------------------------------------------------------------


class DirectoryDialog(QDialog):
    """People and organisations: add, edit in place, merge duplicates, earlier names of organisations."""

    ORG_TAB, PEOPLE_TAB = 0, 1

    def __init__(self, ctx: ServiceContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self.setWindowTitle(self.tr("People and organisations"))
        self.setObjectName("directoryDialog")
        self.setAccessibleName(self.tr("People and organisations"))
        self.form = load_ui("directory_dialog", self)
        layout = QVBoxLayout(self)
        layout.addWidget(self.form)
        self.resize(1100, 700)

        form = self.form
        self.tabs = child(form, QTabWidget, "directoryTabs")
        self.message_label = child(form, QLabel, "directoryMessage")
        # organisations
        self.org_search = child(form, QLineEdit, "orgSearch")
        self.org_table = child(form, QTableView, "orgTable")
        self.org_splitter = child(form, QSplitter, "orgSplitter")
        self.merge_org_button = child(form, QPushButton, "mergeOrgButton")
        self.org_merge_hint = child(form, QLabel, "orgMergeHint")
        self.new_org_acronym = child(form, QLineEdit, "newOrgAcronym")
        self.new_org_name_en = child(form, QLineEdit, "newOrgNameEn")
        self.new_org_name_tr = child(form, QLineEdit, "newOrgNameTr")
        self.new_org_kind = child(form, QComboBox, "newOrgKind")
        self.add_org_button = child(form, QPushButton, "addOrgButton")
        # earlier names
        self.alias_group = child(form, QGroupBox, "aliasGroup")
        self.alias_table = child(form, QTableView, "aliasTable")
        self.alias_acronym = child(form, QLineEdit, "aliasAcronym")
        self.alias_name_en = child(form, QLineEdit, "aliasNameEn")
        self.alias_name_tr = child(form, QLineEdit, "aliasNameTr")
        self.alias_valid_from = child(form, QLineEdit, "aliasValidFrom")
        self.alias_valid_to = child(form, QLineEdit, "aliasValidTo")
        self.add_alias_button = child(form, QPushButton, "addAliasButton")
        self.remove_alias_button = child(form, QPushButton, "removeAliasButton")
        # people
        self.people_search = child(form, QLineEdit, "peopleSearch")
        self.people_table = child(form, QTableView, "peopleTable")
        self.merge_people_button = child(form, QPushButton, "mergePeopleButton")
        self.people_merge_hint = child(form, QLabel, "peopleMergeHint")
        self.new_person_name = child(form, QLineEdit, "newPersonName")
        self.new_person_title = child(form, QLineEdit, "newPersonTitle")
        self.new_person_org = child(form, QComboBox, "newPersonOrg")
        self.new_person_email = child(form, QLineEdit, "newPersonEmail")
        self.add_person_button = child(form, QPushButton, "addPersonButton")
        self.button_box = child(form, QDialogButtonBox, "dialogButtons")

        self._organizations: list[OrgView] = []
        self._org_pick_order: list[str] = []
        self._people_pick_order: list[str] = []

        self._build_models()
        self._wire()
        self.org_splitter.setStretchFactor(0, 1)
        self.org_splitter.setStretchFactor(1, 0)
        self.org_splitter.setSizes([400, 230])
        self.refresh()
        self.org_table.setFocus()

    # --- set-up ------------------------------------------------------------------------------------

    def _build_models(self) -> None:
        self.org_model = OrganizationTableModel(self._ctx, self)
        self.org_proxy = FoldFilterProxy(self)
        self.org_proxy.setSourceModel(self.org_model)
        self.org_table.setModel(self.org_proxy)
        self.org_table.setItemDelegateForColumn(
            OrganizationTableModel.COL_KIND,
            ChoiceDelegate(_kind_choices, self.tr("Organisation kind"), self),
        )
        self.org_table.sortByColumn(OrganizationTableModel.COL_ACRONYM, Qt.SortOrder.AscendingOrder)
        _set_header(
            self.org_table,
            {
                OrganizationTableModel.COL_ACRONYM: QHeaderView.ResizeMode.ResizeToContents,
                OrganizationTableModel.COL_NAME_EN: QHeaderView.ResizeMode.Stretch,
                OrganizationTableModel.COL_NAME_TR: QHeaderView.ResizeMode.Stretch,
                OrganizationTableModel.COL_KIND: QHeaderView.ResizeMode.ResizeToContents,
            },
        )

        self.alias_model = AliasTableModel(self)
        self.alias_table.setModel(self.alias_model)
        _set_header(
            self.alias_table,
            {
                AliasTableModel.COL_ACRONYM: QHeaderView.ResizeMode.ResizeToContents,
                AliasTableModel.COL_NAME_EN: QHeaderView.ResizeMode.Stretch,
                AliasTableModel.COL_NAME_TR: QHeaderView.ResizeMode.Stretch,
                AliasTableModel.COL_VALID_FROM: QHeaderView.ResizeMode.ResizeToContents,
                AliasTableModel.COL_VALID_TO: QHeaderView.ResizeMode.ResizeToContents,
            },
        )

        self.people_model = PeopleTableModel(self._ctx, self)
        self.people_proxy = FoldFilterProxy(self)
        self.people_proxy.setSourceModel(self.people_model)
        self.people_table.setModel(self.people_proxy)
        self.people_table.setItemDelegateForColumn(
            PeopleTableModel.COL_ORGANIZATION,
            ChoiceDelegate(self._organization_choices, self.tr("Organisation"), self),
        )
        self.people_table.sortByColumn(PeopleTableModel.COL_NAME, Qt.SortOrder.AscendingOrder)
        _set_header(
            self.people_table,
            {
                PeopleTableModel.COL_NAME: QHeaderView.ResizeMode.ResizeToContents,
                PeopleTableModel.COL_TITLE: QHeaderView.ResizeMode.Stretch,
                PeopleTableModel.COL_ORGANIZATION: QHeaderView.ResizeMode.ResizeToContents,
                PeopleTableModel.COL_EMAIL: QHeaderView.ResizeMode.ResizeToContents,
            },
        )

        for label, value in _kind_choices():
            self.new_org_kind.addItem(label, value)
        self.new_org_kind.setCurrentIndex(self.new_org_kind.findData(OrganizationKind.OTHER.value))

        date_rule = QRegularExpressionValidator(QRegularExpression(r"[0-9]{4}-[0-9]{2}-[0-9]{2}"), self)
        self.alias_valid_from.setValidator(date_rule)
        self.alias_valid_to.setValidator(date_rule)

    def _wire(self) -> None:
        self.org_search.textChanged.connect(self._filter_organizations)
        self.people_search.textChanged.connect(self._filter_people)
        # Enter in a search box goes to the first match, ready for arrows, F2 and Ctrl+click.
        self.org_search.returnPressed.connect(lambda: _focus_first_row(self.org_table))
        self.people_search.returnPressed.connect(lambda: _focus_first_row(self.people_table))

        self.org_model.refused.connect(self._show_error)
        self.people_model.refused.connect(self._show_error)
        self.org_model.saved.connect(self._organization_saved)
        self.people_model.saved.connect(self._person_saved)

        self.add_org_button.clicked.connect(self.add_organization)
        for field in (self.new_org_acronym, self.new_org_name_en, self.new_org_name_tr):
            field.returnPressed.connect(self.add_organization)
        self.add_alias_button.clicked.connect(self.add_alias)
        for field in (
            self.alias_acronym,
            self.alias_name_en,
            self.alias_name_tr,
            self.alias_valid_from,
            self.alias_valid_to,
        ):
            field.returnPressed.connect(self.add_alias)
        self.remove_alias_button.clicked.connect(self.remove_selected_alias)
        self.add_person_button.clicked.connect(self.add_person)
        for field in (self.new_person_name, self.new_person_title, self.new_person_email):
            field.returnPressed.connect(self.add_person)
        self.merge_org_button.clicked.connect(lambda: self.merge_selected_organizations())
        self.merge_people_button.clicked.connect(lambda: self.merge_selected_people())

        org_selection = self.org_table.selectionModel()
        org_selection.selectionChanged.connect(self._org_selection_changed)
        org_selection.currentRowChanged.connect(lambda *_: self._load_aliases())
        self.org_proxy.modelReset.connect(self._org_selection_changed)
        self.alias_table.selectionModel().selectionChanged.connect(lambda *_: self._update_alias_buttons())
        people_selection = self.people_table.selectionModel()
        people_selection.selectionChanged.connect(self._people_selection_changed)
        self.people_proxy.modelReset.connect(self._people_selection_changed)

        self.button_box.rejected.connect(self.reject)
        for button in self.button_box.buttons():
            if isinstance(button, QPushButton):
                button.setAutoDefault(False)
                button.setDefault(False)
                button.setAccessibleName(button.text().replace("&", "") or self.tr("Close"))

        find = QShortcut(QKeySequence(QKeySequence.StandardKey.Find), self)
        find.activated.connect(self.focus_search)
        delete = QShortcut(QKeySequence(QKeySequence.StandardKey.Delete), self.alias_table)
        delete.setContext(Qt.ShortcutContext.WidgetShortcut)
        delete.activated.connect(self.remove_selected_alias)

    # --- loading -----------------------------------------------------------------------------------

    def refresh(self) -> None:
        """Reload organisations, people and earlier names from the database, keeping the current rows."""
        current_org = self.current_organization_id()
        current_person = self.current_person_id()
        self._organizations = directory.list_organizations(self._ctx)
        self.org_model.set_rows(self._organizations, directory_extra.aliases_by_organization(self._ctx))
        self.people_model.set_rows(directory.list_people(self._ctx), self._organizations)
        self._fill_person_org_combo()
        if current_org:
            self.select_organization(current_org)
        if current_person:
            self.select_person(current_person)
        self._load_aliases()

    def _fill_person_org_combo(self) -> None:
        chosen = self.new_person_org.currentData()
        self.new_person_org.clear()
        for label, value in self._organization_choices():
            self.new_person_org.addItem(label, value)
        found = self.new_person_org.findData(chosen) if chosen else 0
        self.new_person_org.setCurrentIndex(max(found, 0))

    def _organization_choices(self) -> list[tuple[str, str]]:
        choices = [(QCoreApplication.translate(CONTEXT, NO_ORGANISATION), "")]
        choices += [(f"{org.acronym} — {org.name_en}", org.id) for org in self._organizations]
        return choices

    def _filter_organizations(self, text: str) -> None:
        self.org_proxy.set_query(text)
        self._org_selection_changed()
        self._load_aliases()

    def _filter_people(self, text: str) -> None:
        self.people_proxy.set_query(text)
        self._people_selection_changed()

    # --- selection -----------------------------------------------------------------------------------

    def current_organization_id(self) -> str | None:
        index = self.org_table.currentIndex()
        return index.data(ID_ROLE) if index.isValid() else None

    def current_person_id(self) -> str | None:
        index = self.people_table.currentIndex()
        return index.data(ID_ROLE) if index.isValid() else None

    def select_organization(self, org_id: str) -> bool:
        return _select_row(self.org_table, self.org_model, self.org_proxy, org_id)

    def select_person(self, person_id: str) -> bool:
        return _select_row(self.people_table, self.people_model, self.people_proxy, person_id)

    def selected_organization_ids(self) -> list[str]:
        """Selected organisations in the order they were picked (the first one is kept by a merge)."""
        return _picked_ids(self.org_table, self._org_pick_order)

    def selected_person_ids(self) -> list[str]:
        return _picked_ids(self.people_table, self._people_pick_order)

    def _org_selection_changed(self, selected: QItemSelection | None = None, deselected: Any = None) -> None:
        _track_picks(self._org_pick_order, self.org_table, selected, deselected)
        ids = self.selected_organization_ids()
        self.merge_org_button.setEnabled(len(ids) == 2)
        if len(ids) == 2:
            keep, other = (self._org_label(i) for i in ids)
            self.org_merge_hint.setText(self.tr("Keep {keep}; merge {other} into it.").format(keep=keep, other=other))
        else:
            self.org_merge_hint.setText(
                self.tr("To merge duplicates, select two rows (Ctrl+click): the first is kept.")
            )

    def _people_selection_changed(self, selected: QItemSelection | None = None, deselected: Any = None) -> None:
        _track_picks(self._people_pick_order, self.people_table, selected, deselected)
        ids = self.selected_person_ids()
        self.merge_people_button.setEnabled(len(ids) == 2)
        if len(ids) == 2:
            keep, other = (self._person_label(i) for i in ids)
            self.people_merge_hint.setText(
                self.tr("Keep {keep}; merge {other} into it.").format(keep=keep, other=other)
            )
        else:
            self.people_merge_hint.setText(
                self.tr("To merge duplicates, select two rows (Ctrl+click): the first is kept.")
            )

    def _org_label(self, org_id: str) -> str:
        number = self.org_model.row_of(org_id)
        return self.org_model.org(number).acronym if number >= 0 else "?"

    def _person_label(self, person_id: str) -> str:
        number = self.people_model.row_of(person_id)
        if number < 0:
            return "?"
        person = self.people_model.person(number)
        name = isolate(person.full_name)
        return f"{name} ({person.organization_acronym})" if person.organization_acronym else name

    # --- messages ----------------------------------------------------------------------------------

    def message(self) -> str:
        return self.message_label.text()

    def show_message(self, text: str, *, error: bool = False) -> None:
        self.message_label.setStyleSheet("QLabel { color: #b3261e; font-weight: bold; }" if error else "")
        self.message_label.setText(text)
        self.message_label.setAccessibleDescription(text)

    def _show_error(self, text: str) -> None:
        self.show_message(text, error=True)

    def _organization_saved(self, org_id: str, message: str) -> None:
        number = self.org_model.row_of(org_id)
        if number >= 0:
            fresh = self.org_model.org(number)
            self._organizations = [fresh if o.id == org_id else o for o in self._organizations]
            self.people_model.set_organizations(self._organizations)
            self._fill_person_org_combo()
            self._load_aliases()
        self.show_message(message)

    def _person_saved(self, _person_id: str, message: str) -> None:
        self.show_message(message)

    def focus_search(self) -> None:
        search = self.org_search if self.tabs.currentIndex() == self.ORG_TAB else self.people_search
        search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        search.selectAll()

    # --- organisations -------------------------------------------------------------------------------

    def add_organization(self) -> str | None:
        """Add the organisation typed in the "New organisation" fields; its id, or None if refused."""
        try:
            org_id = directory.create_organization(
                self._ctx,
                acronym=self.new_org_acronym.text(),
                name_en=self.new_org_name_en.text(),
                name_tr=self.new_org_name_tr.text(),
                kind=self.new_org_kind.currentData() or OrganizationKind.OTHER.value,
            )
        except UserFacingError as error:
            self._show_error(error_text(error))
            return None
        for field in (self.new_org_acronym, self.new_org_name_en, self.new_org_name_tr):
            field.clear()
        self.refresh()
        if not self.select_organization(org_id):  # hidden by the search: show it
            self.org_search.clear()
            self.select_organization(org_id)
        self.show_message(
            self.tr("Added {organisation} at {time}.").format(organisation=self._org_label(org_id), time=_now())
        )
        self.new_org_acronym.setFocus()
        return org_id

    def merge_selected_organizations(self, confirm: bool = True) -> bool:
        """Merge the second selected organisation into the first; True if merged."""
        ids = self.selected_organization_ids()
        if len(ids) != 2:
            self._show_error(self.tr("Select exactly two organisations to merge (Ctrl+click); the first one is kept."))
            return False
        keep_id, duplicate_id = ids
        keep, duplicate = self._org_label(keep_id), self._org_label(duplicate_id)
        if confirm and not self._confirm(
            self.tr("Merge organisations"),
            self.tr(
                "Keep {keep} and merge {duplicate} into it?\n\nPeople, attendance, positions and action points "
                "of {duplicate} will point to {keep}. {duplicate} stays in the audit trail as merged."
            ).format(keep=keep, duplicate=duplicate),
        ):
            return False
        try:
            directory.merge_organizations(self._ctx, keep_id, duplicate_id)
        except UserFacingError as error:
            self._show_error(error_text(error))
            return False
        self.refresh()
        self.select_organization(keep_id)
        self.show_message(
            self.tr("Merged {duplicate} into {keep} at {time}.").format(duplicate=duplicate, keep=keep, time=_now())
        )
        return True

    # --- earlier names -------------------------------------------------------------------------------

    def _alias_org_id(self) -> str | None:
        index = self.org_table.currentIndex()
        return index.data(ID_ROLE) if index.isValid() else None

    def _load_aliases(self) -> None:
        org_id = self._alias_org_id()
        if org_id is None:
            self.alias_model.set_rows([])
            self.alias_group.setTitle(self.tr("Earlier and other names (select an organisation)"))
        else:
            self.alias_model.set_rows(directory_extra.list_aliases(self._ctx, org_id))
            self.alias_group.setTitle(
                self.tr("Earlier and other names of {organisation}").format(organisation=self._org_label(org_id))
            )
        for widget in (
            self.alias_acronym,
            self.alias_name_en,
            self.alias_name_tr,
            self.alias_valid_from,
            self.alias_valid_to,
            self.add_alias_button,
        ):
            widget.setEnabled(org_id is not None)
        self._update_alias_buttons()

    def _update_alias_buttons(self) -> None:
        self.remove_alias_button.setEnabled(bool(self.alias_table.selectionModel().selectedRows()))

    def add_alias(self) -> str | None:
        """Add the earlier name typed below the names table to the current organisation."""
        org_id = self._alias_org_id()
        if org_id is None:
            self._show_error(self.tr("Select the organisation the earlier name belongs to first."))
            return None
        try:
            valid_from = parse_iso_date(
                self.alias_valid_from.text(),
                self.tr("“{text}” is not a date for “valid from”; write it as YYYY-MM-DD, e.g. 2019-07-01."),
            )
            valid_to = parse_iso_date(
                self.alias_valid_to.text(),
                self.tr("“{text}” is not a date for “valid until”; write it as YYYY-MM-DD, e.g. 2019-07-01."),
            )
        except ValueError as error:
            self._show_error(error_text(error))
            return None
        try:
            alias_id = directory.add_alias(
                self._ctx,
                org_id,
                acronym=self.alias_acronym.text(),
                name_en=self.alias_name_en.text(),
                name_tr=self.alias_name_tr.text(),
                valid_from=valid_from,
                valid_to=valid_to,
            )
        except UserFacingError as error:
            self._show_error(error_text(error))
            return None
        acronym = self.alias_acronym.text().strip()
        for field in (
            self.alias_acronym,
            self.alias_name_en,
            self.alias_name_tr,
            self.alias_valid_from,
            self.alias_valid_to,
        ):
            field.clear()
        self._aliases_changed(org_id)
        number = self.alias_model.row_of(alias_id)
        if number >= 0:
            self.alias_table.selectRow(number)
        self.show_message(
            self.tr("Added {acronym} as an earlier name of {organisation} at {time}.").format(
                acronym=acronym, organisation=self._org_label(org_id), time=_now()
            )
        )
        self.alias_acronym.setFocus()
        return alias_id

    def remove_selected_alias(self) -> bool:
        rows = self.alias_table.selectionModel().selectedRows()
        org_id = self._alias_org_id()
        if not rows or org_id is None:
            self._show_error(self.tr("Select the earlier name to remove in the names table first."))
            return False
        alias = self.alias_model.alias(rows[0].row())
        try:
            directory.remove_alias(self._ctx, alias.id)
        except UserFacingError as error:
            self._show_error(error_text(error))
            return False
        self._aliases_changed(org_id)
        self.show_message(
            self.tr("Removed the earlier name {acronym} of {organisation} at {time}.").format(
                acronym=alias.acronym, organisation=self._org_label(org_id), time=_now()
            )
        )
        return True

    def _aliases_changed(self, org_id: str) -> None:
        aliases = directory_extra.list_aliases(self._ctx, org_id)
        self.alias_model.set_rows(aliases)
        self.org_model.set_aliases_of(org_id, aliases)
        if self.org_search.text().strip():
            current = self._alias_org_id()
            self.org_proxy.refilter()
            if current:
                self.select_organization(current)
        self._update_alias_buttons()

    # --- people ----------------------------------------------------------------------------------------

    def add_person(self) -> str | None:
        """Add the person typed in the "New person" fields; their id, or None if refused."""
        try:
            person_id = directory.create_person(
                self._ctx,
                full_name=self.new_person_name.text(),
                title=self.new_person_title.text(),
                organization_id=self.new_person_org.currentData() or None,
                email=self.new_person_email.text() or None,
            )
        except UserFacingError as error:
            self._show_error(error_text(error))
            return None
        for field in (self.new_person_name, self.new_person_title, self.new_person_email):
            field.clear()
        self.people_model.set_rows(directory.list_people(self._ctx))
        if not self.select_person(person_id):
            self.people_search.clear()
            self.select_person(person_id)
        self.show_message(
            self.tr("Added {person} at {time}.").format(person=self._person_label(person_id), time=_now())
        )
        self.new_person_name.setFocus()
        return person_id

    def merge_selected_people(self, confirm: bool = True) -> bool:
        """Merge the second selected person into the first; True if merged."""
        ids = self.selected_person_ids()
        if len(ids) != 2:
            self._show_error(self.tr("Select exactly two people to merge (Ctrl+click); the first one is kept."))
            return False
        keep_id, duplicate_id = ids
        keep, duplicate = self._person_label(keep_id), self._person_label(duplicate_id)
        if confirm and not self._confirm(
            self.tr("Merge people"),
            self.tr(
                "Keep {keep} and merge {duplicate} into it?\n\nAttendance, chair and rapporteur roles, "
                "presentations and action points of {duplicate} will point to {keep}."
            ).format(keep=keep, duplicate=duplicate),
        ):
            return False
        try:
            directory.merge_people(self._ctx, keep_id, duplicate_id)
        except UserFacingError as error:
            self._show_error(error_text(error))
            return False
        self.people_model.set_rows(directory.list_people(self._ctx))
        self.select_person(keep_id)
        self.show_message(
            self.tr("Merged {duplicate} into {keep} at {time}.").format(duplicate=duplicate, keep=keep, time=_now())
        )
        return True

    def merge_selected(self, confirm: bool = True) -> bool:
        """Merge the two rows selected on the current tab."""
        if self.tabs.currentIndex() == self.PEOPLE_TAB:
            return self.merge_selected_people(confirm)
        return self.merge_selected_organizations(confirm)

    def _confirm(self, title: str, text: str) -> bool:
        answer = QMessageBox.question(
            self,
            title,
            text,
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        return answer == QMessageBox.StandardButton.Yes


# --- helpers -----------------------------------------------------------------------------------------


def _kind_choices() -> list[tuple[str, str]]:
    """(shown word, stored kind) for the kind combo boxes, in the interface language."""
    return [(label, value) for value, label in vocabulary.choices(vocabulary.ORGANIZATION_KIND)]


def _set_header(table: QTableView, modes: dict[int, QHeaderView.ResizeMode]) -> None:
    table.verticalHeader().setDefaultSectionSize(table.fontMetrics().height() + 10)
    header = table.horizontalHeader()
    header.setHighlightSections(False)
    header.setStretchLastSection(False)
    for column, mode in modes.items():
        header.setSectionResizeMode(column, mode)


def _select_row(table: QTableView, model: _RowsModel, proxy: QSortFilterProxyModel, record_id: str) -> bool:
    number = model.row_of(record_id)
    if number < 0:
        return False
    index = proxy.mapFromSource(model.index(number, 0))
    if not index.isValid():
        return False
    table.selectRow(index.row())
    table.setCurrentIndex(index)
    table.scrollTo(index, QAbstractItemView.ScrollHint.PositionAtCenter)
    return True


def _focus_first_row(table: QTableView) -> None:
    model = table.model()
    if model.rowCount() == 0:
        return
    current = table.currentIndex()
    if not current.isValid():
        table.setCurrentIndex(model.index(0, 0))
    table.setFocus(Qt.FocusReason.OtherFocusReason)


def _track_picks(order: list[str], table: QTableView, selected: Any, deselected: Any) -> None:
    """Keep the ids of selected rows in the order the user picked them."""
    if isinstance(deselected, QItemSelection):
        gone = {i.data(ID_ROLE) for i in deselected.indexes()}
        order[:] = [i for i in order if i not in gone]
    if isinstance(selected, QItemSelection):
        for index in selected.indexes():
            record_id = index.data(ID_ROLE)
            if record_id and record_id not in order:
                order.append(record_id)
    still = {i.data(ID_ROLE) for i in table.selectionModel().selectedRows()}
    order[:] = [i for i in order if i in still]


def _picked_ids(table: QTableView, order: list[str]) -> list[str]:
    rows = sorted(table.selectionModel().selectedRows(), key=lambda index: index.row())
    selected = [index.data(ID_ROLE) for index in rows]
    return [i for i in order if i in selected] + [i for i in selected if i not in order]
