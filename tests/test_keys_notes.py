"""Agenda & notes typed from the keyboard: intervention stamps, lists on and off, bold, the split, sign-off.

Every key goes through the real event loop to whatever has the focus (tests/keyboard.py); what was typed is
then read back from the database through the services and compared character for character.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from builders import SmallMeeting
from gui_helpers import make_window
from keyboard import activate, answer_dialog, focus_widget, press, type_keys, wait_until
from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLabel, QWidget

from unnm_desktop.gui.main_window import MainWindow
from unnm_desktop.services.context import ServiceContext
from unnm_desktop.services.meeting import agenda
from unnm_desktop.services.minutes import signoff

TURKISH = "ş ğ ı İ Ö Ç Ü"


@pytest.fixture
def meeting(small: SmallMeeting) -> SmallMeeting:
    return small  # PMM, IOM, UNHCR and UNICEF attend, each through one person


@pytest.fixture
def window(qtbot, ctx: ServiceContext, meeting: SmallMeeting, tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    win = make_window(qtbot, ctx, tmp_path / "settings", monkeypatch)
    activate(win)
    yield win
    win.close()


def _notes(ctx: ServiceContext, meeting: SmallMeeting) -> str:
    return agenda.get_item(ctx, meeting.item_id).notes_md


def _saved(ctx: ServiceContext, meeting: SmallMeeting, window: MainWindow, predicate: Callable[[str], bool]) -> str:
    """Wait for the autosave, then return the notes as stored."""
    wait_until(
        lambda: predicate(_notes(ctx, meeting)), message=f"notes not saved as expected: {_notes(ctx, meeting)!r}"
    )
    return _notes(ctx, meeting)


def _stamp(window: MainWindow, answer: Callable[[QWidget], None]) -> list[str]:
    """Ctrl+Shift+I with `answer` typing into the dialog; returns the dialog's title (or an error)."""
    seen = answer_dialog(answer)
    press("Ctrl+Shift+I")
    wait_until(lambda: QApplication.activeModalWidget() is None, message="the intervention dialog stayed open")
    assert seen and not seen[0].startswith("error"), seen
    return seen


def _note_text(dialog: QWidget) -> str:
    note = dialog.findChild(QLabel, "speakerNote")
    return note.text() if note is not None else ""


def test_pm_enter_stamps_pmm_and_the_speech_follows_in_the_notes(
    window: MainWindow, ctx: ServiceContext, meeting: SmallMeeting
) -> None:
    press("Ctrl+3")
    type_keys("Toplantı açıldı.")
    titles: list[tuple[str, int, int]] = []

    def answer(dialog: QWidget) -> None:
        metrics = dialog.fontMetrics()
        titles.append((dialog.windowTitle(), dialog.width(), metrics.horizontalAdvance(dialog.windowTitle())))
        type_keys("pm\n")  # one Enter: "pm" completes to PMM, the only match, and is stamped

    before = window.stamp_time()
    _stamp(window, answer)
    after = window.stamp_time()
    assert window.agenda.editor.hasFocus(), focus_widget().objectName()
    speech = f"spoke first: {TURKISH}"
    type_keys(speech)
    stored = _saved(ctx, meeting, window, lambda notes: notes.rstrip().endswith(speech))
    assert stored.startswith("Toplantı açıldı.\n\n")
    last = stored.rstrip("\n").split("\n")[-1]
    assert last in (f"{before} — PMM: {speech}", f"{after} — PMM: {speech}"), last
    title, width, title_width = titles[0]
    assert title == "Intervention stamp"
    assert width >= title_width + 100, "the dialog is too narrow for its title"


def test_the_last_speaker_is_the_default_and_one_enter_repeats_them(
    window: MainWindow, ctx: ServiceContext, meeting: SmallMeeting
) -> None:
    press("Ctrl+3")
    _stamp(window, lambda _dialog: type_keys("unh\n"))
    type_keys("birinci")
    _stamp(window, lambda _dialog: type_keys("\n"))
    type_keys("ikinci")
    stored = _saved(ctx, meeting, window, lambda notes: "ikinci" in notes)
    assert [line.split(" — ", 1)[1] for line in stored.split("\n") if line] == ["UNHCR: birinci", "UNHCR: ikinci"]


def test_a_person_typed_in_turkish_folded_form_is_found(
    window: MainWindow, ctx: ServiceContext, meeting: SmallMeeting
) -> None:
    press("Ctrl+3")
    _stamp(window, lambda _dialog: type_keys("isil\n"))  # "isil" finds "Işıl Doğan"
    type_keys("söz aldı")
    _stamp(window, lambda _dialog: type_keys("celik\n"))  # from the start of the surname: "İsmail Çelik"
    type_keys("yanıt verdi")
    stored = _saved(ctx, meeting, window, lambda notes: "yanıt verdi" in notes)
    lines = [line.split(" — ", 1)[1] for line in stored.split("\n") if line]
    assert lines == ["Işıl Doğan (UNHCR): söz aldı", "İsmail Çelik (PMM): yanıt verdi"]


def test_the_chair_is_a_choice_in_the_language_of_the_minutes(
    window: MainWindow, ctx: ServiceContext, meeting: SmallMeeting
) -> None:
    press("Ctrl+3")
    _stamp(window, lambda _dialog: type_keys("cha\n"))
    type_keys("opened the meeting")
    stored = _saved(ctx, meeting, window, lambda notes: "opened the meeting" in notes)
    assert stored.strip().split(" — ", 1)[1] == "Chair: opened the meeting"


def test_free_text_needs_a_second_enter_and_the_dialog_says_why(
    window: MainWindow, ctx: ServiceContext, meeting: SmallMeeting
) -> None:
    press("Ctrl+3")
    after_first_enter: list[tuple[bool, str]] = []

    def answer(dialog: QWidget) -> None:
        type_keys("Dünya Bankası\n")
        after_first_enter.append((dialog.isVisible(), _note_text(dialog)))
        type_keys("\n")

    _stamp(window, answer)
    type_keys("katkı verdi")
    stored = _saved(ctx, meeting, window, lambda notes: "katkı verdi" in notes)
    assert stored.strip().split(" — ", 1)[1] == "Dünya Bankası: katkı verdi"
    still_open, note = after_first_enter[0]
    assert still_open, "free text was stamped on the first Enter"
    assert "not one of the attendees" in note


def test_escape_stamps_nothing_and_returns_to_the_notes(
    window: MainWindow, ctx: ServiceContext, meeting: SmallMeeting
) -> None:
    press("Ctrl+3")
    type_keys("Giriş")
    _stamp(window, lambda _dialog: (type_keys("iom"), press("Escape")))
    type_keys(" devam")
    assert _saved(ctx, meeting, window, lambda notes: "devam" in notes).strip() == "Giriş devam"


@pytest.mark.parametrize(("shortcut", "markers"), [("Ctrl+Shift+8", ("- ", "- ")), ("Ctrl+Shift+7", ("1. ", "2. "))])
def test_a_list_is_switched_on_and_off_from_the_keyboard(
    window: MainWindow, ctx: ServiceContext, meeting: SmallMeeting, shortcut: str, markers: tuple[str, str]
) -> None:
    press("Ctrl+3")
    type_keys("Gündem:\n")
    press(shortcut)
    type_keys("Şeyma Öztürk\nİçişleri Çalışma Grubu\n")
    press(shortcut)  # the same key again ends the list for the empty third item
    type_keys("Ünal ğ ı sonra")
    stored = _saved(ctx, meeting, window, lambda notes: "sonra" in notes)
    assert stored == (f"Gündem:\n\n{markers[0]}Şeyma Öztürk\n{markers[1]}İçişleri Çalışma Grubu\n\nÜnal ğ ı sonra\n")
    assert window.agenda.editor.textCursor().blockFormat().indent() == 0, "the indentation did not go back"


def test_bullets_convert_to_numbers_with_the_other_key(
    window: MainWindow, ctx: ServiceContext, meeting: SmallMeeting
) -> None:
    press("Ctrl+3")
    press("Ctrl+Shift+8")
    type_keys("bir\niki")
    press("Ctrl+Shift+7")
    stored = _saved(ctx, meeting, window, lambda notes: notes.startswith("1. "))
    assert stored == "1. bir\n2. iki\n"


def test_bold_is_saved_as_markdown(window: MainWindow, ctx: ServiceContext, meeting: SmallMeeting) -> None:
    press("Ctrl+3")
    type_keys("Veri ")
    press("Ctrl+B")
    type_keys("çok önemli")
    press("Ctrl+B")
    type_keys(f" {TURKISH}")
    stored = _saved(ctx, meeting, window, lambda notes: TURKISH in notes)
    assert stored == f"Veri **çok önemli** {TURKISH}\n"


def _drag_splitter_handle(window: MainWindow, distance: int) -> None:
    handle = window.agenda.splitter.handle(1)
    centre = handle.rect().center()
    QTest.mousePress(handle, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, centre)
    QTest.mouseMove(handle, centre + QPoint(distance // 2, 0))
    QTest.mouseMove(handle, centre + QPoint(distance, 0))
    QTest.mouseRelease(handle, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, centre + QPoint(distance, 0))
    QTest.qWait(50)


def test_the_notes_get_most_of_the_width_and_the_split_is_remembered(
    qtbot, ctx: ServiceContext, meeting: SmallMeeting, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    settings = tmp_path / "settings"
    first = make_window(qtbot, ctx, settings, monkeypatch)
    activate(first)
    press("Ctrl+3")
    agenda_width, notes_width = first.agenda.splitter.sizes()
    assert notes_width > 1.5 * agenda_width, (agenda_width, notes_width)
    # Offscreen the screen is 800×800: a window that fits reopens at the same size (as it does on a desktop).
    first.resize(first.screen().availableGeometry().size() * 0.95)
    QTest.qWait(50)
    agenda_width = first.agenda.splitter.sizes()[0]
    _drag_splitter_handle(first, 120)
    moved = first.agenda.splitter.sizes()
    assert moved[0] > agenda_width + 60, (agenda_width, moved)
    first.close()

    again = make_window(qtbot, ctx, settings, monkeypatch)
    activate(again)
    press("Ctrl+3")
    assert again.size() == first.size()
    assert again.agenda.splitter.sizes() == moved
    again.close()


def test_signed_off_notes_tab_says_why_its_controls_cannot_act(
    qtbot, ctx: ServiceContext, meeting: SmallMeeting, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    agenda.set_notes(ctx, meeting.item_id, "Kabul edildi.\n")
    signoff.sign_off(ctx, meeting.meeting_id, [signoff.SignatoryInput("Ayşe Yılmaz")], backup=False)
    window = make_window(qtbot, ctx, tmp_path / "settings", monkeypatch)
    activate(window)
    press("Ctrl+3")
    page = window.agenda
    assert page.editor.isReadOnly() and page.title_edit.isReadOnly()
    for control in (page.add_button, page.standing_button, page.remove_button, page.timer_button, page.planned_spin):
        assert not control.isEnabled(), control.objectName()
    for control in (page.editor, page.title_edit, page.add_button, page.remove_button, page.timer_button):
        assert "signed off" in control.toolTip(), control.objectName()
    for action in page.format_actions + page.edit_actions:
        assert not action.isEnabled(), action.text()
        assert "signed off" in action.toolTip(), action.text()

    type_keys("değişiklik")
    press("Ctrl+Shift+8", "Ctrl+Shift+A", "Alt+Down")
    seen = answer_dialog(lambda dialog: press("Escape"), timeout_ms=500)
    press("Ctrl+Shift+I")
    wait_until(lambda: bool(seen))
    assert seen == ["error: no modal dialog appeared"]
    window.autosaver.flush()
    assert _notes(ctx, meeting) == "Kabul edildi.\n"
    assert [item.title for item in agenda.list_items(ctx, meeting.meeting_id)] == ["GCM implementation in Türkiye"]
    window.close()


def test_selected_list_items_are_ended_together(window: MainWindow, ctx: ServiceContext, meeting: SmallMeeting) -> None:
    press("Ctrl+3")
    press("Ctrl+Shift+8")
    type_keys("Ayşe\nİsmail")
    press("Shift+Up", "Ctrl+Shift+8")  # both items selected: one press ends the list for both
    stored = _saved(ctx, meeting, window, lambda notes: notes.startswith("Ayşe"))
    assert stored == "Ayşe\n\nİsmail\n"


def test_an_item_is_added_from_the_keyboard_to_a_meeting_with_none(
    qtbot, ctx: ServiceContext, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from unnm_desktop.services.meeting import meetings

    meeting_id = meetings.create_meeting(ctx, title="Boş gündem", start="2026-12-03 10:00")
    window = make_window(qtbot, ctx, tmp_path / "settings", monkeypatch)
    activate(window)
    press("Ctrl+3", "Ctrl+Shift+A")
    type_keys("Göç İstatistikleri Çalıştayı")
    wait_until(lambda: [i.title for i in agenda.list_items(ctx, meeting_id)] == ["Göç İstatistikleri Çalıştayı"])
    window.close()
