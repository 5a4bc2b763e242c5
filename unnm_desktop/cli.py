"""The `unnm-desktop` command. No command starts the GUI; the others work on a database file.

Errors are one sentence on stderr with exit status 1; bad usage exits 2 (argparse).
"""

from __future__ import annotations

import argparse
import json
import logging
import sys
from collections.abc import Callable, Sequence
from pathlib import Path

from unnm_desktop import __version__
from unnm_desktop.domain.errors import UserFacingError

log = logging.getLogger(__name__)


def _db_option(parser: argparse.ArgumentParser, *, top_level: bool) -> None:
    parser.add_argument(
        "--db",
        metavar="PATH",
        default=None if top_level else argparse.SUPPRESS,
        help="database file (default: $UNNM_DESKTOP_DB, else the platform data folder); created if missing",
    )


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="unnm-desktop",
        description="Minutes and consensus decisions of the UN Network on Migration in Türkiye.",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    _db_option(parser, top_level=True)
    parser.add_argument(
        "--exit-when-ready",
        action="store_true",
        help="start the GUI, print 'painted in N ms' and 'interactive in N ms' (database open) and exit",
    )
    parser.add_argument(
        "--language",
        choices=("en", "tr"),
        help="interface language of the GUI for this run (default: the one chosen in Settings, else the system's)",
    )
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")

    demo = commands.add_parser("demo", help="fill the database with demo meetings from UNNM Türkiye's public record")
    _db_option(demo, top_level=False)
    demo.add_argument(
        "--meetings",
        type=int,
        default=3,
        metavar="N",
        help="add synthetic meetings up to N in total (for benchmarks); default 3",
    )

    listing = commands.add_parser("list", help="list the meetings")
    _db_option(listing, top_level=False)
    listing.add_argument("--json", action="store_true", help="print a JSON array")

    check = commands.add_parser("check", help="integrity check, row counts and a fresh verified backup")
    _db_option(check, top_level=False)

    restore = commands.add_parser("restore", help="set a damaged database aside and put a backup in its place")
    _db_option(restore, top_level=False)
    restore.add_argument("--backup", metavar="FILE", help="the backup to restore (default: the newest good one)")

    export = commands.add_parser(
        "export",
        help="write a meeting's minutes to Word (.docx) or PDF (.pdf); signed-off minutes as signed",
    )
    _db_option(export, top_level=False)
    export.add_argument("--meeting", required=True, metavar="REF", help="meeting id, unique id prefix or reference")
    export.add_argument("--out", required=True, metavar="FILE", help="FILE.docx or FILE.pdf (by extension)")
    export.add_argument("--lang", choices=("en", "tr"), help="language of the labels (default: the meeting's)")

    verify = commands.add_parser(
        "verify",
        help="check that a .docx is an unaltered export of signed-off minutes and the database still matches it",
    )
    _db_option(verify, top_level=False)
    verify.add_argument("file", metavar="FILE.docx", help="the exported Word file")
    return parser


# Modules under unnm_desktop/commands/ that add subcommands (see its __init__ for the contract).
COMMAND_GROUPS: tuple[str, ...] = ("unnm_desktop.commands.package", "unnm_desktop.commands.desk")


def _command_handlers(parser: argparse.ArgumentParser) -> dict[str, Callable[[argparse.Namespace], int]]:
    import importlib

    handlers: dict[str, Callable[[argparse.Namespace], int]] = {
        "demo": _demo,
        "list": _list,
        "check": _check,
        "restore": _restore,
        "export": _export,
        "verify": _verify,
    }
    commands = next(a for a in parser._actions if isinstance(a, argparse._SubParsersAction))
    for name in COMMAND_GROUPS:
        module = importlib.import_module(name)
        handlers.update(module.register(commands, lambda sub: _db_option(sub, top_level=False)))
    return handlers


PACKAGE_SUFFIXES = (".unnmpkg", ".unnm.json")


def _package_to_open(argv: list[str]) -> str | None:
    """`unnm-desktop FILE.unnmpkg` (how the desktop opens a double-clicked package): take the file out
    of the arguments; the GUI starts and offers to import it."""
    for index, token in enumerate(argv):
        if token.startswith("-"):
            continue
        if index > 0 and argv[index - 1] == "--db":
            continue
        if token.lower().endswith(PACKAGE_SUFFIXES):
            del argv[index]
            return token
        return None
    return None


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    handlers = _command_handlers(parser)
    arguments = list(sys.argv[1:] if argv is None else argv)
    package = _package_to_open(arguments)
    args = parser.parse_args(arguments)
    from unnm_desktop.logging_setup import setup_logging

    log_file = setup_logging()
    if args.command is None:
        from unnm_desktop.gui.app import run_gui

        status = run_gui(args.db, exit_when_ready=args.exit_when_ready, open_package=package, language=args.language)
        if argv is None:  # the program itself, not a test calling main(): see gui/app.py exit_now
            from unnm_desktop.gui.app import exit_now

            exit_now(status)
        return status
    if args.exit_when_ready:
        print("unnm-desktop: --exit-when-ready only goes with the GUI (no command).", file=sys.stderr)
        return 2
    handler = handlers[args.command]
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
        log.exception("command %s failed", args.command)
        where = f" Details are in {log_file}." if log_file else ""
        print(f"unnm-desktop: the {args.command} command failed unexpectedly ({error}).{where}", file=sys.stderr)
        return 1


def db_path(args: argparse.Namespace) -> Path:
    """The database a command works on: --db, else $UNNM_DESKTOP_DB, else the platform data folder."""
    from unnm_desktop.paths import resolve_db_path

    return resolve_db_path(getattr(args, "db", None))


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


def _progress_printer():  # type: ignore[no-untyped-def]
    if not sys.stderr.isatty():
        return None

    def show(done: int, total: int) -> None:
        print(f"\r  {done}/{total} meetings", end="" if done < total else "\n", file=sys.stderr, flush=True)

    return show


def _list(args: argparse.Namespace) -> int:
    from unnm_desktop.domain.clock import local
    from unnm_desktop.services.context import open_context
    from unnm_desktop.services.meetings import list_meetings

    with open_context(db_path(args), read_only=True) as ctx:
        meetings = list_meetings(ctx)
    if args.json:
        rows = [
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
        print(json.dumps(rows, ensure_ascii=False, indent=2))
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
    print(
        f"Audit log: {report.audit_events} events, chain {'intact' if not any('audit' in p for p in report.problems) else 'BROKEN'}"
    )
    for problem in report.problems:
        print(f"Problem: {problem}")
    if report.backup:
        print(f"Backup: {report.backup} (verified)")
    print("All is well." if report.ok else "The database needs attention (see above).")
    return 0 if report.ok else 1


def _restore(args: argparse.Namespace) -> int:
    from unnm_desktop.store.restore import restore_backup

    path = db_path(args)
    set_aside, source = restore_backup(path, Path(args.backup) if args.backup else None)
    if set_aside:
        print(f"The previous file was kept as {set_aside}.")
    print(f"Restored {path} from {source}.")
    return 0


def _export(args: argparse.Namespace) -> int:
    from unnm_desktop.export import export_meeting
    from unnm_desktop.services.context import open_context
    from unnm_desktop.services.meetings import resolve_meeting

    path = db_path(args)
    if not path.exists():
        raise UserFacingError(f"There is no database at {path}; give --db PATH.")
    with open_context(path, read_only=True) as ctx:
        meeting_id = resolve_meeting(ctx, args.meeting)
        written = export_meeting(ctx, meeting_id, Path(args.out), args.lang)
    print(f"Wrote {written}.")
    return 0


def _verify(args: argparse.Namespace) -> int:
    from unnm_desktop.export import verify_docx
    from unnm_desktop.services.context import open_context

    path = db_path(args)
    if not path.exists():
        raise UserFacingError(f"There is no database at {path} to verify against; give --db PATH.")
    with open_context(path, read_only=True) as ctx:
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
