"""Settings → Connect to a server… and File → Connect to a server…, through the keyboard, against a real server.

The window switches its register to the server (its meetings appear), the password goes to the keyring (a test
one, never the machine's), the settings file never holds it, the next start finds it there, a wrong password is
said in one sentence with nothing saved, and "This computer" brings the file back.
"""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from builders import small_meeting
from fake_keyring import ENV_FILE, FileKeyring, keyring, no_keyring_fixture  # noqa: F401
from gui_helpers import make_window
from keyboard import activate, answer_dialog, answered, press, stuck_dialogs_closed, type_keys, wait_until
from password_login import PASSWORD, no_libpq_password_fixture, password_login_fixture  # noqa: F401
from PySide6.QtWidgets import QApplication, QCheckBox, QLabel, QLineEdit, QRadioButton, QWidget

from unnm_desktop.gui.language_switch import main_window, set_main_window
from unnm_desktop.gui.settings import AppSettings
from unnm_desktop.services.context import ServiceContext, open_context
from unnm_desktop.store.address import ServerAddress
from unnm_desktop.store.server_passwords import KEYRING_SERVICE, keyring_username

pytestmark = pytest.mark.usefixtures("no_libpq_password")
SERVER_TITLE = "Göç Çalışma Grubu — İstanbul, Işık Salonu"


@pytest.fixture
def file_keyring(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[FileKeyring]:
    """A usable keyring in a file of the test's: the next start (another process) reads the same one."""
    monkeypatch.setenv(ENV_FILE, str(tmp_path / "keyring.json"))
    before = keyring.get_keyring()
    backend = FileKeyring()
    keyring.set_keyring(backend)
    yield backend
    keyring.set_keyring(before)


@pytest.fixture
def windows_closed() -> Iterator[None]:
    """Windows the switch made (each on a context it opened) are closed with the test."""
    yield
    shown = main_window()
    set_main_window(None)  # type: ignore[arg-type]
    if shown is not None:
        shown.close()
        shown.ctx.close()


def unowned_window(qtbot, ctx: ServiceContext, settings_dir: Path, monkeypatch: pytest.MonkeyPatch) -> QWidget:
    """A main window the switch may close and delete (make_window's belongs to qtbot, which closes it again)."""
    from unnm_desktop.gui.main_window import MainWindow
    from unnm_desktop.gui.settings import configure_settings_location

    monkeypatch.setenv("UNNM_DESKTOP_SETTINGS_DIR", str(settings_dir))
    configure_settings_location()
    window = MainWindow(ctx, AppSettings())
    set_main_window(window)
    window.show()
    qtbot.waitExposed(window)
    return window


def settings_text(settings_dir: Path) -> str:
    return "\n".join(path.read_text(encoding="utf-8") for path in settings_dir.rglob("*.ini"))


def message_of(dialog: QWidget) -> str:
    return dialog.findChild(QLabel, "connectMessage").text()


def type_server(dialog: QWidget, port: int, database: str, user: str, password: str) -> None:
    """Choose "A server" and type its address, as a person does: Alt+V, then Tab from field to field."""
    press("Alt+V")
    server = dialog.findChild(QRadioButton, "serverRadio")
    wait_until(server.isChecked)  # a mnemonic clicks as a button does: pressed, then released 100 ms later
    press("Tab")
    type_keys(f"127.0.0.1\t{port}\t{database}\t{user}\t{password}\t")
    type_keys("d")  # TLS: "disable" (the test cluster has no certificate)
    press("Tab")


def test_connecting_through_settings_switches_to_the_server_and_keeps_the_password_in_the_keyring(
    qtbot, ctx: ServiceContext, server_address: ServerAddress, password_login: str, file_keyring: FileKeyring,
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, windows_closed: None,
) -> None:  # fmt: skip
    small_meeting(ctx, title="Dosyadaki toplantı")
    with open_context(server_address, actor="Secretariat") as server:
        small_meeting(server, title=SERVER_TITLE)
    settings_dir = tmp_path / "settings"
    window = unowned_window(qtbot, ctx, settings_dir, monkeypatch)
    activate(window)
    port = int(server_address.url.split(":")[2].split("/")[0])
    tested: list[str] = []

    def in_connect(dialog: QWidget) -> None:
        type_server(dialog, port, server_address.database, password_login, PASSWORD)
        press("Space")  # Remember the password
        press("Alt+E")  # Test connection
        wait_until(lambda: "Connected" in message_of(dialog), timeout_ms=15000, message=message_of(dialog))
        tested.append(message_of(dialog))
        press("Alt+S")

    def in_settings(dialog: QWidget) -> None:
        seen = answer_dialog(in_connect, object_name="serverConnectDialog", timeout_ms=10000)
        press("Alt+V")  # Connect to a server…
        # Not answered(): Settings itself is still open, under it.
        wait_until(lambda: seen and QApplication.activeModalWidget() is dialog, timeout_ms=20000)
        assert not seen[0].startswith("error:"), seen[0]
        activate(dialog)
        press("Enter")  # OK

    with stuck_dialogs_closed(30000) as stuck:
        seen = answer_dialog(in_settings, object_name="settingsDialog")
        press("Ctrl+,")
        answered(seen)
    assert stuck == []
    assert tested and "Meetings in the register: 1." in tested[0] and server_address.database in tested[0]

    shown = main_window()
    assert shown is not None and shown is not window
    wait_until(lambda: shown.is_interactive, timeout_ms=15000)
    wait_until(lambda: [m.title for m in shown.meeting_model.meetings] == [SERVER_TITLE], timeout_ms=10000)
    assert isinstance(shown.ctx.path, ServerAddress) and shown.ctx.path.database == server_address.database

    # The address is in the settings, never the password; the keyring holds it.
    saved = AppSettings().register_server
    assert saved is not None and server_address.database in saved and password_login in saved
    text = settings_text(settings_dir)
    assert server_address.database in text and PASSWORD not in text
    address = ServerAddress.parse(saved)
    assert file_keyring.get_password(KEYRING_SERVICE, keyring_username(address)) == PASSWORD
    logs = Path(os.environ["UNNM_DESKTOP_LOG_DIR"])
    assert all(PASSWORD not in path.read_text(encoding="utf-8", errors="replace") for path in logs.rglob("*")
               if path.is_file())  # fmt: skip

    # The next start: no --db, the saved server, its password from the keyring; no file is made.
    data = Path(os.environ["UNNM_DESKTOP_DATA_DIR"])
    files_before = sorted(data.rglob("*.sqlite3"))
    environment = {**os.environ, "PYTHON_KEYRING_BACKEND": "fake_keyring.FileKeyring",
                   "PYTHONPATH": os.pathsep.join([str(Path(__file__).parent), os.environ.get("PYTHONPATH", "")])}  # fmt: skip
    done = subprocess.run([sys.executable, "-m", "unnm_desktop", "--exit-when-ready"], capture_output=True,
                          text=True, timeout=120, cwd=tmp_path, env=environment)  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert "interactive in" in done.stdout
    assert sorted(data.rglob("*.sqlite3")) == files_before

    # File → Connect to a server…, "This computer (file)": back on this computer's file (the test's, named by
    # UNNM_DESKTOP_DB, which would have won over the saved server at the start above).
    monkeypatch.setenv("UNNM_DESKTOP_DB", str(ctx.path))

    def back_to_file(dialog: QWidget) -> None:
        press("Alt+F")
        press("Alt+S")

    activate(shown)
    seen = answer_dialog(back_to_file, object_name="serverConnectDialog")
    press("Alt+F", "V")
    answered(seen)
    back = main_window()
    assert back is not shown
    wait_until(lambda: back.is_interactive, timeout_ms=15000)
    wait_until(lambda: [m.title for m in back.meeting_model.meetings] == ["Dosyadaki toplantı"], timeout_ms=10000)
    assert AppSettings().register_server is None


def test_a_wrong_password_is_said_in_one_sentence_and_nothing_is_saved(
    qtbot, ctx: ServiceContext, server_address: ServerAddress, password_login: str, file_keyring: FileKeyring,
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, windows_closed: None,
) -> None:  # fmt: skip
    settings_dir = tmp_path / "settings"
    window = make_window(qtbot, ctx, settings_dir, monkeypatch)
    set_main_window(window)
    activate(window)
    port = int(server_address.url.split(":")[2].split("/")[0])
    kept: dict[str, object] = {}

    def in_connect(dialog: QWidget) -> None:
        type_server(dialog, port, server_address.database, password_login, "yanlış-şifre")
        press("Space")  # Remember the password
        press("Alt+S")  # Save: tried first, refused
        wait_until(lambda: "password" in message_of(dialog), timeout_ms=15000, message=message_of(dialog))
        kept["message"] = message_of(dialog)
        kept["visible"] = dialog.isVisible()
        kept["fields"] = [edit.text() for edit in dialog.findChildren(QLineEdit) if edit.objectName().endswith("Edit")]
        kept["remember"] = dialog.findChild(QCheckBox, "rememberCheck").isChecked()
        press("Escape")

    seen = answer_dialog(in_connect, object_name="serverConnectDialog", timeout_ms=10000)
    press("Alt+F", "V")
    answered(seen)
    assert "refused the password" in str(kept["message"]) and password_login in str(kept["message"])
    assert kept["visible"] is True and kept["remember"] is True
    assert "yanlış-şifre" in kept["fields"] and server_address.database in kept["fields"]  # type: ignore[operator]
    assert main_window() is window  # still on the file
    assert AppSettings().register_server is None
    assert file_keyring.entries == {} and not Path(os.environ[ENV_FILE]).exists()
    assert "yanlış" not in settings_text(settings_dir)


@pytest.mark.usefixtures("no_keyring")
def test_without_a_keyring_the_dialog_says_so_and_names_libpq_means(
    qtbot, ctx: ServiceContext, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = make_window(qtbot, ctx, tmp_path / "settings", monkeypatch)
    activate(window)
    found: dict[str, object] = {}

    def look(dialog: QWidget) -> None:
        found["note"] = dialog.findChild(QLabel, "keyringNote").text()
        found["remember"] = dialog.findChild(QCheckBox, "rememberCheck").isEnabled()
        press("Escape")

    seen = answer_dialog(look, object_name="serverConnectDialog")
    press("Alt+F", "V")
    answered(seen)
    assert found["remember"] is False
    assert "keyring" in str(found["note"]) and ".pgpass" in str(found["note"]) and "PGPASSFILE" in str(found["note"])
    assert QApplication.activeModalWidget() is None


def test_a_server_that_cannot_be_reached_at_start_offers_the_file_meanwhile(
    qtbot, ctx: ServiceContext, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, windows_closed: None
) -> None:
    from unnm_desktop.gui.main_window import MainWindow
    from unnm_desktop.gui.register_switch import close_switched_registers, pending_context
    from unnm_desktop.gui.settings import configure_settings_location

    small_meeting(ctx, title="Dosyadaki toplantı")
    ctx.close()  # the desk starts on the server; this computer's file is closed
    monkeypatch.setenv("UNNM_DESKTOP_DB", str(ctx.path))  # this computer's file, for the test
    monkeypatch.setenv("UNNM_DESKTOP_SETTINGS_DIR", str(tmp_path / "settings"))
    configure_settings_location()
    settings = AppSettings()
    unreachable = "postgresql://nobody@127.0.0.1:1/unnm"
    settings.register_server = unreachable
    opening = pending_context(ServerAddress.parse(unreachable), "Test")
    window = MainWindow(opening, settings)
    set_main_window(window)
    window.show()
    qtbot.waitExposed(window)
    said: list[str] = []

    def open_the_file(box: QWidget) -> None:
        said.append(box.text())
        press("Enter")  # "Open this computer's file", the default

    seen = answer_dialog(open_the_file, timeout_ms=20000)
    opening.start()
    answered(seen)
    assert "cannot be reached" in said[0]
    back = main_window()
    assert back is not window
    wait_until(lambda: back.is_interactive, timeout_ms=15000)
    wait_until(lambda: [m.title for m in back.meeting_model.meetings] == ["Dosyadaki toplantı"], timeout_ms=10000)
    assert AppSettings().register_server == unreachable  # still chosen for the next start
    set_main_window(None)  # type: ignore[arg-type]
    back.close()
    assert close_switched_registers()  # what gui/app.py does at the end: the file's context is closed


@pytest.mark.usefixtures("no_keyring")
def test_the_address_saved_keeps_the_libpq_parameters_it_has_no_field_for(qtbot, tmp_path: Path) -> None:
    from unnm_desktop.gui.server_connect_dialog import ServerConnectDialog

    started_with = ServerAddress.parse(
        "postgresql://ayse@db.example.org:6543/unnm?sslmode=verify-full&sslrootcert=/etc/ssl/ca.pem"
    )
    dialog = ServerConnectDialog(None, AppSettings(), started_with)
    qtbot.addWidget(dialog)
    assert dialog.server_choice.isChecked() and dialog.tls.currentData() == "verify-full"
    address = dialog.typed_address()
    assert address is not None and address.password is None
    assert address.url == "postgresql://ayse@db.example.org:6543/unnm?sslmode=verify-full&sslrootcert=/etc/ssl/ca.pem"
    assert ServerAddress.parse(address.url).display == "ayse@db.example.org:6543/unnm"
