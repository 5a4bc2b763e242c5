"""`copy`: a whole register from a file or a server into a new file or an empty server database, verified."""

from __future__ import annotations

import argparse
import sys
from typing import Any

from unnm_desktop.commands.common import Handler, db_option, existing_db_path, print_json


def register(commands: Any) -> dict[str, Handler]:
    copy = commands.add_parser(
        "copy",
        help="copy a whole register between a file and a server (into a new file or an empty server database), "
        "then verify it",
        description="Copies every meeting, the directory, the signed-off minutes and the audit log as they are; "
        "the target must be a new file or a server database with no register in it (a copy never merges). "
        "Verified by row counts and `check` on the target: exit status 0 when verified, 1 otherwise.",
    )
    db_option(copy)
    copy.add_argument(
        "--from",
        dest="source",
        metavar="PATH|URL",
        help="the register to copy (default: --db, else $UNNM_DESKTOP_DB, else the platform data folder's)",
    )
    copy.add_argument(
        "--to", dest="target", required=True, metavar="PATH|URL", help="a new file, or an empty server database"
    )
    copy.add_argument("--json", action="store_true", help="print the report as JSON")
    return {"copy": _copy}


def _copy(args: argparse.Namespace) -> int:
    from unnm_desktop.services.copy_register import copy_register
    from unnm_desktop.store.address import parse_location

    source = parse_location(args.source) if args.source else existing_db_path(args, purpose="to copy from")
    target = parse_location(args.target)
    progress = _progress_printer()
    report = copy_register(source, target, actor="unnm-desktop copy", progress=progress)
    if progress is not None:
        print(file=sys.stderr)
    if args.json:
        print_json(
            {
                "ok": report.ok,
                "source": report.source,
                "target": report.target,
                "seconds": round(report.seconds, 2),
                "tables": {
                    t.table: {"source": t.source, "target": t.target, "same_values": t.same_values}
                    for t in report.tables
                },
                "audit_events": report.audit_events,
                "search_entries": report.search_entries,
                "problems": list(report.problems),
            }
        )
        return 0 if report.ok else 1
    print(f"Copied {report.source} to {report.target} in {report.seconds:.1f} s.")
    print(f"  {'table':<20} {'source':>8} {'target':>8}")
    for table in report.tables:
        mark = "" if table.target == table.expected else f"  (expected {table.expected})"
        mark += "" if table.same_values else "  (other values)"
        print(f"  {table.table:<20} {table.source:>8} {table.target:>8}{mark}")
    print(f"Audit log: {report.audit_events} events on the target, the copy itself the last.")
    print(f"Search index: rebuilt, {report.search_entries} entries.")
    for problem in report.problems:
        print(f"Problem: {problem}")
    verdict = "Verified: the same rows and values, and `check` passes on the target."
    print(verdict if report.ok else "NOT VERIFIED (see above).")
    return 0 if report.ok else 1


def _progress_printer() -> Any:
    """A counter on a terminal; nothing when stderr is a file or a pipe."""
    if not sys.stderr.isatty():
        return None

    def show(table: str, rows: int) -> None:
        print(f"\r  {table}: {rows} rows\033[K", end="", file=sys.stderr, flush=True)

    return show
