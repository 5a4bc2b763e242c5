"""Attendance typed at the keyboard (issue 10, traps 6 and 11): no duplicate attendees, similar names offered,
a new person with a new organisation created in place, signed-off minutes shown as such.

Everything goes through key events into the real window; the database is read back through the services.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from builders import SmallMeeting
from gui_helpers import make_window
from keyboard import activate, answer_dialog, press, type_keys, wait_until
from PySide6.QtCore import QDeadlineTimer, Qt, QTimer
from PySide6.QtWidgets import QApplication, QLineEdit, QWidget

from unnm_desktop.gui.main_window import MainWindow
from unnm_desktop.services.context import ServiceContext
from unnm_desktop.services.directory import entries as directory
from unnm_desktop.services.meeting import attendance
from unnm_desktop.services.minutes import signoff


def answer_named(object_name: str, answer: Callable[[QWidget], None], timeout_ms: int = 8000) -> list[str]:
    return answer_dialog(answer, timeout_ms, object_name=object_name)


@pytest.fixture(autouse=True)
def no_dialog_left_open() -> object:
    """A dialog nobody answers would block the test run for ever: after a while, close it (the test fails)."""
    started = QDeadlineTimer(45000)

    def close_stale_dialog() -> None:
        dialog = QApplication.activeModalWidget()
        if started.hasExpired() and dialog is not None:
            dialog.close()

    timer = QTimer()
    timer.timeout.connect(close_stale_dialog)
    timer.start(500)
    yield
    timer.stop()


def names(ctx: ServiceContext, meeting_id: str) -> list[str]:
    return sorted(row.full_name for row in attendance.list_attendance(ctx, meeting_id))


def people_named(ctx: ServiceContext, name: str) -> list[str]:
    return [p.id for p in directory.list_people(ctx) if p.full_name == name]


@pytest.fixture
def meeting(ctx: ServiceContext, small: SmallMeeting) -> SmallMeeting:
    # Işıl Doğan is in the directory but not at this meeting: she is the similar name to offer.
    (isil,) = [row.id for row in attendance.list_attendance(ctx, small.meeting_id) if row.full_name == "Işıl Doğan"]
    attendance.remove_attendee(ctx, isil)
    return small


@pytest.fixture
def window(qtbot, ctx: ServiceContext, meeting: SmallMeeting, tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    window = make_window(qtbot, ctx, tmp_path / "settings", monkeypatch)
    window.refresh_meetings(meeting.meeting_id)
    activate(window)
    press("Ctrl+2")
    assert window.attendance.search.hasFocus()
    return window


def test_someone_already_attending_is_shown_not_added_again(
    window: MainWindow, ctx: ServiceContext, meeting: SmallMeeting
) -> None:
    before_people = len(directory.list_people(ctx))
    before = names(ctx, meeting.meeting_id)
    page = window.attendance
    for typed in ("Ayşe Yılmaz", "ayse yilmaz"):  # as typed on a Turkish and on an English keyboard
        type_keys(typed + "\n")
        wait_until(lambda: "already attending" in page.search_message.text(), message=f"{typed}: nothing said")
        assert page.search_message.isVisible()  # next to the search box, where the rapporteur looks
        (selected,) = page.table.selectionModel().selectedRows()
        assert page.model.rows[selected.row()].full_name == "Ayşe Yılmaz"
        assert names(ctx, meeting.meeting_id) == before
        assert len(directory.list_people(ctx)) == before_people
        assert page.search.hasFocus()
        type_keys("x")  # what was typed is selected: the next keys replace it, and the message goes
        assert page.search.text() == "x" and page.search_message.text() == ""
        press("Backspace")


def test_a_similar_name_is_offered_and_chosen_by_keyboard(
    window: MainWindow, ctx: ServiceContext, meeting: SmallMeeting
) -> None:
    before_people = len(directory.list_people(ctx))
    offered: list[list[str]] = []

    def choose_first(dialog: QWidget) -> None:
        listed = dialog.findChild(QWidget, "similarPeopleList")
        offered.append([listed.item(i).text() for i in range(listed.count())])
        press("Enter")

    seen = answer_named("similarPeopleDialog", choose_first)
    type_keys("Isik Dogan\n")
    wait_until(lambda: "Işıl Doğan" in names(ctx, meeting.meeting_id), message=f"not added; dialogs seen: {seen}")
    activate(window)
    assert offered == [["Işıl Doğan — UNHCR"]]
    assert len(directory.list_people(ctx)) == before_people  # nobody new
    assert people_named(ctx, "Isik Dogan") == []
    assert window.attendance.search.text() == ""


def test_a_similar_name_can_be_someone_new(window: MainWindow, ctx: ServiceContext, meeting: SmallMeeting) -> None:
    # "Işık Doğan" of PMM is really someone else than Işıl Doğan of UNHCR: Alt+N, then the new-person form.
    seen = [
        answer_named("similarPeopleDialog", lambda _d: press("Alt+N")),
        answer_named("newPersonDialog", lambda _d: (press("Tab"), type_keys("PMM\n"))),
    ]
    type_keys("Işık Doğan\n")
    wait_until(lambda: "Işık Doğan" in names(ctx, meeting.meeting_id), message=f"not added; dialogs seen: {seen}")
    activate(window)
    (row,) = [r for r in attendance.list_attendance(ctx, meeting.meeting_id) if r.full_name == "Işık Doğan"]
    assert row.organization_acronym == "PMM"
    assert len(people_named(ctx, "Işıl Doğan")) == 1


def test_new_person_with_a_new_organisation_typed_in_place(
    window: MainWindow, ctx: ServiceContext, meeting: SmallMeeting
) -> None:
    english = "Association for Solidarity with Asylum Seekers and Migrants"
    turkish = "Sığınmacılar ve Göçmenlerle Dayanışma Derneği"
    focus_on_english_name: list[bool] = []
    hints: list[str] = []

    def new_person(_dialog: QWidget) -> None:
        press("Tab")  # from the name (typed in the search already) to the organisation
        type_keys("ASAM\n")  # unknown: the organisation form opens with ASAM in it

    def new_organisation(dialog: QWidget) -> None:
        focus_on_english_name.append(QApplication.focusWidget() is dialog.findChild(QLineEdit, "nameEnEdit"))
        hints.append(dialog.findChild(QWidget, "organisationMessage").text())  # SGDD-ASAM, perhaps the same
        type_keys(f"{english}\t{turkish}\t")
        type_keys("C")  # the kind drop-down: Civil society
        press("Enter")

    seen = [answer_named("newPersonDialog", new_person), answer_named("newOrganisationDialog", new_organisation)]
    type_keys("Şükrü Öztürk\n")
    wait_until(lambda: "Şükrü Öztürk" in names(ctx, meeting.meeting_id), message=f"not added; dialogs seen: {seen}")
    activate(window)
    assert seen == [["New person"], ["New organisation"]]
    assert focus_on_english_name == [True]
    assert "SGDD-ASAM" in hints[0]  # a hint only: the rapporteur said ASAM is new, and it is created
    asam = directory.find_organization(ctx, "ASAM")
    assert (asam.acronym, asam.name_en, asam.name_tr, asam.kind) == ("ASAM", english, turkish, "civil_society")
    (person_id,) = people_named(ctx, "Şükrü Öztürk")
    (person,) = [p for p in directory.list_people(ctx) if p.id == person_id]
    assert (person.organization_id, person.organization_acronym) == (asam.id, "ASAM")


def test_arabic_name_emoji_and_the_new_organisation_button(
    window: MainWindow, ctx: ServiceContext, meeting: SmallMeeting
) -> None:
    name = "نور الهدى 🌟"
    refusals: list[str] = []
    focus: list[str] = []

    def new_person(dialog: QWidget) -> None:
        press("Alt+W")  # New organisation… next to the organisation field; answered below
        wait_until(lambda: directory.find_organization(ctx, "İGAM") is not None, 20000, f"no İGAM: {refusals}")
        activate(dialog)  # the organisation form has closed: back to the new-person form
        focus.append(QApplication.focusWidget().objectName())
        type_keys("Koordinatör 🙂\n")  # the organisation chosen, the focus went on to the title

    def new_organisation(dialog: QWidget) -> None:
        # An acronym that exists is refused in the dialog, keeping what was typed; then corrected.
        type_keys("unhcr\tResearch Centre on Asylum and Migration\tİltica ve Göç Araştırmaları Merkezi\n")
        acronym = dialog.findChild(QLineEdit, "acronymEdit")
        refusals.append(dialog.findChild(QWidget, "organisationMessage").text())
        refusals.append(f"visible={dialog.isVisible()} acronym={acronym.text()} focus={acronym.hasFocus()}")
        press("Ctrl+A")
        type_keys("İGAM\n")

    seen = [answer_named("newPersonDialog", new_person), answer_named("newOrganisationDialog", new_organisation)]
    type_keys(name + "\n")
    wait_until(lambda: name in names(ctx, meeting.meeting_id), message=f"not added; {seen} {refusals} {focus}")
    activate(window)
    assert "UNHCR" in refusals[0] and "already" in refusals[0]
    assert refusals[1] == "visible=True acronym=unhcr focus=True"
    assert focus == ["titleEdit"]
    igam = directory.find_organization(ctx, "İGAM")
    assert (igam.acronym, igam.name_en, igam.name_tr, igam.kind) == (
        "İGAM",
        "Research Centre on Asylum and Migration",
        "İltica ve Göç Araştırmaları Merkezi",
        "other",
    )
    (row,) = [r for r in attendance.list_attendance(ctx, meeting.meeting_id) if r.full_name == name]
    assert (row.title, row.organization_acronym) == ("Koordinatör 🙂", "İGAM")
    assert len([o for o in directory.list_organizations(ctx) if o.acronym.upper() == "UNHCR"]) == 1


def test_status_and_arrival_edited_in_the_table_in_place(
    window: MainWindow, ctx: ServiceContext, meeting: SmallMeeting
) -> None:
    page = window.attendance
    resets: list[int] = []
    page.model.modelReset.connect(lambda: resets.append(1))
    press("Tab", "Tab")  # search → New person… → the table
    assert page.table.hasFocus()
    first = page.model.rows[0]
    press("Home", "Right", "Right", "Right", "F2")  # the Status cell of the first row
    type_keys("r")  # remote
    press("Tab")  # commits, and moves to the Arrival cell
    press("F2")
    type_keys("10:25\n")
    wait_until(
        lambda: (
            [
                (r.status, r.arrival_time)
                for r in attendance.list_attendance(ctx, meeting.meeting_id)
                if r.id == first.id
            ]
            == [("remote", "10:25")]
        ),
        message="status and arrival not saved",
    )
    assert resets == []  # updated in place: the rows were never reset under the editor
    assert page.model.rows[0].status == "remote"


def test_signed_off_attendance_is_disabled_and_says_why(
    qtbot, ctx: ServiceContext, meeting: SmallMeeting, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    signoff.sign_off(ctx, meeting.meeting_id, [signoff.SignatoryInput("Ayşe Yılmaz")], backup=False)
    window = make_window(qtbot, ctx, tmp_path / "settings", monkeypatch)
    window.refresh_meetings(meeting.meeting_id)
    activate(window)
    press("Ctrl+2")
    page = window.attendance
    for widget in (
        page.search,
        page.new_person_button,
        page.status_combo,
        page.apply_status_button,
        page.role_combo,
        page.apply_role_button,
        page.remove_button,
    ):
        assert not widget.isEnabled(), widget.objectName()
        assert "signed off" in widget.toolTip() and "reopen" in widget.toolTip(), widget.objectName()
    assert "signed off" in page.table.toolTip()
    before = [(r.id, r.status, r.role) for r in attendance.list_attendance(ctx, meeting.meeting_id)]
    status_cell = page.model.index(0, page.model.STATUS)
    assert not page.model.flags(status_cell) & Qt.ItemFlag.ItemIsEditable
    press("Alt+Shift+2")  # Attendance → a status for the selected: refused, with the reason
    assert [(r.id, r.status, r.role) for r in attendance.list_attendance(ctx, meeting.meeting_id)] == before
    assert "signed off" in page.search_message.text()


def test_new_person_form_offers_the_same_name_in_another_organisation(
    window: MainWindow, ctx: ServiceContext, meeting: SmallMeeting
) -> None:
    offered: list[list[str]] = []

    def new_person(_dialog: QWidget) -> None:
        press("Tab")
        type_keys("PMM\n")  # the same name, another organisation: asked about before creating anyone

    def choose_first(dialog: QWidget) -> None:
        listed = dialog.findChild(QWidget, "similarPeopleList")
        offered.append([listed.item(i).text() for i in range(listed.count())])
        press("Enter")

    before_people = len(directory.list_people(ctx))
    seen = [answer_named("newPersonDialog", new_person), answer_named("similarPeopleDialog", choose_first)]
    type_keys("Ayşe Yılmaz")
    press("Alt+W")  # New person… beside the search, with what was typed (Alt+P is the Action points tab)
    page = window.attendance
    wait_until(lambda: "already attending" in page.search_message.text(), message=f"dialogs seen: {seen}")
    activate(window)
    assert offered == [["Ayşe Yılmaz — IOM (already attending)"]]
    assert len(directory.list_people(ctx)) == before_people
    assert names(ctx, meeting.meeting_id).count("Ayşe Yılmaz") == 1
