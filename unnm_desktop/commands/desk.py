"""The secretariat's desk on the command line: search, decision register, action tracker, GCM report,
directory import from CSV. Each prints text, or JSON with --json; exports go by --out's extension.
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from unnm_desktop.commands.common import Handler, db_option, existing_db_path, print_json
from unnm_desktop.domain.errors import UserFacingError


def register(commands: Any) -> dict[str, Handler]:
    search = commands.add_parser("search", help="full-text search (Turkish-aware: “goc” finds “Göç”)")
    db_option(search)
    search.add_argument("query", nargs="+", metavar="QUERY", help="words; each matches as a word prefix")
    search.add_argument("--limit", type=int, default=30, metavar="N", help="at most N results (default 30)")
    search.add_argument("--kind", action="append", metavar="KIND", help="only meeting, agenda_item, decision, "
                        "position, action or follow_up (repeatable)")  # fmt: skip
    search.add_argument("--json", action="store_true", help="print a JSON array (snippets mark matches «thus»)")

    reg = commands.add_parser("register", help="the decision register, filtered; --out FILE.docx|FILE.xlsx")
    db_option(reg)
    reg.add_argument("--outcome", action="append", metavar="OUTCOME", help="e.g. adopted (repeatable)")
    reg.add_argument("--objective", type=int, metavar="N", help="GCM objective 1-23")
    reg.add_argument("--org", metavar="ACRONYM", help="organisation that entered a reservation or objection")
    reg.add_argument("--from", dest="date_from", metavar="DATE", help="meetings on or after DATE (YYYY-MM-DD)")
    reg.add_argument("--to", dest="date_to", metavar="DATE", help="meetings on or before DATE")
    reg.add_argument("--text", default="", metavar="WORDS", help="words in the decision or a statement")
    reg.add_argument("--current", action="store_true", help="leave out decisions superseded by a later one")
    reg.add_argument("--out", metavar="FILE", help="write FILE.docx or FILE.xlsx")
    reg.add_argument("--json", action="store_true", help="print a JSON array")

    act = commands.add_parser("actions", help="the action tracker, filtered; --out FILE.xlsx")
    db_option(act)
    act.add_argument("--org", metavar="ACRONYM", help="responsible organisation")
    act.add_argument("--status", action="append", metavar="STATUS", help="open, in_progress, done, dropped")
    act.add_argument("--due-from", metavar="DATE", help="due on or after DATE")
    act.add_argument("--due-to", metavar="DATE", help="due on or before DATE")
    act.add_argument("--overdue", action="store_true", help="only open or in-progress ones past their due date")
    act.add_argument("--out", metavar="FILE", help="write FILE.xlsx")
    act.add_argument("--json", action="store_true", help="print a JSON array")

    gcm = commands.add_parser("gcm-report", help="meetings, decisions and action points per GCM objective")
    db_option(gcm)
    gcm.add_argument("--from", dest="date_from", required=True, metavar="DATE", help="first day (YYYY-MM-DD)")
    gcm.add_argument("--to", dest="date_to", required=True, metavar="DATE", help="last day")
    gcm.add_argument("--out", metavar="FILE", help="write FILE.docx")
    gcm.add_argument("--json", action="store_true", help="print JSON")

    imp = commands.add_parser("import-directory", help="people and organisations from CSV: preview, then --apply")
    db_option(imp)
    imp.add_argument("file", metavar="FILE.csv", help="UTF-8 (with or without BOM) or Windows-1254 CSV")
    imp.add_argument("--map", action="append", metavar="FIELD=COLUMN", help="set a column (name or number from 1) "
                     "for a field: full_name, first_name, last_name, title, email, organization, "
                     "organization_name, organization_kind")  # fmt: skip
    imp.add_argument("--apply", action="store_true", help="import (without it, only the preview is shown)")
    return {
        "search": _search,
        "register": _register,
        "actions": _actions,
        "gcm-report": _gcm_report,
        "import-directory": _import_directory,
    }


def _open(args: argparse.Namespace, *, read_only: bool = True) -> Any:
    from unnm_desktop.services.context import open_context

    return open_context(existing_db_path(args), read_only=read_only, actor="Command line")


def _org_id(ctx: Any, acronym: str | None) -> str | None:
    if not acronym:
        return None
    from unnm_desktop.services.directory.entries import find_organization

    found = find_organization(ctx, acronym)
    if found is None:
        raise UserFacingError(f"No organisation has the acronym “{acronym}”.")
    return found.id


def _out(path: str, allowed: tuple[str, ...]) -> Path:
    out = Path(path)
    if out.suffix.lower() not in allowed:
        raise UserFacingError(f"“{out.name}” must end in {' or '.join(allowed)}; the format follows the extension.")
    return out


def _search(args: argparse.Namespace) -> int:
    from unnm_desktop.services.desk.search import search

    with _open(args) as ctx:
        results = search(ctx, " ".join(args.query), limit=args.limit, kinds=args.kind)
    if args.json:
        print_json([r.as_json() for r in results])
        return 0
    if not results:
        print("Nothing found.")
    for r in results:
        where = f"{r.meeting_reference}  {r.meeting_title}" if r.meeting_reference else ""
        print(f"[{r.kind}] {where}  (score {r.score:.2f})\n    {r.snippet}")
    return 0


def _register(args: argparse.Namespace) -> int:
    from unnm_desktop.services.desk.common import parse_date
    from unnm_desktop.services.desk.register import load_register
    from unnm_desktop.services.desk.views import RegisterFilter

    out = _out(args.out, (".docx", ".xlsx")) if args.out else None
    with _open(args) as ctx:
        filters = RegisterFilter(
            outcomes=tuple(args.outcome or ()),
            objective=args.objective,
            organization_id=_org_id(ctx, args.org),
            date_from=parse_date(args.date_from, "start date"),
            date_to=parse_date(args.date_to, "end date"),
            text=args.text,
            include_superseded=not args.current,
        )
        entries = load_register(ctx, filters)
    if out is not None:
        written = _write_register(entries, out, args)
        print(f"Wrote {len(entries)} decisions to {written}.")
    if args.json:
        print_json([_register_json(e) for e in entries])
    elif out is None:
        for e in entries:
            mark = " (superseded)" if e.superseded else ""
            print(f"{e.meeting_date}  {e.reference:<20} {e.outcome:<26} {e.text[:90]}{mark}")
        print(f"{len(entries)} decisions.")
    return 0


def _write_register(entries: list[Any], out: Path, args: argparse.Namespace) -> Path:
    if out.suffix.lower() == ".xlsx":
        from unnm_desktop.export.desk_xlsx import write_register_xlsx

        return write_register_xlsx(entries, out)
    from unnm_desktop.export.desk_docx import write_register_docx

    described = [f"{name} {value}" for name, value in (
        ("outcome", ", ".join(args.outcome or ())), ("GCM objective", args.objective), ("reservation or objection by", args.org),
        ("from", args.date_from), ("to", args.date_to), ("words", args.text),
    ) if value]  # fmt: skip
    if args.current:
        described.append("superseded decisions left out")
    return write_register_docx(entries, out, "; ".join(described))


def _register_json(e: Any) -> dict[str, Any]:
    return {
        "id": e.id,
        "reference": e.reference,
        "date": e.meeting_date.isoformat(),
        "meeting_id": e.meeting_id,
        "meeting_reference": e.meeting_reference,
        "meeting_title": e.meeting_title,
        "agenda_item_id": e.agenda_item_id,
        "text": e.text,
        "method": e.method,
        "outcome": e.outcome,
        "final_outcome": e.final_outcome,
        "final_on": e.final_on.isoformat() if e.final_on else None,
        "chair_note": e.chair_note,
        "objectives": list(e.objectives),
        "positions": [{"organization": p.organization, "kind": p.kind, "statement": p.statement} for p in e.positions],
        "supersedes": e.supersedes_reference,
        "superseded_by": [reference for _, reference in e.superseded_by],
    }


def _actions(args: argparse.Namespace) -> int:
    from unnm_desktop.services.desk.common import parse_date
    from unnm_desktop.services.desk.tracker import load_actions
    from unnm_desktop.services.desk.views import TrackerFilter

    out = _out(args.out, (".xlsx",)) if args.out else None
    with _open(args) as ctx:
        filters = TrackerFilter(
            organization_id=_org_id(ctx, args.org),
            statuses=tuple(args.status or ()),
            due_from=parse_date(args.due_from, "first due date"),
            due_to=parse_date(args.due_to, "last due date"),
            overdue_only=args.overdue,
        )
        entries = load_actions(ctx, filters)
    if out is not None:
        from unnm_desktop.export.desk_xlsx import write_actions_xlsx

        print(f"Wrote {len(entries)} action points to {write_actions_xlsx(entries, out)}.")
    if args.json:
        print_json([{**e.__dict__, "responsible_org_ids": list(e.responsible_org_ids)} for e in entries])
    elif out is None:
        for e in entries:
            flag = "OVERDUE " if e.overdue else ""
            print(f"{e.due_date or '—'!s:<10}  {flag}{e.status:<11} {', '.join(e.responsible):<18} {e.text[:80]}")
        print(f"{len(entries)} action points, {sum(e.overdue for e in entries)} overdue.")
    return 0


def _gcm_report(args: argparse.Namespace) -> int:
    from unnm_desktop.services.desk.common import parse_date
    from unnm_desktop.services.desk.gcm_report import gcm_report

    date_from, date_to = parse_date(args.date_from, "start date"), parse_date(args.date_to, "end date")
    out = _out(args.out, (".docx",)) if args.out else None
    with _open(args) as ctx:
        report = gcm_report(ctx, date_from, date_to)  # type: ignore[arg-type]
    if out is not None:
        from unnm_desktop.export.desk_docx import write_gcm_report_docx

        print(f"Wrote the GCM report to {write_gcm_report_docx(report, out)}.")
    if args.json:
        print_json(
            {
                "from": report.date_from.isoformat(),
                "to": report.date_to.isoformat(),
                "totals": report.totals,
                "objectives": [
                    {
                        "number": s.number,
                        "title": s.title,
                        "counts": s.counts,
                        "meetings": [m.reference for m in s.meetings],
                        "decisions": [d.reference for d in s.decisions],
                        "actions": [a.id for a in s.actions],
                    }
                    for s in report.sections
                ],
            }
        )
    elif out is None:
        print(f"GCM objectives, {report.date_from} to {report.date_to}: meetings / decisions / action points")
        for s in report.sections:
            c = s.counts
            print(f"{s.number:>2}. {c['meetings']:>4} {c['decisions']:>5} {c['actions']:>5}  {s.title[:80]}")
    return 0


def _import_directory(args: argparse.Namespace) -> int:
    from unnm_desktop.services.directory.csv_import import (
        FIELDS,
        apply_import,
        guess_mapping,
        preview_import,
        read_table,
    )

    source = Path(args.file)
    mapping = None
    if args.map:
        try:
            columns = read_table(source.read_bytes())[2]
        except OSError as error:
            raise UserFacingError(f"{source} cannot be read: {error.strerror}.") from None
        chosen = _parse_map(args.map, columns, FIELDS)
        guessed = {f: i for f, i in guess_mapping(columns).items() if i not in chosen.values()}
        mapping = {**guessed, **chosen}
    with _open(args, read_only=not args.apply) as ctx:
        preview = preview_import(ctx, source, mapping)
        summary = apply_import(ctx, preview) if args.apply else None
    print(f"{source.name}: {preview.encoding}, separator {preview.delimiter!r}, {len(preview.rows)} rows")
    for name, index in sorted(preview.mapping.items(), key=lambda item: item[1]):
        print(f"  column {index + 1} “{preview.columns[index]}” → {name}")
    for row in preview.rows:
        what = {"person": "add person", "organization": "add organisation", "skip": "skip", "error": "ERROR"}[
            row.action
        ]
        org = row.new_organization[0] + " (new)" if row.new_organization else row.organization
        print(f"  line {row.line:>4}: {what:<16} {row.full_name or '—'} [{org or '—'}] {row.reason}")
    if summary is None:
        print(f"Preview only: {preview.count('person')} people and {sum(1 for r in preview.rows if r.new_organization and r.action != 'skip')} "
              "rows with new organisations would be added; run again with --apply to import.")  # fmt: skip
    else:
        print(f"Imported {summary.people} people and {summary.organizations} organisations; "
              f"skipped {summary.skipped} rows, {summary.errors} with errors.")  # fmt: skip
    return 0


def _parse_map(items: list[str], columns: tuple[str, ...], fields: tuple[str, ...]) -> dict[str, int]:
    mapping = {}
    for item in items:
        name, _, column = item.partition("=")
        if name not in fields or not column:
            raise UserFacingError(f"“{item}” is not FIELD=COLUMN with FIELD one of {', '.join(fields)}.")
        if column.isdigit() and 1 <= int(column) <= len(columns):
            mapping[name] = int(column) - 1
        elif column in columns:
            mapping[name] = columns.index(column)
        else:
            raise UserFacingError(f"The file has no column “{column}”; its columns are {', '.join(columns)}.")
    return mapping
