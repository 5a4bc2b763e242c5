"""File → Synchronise… and the review of conflicts, through the keyboard (issue 13).

The window's register (`ctx`, a SQLite file) is the laptop; the other side is another register file, typed in the
dialog. What the window shows and what both registers hold afterwards are read back and compared with what is
expected, character for character.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from builders import SmallMeeting, small_meeting
from database_templates import DatabaseTemplates
from gui_helpers import make_window
from keyboard import activate, answer_dialog, answered, press, stuck_dialogs_closed, type_keys, wait_saved, wait_until
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLabel, QWidget
from sync_support import audit_count, records

from unnm_desktop.gui.rapporteur.agenda_page import ITEM_ID
from unnm_desktop.gui.sync.review_dialog import ID_ROLE
from unnm_desktop.services.context import ServiceContext, open_context
from unnm_desktop.services.meeting import agenda, meetings
from unnm_desktop.services.sync.conflicts import pending_conflicts
from unnm_desktop.services.sync.run import synchronise
from unnm_desktop.services.sync.targets import targets_with_conflicts
from unnm_desktop.store.address import ServerAddress

NOTES = "Açılış konuşması: Ayşe Yılmaz.\n\nGöç verileri sunuldu.\n"
TURKISH_TYPED = "İzmir'de ılık Şubat: Şule, Ğ ğ ı İ ş"


@pytest.fixture
def other_register(database_templates: DatabaseTemplates, tmp_path: Path) -> Path:
    """The other side: a register file of its own (closed: the window's run opens it)."""
    return database_templates.copy_to(tmp_path / "register" / "register.sqlite3")


@pytest.fixture
def shared(ctx: ServiceContext, other_register: Path) -> Iterator[SmallMeeting]:
    """A meeting typed on the other register, already synchronised to the window's by a first run."""
    with open_context(other_register, actor="Secretariat") as register:
        meeting = small_meeting(register, title="Göç Çalışma Grubu")
        agenda.set_notes(register, meeting.item_id, NOTES)
        synchronise(ctx, register)
    yield meeting


def on_register(path: Path) -> ServiceContext:
    return open_context(path, actor="Secretariat")


def message_of(dialog: QWidget) -> str:
    return dialog.findChild(QLabel, "syncMessage").text()


def type_target(path: Path) -> None:
    """Choose "An exchange folder or a register file", and type its path over what is there."""
    press("Alt+X")
    press("Alt+P")
    press("Ctrl+A")
    type_keys(str(path))


def open_notes_end(window: QWidget) -> None:
    press("Ctrl+3")
    assert window.agenda.editor.hasFocus()
    press("Ctrl+End")


def test_a_meeting_edited_on_both_sides_is_merged_and_shown(
    qtbot, ctx: ServiceContext, shared: SmallMeeting, other_register: Path, tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:  # fmt: skip
    window = make_window(qtbot, ctx, tmp_path / "settings", monkeypatch)
    activate(window)
    window.open_meeting(shared.meeting_id)
    open_notes_end(window)
    type_keys("\nKapanış: İsmail Çelik 🙂")
    typed_notes = NOTES.rstrip("\n") + "\n\nKapanış: İsmail Çelik 🙂\n"
    wait_saved(lambda: agenda.get_item(ctx, shared.item_id).notes_md, typed_notes)
    with on_register(other_register) as register:  # the secretariat: the title, and a line before the notes
        meetings.update_meeting(register, shared.meeting_id, title="Göç ve Uyum Çalışma Grubu — Şubat")
        agenda.set_notes(register, shared.item_id, "Gündem onaylandı: Işıl Doğan.\n\n" + NOTES)

    def in_sync(dialog: QWidget) -> None:
        type_target(other_register)
        press("Enter")

    with stuck_dialogs_closed(30000) as stuck:
        seen = answer_dialog(in_sync, object_name="syncDialog")
        press("Ctrl+Shift+Y")
        answered(seen)
    assert stuck == [] and seen == ["Synchronise"]
    wait_until(lambda: "Synchronised with register.sqlite3" in window.statusBar().currentMessage())
    assert window.statusBar().currentMessage() == (
        "Synchronised with register.sqlite3: records pulled 2, pushed 1, conflicts to review 0."
    )

    merged = "Gündem onaylandı: Işıl Doğan.\n\n" + typed_notes
    paragraphs = [line for line in merged.splitlines() if line]
    assert window.agenda.editor.toPlainText().split("\n") == paragraphs  # the window shows what was merged
    assert "Göç ve Uyum Çalışma Grubu — Şubat" in window.windowTitle()
    assert agenda.get_item(ctx, shared.item_id).notes_md.encode() == merged.encode()
    with on_register(other_register) as register:
        assert agenda.get_item(register, shared.item_id).notes_md.encode() == merged.encode()
        assert meetings.get_meeting(register, shared.meeting_id).title == "Göç ve Uyum Çalışma Grubu — Şubat"
        assert records(register) == records(ctx)
    assert meetings.get_meeting(ctx, shared.meeting_id).title == "Göç ve Uyum Çalışma Grubu — Şubat"
    assert window.settings.sync_target == str(other_register)  # remembered for the next time


def test_conflicts_are_answered_in_the_review_and_the_next_run_carries_them_over(
    qtbot, ctx: ServiceContext, shared: SmallMeeting, other_register: Path, tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:  # fmt: skip
    meetings.update_meeting(ctx, shared.meeting_id, title="Laptop: Şule'nin başlığı", location="Gaziantep — Şahinbey")
    with on_register(other_register) as register:
        meetings.update_meeting(register, shared.meeting_id, title="Sekreterya: İlkay'ın başlığı", location="Mersin")
    window = make_window(qtbot, ctx, tmp_path / "settings", monkeypatch)
    window.settings.sync_target = str(other_register)  # the last run's other side: the dialog starts with it
    activate(window)
    window.open_meeting(shared.meeting_id)
    reviewed: list[str] = []

    def in_review(dialog: QWidget) -> None:
        fields = [dialog.conflicts[dialog.list.item(row).data(ID_ROLE)].field for row in range(dialog.list.count())]
        assert sorted(fields) == ["location", "title"], fields
        assert dialog.list.hasFocus()
        press("Home")
        for _ in range(fields.index("title")):
            press("Down")
        assert dialog.current().field == "title"
        assert "Agenda" not in dialog.heading.text() and "«Göç Çalışma Grubu»" not in dialog.heading.text()
        assert dialog.theirs.toPlainText() == "Sekreterya: İlkay'ın başlığı"
        press("Alt+T")  # take theirs
        wait_until(lambda: dialog.list.count() == 1)
        assert dialog.current().field == "location"
        press("Alt+E")  # edit: a box starting with mine
        wait_until(dialog.edit_text.hasFocus)  # a mnemonic clicks as a button does: pressed, released 100 ms later
        assert dialog.edit_text.toPlainText() == "Gaziantep — Şahinbey"
        type_keys(TURKISH_TYPED)
        press("Ctrl+Return")
        wait_until(lambda: dialog.list.count() == 0)
        reviewed.append(dialog.message.text())
        assert dialog.again_button.isEnabled()
        press("Alt+S")  # synchronise again: the dialog runs at once and closes itself

    def in_sync(dialog: QWidget) -> None:
        assert dialog.path.text() == str(other_register)
        answer_dialog(in_review, object_name="syncReviewDialog", timeout_ms=20000)
        press("Enter")

    with stuck_dialogs_closed(30000) as stuck:
        seen = answer_dialog(in_sync, object_name="syncDialog")
        press("Ctrl+Shift+Y")
        wait_until(lambda: reviewed, timeout_ms=30000, message="the review did not open")
        wait_until(lambda: QApplication.activeModalWidget() is None, timeout_ms=20000)
        answered(seen)
    assert stuck == []
    assert reviewed == ["Every conflict is answered. Synchronise again to carry your choices over to the other side."]
    wait_until(lambda: "conflicts to review 0" in window.statusBar().currentMessage(), timeout_ms=10000)
    assert window.statusBar().currentMessage() == (
        "Synchronised with register.sqlite3: records pulled 0, pushed 1, conflicts to review 0."
    )

    assert pending_conflicts(ctx, window.settings.sync_register_id) == ()
    with on_register(other_register) as register:
        for side in (ctx, register):
            detail = meetings.get_meeting(side, shared.meeting_id)
            assert (detail.title, detail.location) == ("Sekreterya: İlkay'ın başlığı", TURKISH_TYPED)
        assert records(register) == records(ctx)
    assert "Sekreterya: İlkay'ın başlığı" in window.windowTitle()


def test_a_target_that_does_not_exist_is_one_sentence_and_nothing_is_written(
    qtbot, ctx: ServiceContext, small: SmallMeeting, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = make_window(qtbot, ctx, tmp_path / "settings", monkeypatch)
    activate(window)
    before = records(ctx), audit_count(ctx)
    missing = tmp_path / "nowhere" / "register.sqlite3"
    said: list[str] = []

    def in_sync(dialog: QWidget) -> None:
        type_target(missing)
        press("Enter")
        wait_until(lambda: "There is no" in message_of(dialog), timeout_ms=10000, message=message_of(dialog))
        said.append(message_of(dialog))
        assert dialog.path.text() == str(missing)  # what was typed stays
        press("Escape")

    def own_register(dialog: QWidget) -> None:
        type_target(ctx.path)
        press("Enter")
        wait_until(lambda: "itself" in message_of(dialog))
        said.append(message_of(dialog))
        press("Escape")

    with stuck_dialogs_closed(30000) as stuck:
        for answer in (in_sync, own_register):
            seen = answer_dialog(answer, object_name="syncDialog")
            press("Ctrl+Shift+Y")
            answered(seen)
            activate(window)
    assert stuck == []
    assert said == [f"There is no register file or exchange folder at {missing}. Nothing was synchronised.",
                    "That is this register itself: choose the other side to synchronise with."]  # fmt: skip
    assert (records(ctx), audit_count(ctx)) == before
    assert not missing.parent.exists()
    assert window.settings.sync_target == ""

    activate(window)  # the window is still usable: typing is saved
    window.open_meeting(small.meeting_id)
    press("Ctrl+3")
    type_keys("Şimdi yazılan")
    wait_saved(lambda: agenda.get_item(ctx, small.item_id).notes_md.strip(), "Şimdi yazılan")


def test_a_server_typed_in_the_dialog_is_synchronised_with(
    qtbot, ctx: ServiceContext, server_address: ServerAddress, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    with open_context(server_address, actor="Secretariat") as server:
        on_server = small_meeting(server, title="Sunucudaki toplantı: Göç ve İklim")
    window = make_window(qtbot, ctx, tmp_path / "settings", monkeypatch)
    activate(window)

    def in_sync(dialog: QWidget) -> None:
        press("Alt+V")
        wait_until(dialog.server_choice.isChecked)
        press("Alt+A")
        press("Ctrl+A")
        type_keys(server_address.url + "\n")

    with stuck_dialogs_closed(60000) as stuck:
        seen = answer_dialog(in_sync, object_name="syncDialog")
        press("Ctrl+Shift+Y")
        answered(seen)
    assert stuck == []
    wait_until(lambda: "Synchronised with" in window.statusBar().currentMessage(), timeout_ms=30000)
    message = window.statusBar().currentMessage()
    assert message.startswith(f"Synchronised with {server_address.display}: ") and message.endswith(
        "conflicts to review 0."
    )
    assert "Sunucudaki toplantı: Göç ve İklim" in [m.title for m in window.meeting_model.meetings]
    assert meetings.get_meeting(ctx, on_server.meeting_id).title == "Sunucudaki toplantı: Göç ve İklim"
    assert window.settings.sync_target == server_address.url  # the address, never a password
    with open_context(server_address, actor="Secretariat") as server:
        assert records(server) == records(ctx)


def test_review_sync_conflicts_later_from_the_file_menu(
    qtbot, ctx: ServiceContext, shared: SmallMeeting, other_register: Path, tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:  # fmt: skip
    window = make_window(qtbot, ctx, tmp_path / "settings", monkeypatch)
    activate(window)
    press("Alt+F", "R")  # nothing waits yet: said in the status bar, no dialog
    wait_until(lambda: window.statusBar().currentMessage() == "No sync conflicts wait for review.")
    meetings.update_meeting(ctx, shared.meeting_id, title="Laptop: Çağrı'nın başlığı")
    with on_register(other_register) as register:
        meetings.update_meeting(register, shared.meeting_id, title="Sekreterya: Ömer'in başlığı")
        (conflict,) = synchronise(ctx, register).conflicts
    activate(window)

    def in_review(dialog: QWidget) -> None:
        assert dialog.current().id == conflict.id
        assert dialog.heading.text().startswith(f"{conflict.meeting}: The meeting «Laptop: Çağrı'nın başlığı», Title.")
        press("Alt+M")  # take mine
        wait_until(lambda: dialog.list.count() == 0)
        press("Escape")  # later: the next synchronisation carries it over

    with stuck_dialogs_closed(30000) as stuck:
        seen = answer_dialog(in_review, object_name="syncReviewDialog")
        press("Alt+F", "R")
        answered(seen)
    assert stuck == []
    assert targets_with_conflicts(ctx) == ()  # answered: nothing waits about any other side
    assert meetings.get_meeting(ctx, shared.meeting_id).title == "Laptop: Çağrı'nın başlığı"
    with on_register(other_register) as register:
        report = synchronise(ctx, register)
        assert (report.pushed, report.conflicts) == (1, ())
        assert meetings.get_meeting(register, shared.meeting_id).title == "Laptop: Çağrı'nın başlığı"


def test_the_review_names_its_constants_as_the_services_do() -> None:
    from unnm_desktop.gui.sync import review_dialog
    from unnm_desktop.services.sync import base, plan

    assert (review_dialog.CLASH_REASON, review_dialog.KEEP_OURS) == (plan.CLASH_REASON, plan.KEEP_OURS)
    assert review_dialog.DUPLICATE_KINDS == plan.DUPLICATE_KINDS
    assert review_dialog.PACKAGES_TARGET_ID == base.PACKAGES_TARGET_ID


def test_two_new_meetings_with_one_reference_get_another_through_edit(
    qtbot, ctx: ServiceContext, shared: SmallMeeting, other_register: Path, tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:  # fmt: skip
    start = "2026-03-02T10:00:00+03:00"
    mine = meetings.create_meeting(ctx, title="Laptopta açılan toplantı", start=start)
    reference = meetings.get_meeting(ctx, mine).reference
    with on_register(other_register) as register:
        theirs = meetings.create_meeting(register, title="Sekreteryada açılan toplantı", start=start)
        assert meetings.get_meeting(register, theirs).reference == reference  # the next free one, on both
    window = make_window(qtbot, ctx, tmp_path / "settings", monkeypatch)
    window.settings.sync_target = str(other_register)
    activate(window)
    new_reference = f"{reference}-İ"

    def in_review(dialog: QWidget) -> None:
        wait_until(lambda: dialog.current() is not None and dialog.current().field == "reference")
        assert not dialog.take_mine.isEnabled() and not dialog.take_theirs.isEnabled()  # a side changes nothing
        press("Alt+E")
        wait_until(dialog.edit_text.hasFocus)
        press("End")
        type_keys("-İ")
        press("Ctrl+Return")
        wait_until(lambda: dialog.list.count() == 0, message=dialog.message.text())
        press("Alt+S")

    def in_sync(dialog: QWidget) -> None:
        answer_dialog(in_review, object_name="syncReviewDialog", timeout_ms=20000)
        press("Enter")

    with stuck_dialogs_closed(30000) as stuck:
        seen = answer_dialog(in_sync, object_name="syncDialog")
        press("Ctrl+Shift+Y")
        wait_until(lambda: "conflicts to review 0" in window.statusBar().currentMessage(), timeout_ms=30000)
        answered(seen)
    assert stuck == []
    with on_register(other_register) as register:
        for side in (ctx, register):
            assert meetings.get_meeting(side, mine).reference == new_reference
            assert meetings.get_meeting(side, theirs).reference == reference
        assert records(register) == records(ctx)


def test_an_item_deleted_here_and_edited_there_is_answered_whole_and_comes_back(
    qtbot, ctx: ServiceContext, shared: SmallMeeting, other_register: Path, tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:  # fmt: skip
    title = agenda.get_item(ctx, shared.item_id).title
    agenda.remove_item(ctx, shared.item_id)
    edited = NOTES + "ليلى الحسن: شكراً\n"  # an Arabic line added there, shown right to left
    with on_register(other_register) as register:
        agenda.set_notes(register, shared.item_id, edited)
    window = make_window(qtbot, ctx, tmp_path / "settings", monkeypatch)
    window.settings.sync_target = str(other_register)
    activate(window)
    window.open_meeting(shared.meeting_id)
    rows: list[str] = []

    def in_review(dialog: QWidget) -> None:
        wait_until(lambda: dialog.current() is not None)
        assert dialog.current().field is None and not dialog.edit_button.isEnabled()  # mine or theirs only
        assert f"«{title[:20]}" in dialog.heading.text() and "deleted on the other" in dialog.heading.text()
        assert "(not there" in dialog.ours.toPlainText() and "ليلى الحسن: شكراً" in dialog.theirs.toPlainText()
        press("Alt+T")
        wait_until(dialog.again_button.isEnabled)  # answered; carried out by the next run
        rows.append(dialog.list.item(0).text())
        press("Alt+S")

    def in_sync(dialog: QWidget) -> None:
        answer_dialog(in_review, object_name="syncReviewDialog", timeout_ms=20000)
        press("Enter")

    with stuck_dialogs_closed(30000) as stuck:
        seen = answer_dialog(in_sync, object_name="syncDialog")
        press("Ctrl+Shift+Y")
        wait_until(lambda: rows, timeout_ms=30000, message="the review did not open")
        wait_until(lambda: "conflicts to review 0" in window.statusBar().currentMessage(), timeout_ms=30000)
        answered(seen)
    assert stuck == []
    assert rows and rows[0].endswith("(answered: theirs; carried out by the next synchronisation)")
    with on_register(other_register) as register:
        for side in (ctx, register):
            assert agenda.get_item(side, shared.item_id).notes_md == edited
        assert records(register) == records(ctx)
    assert targets_with_conflicts(ctx) == ()
    shown = [window.agenda.list.item(row).data(ITEM_ID) for row in range(window.agenda.list.count())]
    assert shared.item_id in shown  # the window shows the item back


def test_the_run_is_off_the_gui_thread_busy_and_not_abandoned_by_escape(
    qtbot, ctx: ServiceContext, shared: SmallMeeting, other_register: Path, tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:  # fmt: skip
    import threading
    import time

    from unnm_desktop.services.sync import run

    real, gate, threads = run.synchronise, threading.Event(), []

    def slow(laptop: object, target: object) -> object:  # held until the test has looked at the busy dialog
        threads.append(threading.current_thread() is threading.main_thread())
        gate.wait(20)
        return real(laptop, target)

    monkeypatch.setattr(run, "synchronise", slow)
    window = make_window(qtbot, ctx, tmp_path / "settings", monkeypatch)
    window.settings.sync_target = str(other_register)
    activate(window)
    ticks: list[float] = []
    seen_busy: list[bool] = []

    def in_sync(dialog: QWidget) -> None:
        press("Enter")
        wait_until(lambda: threads)
        started = time.monotonic()
        while time.monotonic() - started < 0.3:  # the event loop runs meanwhile: the window is responsive
            QApplication.processEvents()
            ticks.append(time.monotonic())
            QTest.qWait(20)
        seen_busy.append(
            dialog.busy.isVisible() and not dialog.path.isEnabled() and not dialog.start_button.isEnabled()
        )
        press("Escape")  # not abandoned half-way
        seen_busy.append(dialog.isVisible())
        gate.set()

    with stuck_dialogs_closed(30000) as stuck:
        seen = answer_dialog(in_sync, object_name="syncDialog")
        press("Ctrl+Shift+Y")
        answered(seen)
    assert stuck == [] and threads == [False] and seen_busy == [True, True] and len(ticks) > 5
    wait_until(lambda: "conflicts to review 0" in window.statusBar().currentMessage())
