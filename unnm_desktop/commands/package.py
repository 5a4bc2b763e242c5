"""`unnm-desktop package export|import`: carry one meeting between machines in a single file."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from unnm_desktop.commands.common import Handler, db_option, db_path, existing_db_path


def register(commands: Any) -> dict[str, Handler]:
    package = commands.add_parser(
        "package",
        help="export a meeting to a package file, or import one (handover between machines)",
        description="A meeting package carries one meeting, with the people and organisations it names, from one "
        "database to another. See docs/package-format.md.",
    )
    actions = package.add_subparsers(dest="package_command", metavar="ACTION", required=True)

    export = actions.add_parser("export", help="write one meeting to a package file")
    db_option(export)
    export.add_argument("--meeting", required=True, metavar="REF", help="meeting id, unique id prefix or reference")
    export.add_argument(
        "--out", required=True, metavar="FILE", help="the package file to write, e.g. UNNM-TR_2023_1.unnmpkg"
    )

    imports = actions.add_parser(
        "import",
        help="merge a package into the database (nothing changes if it is refused)",
        description="Merge a meeting package by id. A meeting changed both here and in the package since they last "
        "matched is merged field by field when the package carries the base (notes line by line); a field changed "
        "differently on both sides waits for review (exit status 3: `unnm-desktop sync --packages --list`). Without a "
        "base it is a conflict: --on-conflict keep (the default) leaves this database's version. --on-conflict "
        "replace takes the package's whole meeting instead (after a backup). Signed-off minutes here are never "
        "changed.",
    )
    db_option(imports)
    imports.add_argument("file", metavar="FILE", help="the package file")
    imports.add_argument(
        "--on-conflict",
        choices=("keep", "replace"),
        default="keep",
        help="what to do with a meeting changed on both sides: keep this database's version (default) or replace it",
    )
    return {"package": _run}


def _run(args: argparse.Namespace) -> int:
    return _export(args) if args.package_command == "export" else _import(args)


def _export(args: argparse.Namespace) -> int:
    from unnm_desktop.services.context import open_context
    from unnm_desktop.services.meeting.meetings import get_meeting, resolve_meeting
    from unnm_desktop.services.package.importer import export_package
    from unnm_desktop.store.errors import DatabaseLockedError

    path = existing_db_path(args)
    note = ""
    try:
        ctx = open_context(path)
    except DatabaseLockedError:
        # UNNM Desktop has it open: export all the same, without recording the export for conflict detection.
        ctx = open_context(path, read_only=True)
        note = " (the database is open in UNNM Desktop, so this export was not recorded in its audit log)"
    with ctx:
        meeting_id = resolve_meeting(ctx, args.meeting)
        meeting = get_meeting(ctx, meeting_id)
        written = export_package(ctx, meeting_id, Path(args.out))
    print(f"Wrote {written}: meeting {meeting.reference} “{meeting.title}” ({meeting.status}){note}.")
    return 0


def _import(args: argparse.Namespace) -> int:
    from unnm_desktop.services.context import open_context
    from unnm_desktop.services.package.importer import import_package, read_package

    package = read_package(Path(args.file))  # checked before the database is even opened
    path = db_path(args)
    created = isinstance(path, Path) and not path.exists()
    with open_context(path) as ctx:
        report = import_package(ctx, package, args.on_conflict)
    if created:
        print(f"Created a new database at {path}.")
    print(
        f"Package {Path(args.file).name}: written {package.created_at} by {package.created_by or 'unknown'} "
        f"with UNNM Desktop {package.app_version}."
    )
    for line in summary_lines(report):
        print(line)
    waiting = [m for m in report.with_result("merged") if m.questions]
    if waiting:
        print("", file=sys.stderr)
        for meeting in waiting:
            print(f"Questions wait: {meeting.reference} “{meeting.title}”: {meeting.questions} fields were changed "
                  "differently here and in the package; each keeps this database's value until answered.",
                  file=sys.stderr)  # fmt: skip
        print(f"Review them with: unnm-desktop sync --packages --list --db {getattr(args, 'db', None) or '…'} "
              "(then sync resolve --packages --conflict ID --take ours|theirs), or in File → Review sync conflicts….",
              file=sys.stderr)  # fmt: skip
    unresolved = report.conflicts
    if unresolved:
        print("", file=sys.stderr)
        for meeting in unresolved:
            if meeting.signed_off_here:
                advice = (
                    "Nothing was changed. To take the package's version, reopen the minutes for revision here, "
                    "then import again with --on-conflict replace."
                )
            else:
                advice = (
                    "Nothing was overwritten. Keep this database's version (do nothing), or take the package's "
                    "with --on-conflict replace."
                )
            print(f"Conflict: {meeting.reference} “{meeting.title}”: {meeting.reason}. {advice}", file=sys.stderr)
        return 1
    return QUESTIONS_WAIT if waiting else 0


QUESTIONS_WAIT = 3  # as `sync`: conflicts wait for review


def summary_lines(report: Any) -> list[str]:
    """The import summary in words: one line per kind of result, then the details."""

    def refs(result: str) -> str:
        found = report.with_result(result)
        return f"{len(found)}" + (f"  ({', '.join(m.reference for m in found)})" if found else "")

    def merged(report: Any) -> str:
        found = report.with_result("merged")
        return (
            f"{len(found)}  ("
            + ", ".join(
                f"{m.reference}: {m.fields_taken} fields taken from the package, {m.questions} questions wait"
                for m in found
            )
            + ")"
        )

    lines = [
        f"Added:      {refs('added')}",
        f"Changed:    {refs('changed')}",
        f"Replaced:   {refs('replaced')}" if report.with_result("replaced") else None,
        f"Merged:     {merged(report)}" if report.with_result("merged") else None,
        f"Unchanged:  {refs('unchanged')}",
        f"Kept:       {refs('kept')}  (this database has a newer version)" if report.with_result("kept") else None,
        f"Conflicts:  {refs('conflict')}",
        f"People:     {len(report.people_added)} added, {report.people_reused} already here",
        f"Organisations: {len(report.organizations_added)} added, {report.organizations_reused} already here",
    ]
    if report.placeholders_added:
        lines.append(
            "Earlier meetings added as placeholders (their own packages fill them in): "
            + ", ".join(report.placeholders_added)
        )
    if report.actions_updated:
        lines.append(f"Earlier action points whose progress was updated: {len(report.actions_updated)}")
    if report.phrases_merged:
        lines.append(f"Phrases of the phrase bank added or updated: {report.phrases_merged}")
    if report.backup:
        lines.append(f"Backup before replacing: {report.backup}")
    lines += [f"Note: {warning}" for warning in report.warnings]
    return [line for line in lines if line is not None]
