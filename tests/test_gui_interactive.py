"""Time to interactive (issue 11): the moment `--exit-when-ready` reports is the database open and every tab
usable, not only the first paint from the quick read."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

from builders import small_meeting
from keyboard import activate, press

from unnm_desktop.gui.backend import PendingContext
from unnm_desktop.gui.main_window import MainWindow
from unnm_desktop.gui.settings import AppSettings
from unnm_desktop.gui.tabs import AGENDA
from unnm_desktop.services.context import open_context
from unnm_desktop.services.meeting import actions, agenda, attendance, decisions, meetings
from unnm_desktop.store.lock import acquire_lock


def test_interactive_means_the_services_answer_and_every_tab_shows_the_meeting(qtbot, db_path: Path) -> None:
    with open_context(db_path) as ctx:
        m = small_meeting(ctx, title="Göç ağı toplantısı — Şubat")
        agenda.set_notes(ctx, m.item_id, "Notlar: İçişleri Bakanlığı söz aldı.")
        decisions.add_decision(ctx, m.meeting_id, text="Çalışma planı kabul edildi", agenda_item_id=m.item_id)
        actions.add_action(ctx, m.meeting_id, text="Veri matrisini paylaş", responsible_org_ids=[m.orgs["PMM"]])
    pending = PendingContext(db_path, "Rapporteur", acquire_lock(db_path))
    pending.begin_check()
    window = MainWindow(pending, AppSettings())
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    assert not window.is_interactive  # the first screen comes from the quick read; the database is not open
    seen: dict[str, object] = {}

    def at_interactive() -> None:  # what is true at the very moment reported as "interactive"
        seen["ready"] = pending.is_ready
        seen["meeting"] = window.meeting_id
        seen["tab"] = window.tabs.currentIndex()
        seen["notes"] = window.agenda.editor.toPlainText()
        seen["meetings"] = [row.title for row in meetings.list_meetings(pending)]

    window.interactive.connect(at_interactive)
    pending.start()
    qtbot.waitUntil(lambda: window.is_interactive, timeout=30_000)
    assert seen == {
        "ready": True,
        "meeting": m.meeting_id,
        "tab": AGENDA,
        "notes": "Notlar: İçişleri Bakanlığı söz aldı.",
        "meetings": ["Göç ağı toplantısı — Şubat"],
    }

    # Every tab, reached by the keyboard right after that moment, shows the meeting from the services.
    activate(window)
    press("Ctrl+1")
    assert window.details.edits["titleEdit"].text() == meetings.get_meeting(pending, m.meeting_id).title
    press("Ctrl+2")
    names = sorted(row.full_name for row in attendance.list_attendance(pending, m.meeting_id))
    assert sorted(row.full_name for row in window.attendance.model.rows) == names
    assert names == sorted(["Ayşe Yılmaz", "İsmail Çelik", "Işıl Doğan", "ليلى الحسن"])
    press("Ctrl+4")
    shown = [window.decisions.list.item(row).text() for row in range(window.decisions.list.count())]
    assert len(shown) == 1 and "Çalışma planı kabul edildi" in shown[0]
    press("Ctrl+5")
    assert [row.text for row in window.actions.model.rows] == ["Veri matrisini paylaş"]
    window.close()
    pending.close()


def test_exit_when_ready_reports_painted_then_interactive(tmp_path: Path) -> None:
    db = tmp_path / "ready.sqlite3"
    with open_context(db) as ctx:
        small_meeting(ctx)
    env = {**os.environ, "UNNM_DESKTOP_SETTINGS_DIR": str(tmp_path / "s"), "UNNM_DESKTOP_NO_FIRST_RUN": "1"}
    result = subprocess.run([sys.executable, "-m", "unnm_desktop", "--db", str(db), "--exit-when-ready"],
                            capture_output=True, text=True, timeout=120, env=env)  # fmt: skip
    assert result.returncode == 0, result.stderr
    painted, interactive, interface = result.stdout.strip().splitlines()
    painted_ms = re.fullmatch(r"painted in (\d+) ms", painted)
    interactive_ms = re.fullmatch(r"interactive in (\d+) ms", interactive)
    assert painted_ms and interactive_ms, result.stdout
    assert int(painted_ms.group(1)) <= int(interactive_ms.group(1))
    assert interface.startswith("interface: en (File ")


def test_a_window_built_after_the_opening_finished_still_hears_ready(qtbot, db_path: Path) -> None:
    """`ready` is announced on the GUI thread: a window that finds `is_ready` false and connects to `ready`
    cannot miss it, however early the opening began and however fast it finished."""
    open_context(db_path).close()
    pending = PendingContext(db_path, "Rapporteur", acquire_lock(db_path))
    pending.start()
    pending.wait()  # the opening thread has finished; the GUI thread has not had a turn of its event loop
    assert not pending.is_ready
    heard: list[bool] = []
    pending.ready.connect(lambda: heard.append(pending.is_ready))
    qtbot.waitUntil(lambda: heard == [True], timeout=10_000)
    pending.close()
