"""`unnm-desktop export` and `unnm-desktop verify` as a user runs them, and targets that cannot be written."""

from __future__ import annotations

import contextlib
import os
import shutil
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest
from cli_runner import run
from engine_fixtures import outside_edit
from export_support import (
    meeting_id,
    rewrite_part,
)

from unnm_desktop.domain.errors import UserFacingError
from unnm_desktop.export import export_meeting, suggest_free_name
from unnm_desktop.services.context import ServiceContext
from unnm_desktop.store.address import Location

pytest_plugins = ("export_fixtures",)


def test_export_and_verify_from_the_command_line(demo_db: Path, tmp_path: Path) -> None:
    out = tmp_path / "signed.docx"
    result = run("export", "--db", str(demo_db), "--meeting", "UNNM-TR/2021/1", "--out", str(out))
    assert result.returncode == 0, result.stderr
    assert out.is_file() and f"Wrote {out}" in result.stdout
    verified = run("verify", str(out), "--db", str(demo_db))
    assert verified.returncode == 0, verified.stderr
    assert verified.stdout.startswith("OK: signed.docx is an unaltered export of the signed-off minutes UNNM-TR/2021/1")

    rewrite_part(out, "word/document.xml", lambda xml: xml.replace(b"Tomasz Kowalczyk", b"Tomasz Kowalczik", 1))
    tampered = run("verify", str(out), "--db", str(demo_db))
    assert tampered.returncode == 1
    assert "NOT VERIFIED" in tampered.stderr and "The text was changed after export: paragraph" in tampered.stderr


def test_export_by_id_prefix_in_turkish_to_pdf(demo_db: Path, tmp_path: Path) -> None:
    listed = run("list", "--db", str(demo_db), "--json")
    import json

    draft = next(m for m in json.loads(listed.stdout) if m["reference"] == "UNNM-TR/2023/1")
    out = tmp_path / "taslak.pdf"
    result = run("export", "--db", str(demo_db), "--meeting", draft["id"][:8], "--out", str(out), "--lang", "tr")
    assert result.returncode == 0, result.stderr
    assert out.read_bytes().startswith(b"%PDF-")


def test_verify_fails_after_an_sql_edit_and_for_drafts(demo_db: Location, tmp_path: Path) -> None:
    out = tmp_path / "signed.docx"
    assert run("export", "--db", str(demo_db), "--meeting", "UNNM-TR/2019/1", "--out", str(out)).returncode == 0
    outside_edit(demo_db, "UPDATE decision SET text = 'Rewritten' WHERE reference = 'UNNM-TR/2019/1/2'")
    result = run("verify", str(out), "--db", str(demo_db))
    assert result.returncode == 1 and "no longer matches its fingerprint" in result.stderr
    draft = tmp_path / "draft.docx"
    assert run("export", "--db", str(demo_db), "--meeting", "UNNM-TR/2023/1", "--out", str(draft)).returncode == 0
    result = run("verify", str(draft), "--db", str(demo_db))
    assert result.returncode == 1 and "draft export" in result.stderr


def test_bad_requests_exit_1_with_one_clear_sentence(demo_db: Path, tmp_path: Path) -> None:
    cases = [
        (("--meeting", "UNNM-TR/1999/9", "--out", str(tmp_path / "x.docx")), "No meeting has the id or reference"),
        (("--meeting", "UNNM-TR/2021/1", "--out", str(tmp_path / "x.odt")), "must end in .docx (Word) or .pdf"),
        (("--meeting", "UNNM-TR/2021/1", "--out", str(tmp_path / "no" / "x.docx")), "does not exist"),
    ]
    for args, message in cases:
        result = run("export", "--db", str(demo_db), *args)
        assert result.returncode == 1 and message in result.stderr, result.stderr
    assert run("verify", str(tmp_path / "x.docx"), "--db", str(tmp_path / "none.sqlite3")).returncode == 1
    assert not list(tmp_path.rglob("*.docx"))


@contextlib.contextmanager
def unwritable(path: Path) -> Iterator[None]:
    """Make a file or folder unwritable, even for root (the immutable attribute), as Word's lock does."""
    if os.geteuid() != 0:
        mode = path.stat().st_mode
        path.chmod(0o500 if path.is_dir() else 0o400)
        try:
            yield
        finally:
            path.chmod(mode)
        return
    chattr = shutil.which("chattr")
    if chattr is None or subprocess.run([chattr, "+i", str(path)], capture_output=True).returncode != 0:
        pytest.skip("this file system cannot make a path unwritable for root")
    try:
        yield
    finally:
        subprocess.run([chattr, "-i", str(path)], check=True)


def test_a_locked_target_gives_a_message_and_leaves_no_partial_file(demo_db: Path, tmp_path: Path) -> None:
    folder = tmp_path / "shared"
    folder.mkdir()
    target = folder / "minutes.docx"
    target.write_bytes(b"the version a colleague has open")
    with unwritable(target):
        result = run("export", "--db", str(demo_db), "--meeting", "UNNM-TR/2021/1", "--out", str(target))
    assert result.returncode == 1
    assert "minutes.docx cannot be replaced: it is open in another program" in result.stderr
    assert "minutes (2).docx" in result.stderr
    assert target.read_bytes() == b"the version a colleague has open"
    assert [p.name for p in folder.iterdir()] == ["minutes.docx"]


def test_an_unwritable_folder_gives_a_message(demo_db: Path, tmp_path: Path) -> None:
    folder = tmp_path / "read-only"
    folder.mkdir()
    with unwritable(folder):
        result = run("export", "--db", str(demo_db), "--meeting", "UNNM-TR/2021/1", "--out", str(folder / "m.pdf"))
    assert result.returncode == 1 and "permission denied" in result.stderr
    assert not list(folder.iterdir())


@pytest.mark.usefixtures("qapp")  # not a QGuiApplication of the exporter's: later widget tests need theirs
def test_a_failure_while_writing_leaves_nothing_behind(
    demo_ctx: ServiceContext, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = tmp_path / "out"
    folder.mkdir()
    target = folder / "minutes.docx"

    def locked(source: object, destination: object) -> None:
        raise PermissionError(13, "The process cannot access the file because it is being used by another process")

    monkeypatch.setattr(os, "replace", locked)
    for name in ("minutes.docx", "minutes.pdf"):
        with pytest.raises(UserFacingError, match="open in another program"):
            export_meeting(demo_ctx, meeting_id(demo_ctx, "UNNM-TR/2021/1"), folder / name)
    assert not list(folder.iterdir())
    target.write_bytes(b"x")
    assert suggest_free_name(target).name == "minutes (2).docx"
