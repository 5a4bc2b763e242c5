"""The Decisions tab driven through the keyboard (issue 10, traps 5, 7 and 11): a decision typed in Turkish,
positions chosen and a long statement typed in the table, "all present join", the suggested outcome shown
as soon as it is taken, GCM objectives typed by number, and signed-off minutes whose controls say why they
cannot act. Everything is read back through the services."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest
from builders import SmallMeeting, small_meeting
from decision_keys import go_to_position_cell
from gui_helpers import make_window
from keyboard import activate, answer_dialog, focus_widget, press, type_keys, wait_until
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QPlainTextEdit, QWidget
from sqlalchemy import select

from unnm_desktop.domain.errors import UserFacingError
from unnm_desktop.gui.main_window import MainWindow
from unnm_desktop.gui.rapporteur.decision_objectives import ObjectivesDialog
from unnm_desktop.gui.rapporteur.positions_table import POSITION, STATEMENT, PositionCombo
from unnm_desktop.gui.tabs import DECISIONS
from unnm_desktop.services.context import ServiceContext
from unnm_desktop.services.desk import gcm_report, register
from unnm_desktop.services.desk.views import RegisterFilter
from unnm_desktop.services.meeting import decisions, meetings
from unnm_desktop.services.minutes import signoff
from unnm_desktop.store.models import AuditEvent

TEXT = "Ağ, veri çalışma grubunu kurar — İÖÇÜŞĞı"
STATEMENT_TEXT = (
    "PMM, veri paylaşımının 6698 sayılı Kişisel Verilerin Korunması Kanunu çerçevesinde yapılması koşuluyla "
    "katılır; Şanlıurfa ve Gaziantep'teki ığdır çalışmasının sonuçları İÖÇÜŞĞ bekleniyor."
)


def _window(qtbot, ctx: ServiceContext, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> MainWindow:  # type: ignore[no-untyped-def]
    window = make_window(qtbot, ctx, tmp_path / "settings", monkeypatch)
    activate(window)
    return window


def _only_decision(ctx: ServiceContext, meeting: SmallMeeting) -> decisions.DecisionView:
    (decision,) = decisions.list_decisions(ctx, meeting.meeting_id)
    return decision


def _kinds(ctx: ServiceContext, meeting: SmallMeeting) -> dict[str, str]:
    return {p.organization_acronym: p.kind for p in _only_decision(ctx, meeting).positions}


def _decision_with_positions(  # type: ignore[no-untyped-def]
    qtbot, ctx: ServiceContext, tmp_path: Path, monkeypatch, rebuilt: list[bool]
) -> tuple[MainWindow, SmallMeeting]:
    """Ctrl+4, Ctrl+Shift+E, the text typed; PMM "reservation" with a long statement, UNHCR "stands aside"."""
    meeting = small_meeting(ctx)
    window = _window(qtbot, ctx, tmp_path, monkeypatch)
    press("Ctrl+4")
    press("Ctrl+Shift+E")
    assert window.decisions.text.hasFocus()
    type_keys(TEXT)
    wait_until(lambda: _only_decision(ctx, meeting).text == TEXT, message="decision text not saved")
    # From here on every edit updates its row in place: the table is never reset under an open editor.
    model = window.decisions.positions.model()
    for signal in (model.modelReset, model.rowsRemoved, model.rowsInserted, model.layoutChanged):
        signal.connect(lambda *_args: rebuilt.append(True))

    go_to_position_cell(window, "PMM")
    type_keys("r")  # opens the drop-down on the cell and picks Reservation
    press("Tab")  # saves it and opens the statement
    wait_until(lambda: _kinds(ctx, meeting) == {"PMM": "reservation"}, message="PMM's reservation not saved")
    assert isinstance(focus_widget(), QPlainTextEdit)
    type_keys(STATEMENT_TEXT)
    press("Enter")
    wait_until(
        lambda: _only_decision(ctx, meeting).positions[0].statement == STATEMENT_TEXT, message="statement not saved"
    )

    go_to_position_cell(window, "UNHCR")
    type_keys("s")  # Stands aside
    press("Enter")
    wait_until(lambda: _kinds(ctx, meeting) == {"PMM": "reservation", "UNHCR": "stands_aside"})
    return window, meeting


def test_positions_join_suggested_outcome_and_objectives_by_keyboard(
    qtbot, ctx: ServiceContext, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    rebuilt: list[bool] = []
    window, meeting = _decision_with_positions(qtbot, ctx, tmp_path, monkeypatch, rebuilt)
    page = window.decisions
    table = page.positions

    # The long statement is readable in full: a wrapped row, a tooltip with all of it, an editor with all of it.
    pmm_row = [table.item(row, 0).text() for row in range(table.rowCount())].index("PMM")
    statement_cell = table.item(pmm_row, STATEMENT)
    assert statement_cell.text() == STATEMENT_TEXT
    assert statement_cell.toolTip() == STATEMENT_TEXT
    assert table.rowHeight(pmm_row) >= 2 * table.fontMetrics().lineSpacing()
    go_to_position_cell(window, "PMM")
    press("Right", "F2")
    editor = focus_widget()
    assert isinstance(editor, QPlainTextEdit) and editor.toPlainText() == STATEMENT_TEXT
    assert editor.height() >= 2 * editor.fontMetrics().lineSpacing()
    press("Escape")

    # A statement typed for UNICEF before its position is kept on screen, then saved when it joins.
    go_to_position_cell(window, "UNICEF")
    press("Right")
    type_keys("UNICEF çocuk verisini paylaşır\n")
    assert "position first" in page.reason.text()

    # All present join: IOM and UNICEF join; PMM and UNHCR keep their positions and PMM its statement.
    press("Ctrl+Shift+J")
    wait_until(lambda: len(_only_decision(ctx, meeting).positions) == 4, message="all present join did nothing")
    assert _kinds(ctx, meeting) == {"IOM": "joins", "PMM": "reservation", "UNHCR": "stands_aside", "UNICEF": "joins"}
    decision = _only_decision(ctx, meeting)
    statements = {p.organization_acronym: p.statement for p in decision.positions}
    assert statements == {"IOM": "", "PMM": STATEMENT_TEXT, "UNHCR": "", "UNICEF": "UNICEF çocuk verisini paylaşır"}
    shown = {table.item(row, 0).text(): table.item(row, POSITION).text() for row in range(table.rowCount())}
    assert shown["IOM"] == shown["UNICEF"] == "Joins the consensus" and shown["PMM"] == "Reservation"
    assert "adopted by consensus, with reservations" in page.suggested.text().lower()

    # Ctrl+Shift+O: the Outcome field shows the saved outcome at once, and so does the list of decisions.
    press("Ctrl+Shift+O")
    assert _only_decision(ctx, meeting).outcome == "adopted_with_reservations"
    assert page.outcome.currentData() == "adopted_with_reservations"
    assert page.outcome.currentText() == "Adopted by consensus, with reservations on record"
    assert "with reservations" in page.list.currentItem().text()

    # An objection now contradicts the recorded outcome: refused, the cell goes back, the reason is shown.
    go_to_position_cell(window, "IOM")
    type_keys("o")  # Objects
    press("Enter")
    assert "contradicts" in page.reason.text()
    assert table.item(table.currentRow(), POSITION).text() == "Joins the consensus"
    assert _kinds(ctx, meeting)["IOM"] == "joins"
    assert not rebuilt

    # GCM objectives 1 and 23, typed into the dialog opened from the tab (Alt+C).
    seen = answer_dialog(lambda _dialog: (type_keys("1, 23"), press("Enter")))
    press("Alt+C")
    wait_until(lambda: seen, message="the GCM objectives dialog did not open")
    assert seen == ["GCM objectives of the decision"]
    activate(window)
    wait_until(lambda: _only_decision(ctx, meeting).objectives == (1, 23), message="objectives not saved")
    assert page.objectives_button.text() == "1, 23"
    reference = _only_decision(ctx, meeting).reference
    for objective in (1, 23):
        entries = register.load_register(ctx, RegisterFilter(objective=objective))
        assert [e.reference for e in entries] == [reference] and entries[0].objectives == (1, 23)
    report = gcm_report.gcm_report(ctx, date(2023, 11, 1), date(2023, 11, 30))
    tagged = {section.number: [d.reference for d in section.decisions] for section in report.sections}
    assert tagged[1] == [reference] and tagged[23] == [reference] and tagged[2] == []


def test_objectives_dialog_ticked_by_keyboard_and_a_wrong_number_refused(
    qtbot, ctx: ServiceContext, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    meeting = small_meeting(ctx)
    meetings.update_meeting(ctx, meeting.meeting_id, objectives=[2, 7])
    decisions.add_decision(ctx, meeting.meeting_id, text="Karar", agenda_item_id=meeting.item_id)
    window = _window(qtbot, ctx, tmp_path, monkeypatch)
    press("Ctrl+4")
    problems: list[str] = []

    def answer(dialog: QWidget) -> None:
        assert isinstance(dialog, ObjectivesDialog)
        assert dialog.numbers.text() == "2, 7"  # the meeting's objectives are offered
        type_keys("30")
        press("Enter")  # refused: the dialog stays open and says why, with "30" kept
        problems.append(dialog.problem.text())
        assert dialog.isVisible() and dialog.numbers.text() == "30"
        press("Ctrl+A")
        type_keys("5")
        press("Alt+T")  # to the checklist: tick the first objective with Space
        press("Home", "Space")
        assert dialog.numbers.text() == "1, 5"
        press("Enter")

    answer_dialog(answer)
    press("Ctrl+Shift+M")
    activate(window)
    wait_until(lambda: _only_decision(ctx, meeting).objectives == (1, 5), message="objectives not saved")
    assert "30" in problems[0] and "1 to 23" in problems[0]


def test_signed_off_decisions_are_read_only_and_say_why(
    qtbot, ctx: ServiceContext, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    meeting = small_meeting(ctx)
    decision_id = decisions.add_decision(ctx, meeting.meeting_id, text="Karar", agenda_item_id=meeting.item_id)
    decisions.set_position(ctx, decision_id, meeting.orgs["PMM"], "joins", statement="Uzun bir açıklama")
    decisions.update_decision(ctx, decision_id, outcome="adopted")
    signoff.sign_off(ctx, meeting.meeting_id, [signoff.SignatoryInput("Ayşe Yılmaz")], backup=False)
    window = _window(qtbot, ctx, tmp_path, monkeypatch)
    press("Ctrl+4")
    page = window.decisions
    assert window.tabs.currentIndex() == DECISIONS and page.decision is not None
    reason = "The minutes are signed off; reopen them for revision to change them."
    for widget in (page.add_button, page.remove_button, page.method, page.outcome, page.objectives_button,
                   page.join_button):  # fmt: skip
        assert not widget.isEnabled(), widget.objectName()
        assert reason in widget.toolTip(), widget.objectName()
    assert reason in page.positions.toolTip()
    pmm_row = [page.positions.item(row, 0).text() for row in range(page.positions.rowCount())].index("PMM")
    assert page.positions.item(pmm_row, STATEMENT).toolTip() == f"Uzun bir açıklama\n\n{reason}"
    assert page.positions.item(pmm_row, POSITION).toolTip() == reason
    menu = {action.text(): action for _menu, action in window.menu_actions}
    for name in (
        "&Add decision",
        "Take the &suggested outcome",
        "All present &join",
        "&GCM objectives of the decision…",
    ):
        assert not menu[name].isEnabled(), name

    # The keys do nothing and nothing changes; the statement can still be read whole.
    press("Ctrl+Shift+J")
    press("Ctrl+Shift+E")
    press("Alt+I", "Down", "Right", "Right")
    type_keys("x")
    QApplication.processEvents()
    assert not isinstance(focus_widget(), QPlainTextEdit)
    (decision,) = decisions.list_decisions(ctx, meeting.meeting_id)
    assert [(p.organization_acronym, p.kind, p.statement) for p in decision.positions] == [
        ("PMM", "joins", "Uzun bir açıklama")
    ]


def test_join_shortcut_is_listed_once_and_clashes_with_nothing(
    qtbot, ctx: ServiceContext, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = _window(qtbot, ctx, tmp_path, monkeypatch)
    shortcuts = [
        action.shortcut().toString() for _menu, action in window.menu_actions if not action.shortcut().isEmpty()
    ]
    assert shortcuts.count("Ctrl+Shift+J") == 1 and shortcuts.count("Ctrl+Shift+M") == 1
    assert len(shortcuts) == len(set(shortcuts))


def test_join_all_present_and_objectives_are_audited_and_locked_after_sign_off(ctx: ServiceContext) -> None:
    """The services behind the shortcuts: only organisations without a position join, each join and the
    objectives are in the audit trail, and signed-off minutes refuse both."""
    meeting = small_meeting(ctx)
    decision_id = decisions.add_decision(ctx, meeting.meeting_id, text="Karar", agenda_item_id=meeting.item_id)
    decisions.set_position(ctx, decision_id, meeting.orgs["PMM"], "objects", statement="Hayır")
    joined = decisions.join_all_present(ctx, decision_id)
    assert joined == [meeting.orgs[a] for a in ("IOM", "UNHCR", "UNICEF")]
    assert decisions.join_all_present(ctx, decision_id) == []  # nothing left to join, nothing changed
    decisions.update_decision(ctx, decision_id, objectives=[23, 1])
    decision = decisions.get_decision(ctx, decision_id)
    assert {p.organization_acronym: p.kind for p in decision.positions} == {
        "IOM": "joins", "PMM": "objects", "UNHCR": "joins", "UNICEF": "joins"
    }  # fmt: skip
    assert decision.objectives == (1, 23)
    with ctx.session() as session:
        events = session.scalars(select(AuditEvent).order_by(AuditEvent.seq.desc()).limit(4)).all()
    assert [(e.entity, e.action) for e in events] == [("decision", "update")] + [("position", "create")] * 3
    assert '"objectives": [1, 23]' in events[0].after_json and '"objectives": []' in events[0].before_json
    assert {json.loads(e.after_json)["organization"] for e in events[1:]} == {"IOM", "UNHCR", "UNICEF"}

    decisions.update_decision(ctx, decision_id, outcome="not_adopted")
    signoff.sign_off(ctx, meeting.meeting_id, [signoff.SignatoryInput("Ayşe Yılmaz")], backup=False)
    for change in (
        lambda: decisions.join_all_present(ctx, decision_id),
        lambda: decisions.update_decision(ctx, decision_id, objectives=[5]),
    ):
        with pytest.raises(UserFacingError):
            change()


def test_position_type_ahead_is_turkish_aware(qtbot) -> None:  # type: ignore[no-untyped-def]
    """In Turkish, "i" chooses "İtiraz ediyor" and "c" "Çekimser", as a Turkish keyboard types them."""
    from unnm_desktop.gui.i18n import install_language

    assert install_language("tr")
    combo = PositionCombo()
    qtbot.addWidget(combo)
    combo.show()
    activate(combo)
    combo.setFocus()
    for typed, kind in (("i", "objects"), ("c", "stands_aside"), ("çekin", "reservation"), ("u", "joins")):
        QTest.qWait(QApplication.keyboardInputInterval() + 50)  # a new search, not the end of the last one
        type_keys(typed)
        assert combo.currentData() == kind, typed
