"""What every subcommand shares: the --db option, the database it names, JSON output and error reporting.

Standard library and domain only: cli.py imports this on every start, the GUI's included.
"""

from __future__ import annotations

import argparse
import json
import logging
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from unnm_desktop.domain.errors import UserFacingError

if TYPE_CHECKING:
    from unnm_desktop.store.address import Location

# The name failures have always been logged under, so the log reads the same as before the split.
log = logging.getLogger("unnm_desktop.cli")

Handler = Callable[[argparse.Namespace], int]
"""Runs one subcommand; returns the exit status, raises UserFacingError for a one-sentence failure."""


def db_option(parser: argparse.ArgumentParser, *, top_level: bool = False) -> None:
    """--db on the program and on every subcommand, so that it may come before or after the command."""
    parser.add_argument(
        "--db",
        metavar="PATH|URL",
        default=None if top_level else argparse.SUPPRESS,
        help="database file, or a server as postgresql://user@host:port/dbname (default: $UNNM_DESKTOP_DB, "
        "else the platform data folder); created if missing",
    )


def db_path(args: argparse.Namespace) -> Location:
    """The database a command works on: --db, else $UNNM_DESKTOP_DB, else the platform data folder. A
    postgresql:// address names a database on a server (store/address.py)."""
    from unnm_desktop.store.address import resolve_database

    return resolve_database(getattr(args, "db", None))


def file_db_path(args: argparse.Namespace, *, command: str) -> Path:
    """db_path for commands that work on the file itself (restore): a server address is refused plainly."""
    location = db_path(args)
    if not isinstance(location, Path):
        raise UserFacingError(
            f"{command} works on a database file; a server's database is backed up and restored with "
            "pg_dump and pg_restore (docs/server.md)."
        )
    return location


def existing_db_path(args: argparse.Namespace, *, purpose: str = "") -> Location:
    """db_path for commands that only read: refuse a database that is not there instead of creating one.

    `purpose` ends the refusal's first clause, e.g. "to verify against". A server is there or unreachable:
    opening it says which.
    """
    path = db_path(args)
    if isinstance(path, Path) and not path.exists():
        where = f"{path} {purpose}" if purpose else f"{path}"
        raise UserFacingError(f"There is no database at {where}; give --db PATH.")
    return path


def print_json(value: object) -> None:
    print(json.dumps(value, ensure_ascii=False, indent=2, default=str))


def run_command(name: str, handler: Handler, args: argparse.Namespace, log_file: Path | None) -> int:
    """Run a subcommand; a failure becomes one sentence on stderr and exit status 1, never a traceback."""
    try:
        return handler(args)
    except UserFacingError as error:
        print(f"unnm-desktop: {error}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print(
            "unnm-desktop: interrupted; everything committed before the interruption is saved.",
            file=sys.stderr,
        )
        return 1
    except Exception as error:
        log.exception("command %s failed", name)
        where = f" Details are in {log_file}." if log_file else ""
        print(f"unnm-desktop: the {name} command failed unexpectedly ({error}).{where}", file=sys.stderr)
        return 1
