"""The People & organisations dialog: the Organisations tab (with the earlier names of organisations) and
the People tab side by side, one message line under them.

The layout lives in ui/directory_dialog.ui; this module only assembles the tabs over it (organisations_tab,
people_tab) and keeps them in step. Every cell edit is saved at once through the services (a WAL commit is
cheap); a refused edit shows the service's message under the tabs and the cell keeps its old value.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QPushButton, QTabWidget, QVBoxLayout, QWidget

from unnm_desktop.gui.directory.organisations_tab import OrganisationsTab
from unnm_desktop.gui.directory.people_tab import PeopleTab
from unnm_desktop.gui.widgets.uiload import child, load_ui
from unnm_desktop.services.context import ServiceContext
from unnm_desktop.services.directory import entries as directory
from unnm_desktop.services.directory import lookups


class DirectoryDialog(QDialog):
    """People and organisations: the two tabs, the message line, Ctrl+F and Close."""

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

        self.tabs = child(self.form, QTabWidget, "directoryTabs")
        self.message_label = child(self.form, QLabel, "directoryMessage")
        self.button_box = child(self.form, QDialogButtonBox, "dialogButtons")
        self.organisations = OrganisationsTab(self.form, ctx)
        self.aliases = self.organisations.aliases
        self.people = PeopleTab(self.form, ctx)
        self._name_the_parts()
        self._wire()
        self.refresh()
        self.org_table.setFocus()

    def _name_the_parts(self) -> None:
        """The tabs' widgets and models under the dialog's names, as tests and screenshots reach them."""
        orgs, aliases, people = self.organisations, self.aliases, self.people
        self.org_search, self.org_table, self.org_splitter = orgs.search, orgs.table, orgs.splitter
        self.org_model, self.org_proxy = orgs.model, orgs.proxy
        self.merge_org_button, self.org_merge_hint = orgs.merge_button, orgs.merge_hint
        self.new_org_acronym, self.new_org_name_en = orgs.new_acronym, orgs.new_name_en
        self.new_org_name_tr, self.new_org_kind, self.add_org_button = orgs.new_name_tr, orgs.new_kind, orgs.add_button
        self.alias_group, self.alias_table, self.alias_model = aliases.group, aliases.table, aliases.model
        self.alias_acronym, self.alias_name_en, self.alias_name_tr = aliases.acronym, aliases.name_en, aliases.name_tr
        self.alias_valid_from, self.alias_valid_to = aliases.valid_from, aliases.valid_to
        self.add_alias_button, self.remove_alias_button = aliases.add_button, aliases.remove_button
        self.people_search, self.people_table = people.search, people.table
        self.people_model, self.people_proxy = people.model, people.proxy
        self.merge_people_button, self.people_merge_hint = people.merge_button, people.merge_hint
        self.new_person_name, self.new_person_title = people.new_name, people.new_title
        self.new_person_org, self.new_person_email = people.new_org, people.new_email
        self.add_person_button = people.add_button
        # What the dialog does, by the names it has always had.
        self.current_organization_id, self.select_organization = orgs.current_id, orgs.select
        self.selected_organization_ids, self.add_organization = orgs.selected_ids, orgs.add
        self.merge_selected_organizations = orgs.merge_selected
        self.add_alias, self.remove_selected_alias = aliases.add, aliases.remove_selected
        self.current_person_id, self.select_person = people.current_id, people.select
        self.selected_person_ids, self.add_person = people.selected_ids, people.add
        self.merge_selected_people = people.merge_selected

    def _wire(self) -> None:
        for part in (self.organisations, self.people):
            part.said.connect(self.show_message)
            part.refused.connect(self._show_error)
        self.organisations.directory_changed.connect(self.refresh)
        self.organisations.organisations_edited.connect(self.people.set_organizations)

        self.button_box.rejected.connect(self.reject)
        for button in self.button_box.buttons():
            if isinstance(button, QPushButton):
                button.setAutoDefault(False)
                button.setDefault(False)
                button.setAccessibleName(button.text().replace("&", "") or self.tr("Close"))

        find = QShortcut(QKeySequence(QKeySequence.StandardKey.Find), self)
        find.activated.connect(self.focus_search)

    def refresh(self) -> None:
        """Reload organisations, people and earlier names from the database, keeping the current rows."""
        current_org = self.organisations.current_id()
        current_person = self.people.current_id()
        organizations = directory.list_organizations(self._ctx)
        self.organisations.set_rows(organizations, lookups.aliases_by_organization(self._ctx))
        self.people.set_rows(directory.list_people(self._ctx), organizations)
        if current_org:
            self.organisations.select(current_org)
        if current_person:
            self.people.select(current_person)
        self.aliases.load()

    def merge_selected(self, confirm: bool = True) -> bool:
        """Merge the two rows selected on the current tab."""
        if self.tabs.currentIndex() == self.PEOPLE_TAB:
            return self.people.merge_selected(confirm)
        return self.organisations.merge_selected(confirm)

    def focus_search(self) -> None:
        search = self.org_search if self.tabs.currentIndex() == self.ORG_TAB else self.people_search
        search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        search.selectAll()

    # --- messages ----------------------------------------------------------------------------------

    def message(self) -> str:
        return self.message_label.text()

    def show_message(self, text: str, *, error: bool = False) -> None:
        self.message_label.setStyleSheet("QLabel { color: #b3261e; font-weight: bold; }" if error else "")
        self.message_label.setText(text)
        self.message_label.setAccessibleDescription(text)

    def _show_error(self, text: str) -> None:
        self.show_message(text, error=True)
