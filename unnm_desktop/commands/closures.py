"""Closures after the meeting (issue 14): `confirm`, `silence-end`, `addendum export` and `pending`.

Each closure is recorded as a signed addendum to the signed-off minutes (services/minutes/addenda.py); `pending`
lists what is still open, overdue items marked, and proposes "adopted under silence procedure" for a silence
whose deadline has passed; a person confirms it with `silence-end --no-objection`.
"""

from __future__ import annotations

import argparse
from datetime import date, datetime
from pathlib import Path
from typing import Any

from unnm_desktop.commands.common import Handler, db_option, existing_db_path, print_json

_BY_HELP = "who records and signs the addendum (default: your system user name)"


def register(commands: Any) -> dict[str, Handler]:
    confirm = commands.add_parser(
        "confirm",
        help="record the confirmation (or --withdrawn) of an ad referendum position: a signed addendum",
    )
    db_option(confirm)
    confirm.add_argument(
        "--decision", required=True, metavar="REF", help="the decision's reference, e.g. UNNM-TR/2026/3/1"
    )
    confirm.add_argument("--org", required=True, metavar="ACRONYM", help="the organisation that confirmed")
    confirm.add_argument("--on", metavar="DATE", help="the day it confirmed, YYYY-MM-DD (default: today)")
    confirm.add_argument("--note", default="", metavar="TEXT", help="how, e.g. the e-mail's reference")
    confirm.add_argument("--withdrawn", action="store_true", help="it withdrew the position instead: no consensus")
    confirm.add_argument("--by", default="", metavar="NAME", help=_BY_HELP)
    confirm.add_argument("--json", action="store_true", help="print the addendum as JSON")

    silence = commands.add_parser("silence-end", help="record the end of a silence procedure: a signed addendum")
    db_option(silence)
    silence.add_argument("--decision", required=True, metavar="REF", help="the decision under silence procedure")
    how = silence.add_mutually_exclusive_group(required=True)
    how.add_argument("--no-objection", action="store_true", help="the deadline passed without objection: adopted")
    how.add_argument("--broken-by", metavar="ACRONYM", help="the organisation whose objection broke the silence")
    silence.add_argument(
        "--on", metavar="DATETIME", help="when, 'YYYY-MM-DD HH:MM' in the meeting's time zone (default: the "
        "deadline without objection, now for an objection)",
    )  # fmt: skip
    silence.add_argument("--on-what", default="", metavar="TEXT", help="what the objection was on, e.g. paragraph 3")
    silence.add_argument("--note", default="", metavar="TEXT", help="a note, e.g. the objection's reference")
    silence.add_argument("--by", default="", metavar="NAME", help=_BY_HELP)
    silence.add_argument("--json", action="store_true", help="print the addendum as JSON")

    addendum = commands.add_parser("addendum", help="export an addendum to signed-off minutes (Word or PDF)")
    actions = addendum.add_subparsers(dest="addendum_command", metavar="ACTION", required=True)
    export = actions.add_parser("export", help="write an addendum to FILE.docx or FILE.pdf")
    db_option(export)
    export.add_argument("--meeting", required=True, metavar="REF", help="meeting id, unique id prefix or reference")
    export.add_argument("--number", type=int, metavar="N", help="the addendum's number (default: the latest)")
    export.add_argument("--out", required=True, metavar="FILE", help="FILE.docx or FILE.pdf (by extension)")
    export.add_argument("--lang", choices=("en", "tr"), help="language (default: the meeting's)")

    pending = commands.add_parser("pending", help="open ad referendum confirmations and silence procedures")
    db_option(pending)
    pending.add_argument("--json", action="store_true", help="print a JSON array, one object per open item")
    return {"confirm": _confirm, "silence-end": _silence_end, "addendum": _addendum, "pending": _pending}


def _writing(args: argparse.Namespace) -> Any:
    from unnm_desktop.services.context import open_context

    return open_context(existing_db_path(args), actor=args.by.strip())


def _confirm(args: argparse.Namespace) -> int:
    from unnm_desktop.services.minutes.addenda import confirm

    with _writing(args) as ctx:
        addendum = confirm(ctx, args.decision, args.org, on=args.on, note=args.note, withdrawn=args.withdrawn)
    return _report(addendum, args.json)


def _silence_end(args: argparse.Namespace) -> int:
    from unnm_desktop.services.minutes.addenda import end_silence

    with _writing(args) as ctx:
        addendum = end_silence(
            ctx, args.decision, no_objection=args.no_objection, broken_by=args.broken_by, on=args.on,
            on_what=args.on_what, note=args.note,
        )  # fmt: skip
    return _report(addendum, args.json)


def addendum_json(addendum: Any) -> dict[str, Any]:
    return {
        "meeting": addendum.meeting_reference,
        "number": addendum.number,
        "decision": addendum.decision_reference,
        "kind": addendum.kind,
        "organisation": addendum.organization_acronym,
        "on": addendum.occurred_on.isoformat(),
        "time": addendum.occurred_time,
        "note": addendum.note,
        "on_what": addendum.on_what,
        "outcome_after": addendum.outcome_after,
        "final": addendum.final,
        "fingerprint": addendum.sha256,
        "minutes_fingerprint": addendum.minutes_sha256,
        "signed_by": addendum.signed_by,
    }


def _report(addendum: Any, as_json: bool) -> int:
    if as_json:
        print_json(addendum_json(addendum))
        return 0
    state = "final" if addendum.final else "still open"
    print(
        f"Recorded addendum {addendum.number} to the minutes of {addendum.meeting_reference}: decision "
        f"{addendum.decision_reference} is now {addendum.outcome_after.replace('_', ' ')} ({state})."
    )
    print(f"Fingerprint: {addendum.sha256}")
    return 0


def _addendum(args: argparse.Namespace) -> int:
    from unnm_desktop.export.addendum import export_addendum
    from unnm_desktop.services.context import open_context
    from unnm_desktop.services.meeting.meetings import resolve_meeting

    with open_context(existing_db_path(args), read_only=True) as ctx:
        meeting_id = resolve_meeting(ctx, args.meeting)
        written = export_addendum(ctx, meeting_id, Path(args.out), args.lang, number=args.number)
    print(f"Wrote {written}.")
    return 0


def pending_json(item: Any) -> dict[str, Any]:
    """One open item as JSON: a silence's deadline with its time and UTC offset, a confirmation's as a date."""
    deadline = item.deadline
    if isinstance(deadline, datetime):
        text: str | None = deadline.isoformat(timespec="minutes")
    else:
        text = deadline.isoformat() if isinstance(deadline, date) else None
    return {
        "meeting": item.meeting_reference,
        "meeting_title": item.meeting_title,
        "decision": item.decision_reference,
        "kind": item.kind,
        "organisation": item.organization_acronym,
        "deadline": text,
        "time_zone": item.time_zone,
        "overdue": item.overdue,
        "proposal": item.proposal,
    }


def _pending(args: argparse.Namespace) -> int:
    from unnm_desktop.services.context import open_context
    from unnm_desktop.services.minutes.pending import pending_confirmations

    with open_context(existing_db_path(args), read_only=True) as ctx:
        items = pending_confirmations(ctx)
    if args.json:
        print_json([pending_json(item) for item in items])
        return 0
    if not items:
        print("Nothing is pending: no ad referendum confirmation or silence procedure is open.")
    for item in items:
        who = item.organization_acronym or "—"
        flag = "OVERDUE" if item.overdue else "due"
        line = f"{flag:<8} {item.deadline_text:<17} {item.decision_reference:<22} {item.kind:<13} {who}"
        if item.proposal:
            line += (
                "  proposed: adopted under silence procedure (confirm with "
                f"`unnm-desktop silence-end --decision {item.decision_reference} --no-objection`)"
            )
        print(line)
    return 0
