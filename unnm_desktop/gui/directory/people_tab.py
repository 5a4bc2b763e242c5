"""The People tab of the People & organisations dialog: the people edited in place (their organisation
picked from a list), searched by name or organisation, added from the "New person" fields and merged."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QObject, Qt, Signal
from PySide6.QtWidgets import QComboBox, QHeaderView, QLabel, QLineEdit, QPushButton, QTableView, QWidget

from unnm_desktop.domain.errors import UserFacingError
from unnm_desktop.gui.directory.choice_delegate import ChoiceDelegate
from unnm_desktop.gui.directory.merging import DuplicateMerger
from unnm_desktop.gui.directory.people_model import PeopleTableModel
from unnm_desktop.gui.directory.search_filter import FoldFilterProxy
from unnm_desktop.gui.directory.table_model import CONTEXT, ID_ROLE
from unnm_desktop.gui.directory.table_views import focus_first_row, select_row, set_header, show_added_row
from unnm_desktop.gui.directory.wording import isolate, save_time
from unnm_desktop.gui.i18n import error_text
from unnm_desktop.gui.widgets.uiload import child
from unnm_desktop.services.context import ServiceContext
from unnm_desktop.services.directory import entries as directory
from unnm_desktop.services.directory.entries import OrgView, PersonView

NO_ORGANISATION = QT_TRANSLATE_NOOP("DirectoryDialog", "— none —")


class PeopleTab(QObject):
    """The people's table, search, "New person" fields and merge."""

    said = Signal(str)
    refused = Signal(str)

    def __init__(self, root: QWidget, ctx: ServiceContext) -> None:
        super().__init__(root)
        self._ctx = ctx
        self._organizations: list[OrgView] = []
        self.search = child(root, QLineEdit, "peopleSearch")
        self.table = child(root, QTableView, "peopleTable")
        self.merge_button = child(root, QPushButton, "mergePeopleButton")
        self.merge_hint = child(root, QLabel, "peopleMergeHint")
        self.new_name = child(root, QLineEdit, "newPersonName")
        self.new_title = child(root, QLineEdit, "newPersonTitle")
        self.new_org = child(root, QComboBox, "newPersonOrg")
        self.new_email = child(root, QLineEdit, "newPersonEmail")
        self.add_button = child(root, QPushButton, "addPersonButton")

        self.model = PeopleTableModel(ctx, self)
        self.proxy = FoldFilterProxy(self)
        self.proxy.setSourceModel(self.model)
        self.table.setModel(self.proxy)
        self.table.setItemDelegateForColumn(
            PeopleTableModel.COL_ORGANIZATION,
            ChoiceDelegate(
                self._organization_choices, QCoreApplication.translate("DirectoryDialog", "Organisation"), self
            ),
        )
        self.table.sortByColumn(PeopleTableModel.COL_NAME, Qt.SortOrder.AscendingOrder)
        set_header(
            self.table,
            {
                PeopleTableModel.COL_NAME: QHeaderView.ResizeMode.ResizeToContents,
                PeopleTableModel.COL_TITLE: QHeaderView.ResizeMode.Stretch,
                PeopleTableModel.COL_ORGANIZATION: QHeaderView.ResizeMode.ResizeToContents,
                PeopleTableModel.COL_EMAIL: QHeaderView.ResizeMode.ResizeToContents,
            },
        )
        self.merger = DuplicateMerger(
            ctx, self.table, self.merge_button, self.merge_hint, label=self.label,
            merge=directory.merge_people, show=self._show_merged,
        )  # fmt: skip
        self._wire()

    def _wire(self) -> None:
        self.search.textChanged.connect(self._filter)
        self.search.returnPressed.connect(lambda: focus_first_row(self.table))
        self.model.refused.connect(self.refused)
        self.model.saved.connect(self._person_saved)
        self.add_button.clicked.connect(self.add)
        for field in (self.new_name, self.new_title, self.new_email):
            field.returnPressed.connect(self.add)
        self.merge_button.clicked.connect(lambda: self.merge_selected())
        self.merger.said.connect(self.said)
        self.merger.refused.connect(self.refused)

    # --- rows and selection ------------------------------------------------------------------------

    def set_rows(self, people: Sequence[PersonView], organizations: Sequence[OrgView]) -> None:
        self._organizations = list(organizations)
        self.model.set_rows(people, organizations)
        self._fill_org_combo()

    def set_organizations(self, organizations: Sequence[OrgView]) -> None:
        """An organisation was renamed: show its new acronym without losing the selection."""
        self._organizations = list(organizations)
        self.model.set_organizations(organizations)
        self._fill_org_combo()

    def _fill_org_combo(self) -> None:
        chosen = self.new_org.currentData()
        self.new_org.clear()
        for label, value in self._organization_choices():
            self.new_org.addItem(label, value)
        found = self.new_org.findData(chosen) if chosen else 0
        self.new_org.setCurrentIndex(max(found, 0))

    def _organization_choices(self) -> list[tuple[str, str]]:
        choices = [(QCoreApplication.translate(CONTEXT, NO_ORGANISATION), "")]
        choices += [(f"{org.acronym} — {org.name_en}", org.id) for org in self._organizations]
        return choices

    def current_id(self) -> str | None:
        index = self.table.currentIndex()
        return index.data(ID_ROLE) if index.isValid() else None

    def select(self, person_id: str) -> bool:
        return select_row(self.table, self.model, self.proxy, person_id)

    def selected_ids(self) -> list[str]:
        """Selected people in the order they were picked (the first one is kept by a merge)."""
        return self.merger.selected_ids()

    def label(self, person_id: str) -> str:
        number = self.model.row_of(person_id)
        if number < 0:
            return "?"
        person = self.model.person(number)
        name = isolate(person.full_name)
        return f"{name} ({person.organization_acronym})" if person.organization_acronym else name

    def _filter(self, text: str) -> None:
        self.proxy.set_query(text)
        self.merger.selection_changed()

    def _person_saved(self, _person_id: str, message: str) -> None:
        self.said.emit(message)

    # --- add and merge -----------------------------------------------------------------------------

    def add(self) -> str | None:
        """Add the person typed in the "New person" fields; their id, or None if refused."""
        try:
            person_id = directory.create_person(
                self._ctx,
                full_name=self.new_name.text(),
                title=self.new_title.text(),
                organization_id=self.new_org.currentData() or None,
                email=self.new_email.text() or None,
            )
        except UserFacingError as error:
            self.refused.emit(error_text(error))
            return None
        self.model.set_rows(directory.list_people(self._ctx))
        show_added_row(person_id, (self.new_name, self.new_title, self.new_email), self.search, self.select)
        self.said.emit(
            QCoreApplication.translate("DirectoryDialog", "Added {person} at {time}.").format(
                person=self.label(person_id), time=save_time()
            )
        )
        self.new_name.setFocus()
        return person_id

    def merge_selected(self, confirm: bool = True) -> bool:
        """Merge the second selected person into the first; True if merged."""
        return self.merger.merge_selected(
            need_two=QCoreApplication.translate(
                "DirectoryDialog", "Select exactly two people to merge (Ctrl+click); the first one is kept."
            ),
            title=QCoreApplication.translate("DirectoryDialog", "Merge people"),
            question=QCoreApplication.translate(
                "DirectoryDialog",
                "Keep {keep} and merge {duplicate} into it?\n\nAttendance, chair and rapporteur roles, "
                "presentations and action points of {duplicate} will point to {keep}.",
            ),
            confirm=confirm,
        )

    def _show_merged(self, keep_id: str) -> None:
        self.model.set_rows(directory.list_people(self._ctx))
        self.select(keep_id)
