"""The first-run welcome: when it appears, what it stores, and the three ways to start."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from builders import small_meeting
from gui_helpers import type_text
from PySide6.QtWidgets import QMessageBox

from unnm_desktop.gui import first_run, language_switch
from unnm_desktop.gui.backend import PendingContext
from unnm_desktop.gui.desk.package_dialogs import PackageImportDialog
from unnm_desktop.gui.first_run import DEMO, EMPTY, IMPORT, FirstRunDialog, offer_first_run, run_first_run, wanted
from unnm_desktop.gui.main_window import MainWindow
from unnm_desktop.gui.settings import AppSettings
from unnm_desktop.services.context import ServiceContext, open_context
from unnm_desktop.services.meeting import meetings
from unnm_desktop.services.package import importer as package
from unnm_desktop.store.lock import acquire_lock


@pytest.fixture
def welcome_allowed(monkeypatch: pytest.MonkeyPatch) -> None:
    """conftest.py suppresses the welcome everywhere; these tests ask for it."""
    monkeypatch.delenv(first_run.ENV_NO_FIRST_RUN, raising=False)


@pytest.fixture
def window(qtbot, ctx: ServiceContext, welcome_allowed: None) -> Iterator[MainWindow]:
    win = MainWindow(ctx, AppSettings())
    qtbot.addWidget(win)
    win.show()
    yield win
    win.close()


def _answer(monkeypatch: pytest.MonkeyPatch, *, name: str = "Ayşe Yılmaz", language: int = 0,
            choice: str = EMPTY, seen: list[FirstRunDialog] | None = None) -> None:  # fmt: skip
    """The welcome answered as a user would: a name typed, a language and a start chosen, Start pressed."""

    def fake_exec(dialog: FirstRunDialog) -> int:
        if seen is not None:
            seen.append(dialog)
        dialog.name_edit.clear()
        type_text(dialog.name_edit, name)
        dialog.language.setCurrentIndex(language)
        if dialog.offer_starts:
            dialog.radios[choice].setChecked(True)
        dialog.accept()
        return dialog.result()

    monkeypatch.setattr(FirstRunDialog, "exec", fake_exec)


def test_appears_only_when_it_should(ctx: ServiceContext, welcome_allowed: None,
                                     monkeypatch: pytest.MonkeyPatch) -> None:  # fmt: skip
    settings = AppSettings()
    assert not settings.has_display_name and not settings.first_run_done
    assert wanted(settings, ctx)  # a new user, an empty database
    monkeypatch.setenv(first_run.ENV_NO_FIRST_RUN, "1")
    assert not wanted(settings, ctx)  # the tests' and automation's switch
    monkeypatch.delenv(first_run.ENV_NO_FIRST_RUN)
    small_meeting(ctx)
    assert wanted(settings, ctx)  # meetings, but no name was ever given
    settings.display_name = "Işıl Doğan"
    assert not wanted(settings, ctx)  # an existing user: name and meetings
    settings.first_run_done = True
    assert not wanted(settings, ctx)


def test_named_user_with_an_empty_database_is_welcomed_once(ctx: ServiceContext, welcome_allowed: None) -> None:
    settings = AppSettings()
    settings.display_name = "Işıl Doğan"
    assert wanted(settings, ctx)
    settings.first_run_done = True
    assert not wanted(settings, ctx)


def test_stores_name_and_language_and_the_actor_follows(window: MainWindow, ctx: ServiceContext,
                                                       monkeypatch: pytest.MonkeyPatch) -> None:  # fmt: skip
    monkeypatch.setattr(first_run, "os_full_name", lambda: "Işıl Doğan")
    seen: list[FirstRunDialog] = []
    _answer(monkeypatch, name="Ayşe Yılmaz", language=1, choice=EMPTY, seen=seen)
    assert run_first_run(window) == EMPTY
    assert seen[0].objectName() == "firstRunDialog"
    settings = AppSettings()
    assert (settings.display_name, settings.ui_language, settings.first_run_done) == ("Ayşe Yılmaz", "tr", True)
    assert ctx.actor == "Ayşe Yılmaz"
    # Türkçe was chosen: the window is built again in Turkish, on the same database.
    fresh = language_switch.main_window()
    assert fresh is not None and fresh is not window and fresh.ctx is ctx and fresh.isVisible()
    assert [action.text() for action in fresh.menuBar().actions()][:2] == ["&Dosya", "&Git"]
    assert not wanted(settings, ctx)
    assert meetings.list_meetings(ctx, "") == []


def test_prefilled_from_the_system_and_a_name_is_required(qtbot, welcome_allowed: None,
                                                         monkeypatch: pytest.MonkeyPatch) -> None:  # fmt: skip
    monkeypatch.setattr(first_run, "os_full_name", lambda: "Işıl Doğan")
    monkeypatch.setattr(first_run, "system_language", lambda: "tr")
    dialog = FirstRunDialog(None, AppSettings())
    qtbot.addWidget(dialog)
    assert dialog.name_edit.text() == "Işıl Doğan"
    assert dialog.language.currentText() == "Türkçe"
    dialog.name_edit.clear()
    dialog.accept()
    assert dialog.result() == 0 and "Adınızı yazın" in dialog.message.text()  # the system speaks Turkish
    assert not AppSettings().has_display_name


def test_later_is_final(window: MainWindow, ctx: ServiceContext, monkeypatch: pytest.MonkeyPatch) -> None:
    def put_off(dialog: FirstRunDialog) -> int:
        dialog.reject()
        return 0

    monkeypatch.setattr(FirstRunDialog, "exec", put_off)
    assert run_first_run(window) is None
    settings = AppSettings()
    assert settings.first_run_done and not settings.has_display_name
    assert not wanted(settings, ctx)


def test_demo_start_fills_the_meetings(window: MainWindow, ctx: ServiceContext,
                                       monkeypatch: pytest.MonkeyPatch) -> None:  # fmt: skip
    _answer(monkeypatch, choice=DEMO)
    assert run_first_run(window) == DEMO
    references = {m.reference for m in meetings.list_meetings(ctx, "")}
    assert {"UNNM-TR/2019/1", "UNNM-TR/2021/1", "UNNM-TR/2023/1"} <= references
    assert len(window.meeting_model.meetings) == len(references)
    assert window.meeting_id is not None


def test_import_start_imports_a_package(window: MainWindow, ctx: ServiceContext, tmp_path: Path,
                                        monkeypatch: pytest.MonkeyPatch) -> None:  # fmt: skip
    with open_context(tmp_path / "colleague.sqlite3", actor="Colleague") as other:
        m = small_meeting(other)
        title = meetings.get_meeting(other, m.meeting_id).title
        path = package.export_package(other, m.meeting_id, tmp_path / "handover.unnmpkg")
    asked: list[str] = []

    def choose_file(_parent, caption, _folder, filters):  # type: ignore[no-untyped-def]
        asked.append(filters)
        return str(path), filters

    monkeypatch.setattr(first_run.QFileDialog, "getOpenFileName", staticmethod(choose_file))
    previewed: list[str] = []

    def import_after_preview(dialog: PackageImportDialog) -> int:
        previewed.append(dialog.table.item(0, 2).text())
        dialog.accept()  # the user presses Import
        return dialog.result()

    monkeypatch.setattr(PackageImportDialog, "exec", import_after_preview)
    told: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda _parent, _title, text: told.append(text))
    monkeypatch.setattr(QMessageBox, "warning", lambda _parent, _title, text: pytest.fail(text))
    _answer(monkeypatch, choice=IMPORT)
    assert run_first_run(window) == IMPORT
    assert "*.unnmpkg" in asked[0] and "*.unnm.json" in asked[0]
    assert previewed == ["Will be added"]
    assert meetings.get_meeting(ctx, m.meeting_id).title == title
    assert window.meeting_id == m.meeting_id
    assert told and "added" in told[0]


def test_import_without_a_file_stays_in_the_welcome(qtbot, welcome_allowed: None,
                                                    monkeypatch: pytest.MonkeyPatch) -> None:  # fmt: skip
    monkeypatch.setattr(first_run.QFileDialog, "getOpenFileName", staticmethod(lambda *_args: ("", "")))
    dialog = FirstRunDialog(None, AppSettings())
    qtbot.addWidget(dialog)
    dialog.radios[IMPORT].setChecked(True)
    dialog.accept()
    assert dialog.result() == 0 and "No package chosen" in dialog.message.text()
    assert not AppSettings().first_run_done


def test_a_database_with_meetings_is_not_offered_a_start(window: MainWindow, ctx: ServiceContext,
                                                         monkeypatch: pytest.MonkeyPatch) -> None:  # fmt: skip
    small_meeting(ctx)
    seen: list[FirstRunDialog] = []
    _answer(monkeypatch, choice=DEMO, seen=seen)
    assert run_first_run(window) == EMPTY
    assert not seen[0].offer_starts
    assert len(meetings.list_meetings(ctx, "")) == 1


def test_offered_when_the_database_is_ready_and_suppressed_by_the_variable(
    qtbot, db_path: Path, welcome_allowed: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    seen: list[FirstRunDialog] = []
    _answer(monkeypatch, choice=EMPTY, seen=seen)
    monkeypatch.setenv(first_run.ENV_NO_FIRST_RUN, "1")
    open_context(db_path).close()  # an existing, empty database
    pending = PendingContext(db_path, "Rapporteur", acquire_lock(db_path))
    window = MainWindow(pending, AppSettings())
    qtbot.addWidget(window)
    offer_first_run(window)
    pending.start()
    qtbot.waitUntil(lambda: pending.is_ready, timeout=30_000)
    qtbot.wait(50)
    assert seen == []
    monkeypatch.delenv(first_run.ENV_NO_FIRST_RUN)
    offer_first_run(window)  # the context is ready: shown on the next turn of the event loop
    qtbot.waitUntil(lambda: len(seen) == 1, timeout=10_000)
    assert pending.actor == "Ayşe Yılmaz"
    window.close()
    pending.close()


def test_offer_waits_for_the_backend(qtbot, db_path: Path, welcome_allowed: None,
                                     monkeypatch: pytest.MonkeyPatch) -> None:  # fmt: skip
    seen: list[FirstRunDialog] = []
    _answer(monkeypatch, choice=EMPTY, seen=seen)
    open_context(db_path).close()
    pending = PendingContext(db_path, "Rapporteur", acquire_lock(db_path))
    window = MainWindow(pending, AppSettings())
    qtbot.addWidget(window)
    offer_first_run(window)
    assert seen == []  # nothing before the database is open
    pending.start()
    qtbot.waitUntil(lambda: len(seen) == 1, timeout=30_000)
    qtbot.wait(50)
    assert len(seen) == 1  # once, although both the signal and the timer may fire
    window.close()
    pending.close()


def test_exit_when_ready_never_shows_it(tmp_path: Path) -> None:
    """Without the variable and with fresh settings a welcome would block --exit-when-ready; it must not."""
    env = {k: v for k, v in os.environ.items() if k != first_run.ENV_NO_FIRST_RUN}
    env["UNNM_DESKTOP_SETTINGS_DIR"] = str(tmp_path / "fresh-settings")
    result = subprocess.run([sys.executable, "-m", "unnm_desktop", "--db", str(tmp_path / "new.sqlite3"),
                             "--exit-when-ready"], capture_output=True, text=True, timeout=120, env=env)  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("painted in ") and "\ninteractive in " in result.stdout
