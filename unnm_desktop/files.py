"""Writing the files people keep (minutes, reports, packages), and naming them (DESIGN.md §5).

Every export writes through `atomic_write`: into a temporary file beside the target, flushed to the disk
(fsync), then an atomic rename. A failure, or a target open in another program (Word locks it on Windows),
leaves the old file as it was and no half-written file behind, and the message says what to do.

Why here, at the top of the package and not in export/ or services/: both write user files (export/ the
Word, PDF and Excel documents; services/ the meeting packages), and services/ must not import export/
(export renders what services return). The module is plain Python (no Qt, no SQLAlchemy), so every layer
(domain aside, which writes nothing) may import it, and the command line as well as the GUI names files
the same way.
"""

from __future__ import annotations

import contextlib
import os
import re
import tempfile
from collections.abc import Callable
from pathlib import Path

from unnm_desktop.domain.errors import QT_TRANSLATE_NOOP, UserFacingError

# What a file name cannot hold on Windows, macOS or Linux (a reference such as UNNM-TR/2023/1 has slashes).
_UNSAFE = re.compile(r'[\\/:*?"<>|\x00-\x1f]+')


def safe_file_stem(text: str, fallback: str = "minutes") -> str:
    """ "UNNM-TR/2023/1" -> "UNNM-TR_2023_1": usable as a file name everywhere (`fallback` when nothing is left)."""
    stem = _UNSAFE.sub("_", text).strip(" ._")
    return stem or fallback


def suggest_free_name(target: Path) -> Path:
    """ "minutes.docx" -> "minutes (2).docx", the first name not taken in the same folder."""
    for number in range(2, 1000):
        candidate = target.with_name(f"{target.stem} ({number}){target.suffix}")
        if not candidate.exists():
            return candidate
    return target.with_name(f"{target.stem} (copy){target.suffix}")


def write_bytes_atomically(target: Path | str, data: bytes, *, default_suffix: str = "") -> Path:
    """Write `data` to `target` through `atomic_write`."""
    return atomic_write(target, lambda temporary: temporary.write_bytes(data), default_suffix=default_suffix)


def atomic_write(target: Path | str, write: Callable[[Path], None], *, default_suffix: str = ".docx") -> Path:
    """Call `write(temporary_path)`, flush the result to the disk, then move it onto `target` in one step.

    `default_suffix` is the extension named when `target` is a folder and has none of its own.
    """
    target = Path(target).expanduser().absolute()
    folder = target.parent
    if not folder.is_dir():
        raise UserFacingError(
            QT_TRANSLATE_NOOP("Errors", "The folder {folder} does not exist; choose another place for {name}."),
            folder=folder,
            name=target.name,
        )
    if target.is_dir():
        raise UserFacingError(
            QT_TRANSLATE_NOOP("Errors", "{path} is a folder; give a file name ending in {suffix}."),
            path=target,
            suffix=target.suffix or default_suffix,
        )
    temporary = _temporary_beside(target)
    try:
        write(temporary)
        _flush_to_disk(temporary)
        os.chmod(temporary, _file_mode(target))
        os.replace(temporary, target)
    except PermissionError:
        _remove(temporary)
        raise UserFacingError(
            QT_TRANSLATE_NOOP(
                "Errors",
                "{name} cannot be replaced: it is open in another program (such as Word) or write-protected. Close it "
                "there and export again, or save under another name, e.g. “{suggestion}”.",
            ),
            name=target.name,
            suggestion=suggest_free_name(target).name,
        ) from None
    except OSError as error:
        _remove(temporary)
        raise UserFacingError(
            QT_TRANSLATE_NOOP("Errors", "{path} could not be written ({reason}); nothing was changed."),
            path=target,
            reason=error.strerror or error,
        ) from None
    except BaseException:
        _remove(temporary)
        raise
    _flush_folder(folder)
    return target


def _temporary_beside(target: Path) -> Path:
    """An empty temporary file in the target's folder (same disk, so the rename is atomic)."""
    folder = target.parent
    try:
        handle, temporary_name = tempfile.mkstemp(prefix=f".~{target.stem}.", suffix=".tmp", dir=folder)
    except PermissionError:
        raise UserFacingError(
            QT_TRANSLATE_NOOP(
                "Errors", "Nothing can be written in {folder} (permission denied); choose another folder for {name}."
            ),
            folder=folder,
            name=target.name,
        ) from None
    except OSError as error:
        raise UserFacingError(
            QT_TRANSLATE_NOOP("Errors", "Nothing can be written in {folder} ({reason}); choose another folder."),
            folder=folder,
            reason=error.strerror,
        ) from None
    os.close(handle)
    return Path(temporary_name)


def _flush_to_disk(path: Path) -> None:
    """So that a power cut after the rename cannot leave an empty or partial file under the target's name."""
    with open(path, "rb+") as handle:
        os.fsync(handle.fileno())


def _flush_folder(folder: Path) -> None:
    """The rename itself made durable where the system allows it (POSIX; Windows has no folder handles)."""
    if not hasattr(os, "O_DIRECTORY"):
        return
    with contextlib.suppress(OSError):
        descriptor = os.open(folder, os.O_RDONLY | os.O_DIRECTORY)
        try:
            os.fsync(descriptor)
        finally:
            os.close(descriptor)


def _file_mode(target: Path) -> int:
    try:
        return target.stat().st_mode & 0o777
    except OSError:
        mask = os.umask(0o022)
        os.umask(mask)
        return 0o666 & ~mask


def _remove(path: Path) -> None:
    with contextlib.suppress(OSError):
        path.unlink()
