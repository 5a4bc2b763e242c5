"""The chair's summary on the Decisions tab, through the keyboard (issue 14): Ctrl+Shift+H inserts the draft in the
meeting's language; a position chosen in the table changes it; a hand edit typed key by key (Turkish letters
included) stays when a position changes again. Everything is read back through the services."""

from __future__ import annotations

from pathlib import Path

import pytest
from builders import small_meeting
from decision_keys import go_to_position_cell
from gui_helpers import make_window
from keyboard import activate, press, type_keys, wait_until

from unnm_desktop.services.context import ServiceContext
from unnm_desktop.services.meeting import decisions, meetings

OLD_NOTE = "Başkan, gündemi hatırlattı."
HAND_EDIT = " Başkan, İŞKUR ve ŞÖNİM'in ığdır çalışmasına teşekkür etti — ÇĞÜÖ."


def test_the_chairs_summary_inserted_followed_and_edited_by_keyboard(
    qtbot, ctx: ServiceContext, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    meeting = small_meeting(ctx)
    meetings.update_meeting(ctx, meeting.meeting_id, language="tr")
    decision_id = decisions.add_decision(ctx, meeting.meeting_id, text="Karar", agenda_item_id=meeting.item_id)
    decisions.set_position(ctx, decision_id, meeting.orgs["IOM"], "joins")
    decisions.update_decision(ctx, decision_id, chair_note=OLD_NOTE)
    window = make_window(qtbot, ctx, tmp_path / "settings", monkeypatch)
    activate(window)
    page = window.decisions
    press("Ctrl+4")
    wait_until(lambda: page.decision is not None and page.decision.id == decision_id, message="no decision shown")

    def saved_note() -> str | None:
        return decisions.get_decision(ctx, decision_id).chair_note

    # Ctrl+Shift+H: the draft, in the meeting's language, in the field and saved; the focus is in the field.
    # Ctrl+Z there brings back the note it replaced (saved again), and Ctrl+Shift+H once more the draft.
    press("Ctrl+Shift+H")
    assert saved_note() == "Ağ henüz karar almadı."
    assert page.chair_note.text() == "Ağ henüz karar almadı."
    assert page.chair_note.hasFocus()
    press("Ctrl+Z")
    assert page.chair_note.text() == OLD_NOTE
    wait_until(lambda: saved_note() == OLD_NOTE, message="the undone note was not saved")
    press("Ctrl+Shift+H")
    assert saved_note() == page.chair_note.text() == "Ağ henüz karar almadı."

    # PMM enters a reservation, chosen in the table: the summary follows, on screen and saved.
    go_to_position_cell(window, "PMM")
    type_keys("r")  # Reservation
    press("Enter")
    followed = "Ağ henüz karar almadı; PMM çekince koydu."
    wait_until(lambda: saved_note() == followed, message="the summary did not follow the position")
    wait_until(lambda: page.chair_note.text() == followed, message="the field did not show the summary")

    # Edited by hand, key by key, saved without a conflict with the step above. Ctrl+Shift+H again goes to the
    # field (inserting the same draft); Alt+H, its label's mnemonic, opens the Help menu instead.
    press("Ctrl+Shift+H")
    assert page.chair_note.hasFocus()
    press("End")
    type_keys(HAND_EDIT)
    edited = followed + HAND_EDIT
    wait_until(lambda: saved_note() == edited, message="the hand edit was not saved")

    # UNHCR objects: the hand edit stays, on screen and saved.
    go_to_position_cell(window, "UNHCR")
    type_keys("o")  # Objects
    press("Enter")
    wait_until(
        lambda: (
            {p.organization_acronym: p.kind for p in decisions.get_decision(ctx, decision_id).positions}.get("UNHCR")
            == "objects"
        ),
        message="UNHCR's objection not saved",
    )
    assert saved_note() == edited
    assert page.chair_note.text() == edited
    assert "Someone else" not in page.reason.text()
