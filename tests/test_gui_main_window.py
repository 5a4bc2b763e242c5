"""The rapporteur's window, driven through real widgets on a real database file."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest
from gui_helpers import make_window, type_text
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QComboBox, QLineEdit, QListView, QPlainTextEdit, QTableView, QTableWidget, QTextEdit

from unnm_desktop.gui.directory.new_person_dialog import NewPersonDialog
from unnm_desktop.gui.main_window import MainWindow
from unnm_desktop.gui.rapporteur.new_meeting_dialog import NewMeetingDialog
from unnm_desktop.gui.settings import AppSettings, configure_settings_location
from unnm_desktop.gui.tabs import ACTIONS, AGENDA, ATTENDANCE, DECISIONS, DETAILS
from unnm_desktop.services.context import ServiceContext, open_context
from unnm_desktop.services.directory import entries as directory
from unnm_desktop.services.meeting import actions, agenda, attendance, decisions, meetings

OBJECT_NAMES = {
    "meetingList": QListView, "meetingSearch": QLineEdit, "attendanceTable": QTableView, "attendeeSearch": QLineEdit,
    "notesEditor": QTextEdit, "decisionText": QPlainTextEdit, "decisionOutcome": QComboBox,
    "positionsTable": QTableWidget, "actionsTable": QTableView,
}  # fmt: skip


@pytest.fixture
def window(qtbot, ctx: ServiceContext, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[MainWindow]:
    win = make_window(qtbot, ctx, tmp_path / "settings", monkeypatch)
    yield win
    win.close()


def _accept_new_meeting(monkeypatch: pytest.MonkeyPatch, title: str) -> None:
    def fake_exec(self: NewMeetingDialog) -> int:
        self.title.setText(title)
        return 1

    monkeypatch.setattr(NewMeetingDialog, "exec", fake_exec)


def test_stable_object_names(window: MainWindow) -> None:
    # The tabs not on the first screen get their widgets (ui/<page>_page.ui) when first shown: a quicker start.
    assert window.findChild(object, "attendanceTable") is None and window.findChild(object, "actionsTable") is None
    for tab in (DETAILS, ATTENDANCE, DECISIONS, ACTIONS):
        window.show_tab(tab)
    for name, kind in OBJECT_NAMES.items():
        assert window.findChild(kind, name) is not None, name
    assert window.findChild(object, "detailsTab") is not None
    assert window.findChild(object, "agendaList") is not None
    assert window.findChild(object, "saveStatus") is not None


def test_every_control_has_an_accessible_name(window: MainWindow) -> None:
    from PySide6.QtWidgets import QAbstractButton, QAbstractItemView, QAbstractSpinBox

    for kind in (QLineEdit, QTextEdit, QPlainTextEdit, QComboBox, QAbstractItemView, QAbstractSpinBox, QAbstractButton):
        for widget in window.findChildren(kind):
            if widget.objectName().startswith("qt_") or not widget.objectName() or widget.parent() is None:
                continue
            if isinstance(widget, QAbstractButton) and widget.text():
                continue  # a button's text is its accessible name
            assert widget.accessibleName(), widget.objectName()


def test_a_whole_meeting_from_the_window(window: MainWindow, ctx: ServiceContext, db_path: Path, qtbot,
                                         monkeypatch: pytest.MonkeyPatch) -> None:  # fmt: skip
    # People in the directory, one with an Arabic name, so type-ahead has something to find.
    iom = directory.find_organization(ctx, "IOM").id
    pmm = directory.find_organization(ctx, "PMM").id
    unhcr = directory.find_organization(ctx, "UNHCR").id
    directory.create_person(ctx, full_name="Işık Çağlar", organization_id=pmm)
    directory.create_person(ctx, full_name="ليلى الحسن", organization_id=unhcr)
    directory.create_person(ctx, full_name="Ayşe Yılmaz", organization_id=iom)

    _accept_new_meeting(monkeypatch, "UNNM Türkiye — ağ toplantısı")
    window.new_meeting(next_of_series=False)
    meeting_id = window.meeting_id
    assert meetings.get_meeting(ctx, meeting_id).title == "UNNM Türkiye — ağ toplantısı"

    # Attendance: Turkish-aware type-ahead ("isik" finds "Işık"), then pick with the keyboard.
    window.show_tab(ATTENDANCE)
    search = window.attendance.search
    type_text(search, "isik")
    assert window.attendance.suggestions() == ["Işık Çağlar — PMM"]
    QTest.keyClick(search, Qt.Key.Key_Return)
    type_text(search, "unhcr")
    window.attendance.add_person(next(iter(window.attendance._suggestions.values())))
    type_text(search, "ayşe")
    QTest.keyClick(search, Qt.Key.Key_Return)
    assert [r.full_name for r in attendance.list_attendance(ctx, meeting_id)] == [
        "Ayşe Yılmaz",
        "Işık Çağlar",
        "ليلى الحسن",
    ]

    # Agenda: two items; notes typed character by character in Turkish, Arabic and emoji.
    window.show_tab(AGENDA)
    window.agenda.add_item()
    type_text(window.agenda.title_edit, "Düzensiz göç")
    window.agenda.add_item()
    type_text(window.agenda.title_edit, "Veri ve GCM")
    window.agenda.select_relative(-1)
    notes = "PMM: İstanbul ve Şanlıurfa’da ışık 👍🏽 — ليلى الحسن قالت"
    type_text(window.agenda.editor, notes)
    qtbot.waitUntil(lambda: not window.autosaver.has_pending(), timeout=3000)
    assert window.save_status.text().startswith("Saved ")

    items = agenda.list_items(ctx, meeting_id)
    titles = [i.title for i in items]
    assert "Düzensiz göç" in titles and "Veri ve GCM" in titles
    first = next(i for i in items if i.title == "Düzensiz göç")
    assert first.notes_md.strip() == notes

    # Decision with a reservation and an objection; the forbidden outcome is refused with the reason.
    window.show_tab(DECISIONS)
    window.decisions.add_decision()
    type_text(window.decisions.text, "Ağ, veri çalışma grubunu kurar.")
    assert window.decisions.set_position(pmm, "reservation")
    assert window.decisions.set_position(unhcr, "objects")
    assert window.decisions.set_outcome("adopted") is False
    assert "object" in window.decisions.reason.text()
    assert window.decisions.outcome.currentData() == "proposed"
    assert window.decisions.set_outcome("not_adopted")
    window.autosaver.flush()
    (decision,) = decisions.list_decisions(ctx, meeting_id)
    assert decision.text == "Ağ, veri çalışma grubunu kurar."
    assert decision.outcome == "not_adopted"
    assert {p.kind for p in decision.positions} == {"reservation", "objects"}

    # An action point, edited in the table.
    window.show_tab(ACTIONS)
    window.actions.add_action()
    model = window.actions.model
    assert model.setData(model.index(0, 0), "Veri paylaşım protokolünü hazırla")
    assert model.setData(model.index(0, 1), "PMM, iom")
    assert model.setData(model.index(0, 2), "2024-01-31")
    assert not model.setData(model.index(0, 2), "next week")  # refused, message shown, nothing lost
    (action,) = actions.list_actions(ctx, meeting_id)
    assert action.text == "Veri paylaşım protokolünü hazırla" and action.responsible_acronyms == ("IOM", "PMM")

    # Reopen the file through the services: everything is there.
    window.close()
    ctx.close()
    with open_context(db_path) as reopened:
        items = agenda.list_items(reopened, meeting_id)
        assert next(i for i in items if i.title == "Düzensiz göç").notes_md.strip() == notes
        assert len(attendance.list_attendance(reopened, meeting_id)) == 3
        assert decisions.list_decisions(reopened, meeting_id)[0].outcome == "not_adopted"
        assert actions.list_actions(reopened, meeting_id)[0].due_date.isoformat() == "2024-01-31"
    raw = (
        sqlite3.connect(db_path).execute("SELECT notes_md FROM agenda_item WHERE title = 'Düzensiz göç'").fetchone()[0]
    )
    assert "ليلى الحسن" in raw and "👍🏽" in raw


def test_new_person_inline_from_the_attendance_search(window: MainWindow, ctx: ServiceContext,
                                                      monkeypatch: pytest.MonkeyPatch) -> None:  # fmt: skip
    _accept_new_meeting(monkeypatch, "Inline")
    window.new_meeting(next_of_series=False)

    def fake_exec(self: NewPersonDialog) -> int:
        self.organisation.setCurrentIndex(self.organisation.findText("PMM", Qt.MatchFlag.MatchStartsWith))
        self.title.setText("Şube Müdürü")
        self.accept()
        return 1

    monkeypatch.setattr(NewPersonDialog, "exec", fake_exec)
    window.show_tab(ATTENDANCE)
    type_text(window.attendance.search, "Gülşen Öztürk")
    QTest.keyClick(window.attendance.search, Qt.Key.Key_Return)
    (row,) = attendance.list_attendance(ctx, window.meeting_id)
    assert (row.full_name, row.organization_acronym, row.title) == ("Gülşen Öztürk", "PMM", "Şube Müdürü")


def test_status_for_many_at_once(window: MainWindow, ctx: ServiceContext) -> None:
    from builders import small_meeting

    m = small_meeting(ctx)
    window.refresh_meetings(m.meeting_id)
    window.show_tab(ATTENDANCE)
    window.attendance.table.selectAll()
    window.attendance.set_status_for_selected("remote")
    assert {r.status for r in attendance.list_attendance(ctx, m.meeting_id)} == {"remote"}


def test_agenda_reorder_by_keyboard_and_timer(window: MainWindow, ctx: ServiceContext) -> None:
    from builders import small_meeting

    m = small_meeting(ctx)
    second = agenda.add_item(ctx, m.meeting_id, title="Second item", planned_minutes=10)
    window.refresh_meetings(m.meeting_id)
    window.show_tab(AGENDA)
    window.agenda.refresh_list(second)
    window.agenda.move_current(-1)
    assert [i.title for i in agenda.list_items(ctx, m.meeting_id)] == ["Second item", "GCM implementation in Türkiye"]
    window.agenda.toggle_timer()
    assert agenda.get_item(ctx, second).running_since is not None
    assert "of 10 min" in window.agenda.timer_label.text()
    window.agenda.toggle_timer()
    assert agenda.get_item(ctx, second).running_since is None


def test_intervention_stamp_and_formatting(window: MainWindow, ctx: ServiceContext, qtbot) -> None:
    from builders import small_meeting

    m = small_meeting(ctx)
    window.refresh_meetings(m.meeting_id)
    window.show_tab(AGENDA)
    window.agenda.insert_stamp("PMM", window.stamp_time())
    type_text(window.agenda.editor, "veri ")
    window.agenda.toggle_bold()
    type_text(window.agenda.editor, "önemli")
    window.autosaver.flush()
    stored = agenda.get_item(ctx, m.item_id).notes_md
    assert " — PMM: veri **önemli**" in stored


def test_signed_off_meeting_is_read_only_in_the_window(window: MainWindow, ctx: ServiceContext) -> None:
    from builders import small_meeting

    from unnm_desktop.services.minutes import signoff

    m = small_meeting(ctx)
    signoff.sign_off(ctx, m.meeting_id, [signoff.SignatoryInput("Ayşe Yılmaz")], backup=False)
    window.refresh_meetings(m.meeting_id)
    assert window.agenda.editor.isReadOnly()
    assert not window.agenda.add_button.isEnabled()
    assert "read only" in window.windowTitle()


def test_reopens_on_the_same_meeting_and_item(qtbot, ctx: ServiceContext, tmp_path: Path,
                                              monkeypatch: pytest.MonkeyPatch) -> None:  # fmt: skip
    from builders import small_meeting

    monkeypatch.setenv("UNNM_DESKTOP_SETTINGS_DIR", str(tmp_path / "settings"))
    configure_settings_location()
    m = small_meeting(ctx)
    other = meetings.create_meeting(ctx, title="A later meeting", start="2024-05-01 10:00")
    agenda.add_item(ctx, other, title="Other item")
    second = agenda.add_item(ctx, m.meeting_id, title="Second item")
    first = MainWindow(ctx, AppSettings())
    qtbot.addWidget(first)
    first.refresh_meetings(m.meeting_id)
    first.agenda.refresh_list(second)
    first.close()
    again = MainWindow(ctx, AppSettings())
    qtbot.addWidget(again)
    assert again.meeting_id == m.meeting_id
    assert again.agenda.item_id == second


def test_meeting_search_is_turkish_aware(window: MainWindow, ctx: ServiceContext) -> None:
    meetings.create_meeting(ctx, title="Göç İdaresi istişare toplantısı", start="2023-01-10 10:00")
    meetings.create_meeting(ctx, title="Data workshop", start="2023-02-10 10:00")
    window.search.setText("GOC IDARESI")
    assert [m.title for m in window.meeting_model.meetings] == ["Göç İdaresi istişare toplantısı"]
    window.search.setText("")
    assert len(window.meeting_model.meetings) == 2


def test_shortcuts_listed_in_help(window: MainWindow) -> None:
    from unnm_desktop.gui.help_dialogs import ShortcutsDialog

    dialog = ShortcutsDialog(window, window.menu_actions)
    table = dialog.findChild(QTableWidget, "shortcutsTable")
    commands = {table.item(row, 1).text(): table.item(row, 2).text() for row in range(table.rowCount())}
    assert commands["Insert intervention stamp…"]
    assert commands["Start/stop timer"] == "F9"
    shortcuts = [s for s in commands.values() if s]
    assert len(shortcuts) == len(set(shortcuts)), "two commands share a shortcut"


def test_matters_arising_item_shows_earlier_action_points(window: MainWindow, ctx: ServiceContext) -> None:
    from builders import small_meeting

    m = small_meeting(ctx)
    action_id = actions.add_action(ctx, m.meeting_id, text="Veri atölyesi düzenle", responsible_org_ids=[m.orgs["PMM"]])
    later = meetings.create_next_meeting(ctx, m.meeting_id, title="Sonraki toplantı", start="2024-02-01 10:00")
    window.refresh_meetings(later)
    window.show_tab(AGENDA)
    standing = {i.standing: i.id for i in agenda.list_items(ctx, later)}
    window.agenda.refresh_list(standing["matters_arising"])
    table = window.agenda.matters_arising_table
    assert not table.isHidden()
    model = table.model()
    assert model.rowCount() == 1 and model.index(0, 1).data() == "Veri atölyesi düzenle"
    assert model.setData(model.index(0, 5), "Gaziantep’te yapıldı.")
    assert model.setData(model.index(0, 4), "done")
    (follow_up,) = actions.list_follow_ups(ctx, later)
    assert (follow_up.note, follow_up.status) == ("Gaziantep’te yapıldı.", "done")
    assert actions.list_actions(ctx, m.meeting_id)[0].id == action_id
    window.agenda.refresh_list(standing["adoption_of_agenda"])
    assert table.isHidden()


def test_agenda_reorder_by_drag_and_drop(window: MainWindow, ctx: ServiceContext, qtbot) -> None:
    from builders import small_meeting
    from PySide6.QtCore import QModelIndex

    m = small_meeting(ctx)
    agenda.add_item(ctx, m.meeting_id, title="İkinci")
    agenda.add_item(ctx, m.meeting_id, title="Üçüncü")
    window.refresh_meetings(m.meeting_id)
    window.show_tab(AGENDA)
    # What a drop does to the list's model: the first item moves to the end.
    assert window.agenda.list.model().moveRow(QModelIndex(), 0, QModelIndex(), 3)
    qtbot.waitUntil(lambda: agenda.list_items(ctx, m.meeting_id)[-1].title == "GCM implementation in Türkiye")
    assert [i.title for i in agenda.list_items(ctx, m.meeting_id)] == [
        "İkinci",
        "Üçüncü",
        "GCM implementation in Türkiye",
    ]
    assert [i.number for i in agenda.list_items(ctx, m.meeting_id)] == ["1", "2", "3"]


def test_escape_closes_a_whole_dialog_built_from_a_ui_file(qtbot, window: MainWindow) -> None:
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest

    from unnm_desktop.gui.rapporteur.new_meeting_dialog import NewMeetingDialog

    dialog = NewMeetingDialog(window, series_of=None)
    qtbot.addWidget(dialog)
    dialog.show()
    QTest.keyClick(dialog.title, Qt.Key.Key_Escape)
    assert not dialog.isVisible()
    assert dialog.result() == 0
