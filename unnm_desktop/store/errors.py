"""Storage errors, each with a message a person can act on."""

from __future__ import annotations

from pathlib import Path

from unnm_desktop.domain.errors import QT_TRANSLATE_NOOP, UserFacingError


class StorageError(UserFacingError):
    """The database file cannot be used as it is."""


class DatabaseLockedError(StorageError):
    """Another UNNM Desktop process has the file open for writing."""


class DamagedDatabaseError(StorageError):
    """The file is not a usable SQLite database; it has been left exactly as it was.

    `problem` is one sentence naming the file and what is wrong with it (a domain.errors.Message, so that the
    GUI can show it in the interface language), e.g. `Message("{path} is damaged ({verdict}).", ...)`.
    """

    def __init__(self, path: Path, problem: str, newest_backup: Path | None) -> None:
        self.path = path
        self.newest_backup = newest_backup
        if newest_backup is not None:
            super().__init__(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "{problem} It has not been modified. The newest good backup is {backup}; `unnm-desktop restore` "
                    "can put it in place.",
                ),
                problem=problem,
                backup=newest_backup,
            )
        else:
            super().__init__(
                QT_TRANSLATE_NOOP("Errors", "{problem} It has not been modified. No backup of it was found."),
                problem=problem,
            )


class PermissionRefusedError(StorageError):
    """The server refused this login the change (its role, store/server_roles.py); nothing was changed."""
