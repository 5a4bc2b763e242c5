"""The phrase bank from the keyboard: the secretariat adds a Turkish formula in its window, the rapporteur finds it
while typing the notes, fills its placeholders with Tab, and typing fast past the completer loses nothing.

Every key goes through the real event loop to whatever has the focus (tests/keyboard.py); the notes and the bank
are then read back through the services and compared character for character.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from builders import SmallMeeting
from gui_helpers import make_window
from keyboard import activate, answer_dialog, answered, press, type_keys, wait_saved, wait_until
from PySide6.QtWidgets import QApplication, QWidget

from unnm_desktop.gui.main_window import MainWindow
from unnm_desktop.services import phrases
from unnm_desktop.services.context import ServiceContext
from unnm_desktop.services.meeting import agenda

FORMULA = "Başkan Yardımcısı, {ORG} temsilcisinin {…} önerisini Ağın gündemine aldığını açıkladı."


@pytest.fixture
def window(qtbot, ctx: ServiceContext, small: SmallMeeting, tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    win = make_window(qtbot, ctx, tmp_path / "settings", monkeypatch)
    activate(win)
    yield win
    win.close()


def _notes(ctx: ServiceContext, meeting: SmallMeeting) -> Callable[[], str]:
    return lambda: agenda.get_item(ctx, meeting.item_id).notes_md


def _popup(window: MainWindow) -> QWidget:
    return window.agenda.phrases.popup


def test_a_turkish_formula_added_in_the_bank_is_typed_into_the_notes(
    window: MainWindow, ctx: ServiceContext, small: SmallMeeting
) -> None:
    press("Alt+S")  # the Desk menu
    type_keys("h")  # P&hrase bank…
    wait_until(lambda: isinstance(QApplication.activeWindow(), QWidget)
               and QApplication.activeWindow().objectName() == "phraseBankWindow")  # fmt: skip
    bank_window = QApplication.activeWindow()
    press("Ctrl+N")
    press("Tab")  # from the English text to the Turkish
    type_keys(FORMULA)
    wait_until(lambda: FORMULA in [p.text_tr for p in phrases.list_phrases(ctx)], message="the formula was not saved")
    press("Escape")
    wait_until(lambda: not bank_window.isVisible())
    added = next(p for p in phrases.list_phrases(ctx) if p.text_tr == FORMULA)
    assert added.text_en == "" and added.position == len(phrases.list_phrases(ctx))

    activate(window)
    press("Ctrl+3")
    type_keys("Toplantıda 🎉 YARDIM")  # a few letters, in capitals (İ/ı folded the Turkish way), after an emoji
    wait_until(lambda: _popup(window).isVisible(), message="the completer did not open")
    assert [_popup(window).item(row).toolTip() for row in range(_popup(window).count())] == [FORMULA]
    press("Down", "Enter")
    editor = window.agenda.editor
    assert editor.textCursor().selectedText() == "{ORG}"
    wait_until(lambda: _popup(window).isVisible(), message="the attendees' organisations were not offered")
    type_keys("pm")
    press("Down", "Enter")  # "pm" → PMM, an attendee's organisation
    press("Tab")  # to the next placeholder
    assert editor.textCursor().selectedText() == "{…}"
    type_keys("göç verisi paylaşımı (İzmir ve Iğdır)")
    press("Tab")  # no placeholder left: Tab leaves the notes as before
    assert not editor.hasFocus()
    expected = (
        "Toplantıda 🎉 Başkan Yardımcısı, PMM temsilcisinin göç verisi paylaşımı (İzmir ve Iğdır) önerisini Ağın "
        "gündemine aldığını açıkladı.\n"
    )
    wait_saved(_notes(ctx, small), expected)


def test_the_insertion_is_one_undo_step_and_the_picker_inserts_too(
    window: MainWindow, ctx: ServiceContext, small: SmallMeeting
) -> None:
    press("Ctrl+3")
    type_keys("Ağ notu: ")
    seen = answer_dialog(lambda _dialog: type_keys("ağ not\n"), object_name="phrasePicker")
    press("Ctrl+Shift+B")
    assert answered(seen) == "Insert a phrase"
    editor = window.agenda.editor
    assert editor.textCursor().selectedText() == "{…}"
    type_keys("sekretaryanın raporunu")
    wait_saved(_notes(ctx, small), "Ağ notu: Ağ, sekretaryanın raporunu hususunu not aldı.\n")

    press("End")
    type_keys(" Chair")
    wait_until(lambda: _popup(window).isVisible())
    press("Down", "Down", "Enter")
    assert editor.toPlainText().split("not aldı. ", 1)[1].startswith("The Chair")
    press("Escape")
    press("Ctrl+Z")  # one step: the formula goes and the word typed is back
    assert editor.toPlainText().endswith("not aldı. Chair")


def test_typing_fast_past_the_completer_loses_and_reorders_nothing(
    window: MainWindow, ctx: ServiceContext, small: SmallMeeting
) -> None:
    press("Ctrl+3")
    text = (
        "Başkan açılışı yaptı.\nThe Chair recalled the network took note of it; BAŞKAN ve başkanlık "
        "ŞÇĞÜÖİı 🎉 hatırlattı\nBaşkan\nSon."
    )
    for delay in (0, 2):
        type_keys(text, delay_ms=delay)
        type_keys("\n")
    type_keys("Son olarak başkan")
    wait_until(lambda: _popup(window).isVisible(), message="the completer did not open: this test would prove nothing")
    type_keys("\nbitti")  # Enter with the list open and nothing chosen: a new paragraph, as always
    assert not _popup(window).isVisible()
    paragraphs = text.split("\n") * 2 + ["Son olarak başkan", "bitti"]
    wait_saved(_notes(ctx, small), "\n\n".join(paragraphs) + "\n")


def test_the_bank_window_moves_deletes_and_keeps_text_a_change_elsewhere_refused(
    window: MainWindow, ctx: ServiceContext, small: SmallMeeting
) -> None:
    before = phrases.list_phrases(ctx)
    press("Alt+S")
    type_keys("h")
    wait_until(lambda: QApplication.activeWindow().objectName() == "phraseBankWindow")
    bank_window = QApplication.activeWindow()
    assert bank_window.english.text() == before[0].text_en  # the first phrase is shown
    press("Alt+Down")  # moved one place down
    assert [p.id for p in phrases.list_phrases(ctx)][:2] == [before[1].id, before[0].id]
    press("Up")  # the phrase now first
    press("Delete")
    assert [p.id for p in phrases.list_phrases(ctx)] == [before[0].id] + [p.id for p in before[2:]]

    press("Ctrl+F")
    type_keys("ağ not")  # the filter: Turkish-aware, words of either language
    assert bank_window.list.count() == 1
    press("Tab")  # into the list
    press("Down")
    taken = next(p for p in phrases.list_phrases(ctx) if p.text_tr == "Ağ, {…} hususunu not aldı.")
    phrases.update_phrase(ctx, taken.id, text_en="Changed on another desk: {…}.")  # meanwhile, elsewhere
    press("Alt+E")  # to the English field by its label
    press("End")
    type_keys(" — bizim")
    wait_until(lambda: "Someone else changed" in bank_window.status.text(), message=bank_window.status.text())
    assert bank_window.english.text() == "The Network took note of {…}. — bizim"  # what was typed stays
    assert phrases.get_phrase(ctx, taken.id).text_en == "Changed on another desk: {…}."
    press("Escape")  # refused: the window stays open with the text, rather than losing it
    assert bank_window.isVisible() and bank_window.english.text() == "The Network took note of {…}. — bizim"
    activate(window)
    press("Alt+S")
    type_keys("h")  # asked for again: the window reads the bank again and shows the other desk's text
    wait_until(
        lambda: bank_window.english.text() == "Changed on another desk: {…}.", message=bank_window.english.text()
    )
    press("Escape")
    wait_until(lambda: not bank_window.isVisible())
