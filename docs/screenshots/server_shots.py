"""The server screenshots of make_screenshots.py: the connect dialog, the lease banner and the conflict banner.

The connect dialog needs no server (nothing is tested or saved). The two banners need a real PostgreSQL
server: a throwaway cluster is started as the tests start theirs (tests/postgres_server.py), the demo register
is copied onto it (services/copy_register.py), and another desk works on it through its own connection, as in
tests/test_gui_leases.py and tests/test_gui_server_conflicts.py. Without the server binaries those two shots
are skipped with a message.
"""

from __future__ import annotations

import shutil
import sys
import tempfile
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

CONNECT = "server-connect"
LEASE = "lease-banner"
CONFLICT = "conflict-banner"
SHOTS = (CONNECT, LEASE, CONFLICT)
NEEDS_POSTGRES = (LEASE, CONFLICT)

# What a desk types into the dialog: the secretariat's server, as IT would hand it out.
HOST, PORT, DATABASE, LOGIN, PASSWORD, TLS = (
    "db.iom-turkiye.local",
    "5432",
    "unnm",
    "ayse.yilmaz",
    "g0c-2026!",
    "verify-full",
)
# This computer's own register file, where a desk's would be (rather than the script's temporary folder).
REGISTER_FILE = Path("/home/ayse/.local/share/unnm-desktop/unnm-desktop.sqlite3")
# The meeting of the shots, on its agenda item with decisions (as the main window's shots).
MEETING = "UNNM-TR/2023/1"
# The other desk: who holds the lease, on which computer; and who changes the notes meanwhile.
OTHER_DESK = ("desk-masa-2", "İsmail Çelik", "masa-2")
# The other desk's correction to the notes being typed, and what this desk types at their end meanwhile.
CORRECTED = ("UNICEF presented the draft concept note", "UNICEF and IOM presented the revised concept note")
TYPED_HERE = " The Chair thanked UNICEF for the note."


def connect_dialog(parent: Any, settings: Any) -> Any:
    """The "Connect to a server…" dialog with "A server" chosen and the secretariat's server typed in, as on a
    desktop with a system keyring (Windows, macOS, a Linux desktop): "Remember the password" offered and ticked."""
    from unnm_desktop.gui.server_connect_dialog import ServerConnectDialog
    from unnm_desktop.store import server_passwords

    usable = server_passwords.keyring_usable
    server_passwords.keyring_usable = lambda: True  # type: ignore[assignment]
    try:
        dialog = ServerConnectDialog(parent, settings, REGISTER_FILE)
    finally:
        server_passwords.keyring_usable = usable  # type: ignore[assignment]
    dialog.server_choice.setChecked(True)
    for field, value in ((dialog.host, HOST), (dialog.port, PORT), (dialog.database, DATABASE),
                         (dialog.user, LOGIN), (dialog.password, PASSWORD)):  # fmt: skip
        field.setText(value)
    dialog.tls.setCurrentIndex(dialog.tls.findData(TLS))
    dialog.remember.setChecked(True)
    dialog.password.setFocus()
    return dialog


@contextmanager
def demo_on_server(demo_file: Path) -> Iterator[Any | None]:
    """The demo register copied onto a throwaway PostgreSQL cluster: its address, or None (said why) when this
    computer has no server binaries."""
    sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "tests"))
    from postgres_server import PostgresCluster, server_binaries

    binaries = server_binaries()
    if binaries is None:
        print(f"skipped {', '.join(NEEDS_POSTGRES)}: they need PostgreSQL's server binaries "
              "(/usr/lib/postgresql/*/bin; apt-get install postgresql)", file=sys.stderr)  # fmt: skip
        yield None
        return
    import psycopg

    from unnm_desktop.services.copy_register import copy_register
    from unnm_desktop.store.address import ServerAddress

    cluster = PostgresCluster(Path(tempfile.mkdtemp(prefix="unnm-shots-postgres-")), binaries)
    cluster.start()
    try:
        with psycopg.connect(cluster.url("postgres"), autocommit=True) as admin:
            admin.execute(f"CREATE DATABASE {DATABASE}")
        address = ServerAddress.parse(cluster.url(DATABASE))
        copy_register(demo_file, address, actor="Screenshots")
        yield address
    finally:
        cluster.stop()
        shutil.rmtree(cluster.folder, ignore_errors=True)


def type_into(widget: Any, text: str) -> None:
    """One key event per character, as typing does (QTest.keyClicks stops at non-ASCII characters)."""
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest

    for character in text:
        QTest.sendKeyEvent(QTest.KeyAction.Click, widget, Qt.Key.Key_unknown, character, Qt.KeyboardModifier.NoModifier)


class ServerDesk:
    """This desk's main window on the server register, opened on the meeting and agenda item of the shots."""

    def __init__(self, address: Any, settings: Any, meeting_ref: str, user_name: str,
                 settle: Callable[[int], None]) -> None:  # fmt: skip
        from unnm_desktop.services.context import open_context
        from unnm_desktop.services.meeting import agenda, decisions, meetings

        self.address, self.settings, self.settle = address, settings, settle
        self.ctx = open_context(address, actor=user_name)
        self.meeting_id = meetings.resolve_meeting(self.ctx, meeting_ref)
        with_decisions = {d.agenda_item_id for d in decisions.list_decisions(self.ctx, self.meeting_id)}
        self.item = next(i for i in agenda.list_items(self.ctx, self.meeting_id) if i.id in with_decisions)

    def window(self) -> Any:
        from unnm_desktop.gui.main_window import MainWindow

        window = MainWindow(self.ctx, self.settings)
        window.resize(1280, 800)
        window.show()
        window.open_meeting(self.meeting_id, self.item.id)
        window.show_tab(2)  # the agenda and its notes
        self.settle(300)
        return window

    def lease_window(self) -> Any:
        """The window opened while the other desk holds the meeting's lease: read-only, under the banner."""
        from unnm_desktop.services.context import open_context
        from unnm_desktop.services.meeting import leases

        other = leases.Desk(*OTHER_DESK)
        with open_context(self.address, actor=other.holder) as desk:
            assert leases.take(desk, self.meeting_id, other).granted
        window = self.window()
        assert window.lease_watch.banner.isVisible(), "no lease banner"
        return window

    def release_other_lease(self) -> None:
        from unnm_desktop.services.context import open_context
        from unnm_desktop.services.meeting import leases

        other = leases.Desk(*OTHER_DESK)
        with open_context(self.address, actor=other.holder) as desk:
            leases.release(desk, self.meeting_id, other)

    def conflict_window(self) -> Any:
        """The window whose autosave met the other desk's correction of the notes: the banner shows theirs."""
        from PySide6.QtCore import Qt
        from PySide6.QtTest import QTest

        from unnm_desktop.services.context import open_context
        from unnm_desktop.services.meeting import agenda

        window = self.window()
        banner = window.server_edits.banner
        editor = window.agenda.editor
        editor.setFocus()
        QTest.keyClick(editor, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)
        with open_context(self.address, actor=OTHER_DESK[1]) as desk:
            notes = agenda.get_item(desk, self.item.id).notes_md
            agenda.set_notes(desk, self.item.id, notes.replace(*CORRECTED, 1))
        type_into(editor, TYPED_HERE)
        for _ in range(100):  # the autosave's pause, then its save on the older version
            if banner.isVisible():
                break
            self.settle(100)
        assert banner.isVisible(), "no conflict banner"
        return window

    def close(self) -> None:
        self.ctx.close()


def banners(address: Any, settings: Any, wanted: set[str], save: Callable[[Any, str], None],
            settle: Callable[[int], None], user_name: str) -> None:  # fmt: skip
    """The two banners wanted, each on its own window of this desk on the server register."""
    desk = ServerDesk(address, settings, MEETING, user_name, settle)
    try:
        if LEASE in wanted:
            window = desk.lease_window()
            save(window, LEASE)
            window.close()
        desk.release_other_lease()
        if CONFLICT in wanted:
            window = desk.conflict_window()
            save(window, CONFLICT)
            window.close()
    finally:
        desk.close()
