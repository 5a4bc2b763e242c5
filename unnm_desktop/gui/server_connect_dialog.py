"""Where the register lives: this computer's file, or a PostgreSQL server (host, port, database, user, password, TLS).

Layout in ui/server_connect_dialog.ui. "Test connection" and Save both try the server first (store/server_probe.py)
and say in one sentence what happened; a refusal saves nothing and keeps what was typed. Saving stores the address
without its password in AppSettings; the password goes to the system keyring only when "Remember the password" is
ticked (store/server_passwords.py), and the note under it says when this computer has no keyring and what libpq
offers instead. The caller switches the window to `chosen` (gui/register_switch.py).
"""

from __future__ import annotations

from pathlib import Path
from urllib.parse import parse_qsl, quote, unquote, urlencode, urlsplit

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QWidget,
)

from unnm_desktop.domain.errors import UserFacingError
from unnm_desktop.gui.i18n import error_text
from unnm_desktop.gui.settings import AppSettings
from unnm_desktop.gui.widgets.busy import busy_cursor
from unnm_desktop.gui.widgets.uiload import child, embed_ui
from unnm_desktop.store.address import Location, ServerAddress

ERROR_STYLE = "color: #b00020;"
SUCCESS_STYLE = "color: #1b5e20;"
# libpq's sslmode values, its own default first.
TLS_MODES = ("prefer", "require", "verify-full", "verify-ca", "allow", "disable")


def local_register_file() -> Path:
    """The register file of this computer: UNNM_DESKTOP_DB when it names a file, else the platform data folder's."""
    import os

    from unnm_desktop.paths import DB_FILE_NAME, ENV_DB, data_dir
    from unnm_desktop.store.address import is_server_address

    named = os.environ.get(ENV_DB)
    if named and not is_server_address(named):
        return Path(named).expanduser().resolve()
    return (data_dir() / DB_FILE_NAME).resolve()


class ServerConnectDialog(QDialog):
    def __init__(self, parent: QWidget | None, settings: AppSettings, current: Location) -> None:
        super().__init__(parent)
        self.setObjectName("serverConnectDialog")
        self.settings = settings
        self.chosen: Location | None = None  # set by Save: the register to switch to (a server with its password)
        self.local_file = current if isinstance(current, Path) else local_register_file()
        root = embed_ui(self, "server_connect_dialog")
        self.file_choice = child(root, QRadioButton, "fileRadio")
        self.server_choice = child(root, QRadioButton, "serverRadio")
        self.host = child(root, QLineEdit, "hostEdit")
        self.port = child(root, QLineEdit, "portEdit")
        self.database = child(root, QLineEdit, "databaseEdit")
        self.user = child(root, QLineEdit, "userEdit")
        self.password = child(root, QLineEdit, "passwordEdit")
        self.tls = child(root, QComboBox, "tlsCombo")
        self.remember = child(root, QCheckBox, "rememberCheck")
        self.keyring_note = child(root, QLabel, "keyringNote")
        self.message = child(root, QLabel, "connectMessage")
        self.test_button = child(root, QPushButton, "testButton")
        self.server_fields: list[QWidget] = [self.host, self.port, self.database, self.user, self.password, self.tls,
                                             self.remember, self.test_button]  # fmt: skip
        for mode in TLS_MODES:
            self.tls.addItem(mode, mode)  # libpq's own words: what IT's instructions name
        child(root, QLabel, "fileNote").setText(self.tr("The register file: {path}").format(path=self.local_file))
        self.test_button.clicked.connect(self.test_connection)
        self.server_choice.toggled.connect(self._enable_server_fields)
        buttons = child(root, QDialogButtonBox, "buttons")
        buttons.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("&Save"))  # Alt+S on every platform
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)

        saved = settings.register_server
        shown = current if isinstance(current, ServerAddress) else ServerAddress.parse(saved) if saved else None
        self._fill(shown)
        on_server = isinstance(current, ServerAddress)
        (self.server_choice if on_server else self.file_choice).setChecked(True)
        self._enable_server_fields(on_server)
        self._offer_keyring(shown)
        (self.server_choice if on_server else self.file_choice).setFocus()
        self.resize(660, 480)

    def _fill(self, address: ServerAddress | None) -> None:
        self.other_parameters: list[tuple[str, str]] = []
        if address is None:
            self.tls.setCurrentIndex(0)
            return
        parts = urlsplit(address.url)
        self.host.setText(parts.hostname or "")
        self.port.setText(str(parts.port) if parts.port else "")
        self.database.setText(unquote(address.database))
        self.user.setText(unquote(parts.username or ""))
        query = parse_qsl(parts.query)
        sslmode = next((value for name, value in query if name == "sslmode"), TLS_MODES[0])
        self.tls.setCurrentIndex(max(0, self.tls.findData(sslmode)))
        # sslrootcert and the like, from an address given with --db: kept, the dialog has no field for them
        self.other_parameters = [(name, value) for name, value in query if name != "sslmode"]

    def _offer_keyring(self, address: ServerAddress | None) -> None:
        from unnm_desktop.store.server_passwords import NO_KEYRING, keyring_usable, stored_password

        if keyring_usable():
            self.remember.setChecked(address is not None and stored_password(address) is not None)
            self.keyring_note.setText(
                self.tr("The password is kept by the system keyring, never in the settings file.")
            )
            return
        self.remember.setChecked(False)
        self.remember.setEnabled(False)
        self.server_fields.remove(self.remember)
        self.keyring_note.setText(QCoreApplication.translate("Errors", NO_KEYRING))
        self.keyring_note.setWordWrap(True)

    def _enable_server_fields(self, on_server: bool) -> None:
        for widget in self.server_fields:
            widget.setEnabled(on_server)

    def _say(self, text: str, *, problem: bool) -> None:
        self.message.setStyleSheet(ERROR_STYLE if problem else SUCCESS_STYLE)
        self.message.setText(text)

    def typed_address(self) -> ServerAddress | None:
        """The server typed (with the typed password, kept apart), or None after saying what is missing."""
        host, database, user = self.host.text().strip(), self.database.text().strip(), self.user.text().strip()
        port = self.port.text().strip()
        for field, value, missing in (
            (self.host, host, self.tr("Type the server's host name or address.")),
            (self.database, database, self.tr("Type the name of the database on the server.")),
            (self.user, user, self.tr("Type your user name on the server.")),
        ):
            if not value:
                self._say(missing, problem=True)
                field.setFocus()
                return None
        if port and not (port.isdigit() and 0 < int(port) < 65536):
            self._say(self.tr("The port is a number from 1 to 65535 (PostgreSQL's is 5432)."), problem=True)
            self.port.setFocus()
            return None
        host_part = f"[{host}]" if ":" in host else host  # an IPv6 address
        url = f"postgresql://{quote(user, safe='')}@{host_part}{':' + port if port else ''}/{quote(database, safe='')}"
        url += "?" + urlencode([("sslmode", self.tls.currentData()), *self.other_parameters], safe="/:")
        return ServerAddress(url, self.password.text() or None)

    def _probe(self, address: ServerAddress) -> object | None:
        from unnm_desktop.store.server_probe import probe_server

        self._say(self.tr("Connecting to {server}…").format(server=address.display), problem=False)
        self.message.repaint()
        try:
            with busy_cursor():
                return probe_server(address)
        except UserFacingError as error:
            self._say(error_text(error), problem=True)
            return None

    def test_connection(self) -> None:
        address = self.typed_address()
        if address is None:
            return
        found = self._probe(address)
        if found is not None:
            self._say(self._success(address, found), problem=False)
        self.test_button.setFocus()

    def _success(self, address: ServerAddress, found: object) -> str:
        meetings = getattr(found, "meetings", None)
        role = getattr(found, "role", "?")
        if meetings is None:
            return self.tr("Connected to {server} as {role}. The database has no register yet: it is set up when "
                           "you save.").format(server=address.display, role=role)  # fmt: skip
        return self.tr("Connected to {server} as {role}. Meetings in the register: {count}.").format(
            server=address.display, role=role, count=meetings
        )

    def accept(self) -> None:
        if self.file_choice.isChecked():
            self.settings.register_server = None
            self.chosen = self.local_file
            super().accept()
            return
        address = self.typed_address()
        if address is None or self._probe(address) is None:
            return  # refused: nothing saved, everything typed stays
        if not self._keep_password(address):
            return
        self.settings.register_server = address.url  # never with the password (ServerAddress keeps it apart)
        self.chosen = address
        super().accept()

    def _keep_password(self, address: ServerAddress) -> bool:
        from unnm_desktop.store.server_passwords import forget_password, remember_password

        if not self.remember.isChecked():
            forget_password(address)
            return True
        if not address.password:
            return True  # ticked, nothing typed: the keyring keeps what it has
        try:
            remember_password(address, address.password)
        except UserFacingError as error:
            self._say(error_text(error), problem=True)
            return False
        return True


__all__ = ["ServerConnectDialog", "local_register_file"]
