"""Desk → Import meeting package… merges a meeting changed on both sides, and File → Review sync conflicts…
answers the question it left, through the keyboard (issue 13: meeting packages use the same merge).

The window's database is the secretariat's; the package comes from a laptop database that typed the meeting.
What the preview shows and what the database holds afterwards are read back and compared, character for
character.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from builders import small_meeting
from database_templates import DatabaseTemplates
from desk_gui_support import Boxes, Files
from gui_helpers import make_window
from keyboard import activate, answer_dialog, answered, press, stuck_dialogs_closed, wait_until
from PySide6.QtCore import QModelIndex
from PySide6.QtWidgets import QGroupBox, QTableWidget, QWidget

from unnm_desktop.services.context import ServiceContext, open_context
from unnm_desktop.services.meeting import meetings
from unnm_desktop.services.package.importer import export_package, import_package
from unnm_desktop.services.sync.base import PACKAGES_TARGET_ID
from unnm_desktop.services.sync.conflicts import pending_conflicts

LAPTOP_TITLE = "Laptop: Çağrı'nın başlığı 🇹🇷"
SECRETARIAT_TITLE = "Sekreterya: Ömer'in İĞÜŞ başlığı"
LAPTOP_LOCATION = "Şanlıurfa — مخيم"


def test_a_package_changed_on_both_sides_is_merged_and_its_question_answered_in_the_review(
    qtbot, ctx: ServiceContext, database_templates: DatabaseTemplates, tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:  # fmt: skip
    with open_context(database_templates.copy_to(tmp_path / "laptop.sqlite3"), actor="Rapporteur") as laptop:
        meeting = small_meeting(laptop, title="Göç Çalışma Grubu")
        import_package(ctx, export_package(laptop, meeting.meeting_id, tmp_path / "first.unnmpkg"))
        meetings.update_meeting(laptop, meeting.meeting_id, title=LAPTOP_TITLE, location=LAPTOP_LOCATION)
        second = export_package(laptop, meeting.meeting_id, tmp_path / "second.unnmpkg")
    meetings.update_meeting(ctx, meeting.meeting_id, title=SECRETARIAT_TITLE)
    files, boxes = Files(monkeypatch), Boxes(monkeypatch)
    files.open = second
    window = make_window(qtbot, ctx, tmp_path / "settings", monkeypatch)
    activate(window)
    shown: list[list[str]] = []

    def in_preview(dialog: QWidget) -> None:
        table = dialog.findChild(QTableWidget, "packagePreviewTable")
        shown.extend([table.item(0, column).text() for column in range(table.columnCount())])
        shown.append(str(not dialog.findChild(QGroupBox, "packageConflictGroup").isHidden()))
        press("Alt+I")  # Import

    with stuck_dialogs_closed(30000) as stuck:
        seen = answer_dialog(in_preview, object_name="packageImportDialog", timeout_ms=20000)
        press("Alt+S", "I")  # Desk → Import meeting package…
        answered(seen)
    assert stuck == []
    assert shown == [
        meetings.get_meeting(ctx, meeting.meeting_id).reference,
        LAPTOP_TITLE,  # as the package names it
        "Will be merged field by field",
        "1 fields taken from the package; 1 questions wait for review",
        "True",  # the package's whole meeting may still replace this one
    ]
    (summary,) = boxes.kinds("information")
    assert "merged (1 fields taken from the package; 1 questions wait for review)" in summary
    assert "File → Review sync conflicts…" in summary
    merged = meetings.get_meeting(ctx, meeting.meeting_id)
    assert (merged.title, merged.location) == (SECRETARIAT_TITLE, LAPTOP_LOCATION)
    (question,) = pending_conflicts(ctx, PACKAGES_TARGET_ID)

    activate(window)
    reviewed: list[str] = []

    def in_review(dialog: QWidget) -> None:
        assert dialog.current().id == question.id
        reviewed.append(dialog.theirs.toPlainText())
        press("Alt+T")  # take theirs: the laptop's title
        wait_until(lambda: dialog.list.count() == 0)
        reviewed.append(dialog.message.text())
        reviewed.append(str(dialog.again_button.isVisible()))
        press("Escape")

    with stuck_dialogs_closed(30000) as stuck:
        seen = answer_dialog(in_review, object_name="syncReviewDialog", timeout_ms=20000)
        press("Alt+F", "R")  # File → Review sync conflicts…
        answered(seen)
    assert stuck == []
    assert reviewed == [
        LAPTOP_TITLE,
        "Every question is answered. A whole record answered is carried out when a package of its meeting is "
        "imported again.",
        "False",  # no other side to synchronise with
    ]
    answered_meeting = meetings.get_meeting(ctx, meeting.meeting_id)
    assert (answered_meeting.title, answered_meeting.location) == (LAPTOP_TITLE, LAPTOP_LOCATION)
    assert pending_conflicts(ctx, PACKAGES_TARGET_ID) == ()
    wait_until(lambda: LAPTOP_TITLE in _meeting_titles(window), timeout_ms=10000)


def _meeting_titles(window: QWidget) -> str:
    """The meeting list as the window shows it (it is read again after the review)."""
    model = window.meeting_model  # type: ignore[attr-defined]
    return " ".join(str(model.index(row, 0).data()) for row in range(model.rowCount(QModelIndex())))
