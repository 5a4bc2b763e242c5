"""The People & organisations dialog: add, edit, merge duplicates, and earlier names of organisations.

The layout lives in ui/directory_dialog.ui; this module only wires it to the directory services. Every
cell edit is saved at once through the services (a WAL commit is cheap); a refused edit shows the
service's message under the tabs and the cell keeps its old value.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import (
    QCoreApplication,
    QItemSelection,
    QRegularExpression,
    QSortFilterProxyModel,
    Qt,
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
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from unnm_desktop.domain.enums import OrganizationKind
from unnm_desktop.domain.errors import UserFacingError
from unnm_desktop.gui.directory.models import (
    CONTEXT,
    ID_ROLE,
    NO_ORGANISATION,
    AliasTableModel,
    ChoiceDelegate,
    DirectoryTableModel,
    FoldFilterProxy,
    OrganizationTableModel,
    PeopleTableModel,
    isolate,
    parse_iso_date,
    save_time,
)
from unnm_desktop.gui.i18n import error_text
from unnm_desktop.gui.widgets import vocabulary
from unnm_desktop.gui.widgets.uiload import child, load_ui
from unnm_desktop.services.context import ServiceContext
from unnm_desktop.services.directory import entries as directory
from unnm_desktop.services.directory import lookups
from unnm_desktop.services.directory.entries import OrgView

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
        self.org_model.set_rows(self._organizations, lookups.aliases_by_organization(self._ctx))
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
        self.refresh()
        self._show_added(org_id, (self.new_org_acronym, self.new_org_name_en, self.new_org_name_tr),
                         self.org_search, self.select_organization,
                         self.tr("Added {organisation} at {time}.").format(organisation=self._org_label(org_id),
                                                                           time=save_time()))  # fmt: skip
        return org_id

    def _show_added(self, record_id: str, form: tuple[QLineEdit, ...], search: QLineEdit,
                    select: Callable[[str], bool], message: str) -> None:  # fmt: skip
        """After an add: the form emptied for the next one, the new row selected (the search cleared if it
        hid it), and the message."""
        for field in form:
            field.clear()
        if not select(record_id):
            search.clear()
            select(record_id)
        self.show_message(message)
        form[0].setFocus()

    def merge_selected_organizations(self, confirm: bool = True) -> bool:
        """Merge the second selected organisation into the first; True if merged."""
        return self._merge_two(
            self.selected_organization_ids(),
            self._org_label,
            directory.merge_organizations,
            show=lambda keep_id: (self.refresh(), self.select_organization(keep_id)),
            need_two=self.tr("Select exactly two organisations to merge (Ctrl+click); the first one is kept."),
            title=self.tr("Merge organisations"),
            question=self.tr(
                "Keep {keep} and merge {duplicate} into it?\n\nPeople, attendance, positions and action points "
                "of {duplicate} will point to {keep}. {duplicate} stays in the audit trail as merged."
            ),
            confirm=confirm,
        )

    def _merge_two(
        self, ids: list[str], label: Callable[[str], str], merge: Callable[[ServiceContext, str, str], object], *,
        show: Callable[[str], object], need_two: str, title: str, question: str, confirm: bool,
    ) -> bool:  # fmt: skip
        """The second of two selected records merged into the first, after a question; True if merged."""
        if len(ids) != 2:
            self._show_error(need_two)
            return False
        keep_id, duplicate_id = ids
        keep, duplicate = label(keep_id), label(duplicate_id)
        if confirm and not self._confirm(title, question.format(keep=keep, duplicate=duplicate)):
            return False
        try:
            merge(self._ctx, keep_id, duplicate_id)
        except UserFacingError as error:
            self._show_error(error_text(error))
            return False
        show(keep_id)
        self.show_message(
            self.tr("Merged {duplicate} into {keep} at {time}.").format(
                duplicate=duplicate, keep=keep, time=save_time()
            )
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
            self.alias_model.set_rows(lookups.list_aliases(self._ctx, org_id))
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
                acronym=acronym, organisation=self._org_label(org_id), time=save_time()
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
                acronym=alias.acronym, organisation=self._org_label(org_id), time=save_time()
            )
        )
        return True

    def _aliases_changed(self, org_id: str) -> None:
        aliases = lookups.list_aliases(self._ctx, org_id)
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
        self.people_model.set_rows(directory.list_people(self._ctx))
        self._show_added(person_id, (self.new_person_name, self.new_person_title, self.new_person_email),
                         self.people_search, self.select_person,
                         self.tr("Added {person} at {time}.").format(person=self._person_label(person_id),
                                                                     time=save_time()))  # fmt: skip
        return person_id

    def merge_selected_people(self, confirm: bool = True) -> bool:
        """Merge the second selected person into the first; True if merged."""
        return self._merge_two(
            self.selected_person_ids(),
            self._person_label,
            directory.merge_people,
            show=lambda keep_id: (
                self.people_model.set_rows(directory.list_people(self._ctx)),
                self.select_person(keep_id),
            ),
            need_two=self.tr("Select exactly two people to merge (Ctrl+click); the first one is kept."),
            title=self.tr("Merge people"),
            question=self.tr(
                "Keep {keep} and merge {duplicate} into it?\n\nAttendance, chair and rapporteur roles, "
                "presentations and action points of {duplicate} will point to {keep}."
            ),
            confirm=confirm,
        )

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


def _select_row(table: QTableView, model: DirectoryTableModel, proxy: QSortFilterProxyModel, record_id: str) -> bool:
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
