"""The meetings and the file they live in: demo, list, check, restore, export, verify."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

from unnm_desktop.commands.common import Handler, db_option, db_path, existing_db_path, file_db_path, print_json
from unnm_desktop.domain.errors import UserFacingError


def register(commands: Any) -> dict[str, Handler]:
    demo = commands.add_parser("demo", help="fill the database with demo meetings from UNNM Türkiye's public record")
    db_option(demo)
    demo.add_argument(
        "--meetings",
        type=int,
        default=3,
        metavar="N",
        help="add synthetic meetings up to N in total (for benchmarks); default 3",
    )

    listing = commands.add_parser("list", help="list the meetings")
    db_option(listing)
    listing.add_argument("--json", action="store_true", help="print a JSON array")

    check = commands.add_parser("check", help="integrity check, row counts and a fresh verified backup")
    db_option(check)

    restore = commands.add_parser("restore", help="set a damaged database aside and put a backup in its place")
    db_option(restore)
    restore.add_argument("--backup", metavar="FILE", help="the backup to restore (default: the newest good one)")

    export = commands.add_parser(
        "export",
        help="write a meeting's minutes to Word (.docx) or PDF (.pdf); signed-off minutes as signed",
    )
    db_option(export)
    export.add_argument("--meeting", required=True, metavar="REF", help="meeting id, unique id prefix or reference")
    export.add_argument("--out", required=True, metavar="FILE", help="FILE.docx or FILE.pdf (by extension)")
    export.add_argument("--lang", choices=("en", "tr"), help="language of the labels (default: the meeting's)")
    export.add_argument(
        "--stamps-as-prose",
        action="store_true",
        help='write the notes\' stamps "10:42 — PMM: …" as "The representative of PMM: …" ("PMM temsilcisi: …"); '
        "the notes are unchanged and `verify` still checks the file",
    )

    verify = commands.add_parser(
        "verify",
        help="check that a .docx is an unaltered export of signed-off minutes and the database still matches it",
    )
    db_option(verify)
    verify.add_argument("file", metavar="FILE.docx", help="the exported Word file")
    return {"demo": _demo, "list": _list, "check": _check, "restore": _restore, "export": _export, "verify": _verify}


def _demo(args: argparse.Namespace) -> int:
    from unnm_desktop.services.context import open_context
    from unnm_desktop.services.demo import fill_demo

    if args.meetings < 0:
        raise UserFacingError("--meetings must be 0 or more.")
    path = db_path(args)
    with open_context(path, actor="Demo data") as ctx:
        added = fill_demo(ctx, total_meetings=args.meetings, progress=_progress_printer())
    print(f"Added {added} demo meetings to {path}.")
    return 0


def _progress_printer() -> Callable[[int, int], None] | None:
    """A counter on a terminal; nothing when stderr is a file or a pipe."""
    if not sys.stderr.isatty():
        return None

    def show(done: int, total: int) -> None:
        print(f"\r  {done}/{total} meetings", end="" if done < total else "\n", file=sys.stderr, flush=True)

    return show


def _list(args: argparse.Namespace) -> int:
    from unnm_desktop.domain.clock import local
    from unnm_desktop.services.context import open_context
    from unnm_desktop.services.meeting.meetings import list_meetings

    with open_context(db_path(args), read_only=True) as ctx:
        meetings = list_meetings(ctx)
    if args.json:
        print_json(
            [
                {
                    "id": m.id,
                    "reference": m.reference,
                    "title": m.title,
                    "start": local(m.start).isoformat(),
                    "status": m.status,
                    "series": m.series,
                    "revision": m.revision,
                }
                for m in meetings
            ]
        )
        return 0
    if not meetings:
        print("No meetings yet. Start the app to create one, or run `unnm-desktop demo` for examples.")
    for m in meetings:
        print(f"{local(m.start):%Y-%m-%d %H:%M}  {m.reference:<18} {m.status:<11} {m.title}")
    return 0


def _check(args: argparse.Namespace) -> int:
    from unnm_desktop.services.context import open_context
    from unnm_desktop.services.maintenance import check_database

    path = db_path(args)
    with open_context(path) as ctx:
        report = check_database(ctx)
    print(f"Database: {path}")
    print(f"Integrity: {report.integrity}")
    for table, count in report.counts.items():
        print(f"  {table:<18} {count:>8}")
    chain = "BROKEN" if any("audit" in problem for problem in report.problems) else "intact"
    print(f"Audit log: {report.audit_events} events, chain {chain}")
    for problem in report.problems:
        print(f"Problem: {problem}")
    if report.backup:
        print(f"Backup: {report.backup} (verified)")
    print("All is well." if report.ok else "The database needs attention (see above).")
    return 0 if report.ok else 1


def _restore(args: argparse.Namespace) -> int:
    from unnm_desktop.store.restore import restore_backup

    path = file_db_path(args, command="restore")
    set_aside, source = restore_backup(path, Path(args.backup) if args.backup else None)
    if set_aside:
        print(f"The previous file was kept as {set_aside}.")
    print(f"Restored {path} from {source}.")
    return 0


def _export(args: argparse.Namespace) -> int:
    from unnm_desktop.export import export_meeting
    from unnm_desktop.services.context import open_context
    from unnm_desktop.services.meeting.meetings import resolve_meeting

    with open_context(existing_db_path(args), read_only=True) as ctx:
        meeting_id = resolve_meeting(ctx, args.meeting)
        written = export_meeting(ctx, meeting_id, Path(args.out), args.lang, stamps_as_prose=args.stamps_as_prose)
    print(f"Wrote {written}.")
    return 0


def _verify(args: argparse.Namespace) -> int:
    from unnm_desktop.export import verify_docx
    from unnm_desktop.services.context import open_context

    with open_context(existing_db_path(args, purpose="to verify against"), read_only=True) as ctx:
        result = verify_docx(ctx, Path(args.file))
    if result.ok:
        print(f"OK: {result.summary()}")
    else:
        print(f"NOT VERIFIED: {Path(args.file).name}", file=sys.stderr)
        for problem in result.problems:
            print(f"  - {problem}", file=sys.stderr)
    for note in result.notes:
        print(f"Note: {note}")
    return 0 if result.ok else 1
