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

from unnm_desktop.domain.errors import UserFacingError


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
        raise UserFacingError(f"The folder {folder} does not exist; choose another place for {target.name}.")
    if target.is_dir():
        raise UserFacingError(f"{target} is a folder; give a file name ending in {target.suffix or '.docx'}.")
    try:
        handle, temporary_name = tempfile.mkstemp(prefix=f".~{target.stem}.", suffix=".tmp", dir=folder)
    except PermissionError:
        raise UserFacingError(
            f"Nothing can be written in {folder} (permission denied); choose another folder for {target.name}."
        ) from None
    except OSError as error:
        raise UserFacingError(
            f"Nothing can be written in {folder} ({error.strerror}); choose another folder."
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
            f"{target.name} cannot be replaced: it is open in another program (such as Word) or write-protected. "
            f"Close it there and export again, or save under another name, e.g. “{suggest_free_name(target).name}”."
        ) from None
    except OSError as error:
        _remove(temporary)
        raise UserFacingError(
            f"{target} could not be written ({error.strerror or error}); nothing was changed."
        ) from None
    except BaseException:
        _remove(temporary)
        raise
    return target


def _remove(path: Path) -> None:
    with contextlib.suppress(OSError):
        path.unlink()
