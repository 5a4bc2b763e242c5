"""Action points typed through the keyboard into the real window, read back through the services.

Traps 1, 2 and 11 of issue 10: the table used to be reset under the open editor after every cell, so Tab
reopened the Action cell and the next keystrokes replaced the action's text.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

import pytest
from builders import SmallMeeting, small_meeting
from gui_helpers import make_window
from keyboard import activate, answer_dialog, focus_widget, press, type_keys, wait_until
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QComboBox, QLineEdit, QToolTip, QWidget

from unnm_desktop.gui.directory.organisation_entry import ACRONYM_ROLE, ResponsibleEdit
from unnm_desktop.gui.i18n import install_language
from unnm_desktop.gui.main_window import MainWindow
from unnm_desktop.gui.widgets.date_entry import DueDateEdit
from unnm_desktop.services.context import ServiceContext
from unnm_desktop.services.directory import entries as directory
from unnm_desktop.services.meeting import actions
from unnm_desktop.services.minutes import signoff

ACTION = "Share e-registration data with ŞÖÇ partners"
FOREIGN_EDITOR = "does not belong to this view"


@pytest.fixture
def meeting(ctx: ServiceContext) -> SmallMeeting:
    m = small_meeting(ctx)
    if directory.find_organization(ctx, "ASAM") is None:  # the starter directory has SGDD-ASAM only
        directory.create_organization(ctx, acronym="ASAM", name_en="ASAM field office, Ankara", kind="other")
    return m


@pytest.fixture
def window(qtbot: Any, ctx: ServiceContext, meeting: SmallMeeting, tmp_path: Path,
           monkeypatch: pytest.MonkeyPatch) -> MainWindow:  # fmt: skip
    made = make_window(qtbot, ctx, tmp_path / "settings", monkeypatch)
    wait_until(lambda: made.meeting_id == meeting.meeting_id, message="the meeting did not open")
    activate(made)
    return made


def _only_action(ctx: ServiceContext, meeting: SmallMeeting) -> Any:
    (action,) = actions.list_actions(ctx, meeting.meeting_id)
    return action


def _new_action_with_text(text: str) -> None:
    press("Ctrl+5", "Ctrl+Shift+K")
    type_keys(text)


def _no_foreign_editor_warning(qtlog: Any) -> None:
    messages = [record.message for record in qtlog.records]
    assert not [m for m in messages if FOREIGN_EDITOR in m or "commitData" in m], messages


def test_tab_through_the_cells_saves_every_field_as_typed(window: MainWindow, ctx: ServiceContext,
                                                          meeting: SmallMeeting, qtlog: Any) -> None:  # fmt: skip
    _new_action_with_text(ACTION)
    type_keys("\t")
    assert isinstance(focus_widget(), ResponsibleEdit)
    type_keys("ASAM, PMM\t")
    assert isinstance(focus_widget(), DueDateEdit)
    type_keys("15/01/2027\t")
    assert isinstance(focus_widget(), QComboBox)
    press("Down")  # Open → In progress, without opening the list
    press("Enter")
    action = _only_action(ctx, meeting)
    assert action.text == ACTION
    assert action.responsible_acronyms == ("ASAM", "PMM")
    assert action.due_date == date(2027, 1, 15)
    assert action.status == "in_progress"
    assert window.actions.model.index(0, 0).data() == ACTION  # the table shows what was saved
    assert not window.actions.notice.isVisible()
    _no_foreign_editor_warning(qtlog)


def test_shift_tab_goes_back_and_edits_the_right_cell(window: MainWindow, ctx: ServiceContext,
                                                      meeting: SmallMeeting, qtlog: Any) -> None:  # fmt: skip
    _new_action_with_text(ACTION)
    type_keys("\tIOM\t01/03/2027")
    press("Shift+Tab")  # back to Responsible: saves the date, opens the cell before it
    editor = focus_widget()
    assert isinstance(editor, ResponsibleEdit) and editor.text() == "IOM"
    type_keys("UNHCR, PMM")
    press("Shift+Tab")
    assert isinstance(focus_widget(), QLineEdit) and focus_widget().text() == ACTION
    type_keys("Draft the referral protocol — İzmir, Gaziantep")
    press("Enter")
    action = _only_action(ctx, meeting)
    assert action.text == "Draft the referral protocol — İzmir, Gaziantep"
    assert action.responsible_acronyms == ("PMM", "UNHCR")
    assert action.due_date == date(2027, 3, 1)
    assert action.status == "open"
    _no_foreign_editor_warning(qtlog)


def test_tab_in_the_last_cell_of_a_row_opens_the_next_rows_first_cell(window: MainWindow, ctx: ServiceContext,
                                                                       meeting: SmallMeeting) -> None:  # fmt: skip
    _new_action_with_text("First action")
    press("Enter")
    press("Ctrl+Shift+K")
    type_keys("Second action")
    press("Shift+Tab")  # from the second row's Action cell back to the first row's Status cell
    assert isinstance(focus_widget(), QComboBox)
    type_keys("D")  # the first status starting with D: Done
    press("Tab")
    editor = focus_widget()
    assert isinstance(editor, QLineEdit) and editor.text() == "Second action"
    press("Escape")
    first, second = actions.list_actions(ctx, meeting.meeting_id)
    assert (first.text, first.status) == ("First action", "done")
    assert (second.text, second.status) == ("Second action", "open")


def test_an_impossible_date_is_refused_at_the_cell_and_the_typing_kept(window: MainWindow, ctx: ServiceContext,
                                                                        meeting: SmallMeeting) -> None:  # fmt: skip
    _new_action_with_text(ACTION)
    type_keys("\tPMM\t")
    before = _only_action(ctx, meeting)
    type_keys("31/02/2026\t")
    editor = focus_widget()
    assert isinstance(editor, DueDateEdit) and editor.text() == "31/02/2026"  # still open, as typed
    notice = window.actions.notice
    assert notice.isVisible() and "There is no 31 February 2026" in notice.text()
    assert "YYYY" not in notice.text()
    assert "There is no 31 February" in QToolTip.text()  # at the cell
    assert _only_action(ctx, meeting) == before  # nothing changed in the database
    press("Ctrl+A")
    type_keys("28/02/2026\t")
    assert _only_action(ctx, meeting).due_date == date(2026, 2, 28)
    assert not notice.isVisible()
    assert _only_action(ctx, meeting).text == ACTION


def test_an_unknown_organisation_is_offered_for_creation(window: MainWindow, ctx: ServiceContext,
                                                         meeting: SmallMeeting) -> None:  # fmt: skip
    def fill(dialog: QWidget) -> None:
        assert dialog.findChild(QLineEdit, "acronymEdit").text() == "MUDEM"
        type_keys("Refugee Support Association\tMülteci Destek Derneği\t")
        press("Down")  # kind: UN entity → Government → Other; Other is chosen already, Down stays there
        press("Enter")

    _new_action_with_text(ACTION)
    type_keys("\tPMM, MUDEM")
    seen = answer_dialog(fill)
    press("Tab")
    activate(window)
    assert seen == ["New organisation"]
    created = directory.find_organization(ctx, "MUDEM")
    assert created is not None
    assert (created.name_en, created.name_tr, created.kind) == (
        "Refugee Support Association",
        "Mülteci Destek Derneği",
        "other",
    )
    action = _only_action(ctx, meeting)
    assert action.responsible_acronyms == ("MUDEM", "PMM") and action.text == ACTION
    assert isinstance(focus_widget(), DueDateEdit)  # the Tab went on to the next cell


def test_cancelling_the_new_organisation_keeps_the_typing(window: MainWindow, ctx: ServiceContext,
                                                          meeting: SmallMeeting) -> None:  # fmt: skip
    _new_action_with_text(ACTION)
    type_keys("\tPMM, XYZ")
    seen = answer_dialog(lambda _dialog: press("Escape"))
    press("Tab")
    activate(window)
    assert seen == ["New organisation"]
    editor = focus_widget()
    assert isinstance(editor, ResponsibleEdit) and editor.text() == "PMM, XYZ"
    assert "XYZ" in window.actions.notice.text()
    assert _only_action(ctx, meeting).responsible_acronyms == ()
    assert directory.find_organization(ctx, "XYZ") is None


def test_suggestions_fold_turkish_letters(window: MainWindow, ctx: ServiceContext, meeting: SmallMeeting) -> None:
    _new_action_with_text(ACTION)
    type_keys("\tgocmen")
    editor = QApplication.focusWidget()  # the pop-up, if open, takes the keys; the editor has the focus
    assert isinstance(editor, ResponsibleEdit)
    shown = [editor.suggestions.item(row).text() for row in range(editor.suggestions.rowCount())]
    assert any("Göçmen" in text for text in shown), shown
    first = editor.suggestions.item(0).data(ACRONYM_ROLE)
    press("Down")  # highlight the first suggestion
    press("Enter")
    assert _only_action(ctx, meeting).responsible_acronyms == (first,)
    assert first in ("SGDD-ASAM", "TNP-DCMSBG")


def test_the_turkish_date_form_in_the_turkish_interface(qtbot: Any, ctx: ServiceContext, meeting: SmallMeeting,
                                                        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:  # fmt: skip
    assert install_language("tr")
    window = make_window(qtbot, ctx, tmp_path / "settings", monkeypatch)
    wait_until(lambda: window.meeting_id == meeting.meeting_id)
    activate(window)
    _new_action_with_text("Veri paylaşımı — İçişleri ile görüş")
    type_keys("\tPMM\t15.01.2027\n")
    action = _only_action(ctx, meeting)
    assert action.due_date == date(2027, 1, 15) and action.text == "Veri paylaşımı — İçişleri ile görüş"
    assert window.actions.model.index(0, 2).data() == "15.01.2027"


def test_the_calendar_opens_from_the_keyboard(window: MainWindow, ctx: ServiceContext, meeting: SmallMeeting) -> None:
    _new_action_with_text(ACTION)
    type_keys("\t\t15/01/2027")
    press("Alt+Down")
    calendar = window.findChild(QWidget, "dueDateCalendar")
    assert calendar is not None and calendar.isVisible()
    press("Right")  # the next day
    press("Enter")
    editor = QApplication.focusWidget()  # the pop-up, if open, takes the keys; the editor has the focus
    assert isinstance(editor, DueDateEdit) and editor.text() == "16/01/2027"
    press("Enter")
    assert _only_action(ctx, meeting).due_date == date(2027, 1, 16)


def test_signed_off_minutes_lock_the_action_points_and_say_why(qtbot: Any, ctx: ServiceContext,
                                                               meeting: SmallMeeting, tmp_path: Path,
                                                               monkeypatch: pytest.MonkeyPatch) -> None:  # fmt: skip
    actions.add_action(ctx, meeting.meeting_id, text=ACTION)
    signoff.sign_off(ctx, meeting.meeting_id, [signoff.SignatoryInput("Ayşe Yılmaz")], backup=False)
    window = make_window(qtbot, ctx, tmp_path / "settings", monkeypatch)
    wait_until(lambda: window.meeting_id == meeting.meeting_id)
    activate(window)
    press("Ctrl+5")
    page = window.actions
    for button in (page.add_button, page.remove_button):
        assert not button.isEnabled() and "signed off" in button.toolTip()
    cell = page.model.index(0, 0)
    assert not cell.flags() & Qt.ItemFlag.ItemIsEditable
    assert "signed off" in cell.data(Qt.ItemDataRole.ToolTipRole)
    type_keys("Overwritten")  # typing on a locked cell opens no editor
    press("F2", "Ctrl+Shift+K")
    assert [a.text for a in actions.list_actions(ctx, meeting.meeting_id)] == [ACTION]
    assert "signed off" in window.statusBar().currentMessage()


def test_follow_ups_of_earlier_actions_are_typed_cell_by_cell(qtbot: Any, ctx: ServiceContext, meeting: SmallMeeting,
                                                              tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                              qtlog: Any) -> None:  # fmt: skip
    from unnm_desktop.services.meeting import meetings

    actions.add_action(ctx, meeting.meeting_id, text=ACTION)
    next_id = meetings.create_next_meeting(ctx, meeting.meeting_id, title="Next meeting", start="2023-12-07 10:00")
    window = make_window(qtbot, ctx, tmp_path / "settings", monkeypatch)
    window.refresh_meetings(next_id)
    wait_until(lambda: window.meeting_id == next_id)
    activate(window)
    press("Ctrl+5")  # the table of this meeting's own actions (empty), then Add and Remove, then the follow-ups
    press("Tab", "Tab", "Tab")
    assert focus_widget() is window.actions.follow_ups
    press("Right", "Right", "Right", "Right")  # From, Action, Responsible, Due → Status
    type_keys("D")  # typing on the cell opens its list at the first status starting with D: Done
    assert isinstance(focus_widget(), QComboBox)
    type_keys("\tShared with ŞÖÇ partners on 2 December — İzmir\n")
    (follow_up,) = actions.list_follow_ups(ctx, next_id)
    assert follow_up.status == "done" and follow_up.action.status == "done"
    assert follow_up.note == "Shared with ŞÖÇ partners on 2 December — İzmir"
    _no_foreign_editor_warning(qtlog)


def test_typed_dates_and_their_refusals() -> None:
    from unnm_desktop.gui.widgets.date_entry import DateRefused, parse_typed_date

    for typed in ("15/01/2027", "15.01.2027", "15.1.2027", "2027-01-15", " 15/1/27 "):
        assert parse_typed_date(typed) == date(2027, 1, 15), typed
    assert parse_typed_date("") is None and parse_typed_date("29/02/2028") == date(2028, 2, 29)
    refusals = {
        "31/02/2026": "There is no 31 February 2026; February has 28 days that year.",
        "31/04/2027": "There is no 31 April 2027; April has 30 days that year.",
        "12/13/2026": "There is no month 13; months go from 1 to 12.",
    }
    for typed, sentence in refusals.items():
        with pytest.raises(DateRefused) as refused:
            parse_typed_date(typed)
        assert str(refused.value) == sentence
    with pytest.raises(DateRefused, match="“next week” is not a date"):
        parse_typed_date("next week")


def test_suggestions_rank_the_acronym_first() -> None:
    from unnm_desktop.gui.directory.organisation_entry import organisation_matches, split_acronyms
    from unnm_desktop.services.views import OrgView

    orgs = [
        OrgView("1", "SGDD-ASAM", "Association for Solidarity with Asylum Seekers and Migrants", "Göçmenlerle", "x"),
        OrgView("2", "ASAM", "ASAM field office", "", "other"),
        OrgView("3", "İŞKUR", "Turkish Employment Agency", "Türkiye İş Kurumu", "government"),
    ]
    assert [o.acronym for o in organisation_matches(orgs, "asam")] == ["ASAM", "SGDD-ASAM"]
    assert [o.acronym for o in organisation_matches(orgs, "isk")] == ["İŞKUR"]
    assert [o.acronym for o in organisation_matches(orgs, "gocmen")] == ["SGDD-ASAM"]
    assert organisation_matches(orgs, " ") == []
    assert split_acronyms("ASAM, PMM;IOM,, ") == ["ASAM", "PMM", "IOM"]
