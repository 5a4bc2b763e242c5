"""Desk menu and Desk → Search…: the menu and its shortcuts, the Turkish search cases typed into the real
dialog, highlighted snippets, and each kind of result opening its place in the main window."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from desk_gui_support import make_window
from gui_helpers import type_text
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QComboBox, QLineEdit, QTableView

from unnm_desktop.gui.desk.parts import highlighted_html
from unnm_desktop.gui.desk.search_dialog import HTML_ROLE, SearchDialog, SearchResultsModel
from unnm_desktop.gui.main_window import MainWindow
from unnm_desktop.gui.tabs import ACTIONS, AGENDA, DECISIONS, DETAILS
from unnm_desktop.services.context import ServiceContext
from unnm_desktop.services.meeting import actions, agenda, decisions, meetings


@pytest.fixture
def ctx(demo_ctx_of: Callable[[int], ServiceContext]) -> ServiceContext:
    """The demo (`fill_demo` on a new database), copied from the session's template: every test here opens it."""
    return demo_ctx_of(3)


@pytest.fixture
def window(qtbot, ctx: ServiceContext, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[MainWindow]:
    win = make_window(qtbot, ctx, tmp_path / "settings", monkeypatch)
    yield win
    win.close()


@pytest.fixture
def records(ctx: ServiceContext) -> dict[str, str]:
    """In the draft 2023 meeting of the demo: a decision on "Işık" and an action in "İstanbul"."""
    meeting = next(m for m in meetings.list_meetings(ctx) if m.status == "draft")
    item = agenda.list_items(ctx, meeting.id)[-1]
    decision = decisions.add_decision(
        ctx, meeting.id, agenda_item_id=item.id, text="IŞIK projesi için ortak bir çalışma grubu kurulur."
    )
    action = actions.add_action(ctx, meeting.id, text="Gaziantep ve İstanbul'da göçmen işçilerle danışma yap.")
    return {"meeting": meeting.id, "item": item.id, "decision": decision, "action": action}


def _search(qtbot, window: MainWindow, text: str) -> SearchDialog:
    dialog = window.desk_menu.open_search()
    assert isinstance(dialog, SearchDialog)
    dialog.query.clear()
    type_text(dialog.query, text)
    qtbot.waitUntil(lambda: not dialog.timer.isActive(), timeout=3000)  # searched as typed, after the pause
    return dialog


def test_desk_menu_commands_and_shortcuts(window: MainWindow) -> None:
    commands = {a.text().replace("&", ""): a.shortcut().toString() for name, a in window.menu_actions if name == "Desk"}
    assert commands == {
        "Search…": "Ctrl+Shift+F",
        "Decision register…": "Ctrl+Shift+R",
        "Action tracker…": "Ctrl+Shift+T",
        "GCM report…": "Ctrl+Shift+G",
        "Phrase bank…": "",
        "Pending confirmations…": "Ctrl+Shift+L",
        "Export meeting package…": "",
        "Import meeting package…": "",
        "Import people and organisations from CSV…": "",
    }
    shortcuts = [a.shortcut().toString() for _name, a in window.menu_actions if not a.shortcut().isEmpty()]
    assert len(shortcuts) == len(set(shortcuts)), "two commands share a shortcut"
    assert not any("Alt" in s and "Ctrl" in s for s in commands.values()), "Ctrl+Alt is AltGr on Turkish keyboards"
    mnemonics = [t[t.index("&") + 1].lower() for t in (a.text() for a in window.menuBar().actions()) if "&" in t]
    assert "De&sk" in [a.text() for a in window.menuBar().actions()] and mnemonics.count("s") == 1


def test_the_desk_menu_module_is_light() -> None:
    # The window builds the Desk menu at start; services, exports and the windows wait until first used.
    heavy = ("sqlalchemy", "openpyxl", "docx", "unnm_desktop.export", "unnm_desktop.services.desk.search",
             "unnm_desktop.gui.desk.register_window")  # fmt: skip
    code = (
        "import sys, unnm_desktop.gui.main_window, unnm_desktop.gui.desk.menu; "
        f"print([m for m in {heavy!r} if m in sys.modules])"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert result.stdout.strip() == "[]"


@pytest.mark.parametrize(
    ("typed", "found"), [("goc", "Göç"), ("isik", "IŞIK"), ("IŞIK", "IŞIK"), ("istanbul", "İstanbul")]
)
def test_turkish_search_typed_in_the_dialog(qtbot, window: MainWindow, records: dict[str, str], typed: str,
                                             found: str) -> None:  # fmt: skip
    dialog = _search(qtbot, window, typed)
    assert dialog.query.text() == typed  # passed to the service untouched
    model = dialog.model
    assert model.rowCount() > 0
    texts = [model.rows[r].snippet_text for r in range(model.rowCount())]
    assert any(found in text for text in texts)
    html = model.index(0, SearchResultsModel.TEXT).data(HTML_ROLE)
    assert "<b>" in html and "«" not in html
    assert dialog.status.text().endswith(("result", "results"))
    assert model.index(0, SearchResultsModel.KIND).data() in ("Meeting", "Agenda item and notes", "Decision",
                                                              "Position on a decision", "Action point",
                                                              "Follow-up of an action")  # fmt: skip


def test_highlights_are_bold_and_the_rest_is_escaped() -> None:
    text = "a <b> & Göç İdaresi"
    start = text.index("Göç")
    assert highlighted_html(text, ((start, start + 3),)) == "a &lt;b&gt; &amp; <b>Göç</b> İdaresi"


def test_nothing_found_is_said(qtbot, window: MainWindow) -> None:
    dialog = _search(qtbot, window, "zzqqxx")
    assert dialog.model.rowCount() == 0
    assert dialog.status.text() == "Nothing found."
    assert not dialog.open_button.isEnabled()


def test_enter_opens_a_decision_in_the_decisions_tab(qtbot, window: MainWindow, records: dict[str, str]) -> None:
    window.refresh_meetings(next(m.id for m in meetings.list_meetings(window.ctx) if m.id != records["meeting"]))
    dialog = _search(qtbot, window, "isik")
    dialog.kind.setCurrentIndex(dialog.kind.findData("decision"))
    assert [r.kind for r in dialog.model.rows] == ["decision"]
    QTest.keyClick(dialog.query, Qt.Key.Key_Return)
    assert window.meeting_id == records["meeting"]
    assert window.agenda.item_id == records["item"]
    assert window.tabs.currentIndex() == DECISIONS
    assert window.decisions.decision is not None and window.decisions.decision.id == records["decision"]
    current = window.meeting_list.currentIndex()
    assert current.data(Qt.ItemDataRole.UserRole + 1) == records["meeting"]


def test_results_open_notes_actions_and_meetings(qtbot, window: MainWindow, records: dict[str, str]) -> None:
    dialog = _search(qtbot, window, "istanbul")
    dialog.kind.setCurrentIndex(dialog.kind.findData("action"))
    row = next(i for i, r in enumerate(dialog.model.rows) if r.id == records["action"])
    dialog.results.setFocus()
    dialog.results.setCurrentIndex(dialog.model.index(row, 0))
    QTest.keyClick(dialog.results, Qt.Key.Key_Return)
    assert window.meeting_id == records["meeting"] and window.tabs.currentIndex() == ACTIONS
    selected = window.actions.table.selectionModel().selectedRows()
    assert [window.actions.model.rows[i.row()].id for i in selected] == [records["action"]]

    dialog = _search(qtbot, window, "goc")
    dialog.kind.setCurrentIndex(dialog.kind.findData("agenda_item"))
    note = dialog.model.rows[-1]
    dialog.open_result(dialog.model.index(dialog.model.rowCount() - 1, 0))
    assert (window.meeting_id, window.agenda.item_id, window.tabs.currentIndex()) == (
        note.meeting_id, note.agenda_item_id, AGENDA)  # fmt: skip

    dialog = _search(qtbot, window, "establishment")
    dialog.kind.setCurrentIndex(dialog.kind.findData("meeting"))
    meeting = dialog.model.rows[0]
    dialog.open_button.click()
    assert window.meeting_id == meeting.meeting_id and window.tabs.currentIndex() == DETAILS


def test_a_meeting_hidden_by_the_list_filter_is_shown_when_opened(qtbot, window: MainWindow,
                                                                   records: dict[str, str]) -> None:  # fmt: skip
    type_text(window.search, "Establishment")
    assert window.meeting_model.row_of(records["meeting"]) < 0
    dialog = _search(qtbot, window, "istanbul")
    dialog.kind.setCurrentIndex(dialog.kind.findData("action"))
    dialog.open_result(dialog.model.index(0, 0))
    assert window.meeting_id == records["meeting"]
    assert window.meeting_model.row_of(records["meeting"]) >= 0


def test_down_arrow_moves_to_the_results_and_controls_are_named(qtbot, window: MainWindow) -> None:
    dialog = _search(qtbot, window, "goc")
    dialog.activateWindow()
    dialog.query.setFocus()
    QTest.keyClick(dialog.query, Qt.Key.Key_Down)
    assert dialog.results.hasFocus() and dialog.results.currentIndex().isValid()
    assert dialog.findChild(QLineEdit, "searchQuery") is dialog.query
    assert dialog.findChild(QTableView, "searchResults") is dialog.results
    for widget in (dialog.query, dialog.results, dialog.findChild(QComboBox, "searchKind")):
        assert widget.accessibleName()
    assert window.desk_menu.open_search() is dialog  # one search window, shown again
