"""Storage errors, each with a message a person can act on."""

from __future__ import annotations

from pathlib import Path

from unnm_desktop.domain.errors import UserFacingError


class StorageError(UserFacingError):
    """The database file cannot be used as it is."""


class DatabaseLockedError(StorageError):
    """Another UNNM Desktop process has the file open for writing."""


class DamagedDatabaseError(StorageError):
    """The file is not a usable SQLite database; it has been left exactly as it was."""

    def __init__(self, path: Path, problem: str, newest_backup: Path | None) -> None:
        self.path = path
        self.newest_backup = newest_backup
        if newest_backup is not None:
            advice = f"The newest good backup is {newest_backup}; `unnm-desktop restore` can put it in place."
        else:
            advice = "No backup of it was found."
        super().__init__(f"{path} {problem}. It has not been modified. {advice}")
