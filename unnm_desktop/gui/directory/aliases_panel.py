"""The earlier and other names of the organisation selected in the Organisations tab ("DGMM" for PMM),
with the dates each was in use: listed, added from the fields below the table, removed with Delete."""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QCoreApplication, QObject, QRegularExpression, Qt, Signal
from PySide6.QtGui import QKeySequence, QRegularExpressionValidator, QShortcut
from PySide6.QtWidgets import QGroupBox, QHeaderView, QLineEdit, QPushButton, QTableView, QWidget

from unnm_desktop.domain.errors import UserFacingError
from unnm_desktop.gui.directory.organisation_models import AliasTableModel
from unnm_desktop.gui.directory.table_views import set_header
from unnm_desktop.gui.directory.wording import save_time
from unnm_desktop.gui.i18n import error_text, typed_date
from unnm_desktop.gui.widgets.uiload import child
from unnm_desktop.services.context import ServiceContext
from unnm_desktop.services.directory import entries as directory
from unnm_desktop.services.directory import lookups

_ISO_DATE = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")


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


class AliasesPanel(QObject):
    """The "Earlier and other names" box of the Organisations tab."""

    said = Signal(str)
    refused = Signal(str)
    changed = Signal(str, object)  # organisation id, its earlier names (list[AliasView]) after an add or a removal

    def __init__(
        self, root: QWidget, ctx: ServiceContext, organisation: Callable[[], str | None], label: Callable[[str], str]
    ) -> None:
        """`organisation()` is the id of the organisation selected in the tab, `label(id)` its acronym."""
        super().__init__(root)
        self._ctx = ctx
        self._organisation = organisation
        self._label = label
        self.group = child(root, QGroupBox, "aliasGroup")
        self.table = child(root, QTableView, "aliasTable")
        self.acronym = child(root, QLineEdit, "aliasAcronym")
        self.name_en = child(root, QLineEdit, "aliasNameEn")
        self.name_tr = child(root, QLineEdit, "aliasNameTr")
        self.valid_from = child(root, QLineEdit, "aliasValidFrom")
        self.valid_to = child(root, QLineEdit, "aliasValidTo")
        self.add_button = child(root, QPushButton, "addAliasButton")
        self.remove_button = child(root, QPushButton, "removeAliasButton")
        self._form = (self.acronym, self.name_en, self.name_tr, self.valid_from, self.valid_to)

        self.model = AliasTableModel(self)
        self.table.setModel(self.model)
        set_header(
            self.table,
            {
                AliasTableModel.COL_ACRONYM: QHeaderView.ResizeMode.ResizeToContents,
                AliasTableModel.COL_NAME_EN: QHeaderView.ResizeMode.Stretch,
                AliasTableModel.COL_NAME_TR: QHeaderView.ResizeMode.Stretch,
                AliasTableModel.COL_VALID_FROM: QHeaderView.ResizeMode.ResizeToContents,
                AliasTableModel.COL_VALID_TO: QHeaderView.ResizeMode.ResizeToContents,
            },
        )
        date_rule = QRegularExpressionValidator(QRegularExpression(r"[0-9]{4}-[0-9]{2}-[0-9]{2}"), self)
        self.valid_from.setValidator(date_rule)
        self.valid_to.setValidator(date_rule)

        self.add_button.clicked.connect(self.add)
        for field in self._form:
            field.returnPressed.connect(self.add)
        self.remove_button.clicked.connect(self.remove_selected)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())
        delete = QShortcut(QKeySequence(QKeySequence.StandardKey.Delete), self.table)
        delete.setContext(Qt.ShortcutContext.WidgetShortcut)
        delete.activated.connect(self.remove_selected)

    def load(self) -> None:
        """Show the earlier names of the organisation now selected (none selected: the fields disabled)."""
        org_id = self._organisation()
        if org_id is None:
            self.model.set_rows([])
            self.group.setTitle(
                QCoreApplication.translate("DirectoryDialog", "Earlier and other names (select an organisation)")
            )
        else:
            self.model.set_rows(lookups.list_aliases(self._ctx, org_id))
            self.group.setTitle(
                QCoreApplication.translate("DirectoryDialog", "Earlier and other names of {organisation}").format(
                    organisation=self._label(org_id)
                )
            )
        for widget in (*self._form, self.add_button):
            widget.setEnabled(org_id is not None)
        self._update_buttons()

    def _update_buttons(self) -> None:
        self.remove_button.setEnabled(bool(self.table.selectionModel().selectedRows()))

    def add(self) -> str | None:
        """Add the earlier name typed below the names table to the current organisation."""
        org_id = self._organisation()
        if org_id is None:
            self.refused.emit(
                QCoreApplication.translate(
                    "DirectoryDialog", "Select the organisation the earlier name belongs to first."
                )
            )
            return None
        try:
            valid_from = parse_iso_date(
                self.valid_from.text(),
                QCoreApplication.translate(
                    "DirectoryDialog",
                    "“{text}” is not a date for “valid from”; write it as YYYY-MM-DD, e.g. 2019-07-01.",
                ),
            )
            valid_to = parse_iso_date(
                self.valid_to.text(),
                QCoreApplication.translate(
                    "DirectoryDialog",
                    "“{text}” is not a date for “valid until”; write it as YYYY-MM-DD, e.g. 2019-07-01.",
                ),
            )
        except ValueError as error:
            self.refused.emit(error_text(error))
            return None
        try:
            alias_id = directory.add_alias(
                self._ctx,
                org_id,
                acronym=self.acronym.text(),
                name_en=self.name_en.text(),
                name_tr=self.name_tr.text(),
                valid_from=valid_from,
                valid_to=valid_to,
            )
        except UserFacingError as error:
            self.refused.emit(error_text(error))
            return None
        acronym = self.acronym.text().strip()
        for field in self._form:
            field.clear()
        self._reload(org_id)
        number = self.model.row_of(alias_id)
        if number >= 0:
            self.table.selectRow(number)
        self.said.emit(
            QCoreApplication.translate(
                "DirectoryDialog", "Added {acronym} as an earlier name of {organisation} at {time}."
            ).format(acronym=acronym, organisation=self._label(org_id), time=save_time())
        )
        self.acronym.setFocus()
        return alias_id

    def remove_selected(self) -> bool:
        rows = self.table.selectionModel().selectedRows()
        org_id = self._organisation()
        if not rows or org_id is None:
            self.refused.emit(
                QCoreApplication.translate(
                    "DirectoryDialog", "Select the earlier name to remove in the names table first."
                )
            )
            return False
        alias = self.model.alias(rows[0].row())
        try:
            directory.remove_alias(self._ctx, alias.id)
        except UserFacingError as error:
            self.refused.emit(error_text(error))
            return False
        self._reload(org_id)
        self.said.emit(
            QCoreApplication.translate(
                "DirectoryDialog", "Removed the earlier name {acronym} of {organisation} at {time}."
            ).format(acronym=alias.acronym, organisation=self._label(org_id), time=save_time())
        )
        return True

    def _reload(self, org_id: str) -> None:
        aliases = lookups.list_aliases(self._ctx, org_id)
        self.model.set_rows(aliases)
        self.changed.emit(org_id, aliases)  # the organisation is found by its earlier names too
        self._update_buttons()
