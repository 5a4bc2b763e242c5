"""The Organisations tab of the People & organisations dialog: the organisations edited in place, searched
(by earlier names too), added from the "New organisation" fields and merged; the earlier names of the
selected one beside them."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal
from PySide6.QtWidgets import QComboBox, QHeaderView, QLabel, QLineEdit, QPushButton, QSplitter, QTableView, QWidget

from unnm_desktop.domain.enums import OrganizationKind
from unnm_desktop.domain.errors import UserFacingError
from unnm_desktop.gui.directory.aliases_panel import AliasesPanel
from unnm_desktop.gui.directory.choice_delegate import ChoiceDelegate
from unnm_desktop.gui.directory.merging import DuplicateMerger
from unnm_desktop.gui.directory.organisation_models import OrganizationTableModel
from unnm_desktop.gui.directory.search_filter import FoldFilterProxy
from unnm_desktop.gui.directory.table_model import ID_ROLE
from unnm_desktop.gui.directory.table_views import focus_first_row, select_row, set_header, show_added_row
from unnm_desktop.gui.directory.wording import save_time
from unnm_desktop.gui.i18n import error_text
from unnm_desktop.gui.widgets import vocabulary
from unnm_desktop.gui.widgets.uiload import child
from unnm_desktop.services.context import ServiceContext
from unnm_desktop.services.directory import entries as directory
from unnm_desktop.services.directory.entries import OrgView
from unnm_desktop.services.directory.lookups import AliasView


def kind_choices() -> list[tuple[str, str]]:
    """(shown word, stored kind) for the kind combo boxes, in the interface language."""
    return [(label, value) for value, label in vocabulary.choices(vocabulary.ORGANIZATION_KIND)]


class OrganisationsTab(QObject):
    """The organisations' table, search, "New organisation" fields, merge, and the earlier names panel."""

    said = Signal(str)
    refused = Signal(str)
    # An organisation was added or merged away: whatever shows organisations reads the directory again
    # (connected directly, so the tables are fresh when emit() returns).
    directory_changed = Signal()
    # A cell of an organisation was saved: the organisations (list[OrgView]) as they are now.
    organisations_edited = Signal(object)

    def __init__(self, root: QWidget, ctx: ServiceContext) -> None:
        super().__init__(root)
        self._ctx = ctx
        self.search = child(root, QLineEdit, "orgSearch")
        self.table = child(root, QTableView, "orgTable")
        self.splitter = child(root, QSplitter, "orgSplitter")
        self.merge_button = child(root, QPushButton, "mergeOrgButton")
        self.merge_hint = child(root, QLabel, "orgMergeHint")
        self.new_acronym = child(root, QLineEdit, "newOrgAcronym")
        self.new_name_en = child(root, QLineEdit, "newOrgNameEn")
        self.new_name_tr = child(root, QLineEdit, "newOrgNameTr")
        self.new_kind = child(root, QComboBox, "newOrgKind")
        self.add_button = child(root, QPushButton, "addOrgButton")

        self.model = OrganizationTableModel(ctx, self)
        self.proxy = FoldFilterProxy(self)
        self.proxy.setSourceModel(self.model)
        self.table.setModel(self.proxy)
        self.table.setItemDelegateForColumn(
            OrganizationTableModel.COL_KIND,
            ChoiceDelegate(kind_choices, QCoreApplication.translate("DirectoryDialog", "Organisation kind"), self),
        )
        self.table.sortByColumn(OrganizationTableModel.COL_ACRONYM, Qt.SortOrder.AscendingOrder)
        set_header(
            self.table,
            {
                OrganizationTableModel.COL_ACRONYM: QHeaderView.ResizeMode.ResizeToContents,
                OrganizationTableModel.COL_NAME_EN: QHeaderView.ResizeMode.Stretch,
                OrganizationTableModel.COL_NAME_TR: QHeaderView.ResizeMode.Stretch,
                OrganizationTableModel.COL_KIND: QHeaderView.ResizeMode.ResizeToContents,
            },
        )
        for label, value in kind_choices():
            self.new_kind.addItem(label, value)
        self.new_kind.setCurrentIndex(self.new_kind.findData(OrganizationKind.OTHER.value))
        self.splitter.setStretchFactor(0, 1)
        self.splitter.setStretchFactor(1, 0)
        self.splitter.setSizes([400, 230])

        self.aliases = AliasesPanel(root, ctx, self.current_id, self.label)
        self.merger = DuplicateMerger(
            ctx, self.table, self.merge_button, self.merge_hint, label=self.label,
            merge=directory.merge_organizations, show=self._show_merged,
        )  # fmt: skip
        self._wire()

    def _wire(self) -> None:
        self.search.textChanged.connect(self._filter)
        self.search.returnPressed.connect(lambda: focus_first_row(self.table))
        self.model.refused.connect(self.refused)
        self.model.saved.connect(self._organisation_saved)
        self.add_button.clicked.connect(self.add)
        for field in (self.new_acronym, self.new_name_en, self.new_name_tr):
            field.returnPressed.connect(self.add)
        self.merge_button.clicked.connect(lambda: self.merge_selected())
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self.aliases.load())
        self.aliases.changed.connect(self._aliases_changed)
        for part in (self.aliases, self.merger):
            part.said.connect(self.said)
            part.refused.connect(self.refused)

    # --- rows and selection ------------------------------------------------------------------------

    def set_rows(self, organizations: list[OrgView], aliases: dict[str, list[AliasView]]) -> None:
        self.model.set_rows(organizations, aliases)

    def organisations(self) -> list[OrgView]:
        return list(self.model.rows)

    def current_id(self) -> str | None:
        index = self.table.currentIndex()
        return index.data(ID_ROLE) if index.isValid() else None

    def select(self, org_id: str) -> bool:
        return select_row(self.table, self.model, self.proxy, org_id)

    def selected_ids(self) -> list[str]:
        """Selected organisations in the order they were picked (the first one is kept by a merge)."""
        return self.merger.selected_ids()

    def label(self, org_id: str) -> str:
        number = self.model.row_of(org_id)
        return self.model.org(number).acronym if number >= 0 else "?"

    def _filter(self, text: str) -> None:
        self.proxy.set_query(text)
        self.merger.selection_changed()
        self.aliases.load()

    def _organisation_saved(self, org_id: str, message: str) -> None:
        if self.model.row_of(org_id) >= 0:
            self.organisations_edited.emit(self.organisations())
            self.aliases.load()
        self.said.emit(message)

    def _aliases_changed(self, org_id: str, aliases: list[AliasView]) -> None:
        self.model.set_aliases_of(org_id, aliases)
        if self.search.text().strip():
            current = self.current_id()
            self.proxy.refilter()
            if current:
                self.select(current)

    # --- add and merge -----------------------------------------------------------------------------

    def add(self) -> str | None:
        """Add the organisation typed in the "New organisation" fields; its id, or None if refused."""
        try:
            org_id = directory.create_organization(
                self._ctx,
                acronym=self.new_acronym.text(),
                name_en=self.new_name_en.text(),
                name_tr=self.new_name_tr.text(),
                kind=self.new_kind.currentData() or OrganizationKind.OTHER.value,
            )
        except UserFacingError as error:
            self.refused.emit(error_text(error))
            return None
        self.directory_changed.emit()
        show_added_row(org_id, (self.new_acronym, self.new_name_en, self.new_name_tr), self.search, self.select)
        self.said.emit(
            QCoreApplication.translate("DirectoryDialog", "Added {organisation} at {time}.").format(
                organisation=self.label(org_id), time=save_time()
            )
        )
        self.new_acronym.setFocus()
        return org_id

    def merge_selected(self, confirm: bool = True) -> bool:
        """Merge the second selected organisation into the first; True if merged."""
        return self.merger.merge_selected(
            need_two=QCoreApplication.translate(
                "DirectoryDialog", "Select exactly two organisations to merge (Ctrl+click); the first one is kept."
            ),
            title=QCoreApplication.translate("DirectoryDialog", "Merge organisations"),
            question=QCoreApplication.translate(
                "DirectoryDialog",
                "Keep {keep} and merge {duplicate} into it?\n\nPeople, attendance, positions and action points "
                "of {duplicate} will point to {keep}. {duplicate} stays in the audit trail as merged.",
            ),
            confirm=confirm,
        )

    def _show_merged(self, keep_id: str) -> None:
        self.directory_changed.emit()  # the people of the merged-away organisation now belong to the kept one
        self.select(keep_id)
