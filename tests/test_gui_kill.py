"""A real `unnm-desktop` window on a virtual X screen, typed into with xdotool and killed with SIGKILL:
everything typed more than a second before the kill is in the database."""

from __future__ import annotations

import contextlib
import os
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest
from builders import small_meeting
from x_server import start_x_server

from unnm_desktop.services.context import open_context

pytestmark = pytest.mark.skipif(
    sys.platform != "linux" or not shutil.which("Xvfb") or not shutil.which("xdotool"),
    reason="needs Linux with Xvfb and xdotool (CI installs both)",
)

# ASCII only: xdotool types other characters by remapping a key first, which a busy X client can race
# and drop. Turkish, Arabic and emoji typing is tested on real widgets in test_gui_main_window.py.
BEFORE = "First part of the notes, PMM took the floor. "
AFTER = "second part being typed"


def _xdotool(env: dict[str, str], *args: str) -> str:
    return subprocess.run(["xdotool", *args], env=env, capture_output=True, text=True, timeout=60).stdout.strip()


def _notes(db: Path, item_id: str) -> str | None:
    """The item's notes as the file holds them now (read-only, beside the program's own connection)."""
    try:
        with contextlib.closing(sqlite3.connect(f"file:{db}?mode=ro", uri=True)) as raw:
            row = raw.execute("SELECT notes_md FROM agenda_item WHERE id = ?", (item_id,)).fetchone()
    except sqlite3.OperationalError:  # e.g. busy for a moment: asked again 50 ms later
        return None
    return None if row is None else row[0].strip()


def test_sigkill_while_typing_keeps_everything_but_the_last_second(tmp_path: Path) -> None:
    db = tmp_path / "kill.sqlite3"
    with open_context(db) as ctx:
        meeting = small_meeting(ctx)
    xvfb, display = start_x_server()
    app = None
    try:
        env = {**os.environ, "DISPLAY": display, "QT_QPA_PLATFORM": "xcb",
               "UNNM_DESKTOP_SETTINGS_DIR": str(tmp_path / "settings")}  # fmt: skip
        app = subprocess.Popen([sys.executable, "-m", "unnm_desktop", "--db", str(db)], env=env)
        window = ""
        deadline = time.monotonic() + 60
        while not window and time.monotonic() < deadline:
            # The title names the meeting's reference once the database is open and the meeting shown (the
            # database opens after the window shows): typing can start.
            window = _xdotool(env, "search", "--onlyvisible", "--name", "UNNM-TR/.* UNNM Desktop").split("\n")[0]
            time.sleep(0.2)
        assert window, "the window did not show the meeting"
        time.sleep(0.5)
        _xdotool(env, "windowfocus", "--sync", window)
        _xdotool(env, "key", "--window", window, "ctrl+3")  # Agenda & notes, focus in the editor
        time.sleep(0.5)
        _xdotool(env, "type", "--delay", "30", BEFORE)
        # More than the autosave pause: on until the file holds BEFORE, for 1.5 s at most (a slower save is
        # overtaken by the kill and fails the test).
        deadline = time.monotonic() + 1.5
        while _notes(db, meeting.item_id) != BEFORE.strip() and time.monotonic() < deadline:
            time.sleep(0.05)
        _xdotool(env, "type", "--delay", "15", AFTER)
        app.send_signal(signal.SIGKILL)
        app.wait(timeout=30)
    finally:
        if app is not None and app.poll() is None:
            app.kill()
        xvfb.terminate()
        xvfb.wait(timeout=30)

    raw = sqlite3.connect(db)
    assert raw.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    notes = raw.execute("SELECT notes_md FROM agenda_item WHERE id = ?", (meeting.item_id,)).fetchone()[0]
    raw.close()
    typed = BEFORE + AFTER
    assert notes.strip().startswith(BEFORE.strip()), notes
    assert typed.startswith(notes.strip()), "what was saved is exactly what was typed, up to some point"
