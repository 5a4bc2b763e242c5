"""Writing an export: into a temporary file beside the target, then an atomic rename (DESIGN.md §5).

A failure, or a target open in another program (Word locks it on Windows), leaves the old file as it was
and no half-written file behind, and the message says what to do.
"""

from __future__ import annotations

import contextlib
import os
import tempfile
from collections.abc import Callable
from pathlib import Path

from unnm_desktop.domain.errors import QT_TRANSLATE_NOOP, UserFacingError


def suggest_free_name(target: Path) -> Path:
    """ "minutes.docx" -> "minutes (2).docx", the first name not taken in the same folder."""
    for number in range(2, 1000):
        candidate = target.with_name(f"{target.stem} ({number}){target.suffix}")
        if not candidate.exists():
            return candidate
    return target.with_name(f"{target.stem} (copy){target.suffix}")


def _file_mode(target: Path) -> int:
    try:
        return target.stat().st_mode & 0o777
    except OSError:
        mask = os.umask(0o022)
        os.umask(mask)
        return 0o666 & ~mask


def atomic_write(target: Path, write: Callable[[Path], None]) -> Path:
    """Call `write(temporary_path)`, then move the result onto `target` in one step."""
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
            suffix=target.suffix or ".docx",
        )
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
    temporary = Path(temporary_name)
    try:
        write(temporary)
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
    return target


def _remove(path: Path) -> None:
    with contextlib.suppress(OSError):
        path.unlink()
