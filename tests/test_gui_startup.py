"""Start-up: the first screen appears from a quick read while the database opens on its own thread."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from builders import small_meeting
from gui_helpers import type_text

from unnm_desktop.gui.backend import PendingContext
from unnm_desktop.gui.main_window import MainWindow
from unnm_desktop.gui.settings import AppSettings
from unnm_desktop.services.context import open_context
from unnm_desktop.services.meeting import agenda
from unnm_desktop.store.lock import acquire_lock


def test_first_screen_then_the_services(qtbot, db_path: Path) -> None:
    with open_context(db_path) as ctx:
        m = small_meeting(ctx)
        agenda.set_notes(ctx, m.item_id, "Önceki notlar: **PMM** söz aldı.")
    pending = PendingContext(db_path, "Rapporteur", acquire_lock(db_path))
    window = MainWindow(pending, AppSettings())
    qtbot.addWidget(window)
    assert window.meeting_id == m.meeting_id
    assert "Önceki notlar" in window.agenda.editor.toPlainText()
    pending.start()
    qtbot.waitUntil(lambda: pending.is_ready, timeout=30_000)
    window.agenda.editor.moveCursor(window.agenda.editor.textCursor().MoveOperation.End)
    type_text(window.agenda.editor, " Ek: ışık")
    window.autosaver.flush()
    window.close()
    pending.close()
    with open_context(db_path) as ctx:
        assert agenda.get_item(ctx, m.item_id).notes_md.strip() == "Önceki notlar: **PMM** söz aldı. Ek: ışık"


def _run(*args: str, env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "unnm_desktop", *args], capture_output=True, text=True,
                          timeout=120, env={**os.environ, **env})  # fmt: skip


def test_exit_when_ready_reports_the_time(tmp_path: Path) -> None:
    db = tmp_path / "ready.sqlite3"
    with open_context(db) as ctx:
        small_meeting(ctx)
    result = _run("--db", str(db), "--exit-when-ready", env={"UNNM_DESKTOP_SETTINGS_DIR": str(tmp_path / "s")})
    assert result.returncode == 0, result.stderr
    painted, interactive, interface = result.stdout.strip().splitlines()
    assert painted.startswith("painted in ") and painted.endswith(" ms")
    assert interactive.startswith("interactive in ") and interactive.endswith(" ms")
    assert interface.startswith("interface: ")


def test_exit_when_ready_in_turkish(tmp_path: Path) -> None:
    db = tmp_path / "ready.sqlite3"
    env = {"UNNM_DESKTOP_SETTINGS_DIR": str(tmp_path / "s"), "UNNM_DESKTOP_NO_FIRST_RUN": "1"}
    result = _run("--db", str(db), "--exit-when-ready", "--language", "tr", env=env)
    assert result.returncode == 0, result.stderr
    assert "interface: tr (Dosya Git Katılım Gündem" in result.stdout


def test_a_new_database_starts_empty(tmp_path: Path) -> None:
    db = tmp_path / "new" / "first.sqlite3"
    result = _run("--db", str(db), "--exit-when-ready", env={"UNNM_DESKTOP_SETTINGS_DIR": str(tmp_path / "s")})
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("painted in ") and "\ninteractive in " in result.stdout and db.is_file()


def test_the_gui_refuses_a_wrong_or_damaged_file_untouched(tmp_path: Path) -> None:
    wrong = tmp_path / "wrong.sqlite3"
    wrong.write_text("not a database", encoding="utf-8")
    result = _run("--db", str(wrong), "--exit-when-ready", env={})
    assert result.returncode == 1 and "not an UNNM Desktop database" in result.stderr
    assert "Traceback" not in result.stderr
    assert wrong.read_text(encoding="utf-8") == "not a database"

    damaged = tmp_path / "damaged.sqlite3"
    with open_context(damaged) as ctx:
        small_meeting(ctx)
    data = damaged.read_bytes()
    damaged.write_bytes(data[: len(data) // 3])
    before = damaged.read_bytes()
    result = _run("--db", str(damaged), "--exit-when-ready", env={})
    assert result.returncode == 1 and "damaged" in result.stderr and "Traceback" not in result.stderr
    assert damaged.read_bytes() == before


def test_a_double_clicked_package_opens_the_import_preview(qtbot, tmp_path: Path, monkeypatch) -> None:
    """`unnm-desktop FILE.unnmpkg` is what the desktop runs; the file is not taken for a command."""
    from unnm_desktop import cli
    from unnm_desktop.gui import app as gui_app

    seen: dict[str, object] = {}

    def fake_run_gui(db_arg, *, exit_when_ready=False, open_package=None, language=None):  # type: ignore[no-untyped-def]
        seen.update(db=db_arg, package=open_package)
        return 0

    monkeypatch.setattr(gui_app, "run_gui", fake_run_gui)
    package = tmp_path / "UNNM-TR_2023_1.unnmpkg"
    package.write_text("{}", encoding="utf-8")
    assert cli.main(["--db", str(tmp_path / "x.sqlite3"), str(package)]) == 0
    assert seen == {"db": str(tmp_path / "x.sqlite3"), "package": str(package)}
