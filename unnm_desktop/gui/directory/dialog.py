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
        self._wire()
        self.refresh()
        self.organisations.table.setFocus()

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
        search = self.organisations.search if self.tabs.currentIndex() == self.ORG_TAB else self.people.search
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
