"""File → Settings…: your name for the audit log, the interface language, your own Word template
(letterhead), the export folder, and where the register lives (Connect to a server…, gui/server_connect_dialog.py).

Layout in ui/settings_dialog.ui. OK checks what was typed (the template must be a .docx file Word made, the
folder must exist) and stores it in AppSettings; the caller then makes the service context follow the name
and applies `chosen_language` (gui/language_switch.py), which rebuilds the window after saving everything.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QLineEdit,
    QPushButton,
    QWidget,
)

from unnm_desktop.domain.errors import UserFacingError
from unnm_desktop.gui.i18n import LANGUAGE_NAMES, current_language, error_text
from unnm_desktop.gui.settings import AppSettings
from unnm_desktop.gui.widgets.uiload import child, embed_ui
from unnm_desktop.store.address import Location, ServerAddress

if TYPE_CHECKING:
    from unnm_desktop.gui.shell import MainShell

ERROR_STYLE = "color: #b00020;"


def template_problem(text: str) -> str | None:
    """Why `text` cannot be used as a Word template, or None when it can ("" is the built-in template)."""
    if not text.strip():
        return None
    path = Path(text.strip()).expanduser()
    if path.suffix.lower() != ".docx":
        return QCoreApplication.translate(
            "SettingsDialog",
            "The Word template must be a .docx file; “{name}” is not. In Word, save the letterhead as .docx.",
        ).format(name=path.name)
    if not path.is_file():
        return QCoreApplication.translate(
            "SettingsDialog",
            "The Word template {path} does not exist; choose the file again, or use the built-in template.",
        ).format(path=path)
    from unnm_desktop.export.docx_render import open_template

    try:
        open_template(path)
    except UserFacingError as error:
        return error_text(error)
    return None


class SettingsDialog(QDialog):
    def __init__(self, parent: QWidget | None, settings: AppSettings, register: Location | None = None) -> None:
        """`register`: where the window's register is now (Connect to a server… starts from it)."""
        super().__init__(parent)
        self.setObjectName("settingsDialog")
        self.settings = settings
        self.register = register
        self.chosen_register: Location | None = None  # saved by Connect to a server…: switched to once closed
        root = embed_ui(self, "settings_dialog")
        self.display_name = child(root, QLineEdit, "displayNameEdit")
        self.template = child(root, QLineEdit, "templateEdit")
        self.export_folder = child(root, QLineEdit, "exportFolderEdit")
        self.message = child(root, QLabel, "settingsMessage")
        self.language = child(root, QComboBox, "uiLanguageCombo")
        for code, name in LANGUAGE_NAMES.items():
            self.language.addItem(name, code)  # each language named in itself: found whatever is on screen
        self.language.setCurrentIndex(self.language.findData(current_language()))
        self.message.setStyleSheet(ERROR_STYLE)
        child(root, QPushButton, "templateBrowseButton").clicked.connect(self.browse_template)
        child(root, QPushButton, "templateResetButton").clicked.connect(self.use_builtin_template)
        child(root, QPushButton, "exportFolderBrowseButton").clicked.connect(self.browse_folder)
        self.register_where = child(root, QLabel, "registerWhere")
        child(root, QPushButton, "connectButton").clicked.connect(self.choose_register)
        self._show_register(register)
        buttons = child(root, QDialogButtonBox, "buttons")
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)

        self.display_name.setText(settings.display_name)
        self.template.setText(settings.word_template)
        self.export_folder.setText(settings.export_folder)
        self.export_folder.setPlaceholderText(str(Path.home()))
        self.display_name.setFocus()
        self.display_name.selectAll()
        self.resize(700, 390)

    def browse_template(self) -> None:
        start = self.template.text().strip() or self.export_folder.text().strip() or str(Path.home())
        path, _filter = QFileDialog.getOpenFileName(
            self, self.tr("Your Word template (letterhead)"), start, self.tr("Word documents (*.docx)")
        )
        if path:
            self.template.setText(path)
        self.template.setFocus()

    def use_builtin_template(self) -> None:
        self.template.clear()
        self.message.clear()
        self.template.setFocus()

    def browse_folder(self) -> None:
        start = self.export_folder.text().strip() or str(Path.home())
        folder = QFileDialog.getExistingDirectory(self, self.tr("Default export folder"), start)
        if folder:
            self.export_folder.setText(folder)
        self.export_folder.setFocus()

    def _show_register(self, register: Location | None) -> None:
        if isinstance(register, ServerAddress):
            self.register_where.setText(self.tr("On the server {server}").format(server=register.display))
        elif register is not None:
            self.register_where.setText(self.tr("On this computer: {path}").format(path=register))

    def choose_register(self) -> None:
        """Connect to a server…: its Save is final (stored at once); the window switches when Settings closes."""
        from unnm_desktop.gui.server_connect_dialog import ServerConnectDialog, local_register_file

        dialog = ServerConnectDialog(
            self, self.settings, self.chosen_register or self.register or local_register_file()
        )
        if dialog.exec() and dialog.chosen is not None:
            self.chosen_register = dialog.chosen
            self._show_register(dialog.chosen)
        self.activateWindow()

    def accept(self) -> None:
        problem = template_problem(self.template.text())
        if problem:
            self.message.setText(problem)
            self.template.setFocus()
            return
        folder = self.export_folder.text().strip()
        if folder and not Path(folder).expanduser().is_dir():
            self.message.setText(
                self.tr("The folder {folder} does not exist; choose another, or leave it empty.").format(folder=folder)
            )
            self.export_folder.setFocus()
            return
        if not self.display_name.text().strip():
            self.message.setText(self.tr("Type your name: it is recorded in the audit log with every change you make."))
            self.display_name.setFocus()
            return
        self.settings.display_name = self.display_name.text()
        self.settings.word_template = (
            str(Path(self.template.text().strip()).expanduser()) if self.template.text().strip() else ""
        )
        self.settings.export_folder = str(Path(folder).expanduser()) if folder else ""
        super().accept()

    @property
    def chosen_language(self) -> str:
        return str(self.language.currentData())


def open_settings(window: MainShell) -> bool:
    """File → Settings…; the audit log's actor follows the display name from the next change on.

    Another interface language builds the window again (gui/language_switch.py) after saving everything."""
    from unnm_desktop.gui.language_switch import change_language
    from unnm_desktop.gui.register_switch import current_location, switch_register

    window.autosaver.flush()  # what was typed before is recorded under the name it was typed under
    dialog = SettingsDialog(window, window.settings, current_location(window.ctx))
    accepted = dialog.exec()
    if dialog.chosen_register is not None:  # saved already, even if the rest of Settings was cancelled
        window = switch_register(window, dialog.chosen_register)
    if not accepted:
        return False
    window.ctx.actor = window.settings.display_name
    if dialog.chosen_language != current_language():
        change_language(window, dialog.chosen_language)  # the new window says which language it speaks
        return True
    # The context of the Minutes menu, where this was first written: the Turkish catalogue has it there.
    window.show_message(QCoreApplication.translate("MinutesMenu", "Settings saved."))
    return True


__all__ = ["SettingsDialog", "open_settings", "template_problem"]
