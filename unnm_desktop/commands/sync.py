"""`sync`: exchange what a laptop's register and another register lack, field by field (docs/sync.md).

Exit status: 0 when nothing waits for review, 3 when conflicts do (listed, each with the id `sync resolve` takes),
1 on a failure (one sentence; nothing half-written).
"""

from __future__ import annotations

import argparse
from typing import Any

from unnm_desktop.commands.common import Handler, db_option, db_path, print_json
from unnm_desktop.domain.errors import UserFacingError

CONFLICTS_WAIT = 3
ACTOR = "unnm-desktop sync"


def register(commands: Any) -> dict[str, Handler]:
    sync = commands.add_parser(
        "sync",
        help="synchronise this register (--db, e.g. a laptop's) with another (--with): a file or a server",
        description="Pulls what this register lacks and pushes what the other lacks, merging field by field "
        "against the content last exchanged (notes line by line). Where both sides changed the same field "
        "differently, each keeps its own and the conflict waits for review: exit status 3, resolve it with "
        "`sync resolve`. Signed-off minutes are never altered by a merge. Exit status 0: nothing waits.",
    )
    db_option(sync)
    _with_option(sync, required=False)  # required, but may come after `resolve` too (checked in _run)
    sync.add_argument("--json", action="store_true", help="print the report as JSON")
    sync.add_argument("--list", action="store_true", help="only list the conflicts waiting, with their ids")
    _packages_option(sync)
    actions = sync.add_subparsers(dest="sync_command", metavar="ACTION")
    resolve = actions.add_parser(
        "resolve",
        help="resolve one conflict: take ours, take theirs, or give the value; the next sync carries it over",
    )
    db_option(resolve)
    _with_option(resolve, required=False)  # or --packages (checked in _run)
    _packages_option(resolve)
    resolve.add_argument("--conflict", required=True, metavar="ID", help="the conflict's id (sync --list shows it)")
    choice = resolve.add_mutually_exclusive_group(required=True)
    choice.add_argument("--take", choices=("ours", "theirs"), help="keep this register's value, or take the other's")
    choice.add_argument(
        "--value", metavar="TEXT", help="the value to keep (text as it is; other fields as JSON, e.g. 3 or null)"
    )
    return {"sync": _run}


def _with_option(parser: argparse.ArgumentParser, *, required: bool = True) -> None:
    parser.add_argument(
        "--with",
        dest="target",
        required=required,
        default=argparse.SUPPRESS,
        metavar="PATH|URL",
        help="the other side: a register (a database file, or a server as postgresql://user@host:port/dbname), "
        "or an exchange folder (a directory, e.g. a shared OneDrive folder or a USB stick)",
    )


def _packages_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--packages",
        action="store_true",
        default=argparse.SUPPRESS,
        help="instead of --with: the questions imported meeting packages left (`package import`); lists them",
    )


def _run(args: argparse.Namespace) -> int:
    """What `--with` names — a server, a register file or an exchange folder — is decided in one place for the
    command and File → Synchronise: services/sync/targets.py."""
    from pathlib import Path

    from unnm_desktop.services.context import ServiceContext, open_context
    from unnm_desktop.services.sync.targets import opened_target, target_register_id
    from unnm_desktop.store.address import parse_location

    if getattr(args, "packages", False):
        return _run_with_packages(args)

    if "target" not in args:
        raise UserFacingError("sync needs the other register: give --with PATH|URL.")
    target_location = parse_location(args.target)
    if isinstance(target_location, Path) and not target_location.exists():
        raise UserFacingError(f"There is no register at {target_location} to synchronise with; give --with PATH|URL.")
    with (
        open_context(db_path(args), actor=ACTOR) as laptop,
        opened_target(target_location, actor=ACTOR, laptop=laptop) as target,
    ):
        if args.sync_command == "resolve":
            return _resolve(args, laptop, target_register_id(target))
        if args.list:
            return _list(args, laptop, target_register_id(target))
        folder = f"the exchange folder {Path(args.target)}"
        return _synchronise(args, laptop, target, target.db.name if isinstance(target, ServiceContext) else folder)


def _run_with_packages(args: argparse.Namespace) -> int:
    """`--packages`: the questions meeting packages left wait under one other side of their own (docs/sync.md)."""
    from unnm_desktop.services.context import open_context
    from unnm_desktop.services.sync.base import PACKAGES_TARGET_ID

    with open_context(db_path(args), actor=ACTOR) as laptop:
        if args.sync_command == "resolve":
            return _resolve(args, laptop, PACKAGES_TARGET_ID)
        return _list(args, laptop, PACKAGES_TARGET_ID)


def _synchronise(args: argparse.Namespace, laptop: Any, other: Any, other_name: str) -> int:
    """One run with `other` (a register's context or an exchange folder's side), reported as JSON or in words."""
    from unnm_desktop.services.sync.run import synchronise

    report = synchronise(laptop, other)
    if args.json:
        print_json({"pulled": report.pulled, "pushed": report.pushed,
                    "conflicts": [_conflict_json(view) for view in report.conflicts]})  # fmt: skip
    else:
        print(f"Synchronised {laptop.db.name} with {other_name}: {report.pulled} records pulled, "
              f"{report.pushed} pushed.")  # fmt: skip
        _print_conflicts(report.conflicts, args)
    return CONFLICTS_WAIT if report.conflicts else 0


def _conflict_json(view: Any, *, with_id: bool = False) -> dict[str, Any]:
    entry = {"meeting": view.meeting, "record": view.record, "field": view.field, "ours": view.ours,
             "theirs": view.theirs, "base": view.base}  # fmt: skip
    if with_id:
        entry = {"id": view.id, **entry, "reason": view.reason, "choice": view.choice}
    return entry


def _print_conflicts(conflicts: Any, args: argparse.Namespace) -> None:
    if not conflicts:
        print("Nothing waits for review.")
        return
    print(f"{len(conflicts)} conflicts wait for review (each side keeps its own until resolved):")
    for view in conflicts:
        where = f"meeting {view.meeting}, " if view.meeting else ""
        what = f"field {view.field}" if view.field else "the whole record"
        chosen = f" — {view.choice} chosen, carried out by the next sync" if view.choice else ""
        print(f"  {view.id}  {where}{view.record}, {what} ({view.reason}){chosen}")
        for side, shown in (("ours", view.ours), ("theirs", view.theirs), ("base", view.base)):
            print(f"      {side + ':':<8}{_short(shown, whole_record=view.field is None)}")
    other = "--packages" if getattr(args, "packages", False) else f"--with {args.target}"
    print(f"Resolve each with: unnm-desktop sync resolve --db {args.db if 'db' in args else '…'} {other} "
          "--conflict ID --take ours|theirs (or --value TEXT).")  # fmt: skip


def _short(value: Any, *, whole_record: bool) -> str:
    import json

    if whole_record and value is None:
        return "(not there: deleted, or never made)"
    shown = json.dumps(value, ensure_ascii=False, default=str)
    return shown if len(shown) <= 200 else shown[:199] + "…"


def _list(args: argparse.Namespace, laptop: Any, target: Any) -> int:
    from unnm_desktop.services.sync.conflicts import pending_conflicts

    conflicts = pending_conflicts(laptop, target)
    if args.json:
        print_json([_conflict_json(view, with_id=True) for view in conflicts])
    else:
        _print_conflicts(conflicts, args)
    return CONFLICTS_WAIT if conflicts else 0


def _resolve(args: argparse.Namespace, laptop: Any, target: Any) -> int:
    from unnm_desktop.services.sync.conflicts import pending_conflicts
    from unnm_desktop.services.sync.resolve import resolve_conflict, typed_value, value

    take: Any = args.take
    if args.value is not None:
        views = {view.id: view for view in pending_conflicts(laptop, target)}
        view = views.get(args.conflict)
        kind = view.record.partition("/")[0] if view else ""
        take = value(typed_value(kind, view.field or "", args.value) if view else args.value)
    resolve_conflict(laptop, target, args.conflict, take)
    remaining = pending_conflicts(laptop, target)
    carried = "the next import of its package" if getattr(args, "packages", False) else "the next sync"
    print(
        f"Resolved; {len(remaining)} conflicts still wait. {carried[0].upper() + carried[1:]} carries the choice over."
    )
    return CONFLICTS_WAIT if remaining else 0
