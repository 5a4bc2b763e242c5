"""A whole live meeting typed into the real main window, key by key, and read back from the database.

One scenario, in the order a rapporteur works: a new meeting (Ctrl+N, the dialog answered by typing; it
proposes today in Istanbul), the details, attendance by typing names and acronyms (the search box empty again
after each Enter), an agenda item, notes with bold, an intervention stamp ("pm", one Enter) and a list
switched on and off, a decision with positions chosen by keyboard, "all present join", the suggested outcome
shown as saved and GCM objectives, action points (one typed, one filled by Tab through its cells), then "kill
and restart": the window is destroyed without its close path and a new one opens on the same database, with
the focus at the end of the notes. Every step reads the database through the services and compares it with
what was typed, character for character.

The steps are plain functions (`step_…`) over one `Live` state shared by the module (one database, one
window, one settings folder, as in one run of the program), called in order by the `test_…` functions at the
end, so that more steps can be slotted in where they belong.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from keyboard import (
    activate,
    answer_dialog,
    answered,
    choose,
    press,
    stuck_dialogs_closed,
    type_keys,
    wait_saved,
    wait_until,
)
from PySide6.QtWidgets import QApplication, QDateTimeEdit, QWidget
from shiboken6 import Shiboken

from unnm_desktop.gui.main_window import MainWindow
from unnm_desktop.gui.settings import AppSettings, configure_settings_location
from unnm_desktop.services.context import ServiceContext, open_context
from unnm_desktop.services.directory import entries as directory
from unnm_desktop.services.meeting import actions as action_points
from unnm_desktop.services.meeting import agenda, attendance, decisions, meetings

ISTANBUL = ZoneInfo("Europe/Istanbul")
TITLE = "Göç Ağı Toplantısı — İçişleri ve Sığınma"
START = "2026-12-03 10:00"
START_KEYS = "03/12/2026 10:00"  # as the English interface shows it (dd/MM/yyyy HH:mm)
LOCATION = "Ankara"
DETAILS_LOCATION = "Ankara, Çankaya — Söğütözü"
VENUE = "Göç İdaresi Başkanlığı, Toplantı Salonu Ö-2"
AUDIENCE = "Kamu kurumları, BM ajansları ve sivil toplum (ÇŞİ)"
PEOPLE = {  # name → acronym of the organisation (all in the starter directory)
    "Işıl Doğan": "UNHCR",
    "İsmail Çelik": "PMM",
    "ليلى الحسن": "UNICEF",
    "Ömer Güneş": "IOM",
}
TYPED_FOR_ATTENDANCE = ("Işıl", "ismail çel", "ليلى", "IOM")  # a name, a Turkish-folded one, Arabic, an acronym
ITEM_TITLE = "Türkiye'de göç yönetimi: öncelikler, ağ çağrısı ve İÇİŞLERİ"
NOTES_PLAIN = "Açılış: "
NOTES_BOLD = "Göç İdaresi Başkanlığı"
NOTES_REST = " sığınma başvurularındaki artışı özetledi; ÖÇÜ ğış İı."
NOTES_ARABIC = "ليلى الحسن: شكراً"
NOTES = f"{NOTES_PLAIN}**{NOTES_BOLD}**{NOTES_REST}\n\n{NOTES_ARABIC}"  # as the notes are saved (Markdown)
SPEECH = "spoke first: Göç İdaresi'nin verileri şöyle özetlendi"
LIST_ITEMS = ("Şırnak ve Iğdır'da kayıt", "Öncelik: çocuklar ve ÜÇÜNCÜ ülkeler")
AFTER_LIST = "Liste bitti; söz İçişleri'nde."
DECISION = "Ağ, İçişleri Bakanlığı ile ortak bir çalışma grubu kurar; Şubat'ta ilk toplantı (ÇĞÜ)."
STATEMENT = "UNHCR çekimser kalıyor: sığınmacıların erişimi güvence altına alınmalı."
ACTION = "Kayıt verilerini paylaş — Göç İdaresi ile İstanbul'da görüşme (ş ğ ı İ Ö Ç Ü)"
LATE_ARRIVAL = ("Çağrı Şahin", "MFA")  # comes in after the restart
TAB_ACTION = "E-kayıt verilerini Şubat'a kadar paylaş (Göç İdaresi, İÇİŞLERİ)"
TAB_DUE_KEYS = "15/01/2027"  # as the Due column shows dates in English


@dataclass
class Live:
    """The meeting as it is being typed, and what was typed (to compare with the database)."""

    db: Path
    settings_dir: Path
    ctx: ServiceContext
    window: MainWindow | None = None
    meeting_id: str = ""
    item_id: str = ""
    decision_id: str = ""
    action_id: str = ""
    notes: str = NOTES  # the item's notes as they should be saved so far
    orgs: dict[str, str] = field(default_factory=dict)


@pytest.fixture(scope="module")
def live(tmp_path_factory: pytest.TempPathFactory, qapp: QApplication) -> Iterator[Live]:
    folder = tmp_path_factory.mktemp("live-meeting")
    with pytest.MonkeyPatch.context() as env:  # the module's own folders (conftest's are per test)
        for variable in ("DATA", "BACKUP", "LOG"):
            env.setenv(f"UNNM_DESKTOP_{variable}_DIR", str(folder / variable.lower()))
        env.setenv("UNNM_DESKTOP_NO_FIRST_RUN", "1")
        ctx = open_context(folder / "minutes.sqlite3", actor="Test Rapporteur")
        state = Live(folder / "minutes.sqlite3", folder / "settings", ctx)
        for name, acronym in [*PEOPLE.items(), LATE_ARRIVAL]:  # the directory the rapporteur types against
            state.orgs[acronym] = directory.find_organization(ctx, acronym).id
            directory.create_person(ctx, full_name=name, organization_id=state.orgs[acronym])
        yield state
        if state.window is not None and Shiboken.isValid(state.window):
            state.window.close()
            state.window.deleteLater()
        state.ctx.close()


@pytest.fixture(autouse=True)
def _one_run_of_the_program(live: Live, isolated_folders: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """The window's remembered place (last meeting, item, tab) survives from one step to the next, as in
    one run of the program; a dialog left open by a step fails that step instead of hanging the suite."""
    monkeypatch.setenv("UNNM_DESKTOP_SETTINGS_DIR", str(live.settings_dir))
    configure_settings_location()
    with stuck_dialogs_closed() as stuck:
        yield
    assert not stuck, f"dialogs left open (closed by the test): {stuck}"


def open_window(live: Live) -> MainWindow:
    window = MainWindow(live.ctx, AppSettings())
    window.show()
    activate(window)
    live.window = window
    return window


def window_of(live: Live) -> MainWindow:
    assert live.window is not None and Shiboken.isValid(live.window), "an earlier step did not open the window"
    activate(live.window)
    return live.window


# --- steps --------------------------------------------------------------------------------------------


def step_new_meeting(live: Live) -> None:
    window = open_window(live)

    def fill(_dialog: QWidget) -> None:
        type_keys(TITLE)
        press("Tab")  # the start, typed as the field shows it
        type_keys(START_KEYS)
        press("Tab")
        type_keys(LOCATION)
        press("Tab")  # language of the minutes: typing picks the entry, as in any drop-down
        choose("Tü")
        press("Return")

    seen = answer_dialog(fill)
    press("Ctrl+N")
    assert answered(seen)
    activate(window)
    summaries = meetings.list_meetings(live.ctx)
    assert [m.title for m in summaries] == [TITLE]
    live.meeting_id = summaries[0].id
    detail = meetings.get_meeting(live.ctx, live.meeting_id)
    assert (detail.title, detail.location, detail.language) == (TITLE, LOCATION, "tr")
    assert f"{detail.start.astimezone(ISTANBUL):%Y-%m-%d %H:%M}" == START
    assert window.meeting_id == live.meeting_id


def step_details(live: Live) -> None:
    window_of(live)
    press("Ctrl+1")
    for mnemonic, text in (("Alt+L", DETAILS_LOCATION), ("Alt+V", VENUE), ("Alt+U", AUDIENCE)):
        press(mnemonic)  # the label's buddy takes the focus with its text selected: typing replaces it
        type_keys(text)

    def saved() -> tuple[str, str, str]:
        detail = meetings.get_meeting(live.ctx, live.meeting_id)
        return detail.location, detail.venue, detail.target_audience

    wait_saved(saved, (DETAILS_LOCATION, VENUE, AUDIENCE))
    assert meetings.get_meeting(live.ctx, live.meeting_id).title == TITLE


def step_attendance(live: Live) -> None:
    window = window_of(live)
    press("Ctrl+2")
    for typed in TYPED_FOR_ATTENDANCE:
        type_keys(typed)
        press("Return")  # the first suggestion is taken
        wait_until(lambda: window.attendance.search.text() == "", message="the search box kept the name")

    def attending() -> dict[str, tuple[str, str]]:
        return {
            row.full_name: (row.organization_acronym, row.status)
            for row in attendance.list_attendance(live.ctx, live.meeting_id)
        }

    expected = {name: (acronym, "present") for name, acronym in PEOPLE.items()}
    wait_saved(attending, expected)


def step_agenda_item(live: Live) -> None:
    window = window_of(live)
    press("Ctrl+3", "Ctrl+Shift+A")  # the new item's placeholder title is selected: typing replaces it
    type_keys(ITEM_TITLE)
    live.item_id = window.agenda.item_id or ""
    wait_saved(lambda: agenda.get_item(live.ctx, live.item_id).title, ITEM_TITLE)
    assert [item.title for item in agenda.list_items(live.ctx, live.meeting_id)].count(ITEM_TITLE) == 1


def step_notes_with_bold(live: Live) -> None:
    window_of(live)
    press("Ctrl+3")  # into the notes of the item just added
    type_keys(NOTES_PLAIN)
    press("Ctrl+B")
    type_keys(NOTES_BOLD)
    press("Ctrl+B")
    type_keys(NOTES_REST + "\n" + NOTES_ARABIC)

    def notes() -> str:
        return agenda.get_item(live.ctx, live.item_id).notes_md.strip()

    wait_saved(notes, NOTES)


def step_stamp_and_lists(live: Live) -> None:
    """An intervention stamp (Ctrl+Shift+I, "pm", one Enter) and the speech after it; a bulleted list switched
    on and off again (Ctrl+Shift+8 twice) as in Word."""
    window = window_of(live)
    press("Ctrl+3")
    press("Ctrl+End", "Return")
    seen = answer_dialog(lambda _dialog: (type_keys("pm"), press("Return")))
    press("Ctrl+Shift+I")
    assert answered(seen)
    activate(window)
    stamp = window.stamp_time()
    type_keys(SPEECH + "\n")
    press("Ctrl+Shift+8")
    type_keys(LIST_ITEMS[0] + "\n" + LIST_ITEMS[1] + "\n")
    press("Ctrl+Shift+8")  # the same key again ends the list
    type_keys(AFTER_LIST)
    live.notes = f"{NOTES}\n\n{stamp} — PMM: {SPEECH}\n\n- {LIST_ITEMS[0]}\n- {LIST_ITEMS[1]}\n\n{AFTER_LIST}"
    wait_saved(lambda: agenda.get_item(live.ctx, live.item_id).notes_md.strip(), live.notes)


def step_decision_with_positions(live: Live) -> None:
    window = window_of(live)
    press("Ctrl+4", "Ctrl+Shift+E")
    type_keys(DECISION)
    # Alt+I to the positions table (one row per attending organisation, by acronym: IOM, PMM, UNHCR,
    # UNICEF), Ctrl+Home to IOM's row, Right into the position column; a first letter opens the drop-down
    # on the cell and picks the position, Enter saves it; Tab saves it and opens the statement.
    press("Alt+I", "Ctrl+Home", "Right")
    assert window.decisions.positions.isAncestorOf(QApplication.focusWidget()) or (
        QApplication.focusWidget() is window.decisions.positions
    )
    type_keys("J")  # IOM: Joins the consensus
    press("Enter", "Down")
    type_keys("J")  # PMM: Joins the consensus
    press("Enter", "Down")
    type_keys("S")  # UNHCR: Stands aside, with a statement for the record
    press("Tab")
    type_keys(STATEMENT)
    press("Enter")  # saves the statement

    live.decision_id = window.decisions.decision.id if window.decisions.decision else ""

    def positions() -> dict[str, tuple[str, str]]:
        view = decisions.get_decision(live.ctx, live.decision_id)
        return {p.organization_acronym: (p.kind, p.statement) for p in view.positions}

    expected = {"IOM": ("joins", ""), "PMM": ("joins", ""), "UNHCR": ("stands_aside", STATEMENT)}
    wait_saved(positions, expected)
    view = decisions.get_decision(live.ctx, live.decision_id)
    assert (view.text, view.agenda_item_id) == (DECISION, live.item_id)


def step_all_join_outcome_and_objectives(live: Live) -> None:
    """Ctrl+Shift+J: UNICEF, present without a position, joins; Ctrl+Shift+O takes the suggested outcome and
    the Outcome field shows it at once; GCM objectives 1 and 23 typed into their dialog (Alt+C)."""
    window = window_of(live)
    press("Ctrl+Shift+J")
    wait_saved(
        lambda: {p.organization_acronym: p.kind for p in decisions.get_decision(live.ctx, live.decision_id).positions},
        {"IOM": "joins", "PMM": "joins", "UNHCR": "stands_aside", "UNICEF": "joins"},
    )
    press("Ctrl+Shift+O")
    wait_saved(lambda: decisions.get_decision(live.ctx, live.decision_id).outcome, "adopted_with_reservations")
    assert window.decisions.outcome.currentData() == "adopted_with_reservations"
    seen = answer_dialog(lambda _dialog: (press("Ctrl+A"), type_keys("1, 23"), press("Return")))
    press("Alt+C")
    assert answered(seen)
    activate(window)
    wait_saved(lambda: decisions.get_decision(live.ctx, live.decision_id).objectives, (1, 23))


def step_action_point(live: Live) -> None:
    window = window_of(live)
    press("Ctrl+5", "Ctrl+Shift+K")  # a new row, its Action cell open for typing
    type_keys(ACTION + "\n")

    def texts() -> list[str]:
        return [a.text for a in action_points.list_actions(live.ctx, live.meeting_id)]

    wait_saved(texts, [ACTION])
    live.action_id = action_points.list_actions(live.ctx, live.meeting_id)[0].id
    assert window.actions.model.rows[0].text == ACTION


def step_kill_and_restart(live: Live) -> None:
    """No close event, no flush: the window and its autosaver are destroyed as a crash would leave them."""
    window = window_of(live)
    QApplication.processEvents()
    window.hide()
    Shiboken.delete(window)
    live.window = None
    live.ctx.close()  # the lock a dead process held is free again (in this process it must be let go)
    live.ctx = open_context(live.db, actor="Test Rapporteur")
    window = open_window(live)
    assert window.meeting_id == live.meeting_id


def check_everything_typed_is_there(live: Live) -> None:
    detail = meetings.get_meeting(live.ctx, live.meeting_id)
    assert (detail.title, detail.location, detail.venue, detail.target_audience) == (
        TITLE, DETAILS_LOCATION, VENUE, AUDIENCE
    )  # fmt: skip
    names = sorted(row.full_name for row in attendance.list_attendance(live.ctx, live.meeting_id))
    assert names == sorted(PEOPLE)
    item = agenda.get_item(live.ctx, live.item_id)
    assert item.title == ITEM_TITLE
    assert item.notes_md.strip() == live.notes
    decision = decisions.get_decision(live.ctx, live.decision_id)
    assert (decision.text, decision.outcome, decision.objectives) == (DECISION, "adopted_with_reservations", (1, 23))
    assert {p.organization_acronym: (p.kind, p.statement) for p in decision.positions} == {
        "IOM": ("joins", ""), "PMM": ("joins", ""), "UNHCR": ("stands_aside", STATEMENT), "UNICEF": ("joins", "")
    }  # fmt: skip
    assert [(a.text, a.responsible_acronyms, a.due_date) for a in action_points.list_actions(live.ctx, live.meeting_id)] == [
        (ACTION, (), None), (TAB_ACTION, ("PMM",), date(2027, 1, 15))
    ]  # fmt: skip


def step_restart_returns_to_the_notes(live: Live) -> None:
    """Trap 10: after the crash the focus is at the end of the last saved notes, and the status bar says so."""
    window = window_of(live)
    editor = window.agenda.editor
    assert QApplication.focusWidget() is editor, f"the focus is on {QApplication.focusWidget()}"
    assert editor.textCursor().atEnd()
    assert "recover" in window.statusBar().currentMessage().casefold()
    type_keys(" Devam ediyoruz: ğüşiöç.")
    live.notes += " Devam ediyoruz: ğüşiöç."
    wait_saved(lambda: agenda.get_item(live.ctx, live.item_id).notes_md.strip(), live.notes)


def step_attendance_search_is_empty_after_enter(live: Live) -> None:
    """Enter in the suggestions adds the person and leaves the search box empty for the next name (the
    completer used to write the chosen name back into the box, and the next name typed was appended to it)."""
    window = window_of(live)
    press("Ctrl+2")
    name, _acronym = LATE_ARRIVAL
    type_keys("çağrı")
    press("Return")
    wait_until(lambda: name in {row.full_name for row in attendance.list_attendance(live.ctx, live.meeting_id)})
    assert window.attendance.search.text() == ""


def step_action_cells_by_tab(live: Live) -> None:
    """Trap 1: Tab moves through the cells of a new action point and commits each; nothing is overwritten."""
    window_of(live)
    press("Ctrl+5", "Ctrl+Shift+K")
    type_keys(TAB_ACTION + "\t" + "PMM" + "\t" + TAB_DUE_KEYS + "\n")

    def added() -> list[tuple[str, tuple[str, ...], str]]:
        return [
            (a.text, a.responsible_acronyms, f"{a.due_date}")
            for a in action_points.list_actions(live.ctx, live.meeting_id)
            if a.id != live.action_id
        ]

    wait_saved(added, [(TAB_ACTION, ("PMM",), "2027-01-15")])
    assert [a.text for a in action_points.list_actions(live.ctx, live.meeting_id) if a.id == live.action_id] == [ACTION]


def step_new_meeting_defaults_to_today(live: Live) -> None:
    """Trap 8: the new-meeting dialog proposes today (in Istanbul), not tomorrow; Esc leaves nothing behind."""
    window_of(live)
    proposed: list[str] = []

    def look(dialog: QWidget) -> None:
        proposed.append(dialog.findChild(QDateTimeEdit, "startEdit").date().toString("yyyy-MM-dd"))
        press("Escape")

    seen = answer_dialog(look)
    press("Ctrl+N")
    answered(seen)
    assert [m.id for m in meetings.list_meetings(live.ctx)] == [live.meeting_id]
    assert proposed == [f"{datetime.now(ISTANBUL):%Y-%m-%d}"]


# --- the scenario, in order ---------------------------------------------------------------------------


def test_new_meeting_details_and_attendance(live: Live) -> None:
    step_new_meeting(live)
    step_new_meeting_defaults_to_today(live)
    step_details(live)
    step_attendance(live)


def test_agenda_item_notes_stamp_and_lists(live: Live) -> None:
    step_agenda_item(live)
    step_notes_with_bold(live)
    step_stamp_and_lists(live)


def test_decision_positions_all_join_outcome_and_objectives(live: Live) -> None:
    step_decision_with_positions(live)
    step_all_join_outcome_and_objectives(live)


def test_action_points_typed_and_filled_by_tab(live: Live) -> None:
    step_action_point(live)
    step_action_cells_by_tab(live)


def test_kill_and_restart_keeps_everything_typed(live: Live) -> None:
    step_kill_and_restart(live)
    step_restart_returns_to_the_notes(live)
    check_everything_typed_is_there(live)
    step_attendance_search_is_empty_after_enter(live)
