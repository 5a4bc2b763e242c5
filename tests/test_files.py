"""unnm_desktop/files.py: the one writer of the files people keep, and the one file-name cleaner."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from unnm_desktop.domain.errors import UserFacingError
from unnm_desktop.files import atomic_write, safe_file_stem, write_bytes_atomically


def test_a_reference_becomes_one_file_name_everywhere() -> None:
    assert safe_file_stem("UNNM-TR/2023/1") == "UNNM-TR_2023_1"
    assert safe_file_stem('a:b*c?"d<e>f|g\\h') == "a_b_c_d_e_f_g_h"
    assert safe_file_stem("Toplantı: Göç / İzmir") == "Toplantı_ Göç _ İzmir"  # Turkish letters are kept
    assert safe_file_stem(" ../ ") == "minutes"
    assert safe_file_stem("///", fallback="export") == "export"


def test_the_content_is_on_the_disk_before_it_takes_the_target_name(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """fsync of the temporary file, then the rename: a power cut cannot leave an empty file under the name."""
    steps: list[str] = []
    real_fsync, real_replace = os.fsync, os.replace

    def fsync(descriptor: int) -> None:
        steps.append("fsync")
        real_fsync(descriptor)

    def replace(source: object, destination: object) -> None:
        steps.append("replace")
        real_replace(source, destination)

    monkeypatch.setattr(os, "fsync", fsync)
    monkeypatch.setattr(os, "replace", replace)
    target = write_bytes_atomically(tmp_path / "report.xlsx", b"content")
    assert target.read_bytes() == b"content"
    assert steps[:2] == ["fsync", "replace"]


def test_an_error_in_the_writer_leaves_the_old_file_and_nothing_else(tmp_path: Path) -> None:
    target = tmp_path / "minutes.docx"
    target.write_bytes(b"old")

    def half_then_fail(temporary: Path) -> None:
        temporary.write_bytes(b"ha")
        raise OSError(28, "No space left on device")

    with pytest.raises(UserFacingError, match="could not be written"):
        atomic_write(target, half_then_fail)
    assert target.read_bytes() == b"old"
    assert [p.name for p in tmp_path.iterdir()] == ["minutes.docx"]
