"""The rapporteur's window on a register on a real PostgreSQL server: typed into key by key, read back there."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from builders import small_meeting
from gui_helpers import make_window
from keyboard import activate, press, type_keys, wait_until

from unnm_desktop.services.context import ServiceContext, open_context
from unnm_desktop.services.meeting import agenda
from unnm_desktop.store.address import ServerAddress


def test_notes_typed_on_a_server_register_reach_the_server(
    qtbot, server_ctx: ServiceContext, server_address: ServerAddress, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    small = small_meeting(server_ctx)
    window = make_window(qtbot, server_ctx, tmp_path / "settings", monkeypatch)
    activate(window)
    press("Ctrl+3")
    assert window.agenda.editor.hasFocus()
    typed = "Şeyma, İçişleri, ığdır; ÖÇÜ ğ — ليلى 🙂"
    type_keys(typed)
    wait_until(lambda: agenda.get_item(server_ctx, small.item_id).notes_md.strip() == typed, message="not saved")
    # Read back by another connection, as another desk would see it.
    with open_context(server_address, actor="Another desk", read_only=True) as other:
        assert agenda.get_item(other, small.item_id).notes_md.strip() == typed


def test_the_program_starts_on_a_server_address_and_names_it(server_address: ServerAddress, tmp_path: Path) -> None:
    with open_context(server_address, actor="Test") as ctx:
        small_meeting(ctx)
    done = subprocess.run(
        [sys.executable, "-m", "unnm_desktop", "--db", server_address.url, "--exit-when-ready"],
        capture_output=True, text=True, timeout=120, cwd=tmp_path,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert "interactive in" in done.stdout
    assert "Traceback" not in done.stderr
    assert list(tmp_path.iterdir()) == []  # no file was made of the address


def test_an_unreachable_server_is_said_in_one_sentence_at_start(tmp_path: Path) -> None:
    done = subprocess.run(
        [sys.executable, "-m", "unnm_desktop", "--db", "postgresql://nobody@127.0.0.1:1/unnm", "--exit-when-ready"],
        capture_output=True, text=True, timeout=120, cwd=tmp_path,
    )  # fmt: skip
    assert done.returncode == 1
    assert "cannot be reached" in done.stderr and "Traceback" not in done.stderr


def test_help_about_names_the_server_and_its_backups(server_ctx: ServiceContext, server_address: ServerAddress) -> None:
    from unnm_desktop.gui.help_dialogs import diagnostics_text

    text = diagnostics_text(server_ctx)
    assert server_address.url in text and "pg_dump" in text
