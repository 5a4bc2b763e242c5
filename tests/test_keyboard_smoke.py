"""The keyboard helpers reach the real window: a shortcut moves the focus, Turkish typed key by key is saved."""

from __future__ import annotations

from pathlib import Path

import pytest
from builders import SmallMeeting
from gui_helpers import make_window
from keyboard import activate, press, type_keys, wait_until

from unnm_desktop.services.context import ServiceContext
from unnm_desktop.services.meeting import agenda


def test_notes_typed_key_by_key_reach_the_database(
    qtbot, ctx: ServiceContext, small: SmallMeeting, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = make_window(qtbot, ctx, tmp_path / "settings", monkeypatch)
    activate(window)
    press("Ctrl+3")
    assert window.agenda.editor.hasFocus()
    typed = "Şeyma, İçişleri, ığdır; ÖÇÜ ğ — ليلى 🙂"
    type_keys(typed)
    wait_until(lambda: agenda.get_item(ctx, small.item_id).notes_md.strip() == typed, message="notes not saved")
