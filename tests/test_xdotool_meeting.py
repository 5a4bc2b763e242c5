"""The installed program in a real X window (Xvfb, openbox, the Turkish keyboard layout), typed into by xdotool
as a rapporteur types, then killed with SIGKILL: the database holds what was typed, character for character.

Under `setxkbmap tr` every Turkish letter is a real key of the layout (ş ğ ı İ ö ç ü and their capitals), so
xdotool presses it like a person would instead of remapping a spare key for it (which a busy client can race).
Set UNNM_XDOTOOL_SCREENSHOT=/some/file.png to keep a screenshot of the screen after the typing.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from x_server import start_x_server

from unnm_desktop.services.context import open_context
from unnm_desktop.services.directory import entries as directory
from unnm_desktop.services.meeting import agenda, attendance, meetings

TOOLS = ("Xvfb", "xdotool", "openbox", "setxkbmap")
pytestmark = pytest.mark.skipif(
    sys.platform != "linux" or not all(shutil.which(tool) for tool in TOOLS),
    reason=f"needs Linux with {', '.join(TOOLS)} (CI installs them)",
)

PEOPLE = {"Işıl Doğan": "UNHCR", "İsmail Çelik": "PMM", "Ömer Güneş": "IOM"}
TYPED_FOR_ATTENDANCE = ("Işıl", "ismail", "IOM")  # a name, a Turkish-folded one, an acronym
ITEM_TITLE = "Göç yönetimi: Şubat öncelikleri ve İÇİŞLERİ"
NOTES = "Açılış: Işıl Doğan sığınma başvurularını özetledi; İsmail Çelik görüş bildirdi. ĞÜŞİÖÇ ğüşıöç."
MORE_NOTES = " Öğleden sonra devam: çalışma grubu kurulacak."
KEY_DELAY_MS = "30"  # a quick typist; every key is a real key press and release under the tr layout


@dataclass
class Screen:
    env: dict[str, str]


@pytest.fixture(scope="module")
def screen(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Screen]:
    """One virtual screen for the module: Xvfb, a window manager (focus and activation as on a desktop) and
    the Turkish layout."""
    # -noreset: without it the server resets its keyboard map whenever its last client disconnects, which can
    # happen right after setxkbmap, before the program connects.
    xvfb, display_name = start_x_server("-noreset")
    window_manager = None
    try:
        display = {"DISPLAY": display_name, "QT_QPA_PLATFORM": "xcb"}
        env = {**os.environ, **display}
        window_manager = subprocess.Popen(
            ["openbox", "--sm-disable"], env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
        )
        layout = subprocess.run(["setxkbmap", "tr"], env=env, capture_output=True, text=True, timeout=30)
        assert layout.returncode == 0, f"setxkbmap tr failed (is xkb-data installed?): {layout.stderr}"
        query = subprocess.run(["setxkbmap", "-query"], env=env, capture_output=True, text=True, timeout=30).stdout
        assert "tr" in query.split(), f"the Turkish layout is not in force: {query}"
        yield Screen(display)
    finally:
        if window_manager is not None:
            window_manager.terminate()
            window_manager.wait(timeout=30)
        xvfb.terminate()
        xvfb.wait(timeout=30)


def xdotool(screen: Screen, *args: str) -> str:
    done = subprocess.run(
        ["xdotool", *args], env={**os.environ, **screen.env}, capture_output=True, text=True, timeout=120
    )
    return done.stdout.strip()


class Program:
    """`python -m unnm_desktop --db …` on the virtual screen, typed into by xdotool."""

    def __init__(self, screen: Screen, db: Path, settings: Path) -> None:
        self.screen = screen
        # os.environ now, not when the screen started: the test's own data, log and backup folders (conftest)
        env = {**os.environ, **screen.env, "UNNM_DESKTOP_SETTINGS_DIR": str(settings)}
        self.process = subprocess.Popen([sys.executable, "-m", "unnm_desktop", "--db", str(db)], env=env)
        self.window = ""
        deadline = time.monotonic() + 60
        while not self.window and time.monotonic() < deadline:
            assert self.process.poll() is None, "the program stopped before showing its window"
            # The title names the meeting's reference once the meeting is open (the database opens after
            # the window shows).
            self.window = xdotool(screen, "search", "--onlyvisible", "--name", "UNNM-TR/.* UNNM Desktop")
            self.window = self.window.split("\n")[0]
            time.sleep(0.2)
        assert self.window, "the window did not show the meeting"
        time.sleep(0.5)
        xdotool(screen, "windowactivate", "--sync", self.window)

    def key(self, *keys: str) -> None:
        for key in keys:
            xdotool(self.screen, "key", "--clearmodifiers", key)
            time.sleep(0.25)  # a shortcut often opens a tab or moves the focus: let it happen, as a person does

    def type(self, text: str) -> None:
        xdotool(self.screen, "type", "--delay", KEY_DELAY_MS, text)

    def kill(self, saved: Callable[[], bool]) -> None:
        """SIGKILL once `saved()` (the database holds the last typing), and no later than 1.5 s after the last key
        (more than the autosave pause): a save that takes longer is killed before it and fails the test."""
        deadline = time.monotonic() + 1.5
        while not saved() and time.monotonic() < deadline:
            time.sleep(0.05)
        shot = os.environ.get("UNNM_XDOTOOL_SCREENSHOT")
        if shot and shutil.which("import"):
            subprocess.run(
                ["import", "-window", "root", shot], env={**os.environ, **self.screen.env}, timeout=60, check=False
            )
        self.process.send_signal(signal.SIGKILL)
        self.process.wait(timeout=30)

    def stop(self) -> None:
        if self.process.poll() is None:
            self.process.kill()
            self.process.wait(timeout=30)


def _notes_of_the_item(db: Path) -> str | None:
    """The typed item's notes as the file holds them now (read-only, beside the program's own connection)."""
    try:
        with contextlib.closing(sqlite3.connect(f"file:{db}?mode=ro", uri=True)) as raw:
            row = raw.execute("SELECT notes_md FROM agenda_item WHERE title = ?", (ITEM_TITLE,)).fetchone()
    except sqlite3.OperationalError:  # e.g. busy for a moment: asked again 50 ms later
        return None
    return None if row is None else row[0].strip()


@dataclass
class Minutes:
    db: Path
    settings: Path
    meeting_id: str


@pytest.fixture(scope="module")
def minutes(tmp_path_factory: pytest.TempPathFactory) -> Minutes:
    """A meeting with no attendee and no agenda yet, and the people the rapporteur will type."""
    folder = tmp_path_factory.mktemp("xdotool")
    with pytest.MonkeyPatch.context() as env:
        for variable in ("DATA", "BACKUP", "LOG"):  # the module's own folders (conftest's are per test)
            env.setenv(f"UNNM_DESKTOP_{variable}_DIR", str(folder / variable.lower()))
        with open_context(folder / "minutes.sqlite3") as ctx:
            for name, acronym in PEOPLE.items():
                org_id = directory.find_organization(ctx, acronym).id
                directory.create_person(ctx, full_name=name, organization_id=org_id)
            meeting_id = meetings.create_meeting(
                ctx, title="Göç Ağı Toplantısı", start="2026-12-03 10:00", location="Ankara"
            )
    return Minutes(folder / "minutes.sqlite3", folder / "settings", meeting_id)


def test_attendance_agenda_and_turkish_notes_typed_then_killed(screen: Screen, minutes: Minutes) -> None:
    program = Program(screen, minutes.db, minutes.settings)
    try:
        program.key("ctrl+2")
        for typed in TYPED_FOR_ATTENDANCE:
            program.key("ctrl+a")  # Enter leaves the chosen name in the search box today: type over it
            program.type(typed)
            time.sleep(0.3)
            program.key("Return")
        program.key("ctrl+3", "ctrl+shift+a")
        program.type(ITEM_TITLE)
        program.key("ctrl+3")
        program.type(NOTES)
        program.kill(lambda: _notes_of_the_item(minutes.db) == NOTES)
    finally:
        program.stop()

    with open_context(minutes.db) as ctx:
        names = {row.full_name: row.status for row in attendance.list_attendance(ctx, minutes.meeting_id)}
        items = agenda.list_items(ctx, minutes.meeting_id)
    assert names == {name: "present" for name in PEOPLE}
    typed_items = [item for item in items if item.title == ITEM_TITLE]
    assert [item.title for item in items][-1:] == [ITEM_TITLE], [item.title for item in items]
    assert typed_items[0].notes_md.strip() == NOTES


def test_restarted_after_the_kill_typing_goes_on(screen: Screen, minutes: Minutes) -> None:
    program = Program(screen, minutes.db, minutes.settings)
    try:
        program.key("ctrl+3", "ctrl+End")  # the remembered item's notes, at their end
        program.type(MORE_NOTES)
        program.kill(lambda: _notes_of_the_item(minutes.db) == NOTES + MORE_NOTES)
    finally:
        program.stop()

    with open_context(minutes.db) as ctx:
        notes = [
            item.notes_md.strip() for item in agenda.list_items(ctx, minutes.meeting_id) if item.title == ITEM_TITLE
        ]
    assert notes == [NOTES + MORE_NOTES]
