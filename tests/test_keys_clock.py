"""Issue 10, traps 8-10: the meeting's clock on a laptop left on UTC, "Saved" after every kind of edit, and
the way back to the notes after a crash. Typed through the keyboard where a person is involved; read back
through the services.

The laptop's zone is set to UTC (TZ + time.tzset) and the clock is fixed at 2026-12-03 08:14 UTC, which is
11:14 in Istanbul: a stamp or a date taken from the laptop's own clock would read 08:14 (or the real time).
"""

from __future__ import annotations

import os
import time
from collections.abc import Iterator
from datetime import date, datetime, timezone
from pathlib import Path

import pytest
from builders import small_meeting
from gui_helpers import make_window
from keyboard import activate, answer_dialog, focus_widget, press, type_keys, wait_until
from PySide6.QtCore import QDate, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDateTimeEdit, QWidget

from unnm_desktop.domain.clock import meeting_now, meeting_today, use_clock
from unnm_desktop.domain.errors import ValidationError
from unnm_desktop.gui.main_window import MainWindow
from unnm_desktop.gui.settings import AppSettings
from unnm_desktop.gui.tabs import AGENDA
from unnm_desktop.services.context import ServiceContext
from unnm_desktop.services.meeting import actions, agenda, attendance, decisions, meetings
from unnm_desktop.services.minutes import signoff
from unnm_desktop.services.minutes.content import build_content, canonical_json
from unnm_desktop.services.minutes.verification import database_problems, signed_versions
from unnm_desktop.services.recovery import last_saved_at

MORNING_UTC = datetime(2026, 12, 3, 8, 14, tzinfo=timezone.utc)  # 11:14 in Istanbul
# 23:14 UTC on 2 December is already 02:14 on 3 December in Istanbul: the laptop's date is a day behind.
LATE_EVENING_UTC = datetime(2026, 12, 2, 23, 14, tzinfo=timezone.utc)


@pytest.fixture
def laptop_on_utc() -> Iterator[None]:
    previous = os.environ.get("TZ")
    os.environ["TZ"] = "UTC"
    time.tzset()
    try:
        yield
    finally:
        if previous is None:
            os.environ.pop("TZ", None)
        else:
            os.environ["TZ"] = previous
        time.tzset()


@pytest.fixture
def morning(laptop_on_utc: None) -> Iterator[None]:
    with use_clock(MORNING_UTC):
        yield


def _meeting_on_3_december(ctx: ServiceContext) -> str:
    built = small_meeting(ctx)
    meetings.update_meeting(ctx, built.meeting_id, start_utc="2026-12-03 10:00", end_utc="2026-12-03 13:00")
    return built.meeting_id


# --- the clock (services and domain) -----------------------------------------------------------------------


def test_the_meeting_clock_reads_istanbul_time_on_a_laptop_left_on_utc(morning: None) -> None:
    assert time.strftime("%H:%M", time.localtime(MORNING_UTC.timestamp())) == "08:14"  # the laptop's own view
    assert f"{meeting_now('Europe/Istanbul'):%H:%M}" == "11:14"
    assert f"{meeting_now(None):%H:%M}" == "11:14"  # no zone recorded: Istanbul
    assert f"{meeting_now('Europe/Berlin'):%H:%M}" == "09:14"
    with use_clock(LATE_EVENING_UTC):
        assert meeting_today("Europe/Istanbul") == date(2026, 12, 3)
        assert meeting_today("UTC") == date(2026, 12, 2)


def test_a_new_meeting_is_in_istanbul_and_the_next_of_its_series_keeps_its_time_zone(ctx: ServiceContext) -> None:
    first = meetings.create_meeting(ctx, title="Ağ toplantısı", start="2026-12-03 10:00")
    assert meetings.get_meeting(ctx, first).time_zone == "Europe/Istanbul"
    meetings.update_meeting(ctx, first, time_zone="Europe/Berlin")
    following = meetings.create_next_meeting(ctx, first, title="Ağ toplantısı 2", start="2027-01-07 10:00")
    assert meetings.get_meeting(ctx, following).time_zone == "Europe/Berlin"
    with pytest.raises(ValidationError, match="not a time zone"):
        meetings.update_meeting(ctx, first, time_zone="Europe/Ankaraa")
    assert meetings.get_meeting(ctx, first).time_zone == "Europe/Berlin"


def test_sign_off_defaults_to_the_meetings_today_not_the_laptops(ctx: ServiceContext, laptop_on_utc: None) -> None:
    meeting_id = _meeting_on_3_december(ctx)
    with use_clock(LATE_EVENING_UTC):  # the laptop says 2 December, Istanbul 3 December
        signoff.sign_off(ctx, meeting_id, [signoff.SignatoryInput("Ayşe Yılmaz", role="Chair")], backup=False)
    (record,) = signoff.sign_offs(ctx, meeting_id)
    assert record["signatories"][0][3] == date(2026, 12, 3)


def test_a_sign_off_dated_before_the_meeting_is_refused_with_a_clear_sentence(
    ctx: ServiceContext, morning: None
) -> None:
    meeting_id = _meeting_on_3_december(ctx)
    with pytest.raises(ValidationError) as refused:
        signoff.sign_off(ctx, meeting_id, [signoff.SignatoryInput("Ayşe Yılmaz", signed_on="2026-12-02")], backup=False)
    assert str(refused.value) == (
        "Ayşe Yılmaz cannot sign on 2026-12-02: that is before the meeting was held (2026-12-03). Check the date."
    )
    assert meetings.get_meeting(ctx, meeting_id).status == "draft"
    signoff.sign_off(ctx, meeting_id, [signoff.SignatoryInput("Ayşe Yılmaz", signed_on="2026-12-03")], backup=False)
    assert meetings.get_meeting(ctx, meeting_id).status == "signed_off"


def test_the_time_zone_is_not_part_of_the_signed_content_so_sign_offs_keep_verifying(
    ctx: ServiceContext, morning: None
) -> None:
    meeting_id = _meeting_on_3_december(ctx)
    meetings.update_meeting(ctx, meeting_id, time_zone="Europe/Berlin")
    with ctx.session() as session:
        assert "time_zone" not in canonical_json(build_content(session, meeting_id))
    signoff.sign_off(ctx, meeting_id, [signoff.SignatoryInput("Ayşe Yılmaz")], backup=False)
    (version,) = signed_versions(ctx, meeting_id)
    assert database_problems(ctx, version).ok


def test_a_package_carries_the_time_zone_and_an_old_package_without_it_means_istanbul(
    ctx: ServiceContext, tmp_path: Path
) -> None:
    import json

    from unnm_desktop.services.context import open_context
    from unnm_desktop.services.package.importer import export_package, import_package

    meeting_id = _meeting_on_3_december(ctx)
    meetings.update_meeting(ctx, meeting_id, time_zone="Asia/Amman")
    carried = export_package(ctx, meeting_id, tmp_path / "amman.unnm.json")
    assert json.loads(carried.read_text(encoding="utf-8"))["meetings"][0]["time_zone"] == "Asia/Amman"
    # A meeting in Istanbul is written without the field: exactly what a package made before meetings had
    # a time zone looks like (and older versions of the app can still read it).
    meetings.update_meeting(ctx, meeting_id, time_zone="Europe/Istanbul")
    old = export_package(ctx, meeting_id, tmp_path / "istanbul.unnm.json")
    assert "time_zone" not in json.loads(old.read_text(encoding="utf-8"))["meetings"][0]
    for package, expected in ((carried, "Asia/Amman"), (old, "Europe/Istanbul")):
        with open_context(tmp_path / f"{package.stem}.sqlite3") as other:
            import_package(other, package, backup=False)
            assert meetings.get_meeting(other, meeting_id).time_zone == expected


def test_every_commit_that_changes_something_is_told_and_a_read_is_not(ctx: ServiceContext) -> None:
    told: list[int] = []
    ctx.add_commit_listener(lambda: told.append(1))
    meeting_id = meetings.create_meeting(ctx, title="Toplantı", start="2026-12-03 10:00")
    assert len(told) == 1
    meetings.get_meeting(ctx, meeting_id)
    meetings.list_meetings(ctx)
    assert len(told) == 1
    meetings.update_meeting(ctx, meeting_id, title="Toplantı")  # nothing changes: nothing committed
    assert len(told) == 1
    meetings.update_meeting(ctx, meeting_id, location="Gaziantep")
    assert len(told) == 2


# --- the window ---------------------------------------------------------------------------------------------


def _window(qtbot, ctx: ServiceContext, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> MainWindow:  # type: ignore[no-untyped-def]
    window = make_window(qtbot, ctx, tmp_path / "settings", monkeypatch)
    activate(window)
    return window


def test_stamps_and_the_sign_off_date_use_the_meetings_clock(
    qtbot, ctx: ServiceContext, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, morning: None
) -> None:
    from unnm_desktop.gui.minutes.signoff_dialog import SIGNED_ON, SignOffDialog

    meeting_id = _meeting_on_3_december(ctx)
    window = _window(qtbot, ctx, tmp_path, monkeypatch)
    assert window.stamp_time() == "11:14"
    press("Ctrl+3")
    assert window.agenda.editor.hasFocus()

    def answer(dialog: QWidget) -> None:
        type_keys("PMM")
        press("Return")
        if dialog.isVisible():  # today's dialog: the first Enter only takes the completion
            press("Return")

    seen = answer_dialog(answer)
    press("Ctrl+Shift+I")
    wait_until(lambda: seen and not QApplication.activeModalWidget(), message=f"stamp dialog: {seen}")
    activate(window)
    type_keys("söz aldı")
    item_id = agenda.list_items(ctx, meeting_id)[0].id
    wait_until(lambda: "11:14 — PMM: söz aldı" in agenda.get_item(ctx, item_id).notes_md, message="stamp not saved")

    dialog = SignOffDialog(window, ctx, meeting_id)
    assert dialog.table.item(0, SIGNED_ON).data(0x2) == QDate(2026, 12, 3)  # Qt.EditRole
    dialog.reject()


def test_the_new_meeting_dialog_defaults_to_today_in_istanbul(
    qtbot, ctx: ServiceContext, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, laptop_on_utc: None
) -> None:
    small_meeting(ctx)
    window = _window(qtbot, ctx, tmp_path, monkeypatch)
    shown: list[QDate] = []

    def answer(dialog: QWidget) -> None:
        start = dialog.findChild(QDateTimeEdit, "startEdit")
        shown.append(start.dateTime().toTimeZone(start.timeZone()).date())
        press("Escape")

    with use_clock(LATE_EVENING_UTC):  # 02:14 on 3 December in Istanbul; the laptop still says 2 December
        seen = answer_dialog(answer)
        press("Ctrl+N")
        wait_until(lambda: shown, message=f"new meeting dialog: {seen}")
    assert shown == [QDate(2026, 12, 3)]
    activate(window)


def test_the_time_zone_is_chosen_on_the_details_tab_by_keyboard(
    qtbot, ctx: ServiceContext, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, morning: None
) -> None:
    meeting_id = _meeting_on_3_december(ctx)
    window = _window(qtbot, ctx, tmp_path, monkeypatch)
    press("Ctrl+1")
    press("Alt+Z")
    assert focus_widget().objectName() == "timeZoneCombo"
    type_keys("UTC")
    wait_until(lambda: meetings.get_meeting(ctx, meeting_id).time_zone == "UTC", message="time zone not saved")
    wait_until(lambda: window.stamp_time() == "08:14", message="the window still reads the old zone")
    wait_until(lambda: window.save_status.text() == "Saved 08:14:00")


def test_saved_follows_attendance_decision_action_and_details_edits(
    qtbot, ctx: ServiceContext, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, laptop_on_utc: None
) -> None:
    meeting_id = _meeting_on_3_december(ctx)
    window = _window(qtbot, ctx, tmp_path, monkeypatch)

    def edit_at(second: int, keys) -> None:  # type: ignore[no-untyped-def]
        """Make an edit by keyboard with the clock at 08:20:SS UTC; "Saved 11:20:SS" must follow."""
        with use_clock(datetime(2026, 12, 3, 8, 20, second, tzinfo=timezone.utc)):
            keys()
            wait_until(
                lambda: window.save_status.text() == f"Saved 11:20:{second:02d}",
                message=f"after the edit at second {second} the status bar says {window.save_status.text()!r}",
            )

    def attendance_edit() -> None:
        press("Ctrl+2")
        for _ in range(8):  # from the search box to the attendance table, as a person tabs
            if focus_widget() is window.attendance.table:
                break
            press("Tab")
        press("Down")
        press("Alt+Shift+4")  # absent

    edit_at(1, attendance_edit)
    assert "absent" in {row.status for row in attendance.list_attendance(ctx, meeting_id)}
    edit_at(2, lambda: press("Ctrl+Shift+E"))  # a new decision
    assert len(decisions.list_decisions(ctx, meeting_id)) == 1
    edit_at(3, lambda: (press("Ctrl+Shift+K"), press("Escape")))  # a new action point
    assert len(actions.list_actions(ctx, meeting_id)) == 1

    def details_edit() -> None:
        press("Ctrl+1")
        press("End")
        type_keys(" — Şanlıurfa")

    edit_at(4, details_edit)
    assert meetings.get_meeting(ctx, meeting_id).title.endswith(" — Şanlıurfa")


# --- after a crash ------------------------------------------------------------------------------------------


def test_after_a_crash_the_focus_returns_to_the_end_of_the_saved_notes(
    qtbot, ctx: ServiceContext, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import shiboken6

    built = small_meeting(ctx)
    monkeypatch.setenv("UNNM_DESKTOP_SETTINGS_DIR", str(tmp_path / "settings"))
    from unnm_desktop.gui.settings import configure_settings_location

    configure_settings_location()
    crashed = MainWindow(ctx, AppSettings())
    crashed.show()
    activate(crashed)
    press("Ctrl+3")
    typed = "Gündem: göç yönetimi; İçişleri Bakanlığı söz aldı."
    type_keys(typed)
    wait_until(lambda: agenda.get_item(ctx, built.item_id).notes_md.strip() == typed, message="notes not saved")
    # The process dies: no close event, nothing more is written (the writer thread is only stopped so that
    # it does not outlive the test).
    crashed.autosaver.stop()
    shiboken6.delete(crashed)

    window = make_window(qtbot, ctx, tmp_path / "settings", monkeypatch)
    activate(window)
    wait_until(lambda: window.agenda.editor.hasFocus(), message=f"the focus is on {focus_widget().objectName()}")
    assert window.tabs.currentIndex() == AGENDA
    editor = window.agenda.editor
    assert editor.toPlainText().strip() == typed
    assert editor.textCursor().position() == editor.document().characterCount() - 1  # the end
    saved = last_saved_at(ctx).astimezone(meeting_now("Europe/Istanbul").tzinfo)
    message = window.statusBar().currentMessage()
    assert "Recovered" in message and "UNNM Türkiye network meeting" in message
    assert f"{saved:%H:%M:%S}" in message

    # A clean close leaves nothing to recover: the next start is an ordinary one.
    window.close()
    again = make_window(qtbot, ctx, tmp_path / "settings", monkeypatch)
    activate(again)
    QApplication.processEvents()
    assert "Recovered" not in again.statusBar().currentMessage()


# --- signed-off minutes: the Details tab and the Minutes menu say why they cannot act -------------------------


def test_on_signed_off_minutes_the_details_and_the_minutes_menu_are_greyed_out_with_a_reason(
    qtbot, ctx: ServiceContext, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, morning: None
) -> None:
    meeting_id = _meeting_on_3_december(ctx)
    signoff.sign_off(ctx, meeting_id, [signoff.SignatoryInput("Ayşe Yılmaz")], backup=False)
    window = _window(qtbot, ctx, tmp_path, monkeypatch)
    press("Ctrl+1")
    details = window.details
    for widget in (*details.edits.values(), details.start, details.time_zone, details.chair, details.objectives):
        assert not widget.isEnabled(), widget.objectName()
        assert "signed off" in widget.toolTip() and "reopen" in widget.toolTip(), widget.objectName()
    press("Alt+Z")  # the time zone's shortcut reaches nothing that could change it
    type_keys("UTC")
    assert meetings.get_meeting(ctx, meeting_id).time_zone == "Europe/Istanbul"
    menu = window.minutes_menu
    menu.update_state()
    for action in (menu.sign_off_action, menu.circulate_action):
        assert not action.isEnabled() and "signed off" in action.toolTip()
    assert menu.reopen_action.isEnabled() and "signed off" not in menu.reopen_action.toolTip()


def test_the_sign_off_dialog_refuses_a_date_before_the_meeting_and_says_why(
    qtbot, ctx: ServiceContext, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, morning: None
) -> None:
    from PySide6.QtWidgets import QMessageBox

    # Were the date taken, the minutes would be signed and "Export now?" asked: answer No, not block.
    monkeypatch.setattr(QMessageBox, "question", staticmethod(lambda *_a, **_k: QMessageBox.StandardButton.No))
    meeting_id = _meeting_on_3_december(ctx)
    _window(qtbot, ctx, tmp_path, monkeypatch)
    said: list[str] = []

    def answer(dialog: QWidget) -> None:
        from PySide6.QtWidgets import QLabel

        press("Right", "Right", "Right")  # from the first signatory's name to the date it was signed
        type_keys("02122026")  # 2 December: the day before the meeting
        press("Return")  # the date is taken
        press("Return")  # Sign off (the dialog's default button)
        said.append(dialog.findChild(QLabel, "signOffMessage").text())
        if QApplication.activeModalWidget() is dialog:
            press("Escape")

    seen = answer_dialog(answer)
    press("Alt+M")  # the Minutes menu
    wait_until(QApplication.activePopupWidget, message="the Minutes menu did not open")
    QTest.keyClick(QApplication.activePopupWidget(), Qt.Key.Key_S)  # a popup menu takes the keys while open
    wait_until(lambda: said, message=f"sign-off dialog: {seen}")
    assert said == [
        "Ayşe Yılmaz cannot sign on 2026-12-02: that is before the meeting was held (2026-12-03). Check the date."
    ]
    assert meetings.get_meeting(ctx, meeting_id).status == "draft"
