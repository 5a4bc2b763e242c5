"""User settings in QSettings (window state, display name, interface language, Word template, export folder,
last meeting and item, whether the first-run welcome was shown, the server the register is on)."""

from __future__ import annotations

import getpass
import os

from PySide6.QtCore import QByteArray, QSettings

ENV_SETTINGS_DIR = "UNNM_DESKTOP_SETTINGS_DIR"


def configure_settings_location() -> None:
    """INI files everywhere (readable, portable); tests and automation may move them."""
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    folder = os.environ.get(ENV_SETTINGS_DIR)
    if folder:
        QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, folder)


class AppSettings:
    def __init__(self) -> None:
        # The (organisation, application) constructor ignores setDefaultFormat; say INI explicitly.
        self._store = QSettings(QSettings.Format.IniFormat, QSettings.Scope.UserScope, "UNNM", "unnm-desktop")
        self._unwritten = False  # a value set in memory only (the last tab), for the next write

    def _write(self, values: dict[str, object]) -> None:
        """Store the values that changed and put them on disk at once, in one write; nothing is written
        when none changed. Each write of the file is a new copy made durable (two fsyncs), so the start
        and the close, which mostly store what is already there, stay off the disk."""
        changed = self._unwritten
        for key, value in values.items():
            if self._store.value(key) != value:
                self._store.setValue(key, value)
                changed = True
        if changed:
            self._store.sync()
            self._unwritten = False

    def _get(self, key: str, default: str = "") -> str:
        value = self._store.value(key, default)
        return value if isinstance(value, str) else default

    @property
    def display_name(self) -> str:
        name = self._get("user/displayName")
        if name:
            return name
        try:
            return getpass.getuser()
        except Exception:  # no user name on some locked-down systems
            return "UNNM Desktop user"

    @display_name.setter
    def display_name(self, value: str) -> None:
        self._write({"user/displayName": value.strip()})

    @property
    def has_display_name(self) -> bool:
        """Whether the user has given a name (display_name falls back to the OS login otherwise)."""
        return bool(self._get("user/displayName").strip())

    @property
    def ui_language(self) -> str:
        """The interface language chosen at first run: "en" or "tr"; "" when never chosen."""
        value = self._get("ui/language")
        return value if value in ("en", "tr") else ""

    @ui_language.setter
    def ui_language(self, value: str) -> None:
        self._write({"ui/language": value if value in ("en", "tr") else "en"})

    @property
    def first_run_done(self) -> bool:
        return self._get("session/firstRunDone") == "1"

    @first_run_done.setter
    def first_run_done(self, done: bool) -> None:
        self._write({"session/firstRunDone": "1" if done else ""})

    @property
    def running_marker(self) -> str:
        """Set (to the process id) while a window is open and cleared on a clean close: still set when the
        program starts means the last session ended without one (a crash, a power cut, a kill)."""
        return self._get("session/running")

    @running_marker.setter
    def running_marker(self, value: str) -> None:
        self._write({"session/running": value})

    @property
    def word_template(self) -> str:
        """The user's own Word template (letterhead) for exports; "" means the built-in one."""
        return self._get("export/wordTemplate")

    @word_template.setter
    def word_template(self, path: str) -> None:
        self._write({"export/wordTemplate": path})

    @property
    def stamps_as_prose(self) -> bool:
        """Exports and prints write the notes' intervention stamps as prose ("The representative of PMM: …")."""
        return self._get("export/stampsAsProse") == "1"

    @stamps_as_prose.setter
    def stamps_as_prose(self, on: bool) -> None:
        self._write({"export/stampsAsProse": "1" if on else ""})

    @property
    def export_folder(self) -> str:
        """Where the export dialogs open; the folder of the last export is remembered here."""
        return self._get("export/folder")

    @export_folder.setter
    def export_folder(self, folder: str) -> None:
        self._write({"export/folder": folder})

    @property
    def last_meeting_id(self) -> str:
        return self._get("session/lastMeeting")

    @property
    def last_item_id(self) -> str:
        return self._get("session/lastItem")

    def remember_place(self, meeting_id: str | None, item_id: str | None) -> None:
        self._write({"session/lastMeeting": meeting_id or "", "session/lastItem": item_id or ""})

    @property
    def last_tab(self) -> int:
        value = self._store.value("session/lastTab", 2)
        try:
            return int(value)
        except (TypeError, ValueError):
            return 2

    @last_tab.setter
    def last_tab(self, index: int) -> None:
        """Kept in memory only: written with the next write (the window's place when it closes)."""
        if str(self._store.value("session/lastTab")) != str(index):
            self._store.setValue("session/lastTab", index)
            self._unwritten = True

    def window_state(self) -> tuple[QByteArray | None, QByteArray | None]:
        geometry = self._store.value("window/geometry")
        state = self._store.value("window/state")
        return (
            geometry if isinstance(geometry, QByteArray) else None,
            state if isinstance(state, QByteArray) else None,
        )

    def save_place(
        self, geometry: QByteArray, state: QByteArray, splitter: QByteArray, meeting_id: str | None, item_id: str | None
    ) -> None:
        """The window's size and layout, the agenda's split and the open meeting and item, in one write."""
        self._write(
            {
                "window/geometry": geometry,
                "window/state": state,
                "window/agendaSplitter": splitter,
                "session/lastMeeting": meeting_id or "",
                "session/lastItem": item_id or "",
            }
        )

    @property
    def agenda_splitter(self) -> QByteArray | None:
        """Where the rapporteur put the split between the agenda and the notes (Agenda & notes tab)."""
        state = self._store.value("window/agendaSplitter")
        return state if isinstance(state, QByteArray) else None

    @property
    def register_server(self) -> str | None:
        """The server chosen in Settings → Connect to a server… (postgresql://user@host:port/db?sslmode=…, never
        with a password); None: the file on this computer. `--db` and UNNM_DESKTOP_DB win over it."""
        return self._get("register/server") or None

    @register_server.setter
    def register_server(self, url: str | None) -> None:
        self._write({"register/server": url or ""})

    @property
    def sync_target(self) -> str:
        """The other side of the last File → Synchronise: a postgresql:// address (never with a password) or a
        path (a register file or an exchange folder); "" when none yet."""
        return self._get("sync/target")

    @sync_target.setter
    def sync_target(self, where: str) -> None:
        self._write({"sync/target": where})

    @property
    def sync_register_id(self) -> str:
        """The register id of that other side: File → Review sync conflicts… finds its questions without it."""
        return self._get("sync/registerId")

    @sync_register_id.setter
    def sync_register_id(self, register_id: str) -> None:
        self._write({"sync/registerId": register_id})
