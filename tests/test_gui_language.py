"""Switching the interface between English and Türkçe while working, and the locale of dates and sorting."""

from __future__ import annotations

from datetime import date, datetime, timezone
from pathlib import Path

import pytest
from builders import small_meeting
from gui_helpers import make_window, type_text

from unnm_desktop.gui import language_switch
from unnm_desktop.gui.i18n import (
    chosen_language,
    clock_time,
    current_language,
    install_language,
    locale_sorted,
    long_date,
    short_date,
)
from unnm_desktop.gui.settings import AppSettings
from unnm_desktop.gui.tabs import AGENDA
from unnm_desktop.services.context import ServiceContext
from unnm_desktop.services.meeting import agenda


def menu_titles(window: object) -> list[str]:
    return [action.text() for action in window.menuBar().actions()]  # type: ignore[attr-defined]


def test_switching_language_keeps_what_was_typed_and_the_place(qtbot, ctx: ServiceContext, tmp_path: Path,
                                                               monkeypatch: pytest.MonkeyPatch) -> None:  # fmt: skip
    m = small_meeting(ctx)
    window = make_window(qtbot, ctx, tmp_path / "settings", monkeypatch)
    window.refresh_meetings(m.meeting_id)
    window.show_tab(AGENDA)
    assert menu_titles(window)[:2] == ["&File", "&Go"]
    typed = "Şanlıurfa’da İŞKUR ile görüşme 👍🏽"
    type_text(window.agenda.editor, typed)
    assert window.autosaver.has_pending()  # not yet saved when the language changes

    turkish = language_switch.change_language(window, "tr")
    qtbot.addWidget(turkish)
    assert turkish is not window and turkish.isVisible() and not window.isVisible()
    assert current_language() == "tr" and AppSettings().ui_language == "tr"
    assert menu_titles(turkish)[:2] == ["&Dosya", "&Git"]
    assert turkish.tabs.tabText(AGENDA).replace("&", "").startswith("Gündem")
    # Nothing lost: the note is in the database and on the new screen, at the same meeting, item and tab.
    assert typed in agenda.get_item(ctx, m.item_id).notes_md
    assert (turkish.meeting_id, turkish.agenda.item_id, turkish.tabs.currentIndex()) == (
        m.meeting_id, m.item_id, AGENDA,
    )  # fmt: skip
    assert typed in turkish.agenda.editor.toPlainText()
    assert "Türkçe" in turkish.statusBar().currentMessage()

    english = language_switch.change_language(turkish, "en")
    qtbot.addWidget(english)
    assert menu_titles(english)[:2] == ["&File", "&Go"] and AppSettings().ui_language == "en"
    assert language_switch.change_language(english, "en") is english  # no change, no new window


def test_the_system_language_is_the_default(monkeypatch: pytest.MonkeyPatch) -> None:
    from unnm_desktop.gui import i18n

    monkeypatch.setattr(i18n, "system_language", lambda: "tr")
    assert chosen_language("") == "tr"
    assert chosen_language("en") == "en"


def test_dates_times_and_sorting_follow_the_language() -> None:
    names = ["Zeynep", "çiçek", "Ceren", "ılık", "İzmir", "Ispanak", "iyi", "Öykü", "Oya", "Şule", "Sevgi", "Ümit"]
    moment = datetime(2023, 11, 2, 7, 5, tzinfo=timezone.utc)  # 10:05 in Istanbul
    assert install_language("tr")
    assert long_date(date(2023, 11, 2)) == "2 Kasım 2023"
    assert short_date(moment) == "2.11.2023"
    assert clock_time(moment) == "10:05"
    assert locale_sorted(names) == [
        "Ceren", "çiçek", "ılık", "Ispanak", "iyi", "İzmir", "Oya", "Öykü", "Sevgi", "Şule", "Ümit", "Zeynep",
    ]  # fmt: skip
    install_language("en")
    assert long_date(date(2023, 11, 2)) == "2 November 2023"
    assert short_date(moment) == "02/11/2023"
    assert locale_sorted(["item 10", "item 9", "Beta", "alpha"]) == ["alpha", "Beta", "item 9", "item 10"]


def test_settings_change_the_language(qtbot, ctx: ServiceContext, tmp_path: Path,
                                      monkeypatch: pytest.MonkeyPatch) -> None:  # fmt: skip
    from unnm_desktop.gui.settings_dialog import SettingsDialog, open_settings

    small_meeting(ctx)
    window = make_window(qtbot, ctx, tmp_path / "settings", monkeypatch)
    language_switch.set_main_window(window)
    offered: list[list[str]] = []

    def choose_turkish(dialog: SettingsDialog) -> int:
        offered.append([dialog.language.itemText(i) for i in range(dialog.language.count())])
        dialog.language.setCurrentIndex(dialog.language.findData("tr"))
        dialog.accept()
        return dialog.result()

    monkeypatch.setattr(SettingsDialog, "exec", choose_turkish)
    assert open_settings(window)
    assert offered == [["English", "Türkçe"]]
    turkish = language_switch.main_window()
    assert turkish is not None and turkish is not window
    qtbot.addWidget(turkish)
    assert menu_titles(turkish)[0] == "&Dosya" and AppSettings().ui_language == "tr"
    assert turkish.windowTitle().endswith("UNNM Desktop")


def test_gcm_objectives_read_in_turkish_with_the_official_title_at_hand(qtbot, ctx: ServiceContext, tmp_path: Path,
                                                                        monkeypatch: pytest.MonkeyPatch) -> None:  # fmt: skip
    from unnm_desktop.gui.tabs import DETAILS
    from unnm_desktop.resources import gcm_objectives

    m = small_meeting(ctx)
    assert install_language("tr")
    window = make_window(qtbot, ctx, tmp_path / "settings", monkeypatch)
    window.refresh_meetings(m.meeting_id)
    window.show_tab(DETAILS)
    first = window.details.objectives.item(0)
    assert first.text() == "1. " + gcm_objectives("tr")[1]
    assert first.text().startswith("1. Kanıta dayalı")
    assert gcm_objectives()[1] in first.toolTip()  # the official English title is one hover away
    assert len(gcm_objectives("tr")) == 23 and all(gcm_objectives("tr")[n] != gcm_objectives()[n] for n in range(1, 24))


@pytest.mark.parametrize("language", ["en", "tr"])
def test_menu_accelerators_are_unique_in_each_language(qtbot, ctx: ServiceContext, tmp_path: Path,
                                                       monkeypatch: pytest.MonkeyPatch, language: str) -> None:  # fmt: skip
    import re

    install_language(language)
    window = make_window(qtbot, ctx, tmp_path / "settings", monkeypatch)

    def clashes(actions: list) -> dict[str, list[str]]:  # type: ignore[type-arg]
        letters: dict[str, list[str]] = {}
        for action in actions:
            found = re.search(r"&([^&])", action.text().replace("&&", ""))
            if found:
                letters.setdefault(found.group(1).lower(), []).append(action.text())
        return {letter: texts for letter, texts in letters.items() if len(texts) > 1}

    bar = window.menuBar().actions()
    assert clashes(bar) == {}
    for menu in bar:
        assert clashes(menu.menu().actions()) == {}, menu.text()


def test_the_welcome_changes_language_as_soon_as_it_is_chosen(qtbot, monkeypatch: pytest.MonkeyPatch) -> None:
    from PySide6.QtWidgets import QApplication, QDialogButtonBox

    from unnm_desktop.gui import first_run
    from unnm_desktop.gui.first_run import FirstRunDialog

    monkeypatch.setattr(first_run, "system_language", lambda: "en")
    dialog = FirstRunDialog(None, AppSettings())
    qtbot.addWidget(dialog)
    QApplication.processEvents()

    def ok_button() -> str:
        buttons = dialog.findChild(QDialogButtonBox, "buttons")
        return buttons.button(QDialogButtonBox.StandardButton.Ok).text()

    assert (dialog.windowTitle(), ok_button()) == ("Welcome to UNNM Desktop", "&Start")
    dialog.name_edit.clear()
    type_text(dialog.name_edit, "Zeynep Aydın")
    dialog.radios["demo"].setChecked(True)
    dialog.language.setCurrentIndex(1)  # Türkçe
    qtbot.waitUntil(lambda: current_language() == "tr", timeout=2000)
    QApplication.processEvents()
    # The same questions, in Turkish, with the answers given so far; Qt's LanguageChange did not undo "&Başla".
    assert dialog.windowTitle() == "UNNM Desktop'a hoş geldiniz"
    assert ok_button() == "&Başla"
    assert dialog.name_edit.text() == "Zeynep Aydın" and dialog.radios["demo"].isChecked()
    assert dialog.language.currentText() == "Türkçe"
    dialog.reject()
    assert AppSettings().ui_language == "tr"  # chosen, even though the welcome was put off


def test_keys_keep_the_names_printed_on_the_keyboard() -> None:
    from PySide6.QtGui import QKeySequence

    assert install_language("tr")
    native = QKeySequence.SequenceFormat.NativeText
    assert QKeySequence("Ctrl+Shift+E").toString(native) == "Ctrl+Shift+E"  # not Qt's "Kontrol+Üst Karakter+E"
    assert QKeySequence("Alt+PgDown").toString(native) == "Alt+PgDown"
    assert QKeySequence("Alt+Up").toString(native) == "Alt+Yukarı"  # arrows have no letters on the key: Turkish


def test_dates_are_typed_and_shown_the_way_the_language_writes_them(qtbot, ctx: ServiceContext, tmp_path: Path,
                                                                   monkeypatch: pytest.MonkeyPatch) -> None:  # fmt: skip
    from PySide6.QtWidgets import QDateTimeEdit

    from unnm_desktop.gui.i18n import typed_date
    from unnm_desktop.gui.tabs import ACTIONS, DETAILS
    from unnm_desktop.services.meeting import actions

    m = small_meeting(ctx)
    assert install_language("tr")
    assert [typed_date(t) for t in ("31.1.2024", "31.01.2024", "2024-01-31", "", "gelecek hafta")] == [
        "2024-01-31", "2024-01-31", "2024-01-31", "", "gelecek hafta",
    ]  # fmt: skip
    window = make_window(qtbot, ctx, tmp_path / "settings", monkeypatch)
    window.refresh_meetings(m.meeting_id)
    window.show_tab(DETAILS)  # the tab's widgets are loaded when first shown
    start = window.findChild(QDateTimeEdit, "startEdit")
    assert start.displayFormat() == "d.MM.yyyy HH:mm" and "." in start.text()
    window.show_tab(ACTIONS)
    window.actions.add_action()
    model = window.actions.model
    assert model.setData(model.index(0, 2), "31.1.2024")
    assert actions.list_actions(ctx, m.meeting_id)[0].due_date == date(2024, 1, 31)
    assert model.index(0, 2).data() == "31.01.2024"
    assert not model.setData(model.index(0, 2), "gelecek hafta")  # refused with a message; the date is kept
    assert actions.list_actions(ctx, m.meeting_id)[0].due_date == date(2024, 1, 31)
    install_language("en")
    assert typed_date("31/01/2024") == "2024-01-31"


def test_a_new_meeting_in_turkish_has_its_standing_items_in_turkish(qtbot, ctx: ServiceContext, tmp_path: Path,
                                                                    monkeypatch: pytest.MonkeyPatch) -> None:  # fmt: skip
    from unnm_desktop.gui.rapporteur.new_meeting_dialog import NewMeetingDialog
    from unnm_desktop.services.meeting import meetings

    assert install_language("tr")
    window = make_window(qtbot, ctx, tmp_path / "settings", monkeypatch)
    offered: list[str] = []

    def fill(dialog: NewMeetingDialog) -> int:
        offered.append(dialog.minutes_language.currentText())
        dialog.title.setText("Göç Ağı toplantısı")
        return 1

    monkeypatch.setattr(NewMeetingDialog, "exec", fill)
    window.new_meeting(next_of_series=False)
    assert offered == ["Türkçe"]  # the interface language is the likeliest language of the minutes
    (meeting,) = meetings.list_meetings(ctx, "")
    assert meetings.get_meeting(ctx, meeting.id).language == "tr"
    assert [item.title for item in agenda.list_items(ctx, meeting.id)] == ["Gündemin kabulü", "Diğer konular"]
