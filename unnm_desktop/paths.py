"""Where data, backups and logs live: platformdirs folders, each overridable by the environment.

platformdirs is the maintained successor of appdirs (same API).
"""

from __future__ import annotations

import hashlib
import os
from pathlib import Path

import platformdirs

APP_DIR_NAME = "unnm-desktop"
APP_AUTHOR = "UNNM"
DB_FILE_NAME = "unnm-desktop.sqlite3"

ENV_DB = "UNNM_DESKTOP_DB"
ENV_DATA_DIR = "UNNM_DESKTOP_DATA_DIR"
ENV_BACKUP_DIR = "UNNM_DESKTOP_BACKUP_DIR"
ENV_LOG_DIR = "UNNM_DESKTOP_LOG_DIR"


def data_dir() -> Path:
    override = os.environ.get(ENV_DATA_DIR)
    if override:
        return Path(override)
    return Path(platformdirs.user_data_dir(APP_DIR_NAME, APP_AUTHOR))


def log_dir() -> Path:
    override = os.environ.get(ENV_LOG_DIR)
    if override:
        return Path(override)
    return Path(platformdirs.user_log_dir(APP_DIR_NAME, APP_AUTHOR))


def default_db_path() -> Path:
    override = os.environ.get(ENV_DB)
    if override:
        return Path(override)
    return data_dir() / DB_FILE_NAME


def resolve_db_path(cli_value: str | os.PathLike[str] | None) -> Path:
    """`--db PATH` wins over UNNM_DESKTOP_DB, which wins over the platform data folder."""
    chosen = Path(cli_value) if cli_value else default_db_path()
    return chosen.expanduser().resolve()


def backup_dir_for(db_path: Path) -> Path:
    """Backups of each database file get a folder of their own, named after the file and its place."""
    base = os.environ.get(ENV_BACKUP_DIR)
    root = Path(base) if base else data_dir() / "backups"
    tag = hashlib.sha256(str(db_path.resolve()).encode("utf-8")).hexdigest()[:8]
    return root / f"{db_path.stem}-{tag}"
