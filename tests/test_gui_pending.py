"""Desk → Pending confirmations through the keyboard (issue 14): the window opened by its shortcut, a confirmation
with a Turkish note typed key by key, a withdrawal, a silence ended both ways and the overdue silence's proposal
accepted; each read back through the services (addenda, pending list, final outcomes, register) character for
character; an addendum exported through the save dialog and opened with python-docx."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, datetime, timezone
from pathlib import Path

import docx
import pytest
from builders import SmallMeeting
from closure_support import OpenMeeting, signed_with_open_closures
from desk_gui_support import Files, make_window
from keyboard import activate, answer_dialog, answered, choose, press, stuck_dialogs_closed, type_keys, wait_until
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QShortcut
from PySide6.QtWidgets import QApplication, QComboBox, QLabel, QLineEdit, QPlainTextEdit, QPushButton, QWidget

from unnm_desktop.domain.clock import use_clock
from unnm_desktop.gui.desk.closure_dialogs import ConfirmationDialog, SilenceEndDialog
from unnm_desktop.gui.desk.pending_table import PendingModel
from unnm_desktop.gui.desk.pending_window import PendingWindow
from unnm_desktop.gui.desk.register_table import RegisterModel
from unnm_desktop.gui.main_window import MainWindow
from unnm_desktop.services.context import ServiceContext
from unnm_desktop.services.desk.register import load_register
from unnm_desktop.services.minutes.addenda import addenda, confirm
from unnm_desktop.services.minutes.pending import decision_closures, pending_confirmations

BEFORE_SILENCE_ENDS = datetime(2023, 11, 10, 6, 0, tzinfo=timezone.utc)  # 09:00 in Istanbul; the silence runs to 12:00
NOV_20 = datetime(2023, 11, 20, 9, 0, tzinfo=timezone.utc)  # the silence overdue, the confirmations not yet
NOTE = "e-posta 12 Mayıs, Şule İnce"


@pytest.fixture
def open_meeting(ctx: ServiceContext, small: SmallMeeting) -> OpenMeeting:
    return signed_with_open_closures(ctx, small)


@pytest.fixture(autouse=True)
def no_dialog_left_waiting() -> Iterator[None]:
    """A dialog an answer failed to close fails the test instead of hanging it."""
    with stuck_dialogs_closed(15000) as stuck:
        yield
    assert not stuck, f"dialogs left open: {stuck}"


@pytest.fixture
def window(qtbot, ctx: ServiceContext, open_meeting: OpenMeeting, tmp_path: Path,
           monkeypatch: pytest.MonkeyPatch) -> Iterator[MainWindow]:  # fmt: skip
    win = make_window(qtbot, ctx, tmp_path / "settings", monkeypatch)
    yield win
    win.close()


def _open_pending(window: MainWindow) -> PendingWindow:
    activate(window)
    press("Ctrl+Shift+L")
    pending = window.desk_menu.windows.get("pending")
    assert isinstance(pending, PendingWindow)
    wait_until(pending.isVisible, message="the pending window did not open")
    activate(pending)
    return pending


def _focus_table(pending: PendingWindow) -> None:
    press("Alt+P")  # the table's label
    wait_until(pending.table.hasFocus, message="the table did not take the focus")


def _shown(pending: PendingWindow) -> list[tuple[str, str | None]]:
    return [(row.kind, row.organization_acronym) for row in pending.model.rows]


def _focus_in(dialog: QWidget) -> None:
    """Offscreen, a dialog's activation reaches the focus a moment after it is shown: wait for it."""
    wait_until(lambda: QApplication.focusWidget() is not None and QApplication.focusWidget().window() is dialog,
               message="the dialog did not take the focus")  # fmt: skip


def _message(dialog: QWidget, name: str) -> str:
    label = dialog.findChild(QLabel, name)
    return label.text() if label is not None else ""


def test_overdue_marked_in_words_sorted_and_filtered_the_turkish_way(window: MainWindow,
                                                                     open_meeting: OpenMeeting) -> None:  # fmt: skip
    with use_clock(NOV_20):
        pending = _open_pending(window)
        assert _shown(pending) == [("silence", None), ("confirmation", "UNHCR"), ("confirmation", "UNICEF")]
        model = pending.model
        status = model.index(0, PendingModel.STATUS)
        assert status.data().startswith("OVERDUE") and "adopted under silence procedure" in status.data()
        assert status.data(Qt.ItemDataRole.DecorationRole) is not None  # an icon too, not colour alone
        assert model.index(0, PendingModel.DECISION).data(Qt.ItemDataRole.AccessibleTextRole).startswith("Overdue. ")
        assert model.index(1, PendingModel.STATUS).data() == "Open"
        assert model.index(0, PendingModel.DEADLINE).data() == "10/11/2023 12:00"  # the meeting's local time
        assert pending.count.text() == "3 pending items, 1 overdue"
        assert "Proposal: adopted under silence procedure." in pending.detail.toPlainText()
        assert pending.adopt_button.isEnabled() and not pending.confirm_button.isEnabled()

        pending.table.horizontalHeader().setSortIndicator(PendingModel.ORGANISATION, Qt.SortOrder.DescendingOrder)
        assert _shown(pending) == [("confirmation", "UNICEF"), ("confirmation", "UNHCR"), ("silence", None)]
        pending.table.horizontalHeader().setSortIndicator(PendingModel.DEADLINE, Qt.SortOrder.AscendingOrder)

        press("Alt+F")
        type_keys("ÜNİCEF")  # folds like "unicef", the Turkish way
        wait_until(lambda: _shown(pending) == [("confirmation", "UNICEF")], message="the filter did not apply")
        press("Ctrl+A", "Backspace")
        press("Alt+V")  # Only overdue
        wait_until(lambda: _shown(pending) == [("silence", None)], message="overdue filter")
        assert pending.count.text() == "1 pending item, 1 overdue"


def test_confirmation_with_a_turkish_note_then_a_withdrawal(window: MainWindow, ctx: ServiceContext,
                                                            open_meeting: OpenMeeting, tmp_path: Path,
                                                            monkeypatch: pytest.MonkeyPatch) -> None:  # fmt: skip
    with use_clock(NOV_20):
        pending = _open_pending(window)
        _focus_table(pending)
        press("Down")  # the UNHCR confirmation
        assert pending.current().organization_acronym == "UNHCR"

        focus_at_start: list[str] = []
        kept: list[str] = []

        def record(dialog: QWidget) -> None:
            _focus_in(dialog)
            focus_at_start.append(QApplication.focusWidget().objectName())
            type_keys(NOTE)
            press("Alt+D")  # the date, filled with today where the meeting is held
            press("Ctrl+A")
            type_keys("2023-12-01")  # in the future: refused in one sentence, what was typed kept
            press("Return")
            wait_until(lambda: "future" in _message(dialog, "confirmMessage"), message="no refusal shown")
            kept.append(dialog.findChild(QPlainTextEdit, "confirmNote").toPlainText())
            press("Ctrl+A")
            type_keys("2023-11-18\n")

        seen = answer_dialog(record, object_name="confirmationDialog")
        press("Alt+C")
        assert answered(seen) == "Record a confirmation"
        assert focus_at_start == ["confirmNote"] and kept == [NOTE]  # the note first; kept when the date is refused
        recorded = addenda(ctx, open_meeting.meeting_id)
        assert [(a.number, a.kind, a.organization_acronym, a.occurred_on, a.note) for a in recorded] == [
            (1, "confirmed", "UNHCR", date(2023, 11, 18), NOTE)
        ]
        assert recorded[0].note == "e-posta 12 Mayıs, Şule İnce"  # character for character
        wait_until(lambda: _shown(pending) == [("silence", None), ("confirmation", "UNICEF")], message="no refresh")
        assert window.statusBar().currentMessage() == (
            f"Addendum 1 to the minutes of {open_meeting.reference} recorded"
        )
        assert pending.history_model.rows[0].id == recorded[0].id

        activate(pending)
        _focus_table(pending)
        press("Down")  # UNICEF

        def withdraw(dialog: QWidget) -> None:
            _focus_in(dialog)
            type_keys("Telefon, Gökçe Işık")
            press("Alt+W")  # Withdrawn
            press("Alt+D", "Ctrl+A")
            type_keys("2023-11-19\n")

        seen = answer_dialog(withdraw, object_name="confirmationDialog")
        press("Alt+C")
        answered(seen)
        second = addenda(ctx, open_meeting.meeting_id)[-1]
        assert (second.number, second.kind, second.organization_acronym, second.note) == (
            2, "withdrawn", "UNICEF", "Telefon, Gökçe Işık"
        )  # fmt: skip
        assert [p.kind for p in pending_confirmations(ctx)] == ["silence"]
        closures = decision_closures(ctx)
        ad_referendum = next(c for c in closures.values() if c.addenda == 2)
        assert (ad_referendum.final_outcome, ad_referendum.final_on) == ("not_adopted", date(2023, 11, 19))

        # Export addendum 1 through the save dialog: the history's second row (the latest first).
        files = Files(monkeypatch)
        files.save_as = tmp_path / "ek1.docx"
        activate(pending)
        press("Alt+A", "Down")  # the history of addenda, then addendum 1
        assert pending.history_model.rows[pending.history.currentIndex().row()].number == 1
        press("Alt+X")
        wait_until(lambda: files.save_as.is_file(), message="the addendum was not written")
        assert files.offered_name.endswith("_addendum-1.docx")
        text = "\n".join(p.text for p in docx.Document(str(files.save_as)).paragraphs)
        assert "Addendum 1 to the minutes of" in text and NOTE in text
        assert (
            window.statusBar()
            .currentMessage()
            .startswith(f"Addendum 1 to the minutes of {open_meeting.reference} exported to")
        )


def test_silence_broken_by_an_objection(window: MainWindow, ctx: ServiceContext, open_meeting: OpenMeeting) -> None:
    with use_clock(BEFORE_SILENCE_ENDS):
        pending = _open_pending(window)
        _focus_table(pending)
        assert pending.current().kind == "silence" and not pending.adopt_button.isEnabled()

        kept: list[str] = []

        def broken(dialog: QWidget) -> None:
            _focus_in(dialog)
            press("Alt+B")  # broken (a mnemonic clicks the radio button a moment later, as a mouse click shows)
            wait_until(lambda: dialog.findChild(QComboBox, "silenceOrganisation").isEnabled(), message="not broken")
            press("Alt+Y")  # by: the organisation, chosen by typing its first letters
            type_keys("PMM")
            press("Alt+W", "Ctrl+A")
            type_keys("2023-11-11 10:00")  # after the deadline: refused, what was typed kept
            press("Alt+O")
            type_keys("3. paragraf — göç")
            press("Return")
            wait_until(lambda: "does not break it" in _message(dialog, "silenceMessage"), message="no refusal")
            kept.append(dialog.findChild(QLineEdit, "silenceOnWhat").text())
            press("Alt+W", "Ctrl+A")
            type_keys("2023-11-09 16:30\n")

        seen = answer_dialog(broken, object_name="silenceEndDialog")
        press("Alt+E")
        assert answered(seen) == "End a silence procedure"
        assert kept == ["3. paragraf — göç"]
    (recorded,) = addenda(ctx, open_meeting.meeting_id)
    assert (recorded.kind, recorded.organization_acronym, recorded.occurred_on, recorded.occurred_time,
            recorded.on_what) == ("silence_broken", "PMM", date(2023, 11, 9), "16:30", "3. paragraf — göç")  # fmt: skip
    assert recorded.final
    entry = next(e for e in load_register(ctx) if e.reference == open_meeting.silence)
    assert (entry.final_outcome, entry.final_on) == (recorded.outcome_after, date(2023, 11, 9))

    # The register's outcome filter: the decisions signed off with a closure still open (the ad referendum one).
    activate(window)
    press("Ctrl+Shift+R")
    register = window.desk_menu.windows["register"]
    wait_until(register.isVisible, message="the register did not open")
    activate(register)
    press("Alt+O")
    choose("Still")  # "Still open after sign-off …" (a space would open the list)
    wait_until(lambda: [e.reference for e in register.model.rows] == [open_meeting.ad_referendum],
               message="the register's still-open filter")  # fmt: skip
    assert register.describe_filters() == "still open after sign-off"


def test_silence_ended_without_objection_through_the_dialog(window: MainWindow, ctx: ServiceContext,
                                                            open_meeting: OpenMeeting) -> None:  # fmt: skip
    with use_clock(NOV_20):
        pending = _open_pending(window)
        _focus_table(pending)
        seen = answer_dialog(
            lambda d: (_focus_in(d), press("Return")), object_name="silenceEndDialog"
        )  # no objection: default
        press("Alt+E")
        answered(seen)
        wait_until(lambda: ("silence", None) not in _shown(pending), message="the silence is still listed")
    (recorded,) = addenda(ctx, open_meeting.meeting_id)
    assert (recorded.kind, recorded.organization_acronym, recorded.occurred_on, recorded.occurred_time) == (
        "silence_ended", None, date(2023, 11, 10), "12:00"
    )  # fmt: skip
    entry = next(e for e in load_register(ctx) if e.reference == open_meeting.silence)
    assert (entry.final_outcome, entry.final_on) == ("adopted", date(2023, 11, 10))
    # The register window shows it under the outcome signed off.
    register = window.desk_menu.open_register()
    row = next(n for n, e in enumerate(register.model.rows) if e.reference == open_meeting.silence)
    cell = register.model.index(row, RegisterModel.OUTCOME).data()
    assert cell == "Under silence procedure\n(final: Adopted by consensus, 10/11/2023)"


def test_overdue_proposal_accepted_by_a_person_with_one_key(window: MainWindow, ctx: ServiceContext,
                                                            open_meeting: OpenMeeting) -> None:  # fmt: skip
    with use_clock(NOV_20):
        pending = _open_pending(window)
        _focus_table(pending)
        seen = answer_dialog(lambda d: (_focus_in(d), press("Escape")), object_name="adoptUnderSilenceQuestion")
        press("Ctrl+Return")
        assert answered(seen) == "Adopted under silence procedure?"
        assert addenda(ctx, open_meeting.meeting_id) == []  # No: nothing recorded, never by itself

        activate(pending)
        seen = answer_dialog(lambda d: (_focus_in(d), press("Return")), object_name="adoptUnderSilenceQuestion")
        press("Ctrl+Return")
        answered(seen)
        (recorded,) = addenda(ctx, open_meeting.meeting_id)
        assert (recorded.kind, recorded.outcome_after) == ("silence_ended", "adopted")
        wait_until(lambda: [k for k, _ in _shown(pending)] == ["confirmation", "confirmation"], message="refresh")
        assert window.statusBar().currentMessage() == f"Addendum 1 to the minutes of {open_meeting.reference} recorded"


def _shortcut_owners(root: QWidget) -> dict[str, list[str]]:
    """Every key sequence given to an action or a QShortcut under `root` (menus included), with its owners."""
    owners: dict[str, list[str]] = {}
    for action in root.findChildren(QAction):
        for sequence in action.shortcuts():
            owners.setdefault(sequence.toString(), []).append(action.text())
    for shortcut in root.findChildren(QShortcut):
        owners.setdefault(shortcut.key().toString(), []).append(shortcut.objectName() or "QShortcut")
    return owners


def test_shortcuts_do_not_clash_and_the_dialogs_go_in_order(qtbot, window: MainWindow, ctx: ServiceContext) -> None:
    clashes = {keys: who for keys, who in _shortcut_owners(window).items() if keys and len(who) > 1}
    assert clashes == {}
    assert "Ctrl+Shift+L" in _shortcut_owners(window)
    with use_clock(NOV_20):
        pending = window.desk_menu.open_pending()
        qtbot.waitExposed(pending)
        mine = {keys for keys, who in _shortcut_owners(pending).items() if keys}
        assert mine == {"Ctrl+Return", "Ctrl+Enter"}
        labels = [b.text() for b in pending.findChildren(QPushButton)] + [
            label.text() for label in pending.findChildren(QLabel) if label.buddy() is not None
        ] + [pending.overdue.text()]  # fmt: skip
        mnemonics = [text[text.index("&") + 1].lower() for text in labels if "&" in text]
        assert len(mnemonics) == len(set(mnemonics)), mnemonics

        confirmation = ConfirmationDialog(pending, ctx, pending.model.rows[1].item, ["UNHCR", "UNICEF"])
        silence = SilenceEndDialog(pending, ctx, pending.model.rows[0].item, no_objection=False)
        for dialog in (confirmation, silence):
            qtbot.addWidget(dialog)
            dialog.show()
            qtbot.waitExposed(dialog)
        assert confirmation.organisation.currentText() == "UNHCR"  # pre-filled from the row
        assert _tab_order(confirmation.organisation, 4) == [
            "confirmOrganisation", "confirmDate", "confirmNote", "confirmConfirmed"
        ]  # fmt: skip
        assert _tab_order(silence.broken, 4) == ["silenceBroken", "silenceOrganisation", "silenceWhen",
                                                 "silenceOnWhat"]  # fmt: skip


def _tab_order(start: QWidget, count: int) -> list[str]:
    """The object names of the next `count` widgets that Tab reaches from `start` (itself first)."""
    names, widget = [], start
    while len(names) < count:
        if widget.focusPolicy() & Qt.FocusPolicy.TabFocus and widget.isEnabled() and widget.objectName():
            names.append(widget.objectName())
        widget = widget.nextInFocusChain()
        if widget is start:
            break
    return names


def test_export_addendum_in_turkish_from_the_minutes_menu(window: MainWindow, ctx: ServiceContext,
                                                          open_meeting: OpenMeeting, tmp_path: Path,
                                                          monkeypatch: pytest.MonkeyPatch) -> None:  # fmt: skip
    from PySide6.QtWidgets import QFileDialog

    with use_clock(NOV_20):
        confirm(ctx, open_meeting.ad_referendum, "UNHCR", on="2023-11-18", note=NOTE)
    target = tmp_path / "ek.docx"
    offered: list[str] = []

    def save_as(_parent: object, caption: str, _start: str, filters: str, *_args: object) -> tuple[str, str]:
        offered.append(caption)
        turkish_word = next(f for f in filters.split(";;") if "Turkish" in f and ".docx" in f)
        return str(target), turkish_word

    monkeypatch.setattr(QFileDialog, "getSaveFileName", save_as)
    window.open_meeting(open_meeting.meeting_id)
    activate(window)
    assert window.minutes_menu.export_addendum_action.isEnabled()
    press("Alt+M")  # the Minutes menu
    wait_until(lambda: window.minutes_menu.menu.isVisible(), message="the Minutes menu did not open")
    press("X")  # E&xport addendum…
    wait_until(target.is_file, message="the addendum was not written")
    assert offered == [f"Export addendum 1 to the minutes of {open_meeting.reference}"]
    text = "\n".join(p.text for p in docx.Document(str(target)).paragraphs)
    assert "tutanağına Ek 1" in text and NOTE in text


def test_export_addendum_to_pdf_from_the_history(window: MainWindow, ctx: ServiceContext, open_meeting: OpenMeeting,
                                                 tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:  # fmt: skip
    with use_clock(NOV_20):
        confirm(ctx, open_meeting.ad_referendum, "UNICEF", on="2023-11-19", note=NOTE)
        files = Files(monkeypatch)
        files.save_as = tmp_path / "addendum.pdf"
        pending = _open_pending(window)
        press("Alt+A", "Alt+X")  # the history (addendum 1 selected), then Export addendum…
        wait_until(files.save_as.is_file, message="the PDF was not written")
    assert files.save_as.read_bytes().startswith(b"%PDF")
    assert pending.history_model.rows[0].number == 1
